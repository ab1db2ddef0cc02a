#!/usr/bin/env python3
"""Crash test (issue 8): what Stempel acknowledged is never lost, and SIGTERM drains.

1. SIGKILL: starts `stempel serve` on a fresh database, posts comments at full speed from
   several threads, kills the server with SIGKILL at a random moment, restarts it on the same
   database, and repeats (--kills times). Then checks, reading the database file directly, that
   every comment answered 201 is stored exactly once with the verdict it was answered with, with
   its verdict row in the audit trail, that no comment was stored twice, and that
   `PRAGMA integrity_check` says ok.
2. SIGTERM: under the same load, sends SIGTERM and checks that the server exits 0 within the
   configured grace period, that every request sent before the signal got an answer, and that
   every 201 is stored.

    python3 Benchmarks/crash/run.py                       # 10 kills, debug build
    python3 Benchmarks/crash/run.py --kills 50 --binary .build/release/stempel

Exits 1 and says why when a check fails. Only the standard library; traffic stays on 127.0.0.1.
"""
import argparse
import http.client
import json
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

SLUG = "de-bakker-die-mijn-naam-kende"
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    def __init__(self, binary, database, grace):
        self.port = free_port()
        environment = dict(os.environ, STEMPEL_RATE_LIMITS="off", STEMPEL_RULE_TIMEOUT_MS="10000")
        config = os.path.join(os.path.dirname(database), "stempel.yaml")
        with open(config, "w") as handle:
            handle.write(f"server:\n  shutdown_grace_seconds: {grace}\n")
        self.process = subprocess.Popen(
            [binary, "serve", "--port", str(self.port), "--database", database, "--config", config, "--log-level", "error"],
            cwd=ROOT, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                connection.request("GET", "/healthz")
                if connection.getresponse().status == 200:
                    return
            except OSError:
                time.sleep(0.05)
        raise SystemExit("the server did not start: " + self.process.stderr.read().decode(errors="replace"))


class Load:
    """Threads posting comments until stopped or the server goes away."""

    def __init__(self, port, threads=8):
        self.port = port
        self.acknowledged = {}  # id -> status answered with 201
        self.sent_before_signal = 0
        self.unanswered_before_signal = 0
        self.signal_time = None
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.threads = [threading.Thread(target=self.post_loop, args=(index,), daemon=True) for index in range(threads)]

    def start(self):
        for thread in self.threads:
            thread.start()

    def join(self):
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=30)

    def post_loop(self, index):
        counter = 0
        connection = None
        while not self.stop.is_set():
            counter += 1
            body = json.dumps({"author": {"name": f"Lezer {index}"},
                               "body": f"Reactie {index}-{counter}-{random.random():.12f}: herkenbaar verhaal."})
            sent_at = time.time()
            try:
                if connection is None:
                    connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=15)
                connection.request("POST", f"/api/v1/columns/{SLUG}/comments", body=body,
                                   headers={"Content-Type": "application/json"})
                response = connection.getresponse()
                data = response.read()
                if response.status == 201:
                    answer = json.loads(data)
                    with self.lock:
                        self.acknowledged[answer["id"]] = answer["status"]
            except (OSError, http.client.HTTPException):
                connection = None
                with self.lock:
                    if self.signal_time is not None and sent_at < self.signal_time:
                        self.unanswered_before_signal += 1
                if self.signal_time is not None:
                    return
                time.sleep(0.01)


def check_database(database, acknowledged):
    problems = []
    db = sqlite3.connect(database)
    integrity = [row[0] for row in db.execute("PRAGMA integrity_check")]
    if integrity != ["ok"]:
        problems.append(f"integrity_check: {integrity}")
    stored = dict(db.execute("SELECT id, status FROM comments"))
    verdicts = dict(db.execute("SELECT comment_id, COUNT(*) FROM decisions WHERE actor = 'rules' GROUP BY comment_id"))
    for comment_id, status in acknowledged.items():
        if comment_id not in stored:
            problems.append(f"acknowledged comment {comment_id} is lost")
        elif stored[comment_id] != status:
            problems.append(f"comment {comment_id} answered {status} but stored {stored[comment_id]}")
        if verdicts.get(comment_id) != 1:
            problems.append(f"comment {comment_id} has {verdicts.get(comment_id, 0)} verdict rows")
    bodies = db.execute("SELECT body, COUNT(*) FROM comments GROUP BY body HAVING COUNT(*) > 1").fetchall()
    if bodies:
        problems.append(f"{len(bodies)} comments stored twice")
    db.close()
    return problems, len(stored)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/debug/stempel"))
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--grace", type=int, default=5, help="shutdown_grace_seconds for the SIGTERM part")
    arguments = parser.parse_args()
    random.seed(int(os.environ.get("CRASH_SEED", time.time())))
    work = tempfile.mkdtemp(prefix="stempel-crash-")
    database = os.path.join(work, "stempel.sqlite")

    acknowledged = {}
    for kill in range(arguments.kills):
        server = Server(arguments.binary, database, arguments.grace)
        load = Load(server.port)
        load.start()
        time.sleep(random.uniform(0.2, 1.5))
        server.process.send_signal(signal.SIGKILL)
        server.process.wait()
        load.join()
        acknowledged.update(load.acknowledged)
        print(f"kill {kill + 1}: {len(load.acknowledged)} comments acknowledged before SIGKILL")
    problems, stored = check_database(database, acknowledged)
    print(f"after {arguments.kills} SIGKILLs: {len(acknowledged)} acknowledged, {stored} stored")

    server = Server(arguments.binary, database, arguments.grace)
    load = Load(server.port)
    load.start()
    time.sleep(1.0)
    with load.lock:
        load.signal_time = time.time()
    server.process.send_signal(signal.SIGTERM)
    try:
        code = server.process.wait(timeout=arguments.grace + 10)
    except subprocess.TimeoutExpired:
        server.process.kill()
        code = None
    stopped = time.time() - load.signal_time
    load.join()
    acknowledged.update(load.acknowledged)
    print(f"SIGTERM: exit {code} after {stopped:.2f} s, {len(load.acknowledged)} acknowledged, "
          f"{load.unanswered_before_signal} requests sent before the signal without an answer")
    if code != 0:
        problems.append(f"SIGTERM: exit status {code}, expected 0")
    if stopped > arguments.grace + 5:
        problems.append(f"SIGTERM: took {stopped:.1f} s, grace is {arguments.grace} s")
    if load.unanswered_before_signal:
        problems.append(f"SIGTERM: {load.unanswered_before_signal} requests in flight got no answer")
    more, stored = check_database(database, acknowledged)
    problems += more
    print(f"in all: {len(acknowledged)} acknowledged, {stored} stored, integrity checked")
    if problems:
        print("FAILED:\n  " + "\n  ".join(problems[:20]), file=sys.stderr)
        sys.exit(1)
    print("ok: every acknowledged comment stored exactly once with its verdict")


if __name__ == "__main__":
    main()
