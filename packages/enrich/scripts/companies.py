# Regenerates src/data/companies.json: the listed companies of 20 stock indices (S&P 500/100/600,
# NASDAQ 100, Dow Jones, FTSE 100, DAX, MDAX, SDAX, TecDAX, CAC 40, CAC Mid 60, EURO STOXX 50, AEX,
# BEL 20, IBEX 35, NIKKEI 225, OMX Helsinki 25, OMX Stockholm 30, Switzerland 20) as the
# `pytickersymbols` package ships them (MIT License), each name as listed and without its legal
# suffix ("Lockheed Martin Corporation" → "Lockheed Martin"). Which of them count as names is
# decided at load time (src/entities/gazetteer.ts): common words, given names and places are not.
#   python3 -m venv .cache/companies-venv && .cache/companies-venv/bin/pip install pytickersymbols==1.17.10
#   .cache/companies-venv/bin/python packages/enrich/scripts/companies.py   (from the repository root)
import json, os, re
from pytickersymbols import PyTickerSymbols

SUFFIX = re.compile(
    r"(?:,?\s+(?:Inc\.?|Incorporated|Corporation|Corp\.?|Company|Co\.?|plc|PLC|SE|AG|N\.?V\.?|S\.?A\.?"
    r"|SpA|S\.p\.A\.|Ltd\.?|Limited|Holdings?|Group|KGaA|ASA|AB|Oyj|A/S|GmbH|L\.P\.|LP|Trust|REIT))+$"
)
names = {s["name"].strip() for s in PyTickerSymbols().get_all_stocks()}
out = set()
for n in names:
    for x in (n, SUFFIX.sub("", n).strip().rstrip(",")):
        if len(x) >= 3:
            out.add(x)
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "data", "companies.json")
with open(path, "w") as f:
    json.dump(sorted(out), f, ensure_ascii=False, indent=0)
    f.write("\n")
print(len(names), "companies,", len(out), "names")
