#!/usr/bin/env python3
"""Cluster proof (issue 9): several `stempel serve` instances on one PostgreSQL lose nothing.

Started by Benchmarks/cluster/run.sh, which builds Stempel and starts PostgreSQL. This script:

1. starts --instances `stempel serve` processes on the empty database at once
   (each loading the sample feed and subscribing the sources file's four trusted sources: feeds
   on a local HTTP server that gain an item on every fetch and answer slowly, so that two polls
   of one source at once would overlap), with nginx in front when --nginx names it (docs/nginx/stempel.conf with this
   run's ports), and adds a moderator;
2. posts comments to every instance and through nginx from several threads (each with an
   Idempotency-Key; a request whose answer is lost is retried with the same key elsewhere), while
   moderators read the queue and decide held comments on random instances, sometimes the same
   comment on two instances at once;
3. kills one instance with SIGKILL halfway, and keeps going on the others;
4. stops the load, freezes the feed, starts a fresh instance (which renders from the database
   only), and checks, reading PostgreSQL with psql:
   - every comment answered 201 is stored, once, with the status it was answered with and one
     verdict of the rules; no comment body is stored twice; a retried key kept its first id;
   - every decision answered `decided` is in the decisions table once, no comment has more
     moderator decisions than were answered (a decision whose answer was lost may or may not be
     there), and the comment's status is the last decision's;
   - the published feeds are byte-identical on every surviving instance and the fresh one
     (polled with a deadline: caches follow NOTIFY);
   - no source's polls (the poll log, source_polls) overlap, and the feed server never served
     one feed twice at once.

Exits 1 with every violation listed. Only the standard library, psql and the binaries.
"""
import argparse
import http.client
import http.server
import json
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid

FEEDS = ["alfa", "bravo", "charlie", "delta"]  # sources on the feed server, so that the instances compete for them
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TEXTS = [
    "Mooi verhaal, dank voor het delen! Ik herken het helemaal.",
    "Bij ons in de winkel ging het precies andersom: de medewerker was juist heel behulpzaam.",
    "Interessant, maar hoe ging het daarna verder met de klacht?",
    "JA, MAAR DAT IS TOCH ECHT NIET NORMAAL!!!",
    "Goedkope zonnebrillen http://spam.example.nl/a http://spam.example.nl/b http://spam.example.nl/c",
    "Kijk op http://winkel.example.nl/aanbieding en http://winkel.example.nl/korting voor meer.",
]


def log(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def request(port, method, path, body=None, headers=None, timeout=15):
    """One HTTP request; returns (status, headers, bytes). Raises OSError/HTTPException when the answer is lost."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


class FeedServer:
    """Feeds (one per path) that gain an item per fetch while growing, served slowly; records every fetch per path."""

    def __init__(self, work, delay):
        self.items = {}  # path -> items
        self.growing = True
        self.delay = delay
        self.fetches = {}  # path -> [(start, end)]
        self.active = {}
        self.most_at_once = {}
        self.lock = threading.Lock()
        self.log = open(os.path.join(work, "feed-server.log"), "w")
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                started = time.time()
                with server.lock:
                    path = self.path
                    server.active[path] = server.active.get(path, 0) + 1
                    server.most_at_once[path] = max(server.most_at_once.get(path, 0), server.active[path])
                    if server.growing:
                        server.items[path] = server.items.get(path, 0) + 1
                    items = server.items.get(path, 0)
                try:
                    time.sleep(server.delay)
                    body = server.feed(path.strip("/").split(".")[0], items).encode()
                    self.send_response(200)
                    self.send_header("Content-Type", "application/rss+xml")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the poller was killed while it fetched
                finally:
                    ended = time.time()
                    with server.lock:
                        server.active[path] -= 1
                        server.fetches.setdefault(path, []).append((started, ended))
                        server.log.write(f"{started:.6f} {ended:.6f} {self.path} items={items}\n")
                        server.log.flush()

            def log_message(self, *arguments):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    @staticmethod
    def feed(name, count):
        items = "".join(
            f"<item><title>Clusterbericht {name} {n}</title><link>http://127.0.0.1/cluster/{name}/{n}</link>"
            f"<guid isPermaLink=\"false\">cluster-{name}-{n}</guid><description>Bericht {n} uit de clusterproef.</description>"
            f"<pubDate>{time.strftime('%a, %d %b %Y %H:%M:%S +0000', time.gmtime(1764000000 + n * 60))}</pubDate></item>"
            for n in range(count, 0, -1))
        return f"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Clusterbron {name}</title><link>http://127.0.0.1/</link>" \
               f"<description>Proef</description>{items}</channel></rss>"


class Instance:
    def __init__(self, name, binary, database, config, work):
        self.name = name
        self.port = free_port()
        self.log_path = os.path.join(work, f"{name}.log")
        environment = dict(os.environ, STEMPEL_RATE_LIMITS="off")
        self.process = subprocess.Popen(
            [binary, "serve", "--port", str(self.port), "--database", database, "--config", config, "--log-level", "info"],
            cwd=ROOT, env=environment, stdout=open(self.log_path, "w"), stderr=subprocess.STDOUT)

    def wait_ready(self, deadline):
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"{self.name} exited with {self.process.returncode} at start; see {self.log_path}")
            try:
                if request(self.port, "GET", "/readyz", timeout=2)[0] == 200:
                    return
            except (OSError, http.client.HTTPException):
                pass
            time.sleep(0.1)
        raise SystemExit(f"{self.name} did not become ready; see {self.log_path}")

    def alive(self):
        return self.process.poll() is None


class Run:
    def __init__(self, arguments):
        self.arguments = arguments
        self.work = arguments.work
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.acknowledged = {}  # comment id -> (status, key, body)
        self.key_ids = {}  # idempotency key -> first id answered
        self.retried_keys = 0
        self.answers_lost = 0
        self.key_conflicts = []
        self.decided = {}  # comment id -> [to_status, ...] answered "decided"
        self.uncertain = {}  # comment id -> count of decisions whose answer was lost
        self.outcomes = {}
        self.problems = []
        self.ports = []  # (name, port) targets for the load

    def psql(self, sql):
        output = subprocess.run(["psql", self.arguments.database, "-X", "-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-c", sql],
                                check=True, capture_output=True, text=True).stdout
        return [line.split("\t") for line in output.splitlines() if line]

    def stempel(self, *command, stdin=None):
        return subprocess.run([self.arguments.binary, *command, "--database", self.arguments.database], cwd=ROOT, input=stdin,
                              check=True, capture_output=True, text=True).stdout

    def targets(self):
        """The live targets for the load: each live instance and nginx."""
        with self.lock:
            return list(self.ports)

    # Load

    def commenter(self, index, slugs):
        counter = 0
        while not self.stop.is_set():
            counter += 1
            key = str(uuid.uuid4())
            text = random.choice(TEXTS)
            body = json.dumps({"author": {"name": f"Lezer {index}", "email": f"lezer{index}@example.nl"},
                               "body": f"{text} ({index}-{counter}-{key[:8]})"})
            slug = random.choice(slugs)
            targets = self.targets()
            # Each thread sticks to one target first, and retries elsewhere when the answer is lost.
            order = [targets[index % len(targets)]] + random.sample(targets, len(targets))
            for attempt, (name, port) in enumerate(order):
                try:
                    status, _, data = request(port, "POST", f"/api/v1/columns/{slug}/comments", body=body,
                                              headers={"Content-Type": "application/json", "Idempotency-Key": key})
                except (OSError, http.client.HTTPException):
                    with self.lock:
                        self.answers_lost += 1
                    time.sleep(0.05)
                    continue
                with self.lock:
                    self.outcomes[f"comment {status}"] = self.outcomes.get(f"comment {status}", 0) + 1
                if status in (502, 503, 504):
                    # nginx lost the instance's answer, or the database was busy: the client retries, with the same key.
                    time.sleep(0.05)
                    continue
                with self.lock:
                    if status == 201:
                        answer = json.loads(data)
                        if attempt > 0:
                            self.retried_keys += 1
                        first = self.key_ids.setdefault(key, answer["id"])
                        if first != answer["id"]:
                            self.key_conflicts.append((key, first, answer["id"]))
                        self.acknowledged[answer["id"]] = (answer["status"], key, json.loads(body)["body"])
                break

    def moderator(self, index, token):
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        while not self.stop.is_set():
            targets = self.targets()
            name, port = random.choice(targets)
            try:
                status, _, data = request(port, "GET", "/api/v1/queue?kind=comment&limit=50", headers=headers)
            except (OSError, http.client.HTTPException):
                time.sleep(0.05)
                continue
            if status != 200:
                self.problems.append(f"GET /api/v1/queue on {name} answered {status}: {data[:200]!r}")
                time.sleep(0.2)
                continue
            items = json.loads(data).get("items", [])
            if not items:
                time.sleep(0.1)
                continue
            item = random.choice(items)
            action = random.choice(["approve", "approve", "reject", "spam"])
            # Now and then the same comment on two instances at once: one decides, the other finds it decided.
            racers = random.sample(targets, 2) if len(targets) > 1 and random.random() < 0.3 else [random.choice(targets)]
            threads = [threading.Thread(target=self.decide, args=(port, item["id"], action, headers)) for _, port in racers]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()

    def decide(self, port, comment_id, action, headers):
        body = json.dumps({"action": action, "note": "clusterproef"})
        try:
            status, _, data = request(port, "POST", f"/api/v1/submissions/{comment_id}/decision", body=body, headers=headers)
        except (OSError, http.client.HTTPException):
            with self.lock:
                self.uncertain[comment_id] = self.uncertain.get(comment_id, 0) + 1
            return
        with self.lock:
            if status == 200:
                answer = json.loads(data)
                self.outcomes[f"decision {answer['outcome']}"] = self.outcomes.get(f"decision {answer['outcome']}", 0) + 1
                if answer["outcome"] == "decided":
                    self.decided.setdefault(comment_id, []).append(answer["status"])
            else:
                self.outcomes[f"decision {status}"] = self.outcomes.get(f"decision {status}", 0) + 1
                if status not in (409,):
                    self.problems.append(f"decision on {comment_id} answered {status}: {data[:200]!r}")

    # Checks

    def check_comments(self):
        stored = {row[0]: row[1] for row in self.psql("SELECT id, status FROM comments")}
        verdicts = {row[0]: int(row[1]) for row in self.psql("SELECT comment_id, COUNT(*) FROM decisions WHERE actor = 'rules' GROUP BY comment_id")}
        first_status = {row[0]: row[1] for row in self.psql(
            "SELECT DISTINCT ON (comment_id) comment_id, to_status FROM decisions WHERE actor = 'rules' ORDER BY comment_id, id")}
        twice = self.psql("SELECT body, COUNT(*) FROM comments GROUP BY body HAVING COUNT(*) > 1")
        for comment_id, (status, key, body) in self.acknowledged.items():
            if comment_id not in stored:
                self.problems.append(f"comment {comment_id} was answered 201 but is not stored")
                continue
            if verdicts.get(comment_id) != 1:
                self.problems.append(f"comment {comment_id} has {verdicts.get(comment_id, 0)} verdicts of the rules")
            if first_status.get(comment_id) != status:
                self.problems.append(f"comment {comment_id} was answered {status} but the rules' verdict says {first_status.get(comment_id)}")
        for body, count in twice:
            self.problems.append(f"a comment is stored {count} times: {body[:80]}")
        for key, first, other in self.key_conflicts:
            self.problems.append(f"Idempotency-Key {key} answered two ids: {first} and {other}")
        if not self.acknowledged:
            self.problems.append("no comment was answered 201: nothing was shown")
        posted = {body for _, _, body in self.acknowledged.values()}
        ours = [row for row in self.psql("SELECT id FROM comments WHERE author_name LIKE 'Lezer %'")]
        log(f"comments: {len(self.acknowledged)} answered 201, {len(ours)} stored by the load "
            f"({len(ours) - len(posted)} whose answer was lost), {self.answers_lost} answers lost, "
            f"{self.retried_keys} stored on a retry elsewhere")

    def check_decisions(self):
        rows = self.psql("SELECT comment_id, to_status FROM decisions WHERE actor = 'clusterproef' ORDER BY comment_id, id")
        made = {}
        for comment_id, to_status in rows:
            made.setdefault(comment_id, []).append(to_status)
        statuses = {row[0]: row[1] for row in self.psql("SELECT id, status FROM comments")}
        if not self.decided:
            self.problems.append("no decision was answered `decided`: nothing was shown")
        for comment_id, answered in self.decided.items():
            rows_for = made.get(comment_id, [])
            if len(rows_for) < len(answered):
                self.problems.append(f"comment {comment_id}: {len(answered)} decisions answered, {len(rows_for)} stored")
        for comment_id, rows_for in made.items():
            allowed = len(self.decided.get(comment_id, [])) + self.uncertain.get(comment_id, 0)
            if len(rows_for) > allowed:
                self.problems.append(f"comment {comment_id}: {len(rows_for)} decisions stored, {allowed} made (answered or lost)")
            if len(rows_for) > 1:
                self.problems.append(f"comment {comment_id} was decided {len(rows_for)} times without a `from`: {rows_for}")
            if statuses.get(comment_id) != rows_for[-1]:
                self.problems.append(f"comment {comment_id} is {statuses.get(comment_id)} but its last decision made it {rows_for[-1]}")
        log(f"decisions: {sum(len(v) for v in self.decided.values())} answered decided, {len(rows)} stored, "
            f"{sum(self.uncertain.values())} with the answer lost; outcomes {dict(sorted(self.outcomes.items()))}")

    def check_polls(self, feed_server):
        rows = self.psql("SELECT source_id, poller, extract(epoch FROM started_at), extract(epoch FROM finished_at) FROM source_polls "
                         "ORDER BY source_id, started_at, id")
        pollers = {row[1] for row in rows}
        latest = {}  # source id -> (poller, finished) of the poll that finished last so far
        overlaps = 0
        for source_id, poller, started, finished in rows:
            started, finished = float(started), float(finished)
            if source_id in latest and started < latest[source_id][1]:
                overlaps += 1
                self.problems.append(f"source {source_id}: {poller} started polling at {started:.6f} before "
                                     f"{latest[source_id][0]} finished at {latest[source_id][1]:.6f}")
            if source_id not in latest or finished > latest[source_id][1]:
                latest[source_id] = (poller, finished)
        for path, fetches in feed_server.fetches.items():
            fetches = sorted(fetches)
            for (start_a, end_a), (start_b, _) in zip(fetches, fetches[1:]):
                if start_b < end_a:
                    self.problems.append(f"the feed server served {path} twice at once ({start_a:.6f}-{end_a:.6f} and {start_b:.6f})")
            if feed_server.most_at_once[path] > 1:
                self.problems.append(f"the feed server served {path} {feed_server.most_at_once[path]} times at once")
        if len(rows) < 3 * len(FEEDS):
            self.problems.append(f"only {len(rows)} polls were stored: too few to show anything")
        by_source = {}
        for source_id, poller, _, _ in rows:
            by_source.setdefault(source_id, set()).add(poller)
        log(f"polls: {len(rows)} stored by {len(pollers)} pollers ({sorted(len(p) for p in by_source.values())} per source), {overlaps} overlapping; "
            f"{sum(len(f) for f in feed_server.fetches.values())} fetches served, at most "
            f"{max(feed_server.most_at_once.values(), default=0)} of one feed at once")

    def feeds(self, port, paths):
        result = {}
        for path in paths:
            status, _, data = request(port, "GET", path)
            result[path] = (status, data)
        return result

    def check_feeds(self, survivors, reference, slugs):
        paths = ["/feeds/columns.atom", "/feeds/comments.atom", "/feeds/comments.json"] + [f"/columns/{slug}/comments.atom" for slug in slugs]
        deadline = time.time() + self.arguments.settle
        differences = []
        while True:
            expected = self.feeds(reference.port, paths)
            differences = []
            for instance in survivors:
                seen = self.feeds(instance.port, paths)
                for path in paths:
                    if seen[path] != expected[path]:
                        differences.append((instance.name, path, seen[path], expected[path]))
            if not differences or time.time() > deadline:
                break
            time.sleep(0.5)
        for name, path, seen, expected in differences:
            self.problems.append(f"{path} on {name} differs from a fresh instance's after {self.arguments.settle} s "
                                 f"(status {seen[0]}, {len(seen[1])} bytes; fresh: status {expected[0]}, {len(expected[1])} bytes)")
            with open(os.path.join(self.work, f"feed-{name}-{path.strip('/').replace('/', '_')}"), "wb") as handle:
                handle.write(seen[1])
            with open(os.path.join(self.work, f"feed-fresh-{path.strip('/').replace('/', '_')}"), "wb") as handle:
                handle.write(expected[1])
        for path in paths:
            if expected[path][0] != 200:
                self.problems.append(f"{path} answered {expected[path][0]}")
        approved = self.psql("SELECT COUNT(*) FROM comments WHERE status = 'approved'")[0][0]
        log(f"feeds: {len(paths)} feeds compared on {len(survivors)} surviving instances and a fresh one "
            f"({len(differences)} differences); {approved} comments approved")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--database", required=True, help="a postgres:// URL of an empty database")
    parser.add_argument("--work", required=True, help="a directory for configuration and logs")
    parser.add_argument("--instances", type=int, default=3)
    parser.add_argument("--duration", type=float, default=60, help="seconds of load; one instance is killed halfway")
    parser.add_argument("--commenters", type=int, default=6)
    parser.add_argument("--moderators", type=int, default=2)
    parser.add_argument("--settle", type=float, default=30, help="seconds the feeds get to agree")
    parser.add_argument("--nginx", help="the nginx binary; without it the load goes to the instances only")
    arguments = parser.parse_args()
    run = Run(arguments)
    random.seed(int(os.environ.get("CLUSTER_SEED", time.time())))

    feed_server = FeedServer(arguments.work, delay=0.3)
    config = os.path.join(arguments.work, "stempel.yaml")
    # Every instance subscribes the source at start, all at the same moment: one subscription.
    sources = os.path.join(arguments.work, "sources.yaml")
    with open(sources, "w") as handle:
        handle.write("sources:\n" + "".join(f"""  - url: http://127.0.0.1:{feed_server.port}/{name}.rss
    name: Clusterbron {name}
    trusted: true
    comments: false
""" for name in FEEDS))
    nginx_port = free_port()
    with open(config, "w") as handle:
        handle.write(f"""server:
  trusted_proxies: [127.0.0.1]
  shutdown_grace_seconds: 2
site:
  base_url: http://127.0.0.1:{nginx_port}
ingestion:
  allow_private_networks: true
  sources_file: {sources}
  minimum_interval_seconds: 1
  default_interval_seconds: 1
  backoff_base_seconds: 1
""")
    log(f"work directory {arguments.work}; feed server on {feed_server.port}")
    instances = []
    nginx = None
    try:
        # All at once on an empty database: the migrations, the sample feed and the sources file race.
        instances = [Instance(f"instance{n + 1}", arguments.binary, arguments.database, config, arguments.work) for n in range(arguments.instances)]
        deadline = time.time() + 120
        for instance in instances:
            instance.wait_ready(deadline)
        log("instances ready: " + ", ".join(f"{i.name} on {i.port} (pid {i.process.pid})" for i in instances))
        run.ports = [(i.name, i.port) for i in instances]
        token = run.stempel("moderator", "add", "clusterproef", "--admin", stdin="clusterproef-wachtwoord\n").strip().split()[-1]
        subscribed = run.psql("SELECT COUNT(*) FROM sources")[0][0]
        if subscribed != str(len(FEEDS)):
            run.problems.append(f"{len(instances)} instances starting together subscribed the sources file's {len(FEEDS)} sources as {subscribed}")

        nginx = None
        if arguments.nginx:
            with open(os.path.join(ROOT, "docs/nginx/stempel.conf")) as handle:
                sample = handle.read()
            upstreams = "".join(f"    server 127.0.0.1:{i.port} max_fails=1 fail_timeout=5s;\n" for i in instances)
            lines = [line for line in sample.splitlines(keepends=True) if not line.startswith("    server 127.0.0.1:")]
            site = "".join(lines).replace("upstream stempel {\n", "upstream stempel {\n" + upstreams, 1)
            site = site.replace("listen 80;", f"listen 127.0.0.1:{nginx_port};")
            with open(os.path.join(arguments.work, "stempel.conf"), "w") as handle:
                handle.write(site)
            temp = os.path.join(arguments.work, "nginx-temp")
            os.makedirs(temp, exist_ok=True)
            with open(os.path.join(arguments.work, "nginx.conf"), "w") as handle:
                handle.write(("user root;\n" if os.geteuid() == 0 else "") + f"""worker_processes 1;
    pid {arguments.work}/nginx.pid;
    error_log {arguments.work}/nginx-error.log warn;
    events {{ worker_connections 256; }}
    http {{
        access_log {arguments.work}/nginx-access.log;
        client_body_temp_path {temp}/body; proxy_temp_path {temp}/proxy; fastcgi_temp_path {temp}/fastcgi;
        uwsgi_temp_path {temp}/uwsgi; scgi_temp_path {temp}/scgi;
        include {arguments.work}/stempel.conf;
    }}
    """)
            nginx = subprocess.Popen([arguments.nginx, "-p", arguments.work, "-c", os.path.join(arguments.work, "nginx.conf"), "-g", "daemon off;"],
                                     stdout=open(os.path.join(arguments.work, "nginx.log"), "w"), stderr=subprocess.STDOUT)
            for _ in range(100):
                try:
                    if request(nginx_port, "GET", "/healthz", timeout=2)[0] == 200:
                        break
                except (OSError, http.client.HTTPException):
                    time.sleep(0.1)
            else:
                raise SystemExit(f"nginx did not start; see {arguments.work}/nginx-error.log")
            run.ports.append(("nginx", nginx_port))
            log(f"nginx on {nginx_port} in front of {len(instances)} instances")

        status, _, data = request(instances[0].port, "GET", "/api/v1/columns")
        slugs = [column["slug"] for column in json.loads(data)["columns"]][:3]
        threads = [threading.Thread(target=run.commenter, args=(n, slugs), daemon=True) for n in range(arguments.commenters)]
        threads += [threading.Thread(target=run.moderator, args=(n, token), daemon=True) for n in range(arguments.moderators)]
        for thread in threads:
            thread.start()
        log(f"load: {arguments.commenters} commenters and {arguments.moderators} moderators on {[name for name, _ in run.ports]}")
        time.sleep(arguments.duration / 2)
        victim = instances[len(instances) // 2]
        victim.process.send_signal(signal.SIGKILL)
        victim.process.wait()
        with run.lock:
            run.ports = [(name, port) for name, port in run.ports if name != victim.name]
        log(f"SIGKILL {victim.name} (pid {victim.process.pid}); {len(run.acknowledged)} comments answered 201 so far")
        time.sleep(arguments.duration / 2)
        run.stop.set()
        for thread in threads:
            thread.join(timeout=30)
        feed_server.growing = False
        survivors = [i for i in instances if i is not victim]
        for instance in survivors:
            if not instance.alive():
                run.problems.append(f"{instance.name} died (exit {instance.process.returncode}); see {instance.log_path}")
        survivors = [i for i in survivors if i.alive()]
        log(f"load stopped; the feeds have {sorted(feed_server.items.values())} items and grow no more")

        # Polls still running finish, then nothing changes any more: a fresh instance renders from the database.
        time.sleep(2)
        fresh = Instance("fresh", arguments.binary, arguments.database, config, arguments.work)
        fresh.wait_ready(time.time() + 60)
        instances.append(fresh)
        run.check_comments()
        run.check_decisions()
        run.check_feeds(survivors, fresh, slugs)
        run.check_polls(feed_server)
    finally:
        for instance in instances:
            if instance.alive():
                instance.process.send_signal(signal.SIGTERM)
        for instance in instances:
            try:
                instance.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                instance.process.kill()
        if nginx:
            nginx.terminate()
            nginx.wait(timeout=10)
        feed_server.httpd.shutdown()

    with open(os.path.join(arguments.work, "result.json"), "w") as handle:
        json.dump({"acknowledged": len(run.acknowledged), "outcomes": run.outcomes, "problems": run.problems}, handle, indent=1)
    if run.problems:
        print(f"FAILED: {len(run.problems)} violations (logs in {arguments.work}):\n  " + "\n  ".join(run.problems[:40]), file=sys.stderr)
        sys.exit(1)
    log(f"ok: nothing acknowledged was lost or doubled, decisions applied once, feeds agree, no source polled twice at once "
        f"(logs in {arguments.work})")


if __name__ == "__main__":
    main()
