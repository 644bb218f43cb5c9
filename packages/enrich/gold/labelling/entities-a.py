# Entities set A (issue 14, sixth round): the people, organisations and places of the 45 unlabelled
# English pages of speakers set A (same frozen bodies, speakers-a-texts.json). Four readers labelled
# them from the text alone by GUIDE.md (Conventions included), without seeing any system's output,
# into entities-a-1..4.json. Run: python3 gold/labelling/entities-a.py
from frozen import site_of, texts_and_labels, write_set

texts, labels = texts_and_labels("speakers-a-texts.json", "entities-a")
G = []
for t in texts:
    rec = labels[t["id"]]
    G.append({"id": t["id"], "group": site_of(t), "url": t["url"], "title": t["title"], "body": t["body"],
              "people": rec["people"], "organizations": rec["organizations"], "places": rec["places"],
              "ignore": rec["ignore"], "quotes": [], "entitiesOnly": True})
write_set("entities-a", G)
print(len(G), "articles,", len({g["group"] for g in G}), "sites,",
      sum(len(g["organizations"]) for g in G), "organisations")
