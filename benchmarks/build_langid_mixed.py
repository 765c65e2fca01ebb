"""Build the mixed-language block set (langid17): real blocks in another language than their page.

    python benchmarks/build_langid_mixed.py --trafilatura GITDIR --fundus GITDIR --list  # to read
    python benchmarks/build_langid_mixed.py --trafilatura GITDIR --fundus GITDIR --write

Documents: real pages of two public test suites that no language-detection rule of this project
was written on (the pages that ``tests/data/realworld`` already holds are left out, by path and
by SHA-256, since ``benchmarks/audit_short_blocks.py`` reads every page there):

* adbar/trafilatura's evaluation pages (``tests/eval/*.html``, Apache-2.0, commit below):
  German, English and French news, blogs and public pages;
* flairNLP/fundus's parser test pages (``tests/resources/parser/test_data/<country>/*.html.gz``,
  MIT, commit below): one page of news per publisher, 40 countries.

Each page is read as ``translate run`` reads it (``translate.read.parse_article``); a document
keeps every block (the context the pipeline sees). A block is **short** when it has 2 to 12 words
and fewer than 120 letters (``context_letters``), as in ``benchmarks/data/langid_blocks``.

**Finding foreign blocks** (none of the pipeline's default models involved: fastText's lid.176
and langid.py): a short block is a *candidate* when it holds at least one function word of a
language of ``FUNCTION_WORDS`` other than its document's and none of its document's language
(on a page of another script: an English function word), or when langdetect (a third model,
``langdetect_other``) reads another language in it with probability 0.9 or more. langdetect's
candidates are noisy (names): those read by hand as another language are in ``foreign``, the
others are left unlabelled (not scored), so that no unread label enters the set. Only
candidates, and the first ``NATIVE_PER_DOC`` other short blocks of a document,
are labelled. Documents are the pages with at least one candidate.

**Labelling rule**, written before any run: the document's language is the page's ``<html lang>``
(its primary subtag), else the language of ``FUNCTION_WORDS`` whose words are most frequent in
its body (``labels.json`` ``doc_lang`` where the body read by hand is in another). A candidate
is labelled by hand (``labels.json``): ``foreign`` (the language it is written in), or
``no_language`` (names, titles of works made of names, brands, code, credits, dates: ``any``,
not scored), else it takes its document's language. A
native block (not a candidate) takes its document's language unless listed in ``foreign`` or
``no_language``. Every label written was read by hand (``--list`` prints them all).

Split: a document is held out when the first byte of SHA-256 of its id is odd, development when
even. A short text labelled once is not labelled again (documents in id order).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "data" / "langid_mixed" / "blocks.jsonl"
TRAFILATURA_COMMIT = "e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5"
FUNDUS_COMMIT = "18da6e53592f99cf0ac5770dc63d6ba99ba63ae8"
MAX_WORDS, MIN_WORDS, MAX_LETTERS = 12, 2, 120
NATIVE_PER_DOC = 2
MAX_DOC_BLOCKS = 400  # blocks kept as a page's context (a page's first 400 blocks)
_HTML_LANG = re.compile(rb"<html[^>]*?\blang=[\"']?([A-Za-z]{2,3})", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")

def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# words of one language of the list only (a word two of them write is left out: "in", "de")
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "the and of to is for with you your our this that are from by be was were will "
        "not have has it its what how why about their they we my"
    ),
    "de": _words(
        "der die das und ist mit für nicht auf dem den des ein eine einer zum zur sich "
        "auch wird sind wie bei oder aus nach über wir ihr unsere"
    ),
    "fr": _words(
        "le la les et est pour avec une des du au aux sur dans pas qui nous vous sont "
        "cette ces leur plus"
    ),
    "es": _words(
        "el los las y del para con una por es que sobre está son su sus más como pero"
    ),
    "pt": _words(
        "os as e do da dos das para com uma não em no na pelo pela são mais como mas seu "
        "sua"
    ),
    "it": _words(
        "il gli della delle dei di che per con una non sono nel nella sul anche più alla"
    ),
    "nl": _words(
        "het een van en niet zijn voor met op dat wij jullie ook naar bij worden"
    ),
}
# words two of the languages above share are no evidence for either
_SHARED = {w for a in FUNCTION_WORDS for b in FUNCTION_WORDS if a < b
           for w in FUNCTION_WORDS[a] & FUNCTION_WORDS[b]}

LABELS = OUT.parent / "labels.json"


def _labels() -> tuple[dict[tuple[str, str], str], set[tuple[str, str]], dict[str, str | None]]:
    """The hand labels (``labels.json`` beside the data): ``foreign`` [doc, text, language],
    ``no_language`` [doc, text] (names, brands, titles made of names, code, credits),
    ``doc_lang`` {doc: language or null}: a page whose body, read by hand, is not in the
    language its ``<html lang>`` declares (null: in a language the finder cannot read)."""
    if not LABELS.exists():
        return {}, set(), {}
    data = json.loads(LABELS.read_text(encoding="utf-8"))
    foreign = {(d, t): lang for d, t, lang in data["foreign"]}
    return foreign, {(d, t) for d, t in data["no_language"]}, dict(data["doc_lang"])


def function_counts(text: str) -> dict[str, int]:
    words = [w.lower() for w in _WORD.findall(text)]
    return {lang: sum(1 for w in words if w in fws and w not in _SHARED)
            for lang, fws in FUNCTION_WORDS.items()}


def is_short(text: str) -> bool:
    words = len(text.split())
    letters = sum(ch.isalpha() for ch in text)
    return MIN_WORDS <= words <= MAX_WORDS and 0 < letters < MAX_LETTERS


def is_candidate(text: str, doc_lang: str) -> str | None:
    """The other language whose function words the block holds (none of its document's)."""
    counts = function_counts(text)
    if counts.get(doc_lang, 0):
        return None
    best = max((n, lang) for lang, n in counts.items() if lang != doc_lang)
    if doc_lang not in FUNCTION_WORDS and best[1] != "en":
        return None  # a page in another script: its English lines only
    return best[1] if best[0] >= 1 else None


def langdetect_other(text: str, doc_lang: str) -> str | None:
    """The language langdetect (a model the pipeline's default detector does not use) reads in
    a short block of 3+ words with probability 0.9 or more, when not the document's."""
    if len(text.split()) < 3:
        return None
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    try:
        best = detect_langs(text)[0]
    except LangDetectException:
        return None
    lang = str(best.lang).split("-")[0]
    return lang if lang != doc_lang and best.prob >= 0.9 else None


def _git_files(gitdir: Path, commit: str, under: str) -> list[str]:
    out = subprocess.run(["git", "--git-dir", str(gitdir), "ls-tree", "-r", "-z", "--name-only",
                          commit, under], capture_output=True, text=True, check=True).stdout
    return [p for p in out.split("\0") if p]


def _git_bytes(gitdir: Path, commit: str, path: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(gitdir), "show", f"{commit}:{path}"],
                          capture_output=True, check=True).stdout


def _corpus_known() -> tuple[set[str], set[str]]:
    """Paths and SHA-256 of the pages tests/data/realworld already holds."""
    paths, shas = set(), set()
    for meta in (ROOT / "tests" / "data" / "realworld").glob("**/pages/*.json"):
        data = json.loads(meta.read_text(encoding="utf-8"))
        source = data.get("source") or {}
        if isinstance(source, dict) and source.get("path"):
            paths.add(str(source["path"]))
        if data.get("sha256"):
            shas.add(str(data["sha256"]))
    for page in (ROOT / "tests" / "data" / "realworld").glob("**/*.html.gz"):
        shas.add(hashlib.sha256(gzip.decompress(page.read_bytes())).hexdigest())
    return paths, shas


def pages(trafilatura: Path, fundus: Path) -> list[tuple[str, bytes]]:
    known_paths, known_shas = _corpus_known()
    out: list[tuple[str, bytes]] = []
    for path in _git_files(trafilatura, TRAFILATURA_COMMIT, "tests/eval"):
        if not path.endswith(".html") or path in known_paths:
            continue
        raw = _git_bytes(trafilatura, TRAFILATURA_COMMIT, path)
        if hashlib.sha256(raw).hexdigest() not in known_shas:
            out.append((f"trafilatura/{path.rsplit('/', 1)[1]}", raw))
    for path in _git_files(trafilatura, TRAFILATURA_COMMIT, "tests/cache"):
        if not path.endswith((".html", ".html.gz")) or path in known_paths:
            continue
        raw = _git_bytes(trafilatura, TRAFILATURA_COMMIT, path)
        raw = gzip.decompress(raw) if path.endswith(".gz") else raw
        if hashlib.sha256(raw).hexdigest() not in known_shas:
            out.append((f"trafilatura-cache/{path.rsplit('/', 1)[1]}", raw))
    for path in _git_files(fundus, FUNDUS_COMMIT, "tests/resources/parser/test_data"):
        if not path.endswith(".html.gz") or path in known_paths:
            continue
        raw = gzip.decompress(_git_bytes(fundus, FUNDUS_COMMIT, path))
        if hashlib.sha256(raw).hexdigest() not in known_shas:
            out.append((f"fundus/{path.split('test_data/', 1)[1]}", raw))
    return sorted(out)


def doc_language(raw: bytes, body: str) -> str | None:
    match = _HTML_LANG.search(raw[:5000])
    if match:
        return match.group(1).decode("ascii").lower()
    counts = function_counts(body)
    n, lang = max((n, lang) for lang, n in counts.items())
    return lang if n >= 20 else None


def build(trafilatura: Path, fundus: Path) -> list[dict[str, object]]:
    from translate.errors import TranslateError
    from translate.read import decode, parse_article

    foreign, no_language, doc_lang = _labels()
    docs: list[dict[str, object]] = []
    seen: set[str] = set()
    for doc_id, raw in pages(trafilatura, fundus):
        try:
            html = decode(raw, source=doc_id)
            article = parse_article(html, fmt="html", source=doc_id, article_id="page")
        except TranslateError:
            continue
        texts = [b.text for b in article.blocks][:MAX_DOC_BLOCKS]
        lang = doc_lang.get(doc_id, "") if doc_id in doc_lang else doc_language(
            raw, "\n".join(texts))
        if not lang:
            continue  # a page in a language none of us can tell
        blocks: list[dict[str, str]] = []
        natives = found = 0
        for block in article.blocks[:MAX_DOC_BLOCKS]:
            entry = {"kind": block.kind, "text": block.text}
            text = block.text
            if is_short(text) and text not in seen:
                other = is_candidate(text, lang)
                model_only = other is None and langdetect_other(text, lang) is not None
                label: str | None = None
                why = ""
                if (doc_id, text) in no_language:
                    label, why = "any", "read by hand: no language"
                elif (doc_id, text) in foreign:
                    label, why = foreign[(doc_id, text)], "read by hand: another language"
                elif other is not None:
                    label, why = lang, f"candidate ({other} function words), read by hand: {lang}"
                elif model_only:
                    pass  # langdetect's candidate not read as another language: left unlabelled
                elif natives < NATIVE_PER_DOC:
                    label, why = lang, "document"
                if label is not None:
                    seen.add(text)
                    entry.update(label=label, why=why)
                    found += other is not None or label not in (lang, "any")
                    natives += why == "document"
            blocks.append(entry)
        if not found:
            continue
        split = "heldout" if hashlib.sha256(doc_id.encode()).digest()[0] % 2 else "dev"
        docs.append({"id": doc_id, "kind": "page", "lang": lang, "split": split,
                     "blocks": blocks})
    return docs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--trafilatura", type=Path, required=True, help="git dir of trafilatura")
    parser.add_argument("--fundus", type=Path, required=True, help="git dir of fundus")
    parser.add_argument("--list", action="store_true", help="print every labelled block")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    docs = build(args.trafilatura, args.fundus)
    if args.list:
        for doc in docs:
            for block in doc["blocks"]:  # type: ignore[attr-defined]
                if "label" in block:
                    print(json.dumps([doc["id"], doc["lang"], block["label"], block["why"][:9],
                                      block["text"]], ensure_ascii=False))
    if args.write:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs),
                       encoding="utf-8")
    labelled = [b for d in docs for b in d["blocks"] if "label" in b]  # type: ignore[attr-defined]
    print(f"{len(docs)} documents, {len(labelled)} labelled blocks, "
          f"{sum(1 for b in labelled if b['why'].startswith('read by hand: another'))} foreign",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
