# Shared by the recipes of the sets labelled on frozen bodies (broad-b.py, speakers-a.py,
# entities-a.py): the frozen texts, the readers' label parts by id, and writing the set.
import json, os
from urllib.parse import urlparse

here = os.path.dirname(os.path.abspath(__file__))


def texts_and_labels(texts_file, parts_prefix, parts=4):
    """The frozen records of `texts_file` and the labels of `<parts_prefix>-1..N.json` by page id."""
    texts = json.load(open(os.path.join(here, texts_file)))
    labels = {}
    for part in range(1, parts + 1):
        for rec in json.load(open(os.path.join(here, f"{parts_prefix}-{part}.json"))):
            labels[rec["id"]] = rec
    return texts, labels


def write_set(name, records):
    """gold/<name>.json, beside this folder."""
    with open(os.path.join(here, "..", f"{name}.json"), "w") as f:
        json.dump(records, f, ensure_ascii=False, indent=1)


def site_of(page):
    """A page's site: its host without "www.", else its id."""
    return urlparse(page["url"]).netloc.removeprefix("www.") or page["id"]
