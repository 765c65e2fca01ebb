"""Build untranslatables SET C: real paragraphs whose tokens a translation must keep verbatim.

    python benchmarks/build_untranslatables_c.py --wcxb DIR --pydocs DIR [OUT]
        DIR: checkouts (or bare mirrors) of
        https://github.com/Murrough-Foley/web-content-extraction-benchmark at WCXB_COMMIT and
        https://github.com/python/python-docs-pt-br at PYDOCS_COMMIT (branch 3.14)
    OUT: benchmarks/data/untranslatables_c.jsonl (default)

Sets a and b of untranslatables were the English pages of the realworld corpus's dev, held-out a
and held-out b folders (Readability's and trafilatura's pages, ``eval_realworld.py --translate``).
Set c takes text no earlier set took, in both directions:

* **en -> pt**: paragraphs of WCXB 1.0's ground-truth ``main_content`` (dev and test splits, page
  type ``article``, English) of pages whose site no folder of ``tests/data/realworld`` holds;
* **pt -> en**: translated, non-fuzzy ``msgstr`` paragraphs of the Brazilian Portuguese
  translation of Python's documentation, ``whatsnew/*.po`` (release notes: names of people,
  URLs, code, numbers with units), in file order.

**Rule (written and committed before any run; tokens from the source text alone):** a token must
survive verbatim in the translation when it is

* ``url``: ``http://``, ``https://`` or ``www.`` up to a space, quote, bracket or backtick, less
  trailing punctuation; ``email``: an e-mail address;
* ``handle`` / ``hashtag``: ``@name`` / ``#name`` (a letter or ``_`` first, not inside a word or an
  address);
* ``code``: the text inside a backtick span (`` `x` `` or ````x````; kept when the text inside
  survives);
* ``letters``: a Latin-script word with a letter outside the source language's alphabet (CLDR's
  exemplar characters as ``locales/languages/<lang>.toml`` ``[alphabet]`` held them when the set
  was written, copied below) that is capitalized ("Łukasz", "Māori", "Lüderitzstrasse"), or with a
  letter outside both the English and the Portuguese alphabets in any case ("straße");
* ``unit``: a number followed by a unit symbol of SI or computing (``%``, ``km``, ``cm``, ``mm``,
  ``kg``, ``mg``, ``KB``, ``MB``, ``GB``, ``TB``, ``Hz``, ``kHz``, ``MHz``, ``GHz``, ``kW``,
  ``kWh``, ``MW``, ``GW``, ``°C``, ``°F``, ``km/h``; symbols, not words the target may translate
  such as "lb" or "mph"); kept when the target has the same digits (decimal and thousands
  separators ignored: "1,5 GB" keeps "1.5 GB") followed by the same symbol.

A paragraph qualifies with 8 to 80 words, at least one token, and as prose, not a code listing
(``prose``: no ``>>>`` prompt or ``#if``-like line, at most one word in ten with a programming
symbol); a .po entry also when its ``msgstr`` differs from its ``msgid`` and reads as Portuguese
(function words). A backtick span ```words <target>`_`` (a reStructuredText link or reference)
gives its target as a ``url`` token when it is one, and nothing otherwise (its words may be
translated). Per direction, paragraphs are
taken in source order (WCXB ids; .po files in name order, entries in file order), at most two per
page or file, and at most ``PER_KIND`` per kind (a paragraph counts for the first kind of the
order ``letters, url, email, handle, hashtag, code, unit`` it has) so that each kind is
represented; every token of a taken paragraph is listed. Names that are also words in title case
("Wedding", "Wood") are not in this rule (no rule from the text alone says which capitalized word
is a name); ``eval_realworld.py --names`` measures them.

Written on 2026-12-04 BEFORE the realnews16 pass on untranslatables (issue 15); its first run is
main's (``benchmarks/results/realnews16-eval_untranslatables_c_before-2026-12-04.txt``). Do not
tune rules on it: once that happens it is a development set.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
REALWORLD = ROOT / "tests" / "data" / "realworld"
sys.path.insert(0, str(REALWORLD))

from heldout_common import known_sites, site  # noqa: E402

WCXB_COMMIT = "c039d5ee9f5a3a984a0e167e63aacd04e76e78a9"
PYDOCS_COMMIT = "d60168178b78c20c963786dcbfda30678e630626"  # python-docs-pt-br, branch 3.14
PER_KIND = {"en": 12, "pt": 10}
PER_SOURCE = 2
KINDS = ("letters", "url", "email", "handle", "hashtag", "code", "unit")
# [alphabet] letters of locales/languages/en.toml and pt.toml on 2026-12-04 (CLDR exemplars)
ALPHABET = {
    "en": frozenset("abcdefghijklmnopqrstuvwxyz"),
    "pt": frozenset("abcdefghijklmnopqrstuvwxyzáàâãçéêíóôõú"),
}
BOTH = ALPHABET["en"] | ALPHABET["pt"]

_URL = re.compile(r"(?:https?://|www\.)[^\s<>`\"'()\[\]{}]+")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_HANDLE = re.compile(r"(?<![\w@./:-])@[A-Za-z_]\w+")
_HASHTAG = re.compile(r"(?<![\w#&/:-])#[A-Za-z_]\w+")
_CODE = re.compile(r"``([^`]+)``|`([^`]+)`")
_RST_LINK = re.compile(r"[^<]*\s<([^>]+)>")
_SYMBOLS = re.compile(r"[=(){}\[\]<>;$*|\\]")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
UNITS = (
    "%", "km/h", "km", "cm", "mm", "kg", "mg", "KB", "MB", "GB", "TB", "kHz", "MHz", "GHz", "Hz",
    "kWh", "kW", "MW", "GW", "°C", "°F",
)  # fmt: skip
_UNIT = re.compile(
    r"(?<![\w.,])(\d+(?:[.,]\d+)*)\s?(" + "|".join(re.escape(u) for u in UNITS) + r")(?![\w/])"
)


def tokens(text: str, lang: str) -> list[dict[str, str]]:
    """The tokens of ``text`` (language ``lang``) that must survive, by the rule above."""
    out: list[dict[str, str]] = []
    spans: list[tuple[int, int]] = []

    def add(kind: str, tok: str, m: re.Match[str]) -> None:
        out.append({"kind": kind, "token": tok})
        spans.append(m.span())

    def inside(m: re.Match[str]) -> bool:
        return any(s <= m.start() < e for s, e in spans)

    for m in _CODE.finditer(text):
        inner = m.group(1) or m.group(2)
        link = _RST_LINK.fullmatch(inner)
        if link is None:
            add("code", inner, m)
        elif _URL.match(link.group(1)):  # `words <url>`_: the words may be translated, not the url
            add("url", link.group(1), m)
        else:
            spans.append(m.span())  # a reference with words of its own: nothing verbatim
    for m in _URL.finditer(text):
        if not inside(m):
            add("url", m.group(0).rstrip(".,;:!?"), m)
    for m in _EMAIL.finditer(text):
        if not inside(m):
            add("email", m.group(0).rstrip("."), m)
    for kind, rx in (("handle", _HANDLE), ("hashtag", _HASHTAG)):
        for m in rx.finditer(text):
            if not inside(m):
                add(kind, m.group(0), m)
    for m in _WORD.finditer(text):
        if inside(m):
            continue
        word = m.group(0)
        if not all(unicodedata.name(ch, "").startswith("LATIN") for ch in word if ch.isalpha()):
            continue
        low = word.lower()
        foreign = [ch for ch in low if ch.isalpha() and ch not in ALPHABET[lang]]
        if foreign and (word[0].isupper() or any(ch not in BOTH for ch in foreign)):
            add("letters", word, m)
    for m in _UNIT.finditer(text):
        if not inside(m):
            add("unit", m.group(1) + " " + m.group(2), m)
    return out


def _show(repo: Path, rev: str, path: str) -> bytes:
    return subprocess.run(
        ["git", "-C", str(repo), "show", f"{rev}:{path}"], capture_output=True, check=True
    ).stdout


def _ls(repo: Path, rev: str, folder: str) -> list[str]:
    out = subprocess.run(
        ["git", "-C", str(repo), "ls-tree", "--name-only", rev, folder + "/"],
        capture_output=True, check=True,
    ).stdout.decode("utf-8")  # fmt: skip
    return sorted(out.split())


def _english(text: str) -> bool:
    words = re.findall(r"[a-z]+", text.lower())
    return len(words) >= 50 and sum(w in ("the", "and", "of", "to") for w in words) > 0.06 * len(
        words
    )


def prose(text: str) -> bool:
    """Not a code listing: at most one in ten words (URLs aside) carries a programming symbol,
    no interpreter prompt or C preprocessor line."""
    if ">>>" in text or re.search(r"(?:^|\s)#(?:if|else|endif|include|define)\b", text):
        return False
    words = [w for w in text.split() if not _URL.match(w)]
    return sum(bool(_SYMBOLS.search(w)) for w in words) <= 0.1 * len(words)


def _portuguese(text: str) -> bool:
    words = re.findall(r"[^\W\d_]+", text.lower())
    marks = ("de", "que", "não", "em", "para", "é", "o", "os", "um", "uma", "do", "da", "se")
    return sum(w in marks for w in words) > 0.08 * len(words)


def _take(
    candidates: list[tuple[str, str]], lang: str, items: list[dict[str, Any]], prefix: str
) -> None:
    per_source: dict[str, int] = {}
    per_kind: dict[str, int] = {}
    for source, para in candidates:
        n = len(para.split())
        if not 8 <= n <= 80 or per_source.get(source, 0) >= PER_SOURCE or not prose(para):
            continue
        toks = tokens(para, lang)
        if not toks:
            continue
        kind = next(k for k in KINDS if any(t["kind"] == k for t in toks))
        if per_kind.get(kind, 0) >= PER_KIND[lang]:
            continue
        per_kind[kind] = per_kind.get(kind, 0) + 1
        per_source[source] = per_source.get(source, 0) + 1
        items.append(
            {
                "id": f"{prefix}{len(items) + 1:03d}",
                "from": lang,
                "to": "pt-BR" if lang == "en" else "en",
                "kind": kind,
                "source": source,
                "text": para,
                "tokens": toks,
            }
        )


def english_candidates(repo: Path) -> list[tuple[str, str]]:
    folders = ("", *sorted(p.name for p in REALWORLD.iterdir() if (p / "pages").is_dir()))
    known = known_sites(folders)
    out: list[tuple[str, str]] = []
    for split in ("dev", "test"):
        for path in _ls(repo, WCXB_COMMIT, f"{split}/ground-truth"):
            truth = json.loads(_show(repo, WCXB_COMMIT, path))
            kind = ((truth.get("_internal") or {}).get("page_type") or {}).get("primary")
            s = site(str(truth.get("url") or ""))
            text = str((truth.get("ground_truth") or {}).get("main_content") or "")
            if kind != "article" or not s or s in known or not _english(text):
                continue
            src = f"WCXB {path} ({s})"
            out += [(src, line.strip()) for line in text.splitlines() if line.strip()]
    return out


def portuguese_candidates(repo: Path) -> list[tuple[str, str]]:
    import polib

    out: list[tuple[str, str]] = []
    for path in _ls(repo, PYDOCS_COMMIT, "whatsnew"):
        if not path.endswith(".po"):
            continue
        po = polib.pofile(_show(repo, PYDOCS_COMMIT, path).decode("utf-8"))
        for entry in po:
            if (
                entry.msgstr
                and entry.msgstr != entry.msgid
                and not entry.fuzzy
                and not entry.obsolete
                and _portuguese(entry.msgstr)
            ):
                out.append((f"python-docs-pt-br {path}", " ".join(entry.msgstr.split())))
    return out


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wcxb", type=Path, required=True)
    parser.add_argument("--pydocs", type=Path, required=True)
    parser.add_argument(
        "out", nargs="?", type=Path, default=ROOT / "benchmarks/data/untranslatables_c.jsonl"
    )
    args = parser.parse_args(argv)
    items: list[dict[str, Any]] = []
    _take(english_candidates(args.wcxb), "en", items, "c")
    _take(portuguese_candidates(args.pydocs), "pt", items, "cp")
    with args.out.open("w", encoding="utf-8") as fh:
        for item in items:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(items)} paragraphs, {sum(len(i['tokens']) for i in items)} tokens -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
