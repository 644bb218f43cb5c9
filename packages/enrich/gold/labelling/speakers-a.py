# Speakers set A (issue 14, fifth round): the speaker of every quotation newsflow found on 45
# unlabelled English pages of 44 sites (htmldate pages extracted by newsflow, plus the aeb-dev and
# fundus pages no other set holds; fiction, reviews and code pages left out). Bodies and quotations
# are frozen in speakers-a-texts.json as found on 2026-12-07; four readers labelled the speakers
# from the text alone by GUIDE.md, without seeing any system's speakers, into speakers-a-1..4.json
# (items that are no quotation by the guide are marked and left out). Run: python3 gold/labelling/speakers-a.py
from frozen import site_of, texts_and_labels, write_set

texts, labels = texts_and_labels("speakers-a-texts.json", "speakers-a")
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
    G.append({"id": t["id"], "group": site_of(t), "url": t["url"], "title": t["title"], "body": t["body"],
              "people": [], "organizations": [], "places": [], "ignore": [], "speakersOnly": True,
              "speakerAliases": ["|".join([s, *sorted(a - {s})]) for s, a in aliases.items()],
              "quotes": quotes})
write_set("speakers-a", G)
print(len(G), "articles,", len({g["group"] for g in G}), "sites,", sum(len(g["quotes"]) for g in G), "quotes")
