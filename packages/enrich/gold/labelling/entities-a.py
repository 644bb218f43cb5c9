# Entities set A (issue 14, sixth round): the people, organisations and places of the 45 unlabelled
# English pages of speakers set A (same frozen bodies, speakers-a-texts.json). Four readers labelled
# them from the text alone by GUIDE.md (Conventions included), without seeing any system's output,
# into entities-a-1..4.json. Run: python3 gold/labelling/entities-a.py
import json, os
from urllib.parse import urlparse

here = os.path.dirname(os.path.abspath(__file__))
texts = json.load(open(os.path.join(here, "speakers-a-texts.json")))
labels = {}
for part in range(1, 5):
    for rec in json.load(open(os.path.join(here, f"entities-a-{part}.json"))):
        labels[rec["id"]] = rec
G = []
for t in texts:
    rec = labels[t["id"]]
    host = urlparse(t["url"]).netloc.removeprefix("www.") or t["id"]
    G.append({"id": t["id"], "group": host, "url": t["url"], "title": t["title"], "body": t["body"],
              "people": rec["people"], "organizations": rec["organizations"], "places": rec["places"],
              "ignore": rec["ignore"], "quotes": [], "entitiesOnly": True})
with open(os.path.join(here, "..", "entities-a.json"), "w") as f:
    json.dump(G, f, ensure_ascii=False, indent=1)
print(len(G), "articles,", len({g["group"] for g in G}), "sites,",
      sum(len(g["organizations"]) for g in G), "organisations")
