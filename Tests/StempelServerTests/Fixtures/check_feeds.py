"""Reads the feeds Stempel published with the reference tools, for FeedValidityTests.

Usage: check_feeds.py DIRECTORY. Prints one JSON object: for each Atom and RSS file, what
Python feedparser read (bozo, and per entry id, title, link, published, comment count); for each
JSON Feed file, the schema errors found by jsonschema against jsonfeed-1.1.schema.json.
"""
import calendar
import json
import os
import sys

import feedparser
import jsonschema

directory = sys.argv[1]
schema_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "jsonfeed-1.1.schema.json")
with open(schema_path, encoding="utf-8") as handle:
    validator = jsonschema.Draft202012Validator(json.load(handle))


def instant(parsed):
    return calendar.timegm(parsed) if parsed else None


def comments(entry):
    if "slash_comments" in entry:
        return int(entry["slash_comments"])
    for link in entry.get("links", []):
        if link.get("rel") == "replies" and "thr:count" in link:
            return int(link["thr:count"])
    return None


result = {}
for name in sorted(os.listdir(directory)):
    path = os.path.join(directory, name)
    if name.endswith(".json"):
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
        result[name] = {"schema_errors": [error.message for error in validator.iter_errors(document)]}
        continue
    feed = feedparser.parse(path)
    result[name] = {
        "bozo": bool(feed.bozo),
        "bozo_exception": str(feed.get("bozo_exception", "")),
        "title": feed.feed.get("title"),
        "entries": [
            {
                "id": entry.get("id"),
                "title": entry.get("title"),
                "link": entry.get("link"),
                "published": instant(entry.get("published_parsed")),
                "comments": comments(entry),
            }
            for entry in feed.entries
        ],
    }
print(json.dumps(result))
