"""The second comparison baseline: trafilatura (pinned 2.3.1) on the same pages as newsflow.

Reads a JSON list [{"id", "url", "html"}] on stdin (the HTML already decoded by the bench, so both
sides see the same text) and writes one JSON object per page on stdout:
{"id", "title", "authors", "publishedAt", "body", "ms"}. Settings are trafilatura's defaults, as a
new user would call it: bare_extraction(html, url=url, with_metadata=True); "ms" is the time of
that call alone. Authors are trafilatura's "; "-joined author string split again.
"""

import json
import sys
import time

import trafilatura
from trafilatura import bare_extraction


def main() -> None:
    pages = json.load(sys.stdin)
    out = sys.stdout
    out.write(json.dumps({"version": trafilatura.__version__}) + "\n")
    for page in pages:
        start = time.perf_counter()
        try:
            doc = bare_extraction(page["html"], url=page["url"], with_metadata=True)
        except Exception:  # a crash counts as an empty result, as for the other baselines
            doc = None
        ms = (time.perf_counter() - start) * 1000
        author = (doc.author if doc else None) or ""
        out.write(
            json.dumps(
                {
                    "id": page["id"],
                    "title": doc.title if doc else None,
                    "authors": [a.strip() for a in author.split(";") if a.strip()],
                    "publishedAt": doc.date if doc else None,
                    "body": (doc.text if doc else None) or "",
                    "ms": ms,
                }
            )
            + "\n"
        )


if __name__ == "__main__":
    main()
