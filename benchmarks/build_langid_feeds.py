"""Short feed items in another language than their feed's, and in the same (langid18).

    python benchmarks/build_langid_feeds.py --fundus GITDIR [--write] [--list]

Writes ``benchmarks/data/langid_feeds/items.jsonl`` (README.md there). The rule, fixed before any
run of the pipeline on these texts:

* **Texts**: the headlines (``title``) and section headings of flairNLP/fundus's parser test
  data (``tests/resources/parser/test_data/<country>/<Publisher>.json``: what a news site's own
  feed carries as an item's title), of the countries in ``COUNTRY_LANG``, 2 to 11
  whitespace-separated words (a feed item under ``SHORT_WORDS``); the title of each version of
  each publisher and the first heading of its first ``HEADINGS`` sections; at most
  ``PER_LANG`` texts of one language (in file order); a text already in ``langid_blocks`` or
  ``langid_mixed`` is left out.
* **Label**: the publisher's language (``COUNTRY_LANG``), unless read by hand the text is in
  another language or in none (``labels.json``: ``foreign`` and ``no_language``). Every text was
  read (``--list``); ``labels.json`` says so and lists what was changed.
* **Units**: every text is scored twice, as an item of a feed that declares its own language
  (``native``) and of a feed that declares another (``foreign``): ``en`` for a text in another
  language than English, else one of ``FOREIGN_FEEDS`` picked by the second byte of the SHA-256
  of the text. A feed's items are routed from its declared language and the item's own text
  alone (``translate.feeds.run._prepare``): the other items do not enter, so an item under
  another feed's declaration is what an aggregator or a multilingual newsroom feed carries.
* **Split**: held out when the first byte of the SHA-256 of the text is odd (both units of a
  text in the same part).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "data" / "langid_feeds" / "items.jsonl"
LABELS = OUT.parent / "labels.json"
FUNDUS_COMMIT = "18da6e53592f99cf0ac5770dc63d6ba99ba63ae8"
PREFIX = "tests/resources/parser/test_data"
COUNTRY_LANG = {
    "us": "en", "uk": "en", "au": "en", "de": "de", "at": "de", "fr": "fr", "es": "es",
    "mx": "es", "it": "it", "jp": "ja", "kr": "ko", "cn": "zh", "tw": "zh", "ru": "ru",
    "ua": "uk", "pl": "pl", "cz": "cs", "pt": "pt", "tr": "tr", "se": "sv", "dk": "da",
}
PER_LANG = 30
FOREIGN_FEEDS = ("de", "fr", "es", "pt", "it", "ru", "ja")
MAX_WORDS = 11
HEADINGS = 3  # section headings read per version


def _show(gitdir: str, name: str) -> bytes:
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{FUNDUS_COMMIT}:{name}"],
                          check=True, capture_output=True).stdout


def _spent() -> set[str]:
    seen: set[str] = set()
    for name in ("langid_blocks", "langid_mixed"):
        for line in (OUT.parent.parent / name / "blocks.jsonl").read_text("utf-8").splitlines():
            seen.update(b["text"] for b in json.loads(line)["blocks"])
    return seen


def texts(gitdir: str) -> list[tuple[str, str, str]]:
    """(source, text, publisher's language), in file order."""
    names = subprocess.run(
        ["git", "--git-dir", gitdir, "ls-tree", "-r", "--name-only", FUNDUS_COMMIT, PREFIX],
        check=True, capture_output=True, text=True).stdout.split()
    spent, seen = _spent(), set()
    out: list[tuple[str, str, str]] = []
    per: dict[str, int] = {}
    for name in sorted(names):
        country = name.split("/")[-2]
        if not name.endswith(".json") or country not in COUNTRY_LANG:
            continue
        lang = COUNTRY_LANG[country]
        data = json.loads(_show(gitdir, name))
        for version, doc in sorted(data.items()):
            if not isinstance(doc, dict):
                continue
            found = [doc.get("title")]
            for section in (doc.get("body") or {}).get("sections") or []:
                heads = [h for h in section.get("headline") or [] if isinstance(h, str)]
                found.extend(heads[:1])
                if len(found) > HEADINGS:
                    break
            for text in found:
                if not isinstance(text, str):
                    continue
                text = " ".join(text.split())
                if not 2 <= len(text.split()) <= MAX_WORDS or text in spent or text in seen:
                    continue
                if per.get(lang, 0) >= PER_LANG:
                    continue
                seen.add(text)
                per[lang] = per.get(lang, 0) + 1
                out.append((f"fundus/{country}/{name.rsplit('/', 1)[1]}#{version}", text, lang))
    return out


def build(gitdir: str) -> list[dict[str, str]]:
    labels = json.loads(LABELS.read_text("utf-8"))
    units = []
    for source, text, lang in texts(gitdir):
        digest = hashlib.sha256(text.encode()).digest()
        label = labels["foreign"].get(text, "any" if text in labels["no_language"] else lang)
        split = "heldout" if digest[0] % 2 else "dev"
        other = "en" if label != "en" else FOREIGN_FEEDS[digest[1] % len(FOREIGN_FEEDS)]
        for role, feed_lang in (("native", label), ("foreign", other)):
            if label == "any" and role == "foreign":
                continue
            units.append({"source": source, "text": text, "label": label, "publisher": lang,
                          "feed_lang": feed_lang if label != "any" else lang, "role": role,
                          "split": split})
    return units


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fundus", required=True, help="git dir of flairNLP/fundus")
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--list", action="store_true", help="print every text and its label")
    args = parser.parse_args()
    units = build(args.fundus)
    if args.list:
        for u in units:
            if u["role"] == "native":
                print(f"{u['label']}\t{u['split']}\t{u['text']}")
    if args.write:
        OUT.write_text("".join(json.dumps(u, ensure_ascii=False, sort_keys=True) + "\n"
                               for u in units), encoding="utf-8")
    print(f"{len(units)} units", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
