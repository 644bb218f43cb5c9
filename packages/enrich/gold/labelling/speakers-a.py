# Speakers set A (issue 14, fifth round): the speaker of every quotation newsflow found on 45
# unlabelled English pages of 44 sites (htmldate pages extracted by newsflow, plus the aeb-dev and
# fundus pages no other set holds; fiction, reviews and code pages left out). Bodies and quotations
# are frozen in speakers-a-texts.json as found on 2026-12-07; four readers labelled the speakers
# from the text alone by GUIDE.md, without seeing any system's speakers, into speakers-a-1..4.json
# (items that are no quotation by the guide are marked and left out). Run: python3 gold/labelling/speakers-a.py
import json, os
from urllib.parse import urlparse

here = os.path.dirname(os.path.abspath(__file__))
texts = json.load(open(os.path.join(here, "speakers-a-texts.json")))
labels = {}
for part in range(1, 5):
    for rec in json.load(open(os.path.join(here, f"speakers-a-{part}.json"))):
        labels[rec["id"]] = rec
G = []
for t in texts:
    rec = labels[t["id"]]
    assert len(rec["quotes"]) == len(t["quotes"]), t["id"]
    quotes, aliases = [], {}
    for found, lab in zip(t["quotes"], rec["quotes"]):
        if lab.get("notAQuote"):
            continue
        speaker = lab.get("speaker")
        quotes.append({"text": found["text"][:80], "speaker": speaker})
        if speaker:
            aliases.setdefault(speaker, set()).update(a for a in lab.get("aliases") or [] if a)
    host = urlparse(t["url"]).netloc.removeprefix("www.") or t["id"]
    G.append({"id": t["id"], "group": host, "url": t["url"], "title": t["title"], "body": t["body"],
              "people": [], "organizations": [], "places": [], "ignore": [], "speakersOnly": True,
              "speakerAliases": ["|".join([s, *sorted(a - {s})]) for s, a in aliases.items()],
              "quotes": quotes})
with open(os.path.join(here, "..", "speakers-a.json"), "w") as f:
    json.dump(G, f, ensure_ascii=False, indent=1)
print(len(G), "articles,", len({g["group"] for g in G}), "sites,", sum(len(g["quotes"]) for g in G), "quotes")
