# ruff: noqa: E501  (data tables: URLs and quoted sentences)
"""Rebuild the real-world corpus from the source distributions that ship it.

    python tests/data/realworld/build.py --sdists DIR   # DIR holds the sdists listed in SOURCES
    python tests/data/realworld/build.py --download     # fetch them with ``pip download`` first

Every page and feed here comes out of a public test suite as its package ships it on PyPI (see
NOTICE.md for names, versions, checksums and licences). The facts kept for each page are:

* trafilatura 1.0.0 ``tests/realworld_tests.py``: the strings its own tests assert to be in
  (``must_have``) or not in (``must_not_have``) the extracted article, taken from the test code
  with :mod:`ast`, never by hand;
* newspaper4k 0.9.6 ``tests/data/txt`` and ``tests/data/metadata``: the full expected article
  text and title;
* ``HAND_FACTS`` below: facts written here, from reading the page, for news pages of
  trafilatura's cache that its tests do not assert anything about (marked ``"facts": "hand"``).

The expected title comes from the page itself (the ``<h1>`` that the ``og:title``/``<title>``
repeats, else ``og:title``); the rest of a ``<title>`` split at `` | `` or `` - `` is site
furniture and goes to ``title_must_not_have``. The script is deterministic: running it twice
gives the same files.
"""

from __future__ import annotations

import argparse
import ast
import gzip
import hashlib
import io
import json
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

SOURCES: dict[str, dict[str, str]] = {
    "trafilatura": {
        "version": "1.0.0",
        "licence": "GPL-3.0-or-later (test code); pages: their publishers",
    },
    "newspaper4k": {"version": "0.9.6", "licence": "MIT (test code); pages: their publishers"},
    "rss2email": {
        "version": "3.12.3",
        "licence": "GPL-2.0-or-later (test code); feeds: their publishers",
    },
    "feedparser": {
        "version": "6.0.14",
        "licence": "BSD-2-Clause (test code); feeds: their publishers",
    },
    "trafilatura-2": {"version": "2.3.1", "licence": "Apache-2.0 (test code); feed: its publisher"},
}

# trafilatura cache pages whose kind is not a news/magazine/blog article: kept out
SKIP_TRAFILATURA = {
    "exotic_tags.html",  # synthetic markup test
    "ebrosia.de.zinfandel.html",  # shop
    "toralin.de.schmierfett.html",  # shop
    "rs-ingenieure.de.tragwerksplanung.html",  # company page
    "viehbacher.com.steuerrecht.html",  # law firm page
    "hundeverein-kreisunna.de.html",  # club page
    "chineselyrics4u.com.zhineng.html",  # song lyrics
    "en.wikipedia.org.tsne.html",  # encyclopedia
    "fairkom.eu.about.html",  # about page
}

# kind of each page by site (default "news"); blogs and magazines are articles too
BLOG_SITES = (
    "die-partei", "denkanstoos", "shingon-reiki", "love-hina", "piratenpartei", "spektrum.de",
    "buchperlen", "jovelstefan", "kulinariaathome", "schleifen", "modepilot", "otto.de",
    "iloveponysmag", "moritz-meyer", "womencantalksports", "plentylife", "luxuryhaven",
    "gruen-digital", "rechtambild", "internet-law", "caktusgroup", "basicthinking",
    "incurvy", "novalanalove", "franziska-elea", "crazy-julia", "spreeblick", "majkaswelt",
    "github.blog", "lady50plus", "lemire", "changelog.blog", "wehranlage",
)  # fmt: skip
INSTITUTION_SITES = (
    "bmjv.de", "cdu-fraktion", "demokratiewebstatt", "simplyscience", "stuttgart.de",
    "austria.info", "adac.de", "brandenburg.de", "psl.eu", "sauvonsluniversite",
    "de.creativecommons", "landwirt",
)  # fmt: skip

# pages whose <html lang> is wrong: the language their text is in
LANGUAGE_OVERRIDES = {"love-hina.ch.0409.html": "de"}  # declares lang="et"; the text is German

# News pages of trafilatura's cache with no assertions in its tests: facts written here from the
# page (start and end of the article body, boilerplate seen around it).
HAND_FACTS: dict[str, dict[str, Any]] = {
    "dw.com.colonial.html": {
        "url": "https://www.dw.com/en/berlin-confronts-germanys-colonial-past-with-new-initiative/a-52060881",
        "language": "en",
        "body_start": "The German capital has launched a five-year project to mark its part in European colonialism.",
        "body_end": "which opened the gates to a period of intense imperialist activity.",
        "must_have": [
            "renaming of two streets and a square in the district of Wedding",
            "Lüderitzstrasse",
        ],
        "must_not_have": [
            "Watch video 02:17",
            "Print this page",
            "Send us your feedback",
            "Permalink https://p.dw.com",
        ],
        "title_must_not_have": ["DW", "19.01.2020"],
    },
    "salon.com.emissions.html": {
        "url": "https://www.salon.com/2020/01/10/despite-everything-u-s-emissions-dipped-in-2019_partner/",
        "language": "en",
        "body_start": "Just a week into the new year, and the first estimate of how much planet-cooking pollution",
        "body_end": "the status quo in emissions from factories, cars, and buildings.",
        "must_have": ["according to the Rhodium Group", "said Trevor Houser, a partner at Rhodium"],
        "must_not_have": ["Shares"],
    },
    "scmp.com.playbook.html": {
        "url": "https://www.scmp.com/comment/opinion/article/3046526/taiwanese-president-tsai-ing-wens-political-playbook-should-be",
        "language": "en",
        "body_start": "Taiwanese President Tsai Ing-wen’s spectacular re-election was no easy feat.",
        "body_end": "if she and her allies are to have any political future.",
        "must_have": [
            "Lam was far from being the only tailwind",
            "it’s too little, too late for Lam",
        ],
        "must_not_have": [],
    },
    "phys.org.tool.html": {
        "url": "https://phys.org/news/2019-10-flint-flake-tool-partially-birch.html",
        "language": "en",
        "body_start": "A team of researchers affiliated with several institutions in The Netherlands",
        "body_end": "because it was at the bottom of the North Sea for most of its existence.",
        "must_have": ["Prior work has turned up evidence of Neanderthals using birch tar"],
        "must_not_have": ["© 2019 Science X Network", "User comments"],
    },
    "nationalgeographic.co.uk.goats.html": {
        "url": "https://www.nationalgeographic.co.uk/environment-and-conservation/2020/01/ravenous-wild-goats-ruled-island-over-century-now-its-being",
        "language": "en",
        "body_start": "It takes four hours to sail to Redonda",
        "body_end": "“But they don’t know the work that goes into keeping it that way.”",
        "must_have": [
            "This tiny, secluded island in the Caribbean West Indies",
            "“nature can recover.”",
        ],
        "must_not_have": [],
    },
    "theguardian.com.academics.html": {
        "url": "https://www.theguardian.com/education/2020/jan/20/thousands-of-uk-academics-treated-as-second-class-citizens",
        "language": "en",
        "body_start": "Thousands of academic staff at British universities are being treated as second-class citizens",
        "body_end": "with further strikes across British higher education on the cards later this year.",
        "must_have": ["The report by the University and College Union claims"],
        "must_not_have": [],
    },
}

NEWSPAPER_PAGES = (
    "arabic_article", "article_with_br", "chinese_article_001", "chinese_article_002",
    "cleveland.com1", "cnn_001", "cnn_002", "cnn_article", "fox13now_001", "japanese_article",
    "japanese_article2", "spanish_article", "thai_article", "time_001", "video_article_02",
    "wired_001", "yna_co_kr",
)  # fmt: skip

# real feeds: (package, path inside the sdist, id, where the snapshot came from)
FEEDS = (
    ("rss2email", "test/data/allthingsrss/feed.atom", "allthingsrss.atom", "feedburner allthingsrss, 2012-10-04"),
    ("rss2email", "test/data/bbc-chinese/feed.atom", "bbc-chinese.atom", "bbc.co.uk/zhongwen/simp, 2013-01-23"),
    ("rss2email", "test/data/disqus/feed.rss", "disqus-swcarpentry.rss", "software-carpentry.disqus.com, 2012-12-10"),
    ("rss2email", "test/data/gmane/feed.rss", "gmane-rss2email.rss", "rss.gmane.org, 2012-11-18"),
    ("rss2email", "test/data/nodejs/feed1.xml", "nodejs-1.rss", "nodejs.org blog snapshot"),
    ("rss2email", "test/data/nodejs/feed2.xml", "nodejs-2.rss", "nodejs.org blog snapshot"),
    ("rss2email", "test/data/nodejs/feed3.xml", "nodejs-3.rss", "nodejs.org blog snapshot"),
    ("trafilatura-2", "tests/resources/feed.json", "npr-technology.json", "npr.org technology JSON Feed"),
    ("feedparser", "tests/wellformed/sanitize/large_atom_feed_that_needs_css_sanitisation.xml", "touchnokia-ru.atom", "touchnokia.ru Movable Type feed, 2009"),
    ("feedparser", "tests/illformed/chardet/koi8r.xml", "koi8r-ru.rss", "real Russian text in KOI8-R, undeclared"),
    ("feedparser", "tests/illformed/chardet/eucjp.xml", "eucjp-ja.rss", "real Japanese text in EUC-JP, undeclared"),
    ("feedparser", "tests/illformed/chardet/windows1255.xml", "windows1255-he.rss", "real Hebrew text in windows-1255, undeclared"),
)  # fmt: skip


def _sdist(sdists: Path, key: str) -> Path:
    name = key.split("-")[0] if key != "trafilatura-2" else "trafilatura"
    version = SOURCES[key]["version"]
    for cand in sdists.glob(f"{name}-{version}.tar.gz"):
        return cand
    raise SystemExit(f"missing sdist {name}-{version}.tar.gz in {sdists}")


def _members(path: Path) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    with tarfile.open(path) as tar:
        for member in tar.getmembers():
            if member.isfile():
                handle = tar.extractfile(member)
                if handle is not None:
                    out[member.name.split("/", 1)[1]] = handle.read()
    return out


def trafilatura_facts(test_source: str) -> tuple[dict[str, str], dict[str, dict[str, list[str]]]]:
    """MOCK_PAGES and, per URL, the strings asserted in / not in the extraction."""
    tree = ast.parse(test_source)
    mock: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "MOCK_PAGES":
            mock = ast.literal_eval(node.value)
    facts: dict[str, dict[str, list[str]]] = {}

    def walk(stmts: list[ast.stmt], current: str | None) -> str | None:
        for st in stmts:
            if isinstance(st, ast.Assign) and isinstance(st.value, ast.Call):
                call = st.value
                name = getattr(call.func, "id", getattr(call.func, "attr", ""))
                if (
                    name == "load_mock_page"
                    and call.args
                    and isinstance(call.args[0], ast.Constant)
                ):
                    current = str(call.args[0].value)
                elif getattr(st.targets[0], "id", "") == "result":
                    current = None
            elif isinstance(st, ast.Assert) and current:
                for sub in ast.walk(st.test):
                    if (
                        isinstance(sub, ast.Compare)
                        and len(sub.ops) == 1
                        and isinstance(sub.left, ast.Constant)
                        and isinstance(sub.left.value, str)
                        and isinstance(sub.comparators[0], ast.Name)
                        and sub.comparators[0].id == "result"
                    ):
                        key = {ast.In: "must_have", ast.NotIn: "must_not_have"}.get(
                            type(sub.ops[0])
                        )
                        if key:
                            entry = facts.setdefault(
                                current, {"must_have": [], "must_not_have": []}
                            )
                            if sub.left.value not in entry[key]:
                                entry[key].append(sub.left.value)
            elif isinstance(st, (ast.If, ast.For, ast.With)):
                current = walk(st.body, current)
                walk(getattr(st, "orelse", []), current)
        return current

    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            walk(node.body, None)
    return mock, facts


def _norm(text: str) -> str:
    return " ".join(text.split())


def page_title(html: str) -> tuple[str | None, str, list[str]]:
    """Expected title, where it came from, and the site furniture around it in ``<title>``."""
    from lxml import html as lxml_html

    doc = lxml_html.document_fromstring(html)
    og = doc.xpath("string(//meta[@property='og:title']/@content)").strip()
    head_title = _norm(doc.xpath("string(//title)"))
    h1s = [_norm(h.text_content()) for h in doc.xpath("//h1")]
    h1s = [h for h in h1s if h]
    title: str | None = None
    source = "none"
    parts = [p.strip() for p in re.split(r"\s+[|–—»-]\s+", head_title) if p.strip()]
    longest = max((len(p) for p in parts), default=0)
    # the headline's <h1>, not a site logo's: it is in og:title or <title>, and about as long
    # as the longest part of <title> (the logo's h1 is the short site-name part)
    for h1 in sorted(h1s, key=len, reverse=True):
        low = h1.lower()
        if (
            len(h1) > 8
            and (low in og.lower() or low in head_title.lower())
            and len(h1) >= 0.6 * max(longest, len(og) if og else 0)
        ):
            title, source = h1, "h1"
            break
    if title is None and og:
        title, source = _norm(og), "og:title"
    if title is None and parts:
        title, source = max(parts, key=len), "title"
    furniture: list[str] = []
    if title and head_title:
        for part in re.split(r"\s+[|–—-]\s+", head_title):
            part = part.strip()
            if part and part.lower() not in title.lower() and title.lower() not in part.lower():
                furniture.append(part)
    return title, source, furniture


def html_language(html: str) -> str | None:
    m = re.search(r"<html[^>]*\blang=[\"']?([A-Za-z]{2,3})", html[:5000], flags=re.I)
    return m.group(1).lower() if m else None


def _guess_language(text: str) -> str:
    from langdetect import DetectorFactory, detect

    DetectorFactory.seed = 0
    return str(detect(text))


def _decode_html(data: bytes) -> str:
    head = data[:4000].decode("ascii", "ignore")
    m = re.search(r"charset=[\"']?([A-Za-z0-9_-]+)", head)
    enc = m.group(1) if m else "utf-8"
    try:
        return data.decode(enc)
    except (LookupError, UnicodeDecodeError):
        return data.decode("utf-8", "replace")


def _kind(name: str) -> str:
    if any(name.startswith(s) or s in name for s in INSTITUTION_SITES):
        return "institutional"
    if any(name.startswith(s) or s in name for s in BLOG_SITES):
        return "blog"
    return "news"


def _write_page(out: Path, page_id: str, data: bytes, facts: dict[str, Any]) -> None:
    (out / "pages").mkdir(parents=True, exist_ok=True)
    # mtime 0: byte-identical archives on every rebuild
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(data)
    (out / "pages" / f"{page_id}.html.gz").write_bytes(buf.getvalue())
    facts["file"] = f"pages/{page_id}.html.gz"
    facts["sha256"] = hashlib.sha256(data).hexdigest()
    text = json.dumps(facts, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    (out / "pages" / f"{page_id}.json").write_text(text, encoding="utf-8")


def build(sdists: Path, out: Path) -> None:
    checksums = {
        key: hashlib.sha256(_sdist(sdists, key).read_bytes()).hexdigest() for key in SOURCES
    }
    traf = _members(_sdist(sdists, "trafilatura"))
    mock, facts = trafilatura_facts(traf["tests/realworld_tests.py"].decode("utf-8"))
    count = 0
    for url, name in sorted(mock.items(), key=lambda kv: kv[1]):
        if name in SKIP_TRAFILATURA or url not in facts:
            continue
        data = traf[f"tests/cache/{name}"]
        html = _decode_html(data)
        title, title_source, furniture = page_title(html)
        host = re.sub(r"[^a-z0-9]", "", url.split("/")[2].lower().removeprefix("www."))
        if title and title_source != "h1":
            # og:title / <title>: parts naming the site (in the host name) are not the headline
            parts = re.split(r"\s+[|–—›»-]\s+", title)
            kept = [p for p in parts if not (
                re.sub(r"[^a-z0-9]", "", p.lower()) and (
                    re.sub(r"[^a-z0-9]", "", p.lower()) in host
                    or host.split("de")[0] in re.sub(r"[^a-z0-9]", "", p.lower())
                )
            )]
            if kept and len(kept) < len(parts):
                furniture += [p for p in parts if p not in kept]
                title = " - ".join(kept) if len(kept) > 1 else kept[0]
        if title and re.sub(r"[^a-z0-9]", "", title.lower()) in host:
            title, title_source = None, "none: the page names only its site"
        page_id = "traf-" + re.sub(r"[^a-z0-9.-]+", "-", name.removesuffix(".html").lower())
        entry = facts[url]
        lang = (
            LANGUAGE_OVERRIDES.get(name)
            or html_language(html)
            or _guess_language(" ".join(entry["must_have"]))
        )
        _write_page(out, page_id, data, {
            "id": page_id, "url": url, "language": lang, "kind": _kind(name),
            "title": title, "title_source": title_source, "title_must_not_have": furniture,
            "must_have": entry["must_have"], "must_not_have": entry["must_not_have"],
            "body_start": None, "body_end": None, "expected_text": None,
            "source": {"package": "trafilatura", "version": SOURCES["trafilatura"]["version"],
                       "path": f"tests/cache/{name}", "facts": "tests/realworld_tests.py"},
        })  # fmt: skip
        count += 1
    for name, hand in sorted(HAND_FACTS.items()):
        data = traf[f"tests/cache/{name}"]
        html = _decode_html(data)
        title, title_source, furniture = page_title(html)
        page_id = "traf-" + re.sub(r"[^a-z0-9.-]+", "-", name.removesuffix(".html").lower())
        _write_page(out, page_id, data, {
            "id": page_id, "url": hand["url"], "language": hand["language"], "kind": "news",
            "title": hand.get("title", title), "title_source": "hand" if "title" in hand else title_source,
            "title_must_not_have": hand.get("title_must_not_have", furniture),
            "must_have": hand["must_have"], "must_not_have": hand["must_not_have"],
            "body_start": hand["body_start"], "body_end": hand["body_end"], "expected_text": None,
            "source": {"package": "trafilatura", "version": SOURCES["trafilatura"]["version"],
                       "path": f"tests/cache/{name}", "facts": "hand"},
        })  # fmt: skip
        count += 1
    news = _members(_sdist(sdists, "newspaper4k"))
    for name in NEWSPAPER_PAGES:
        data = news[f"tests/data/html/{name}.html"]
        meta = json.loads(news[f"tests/data/metadata/{name}.json"])
        expected = news[f"tests/data/txt/{name}.txt"].decode("utf-8").strip()
        page_id = "np4k-" + re.sub(r"[^a-z0-9.-]+", "-", name.lower())
        (out / "pages").mkdir(parents=True, exist_ok=True)
        (out / "pages" / f"{page_id}.expected.txt").write_text(expected + "\n", encoding="utf-8")
        paras = [_norm(p) for p in expected.split("\n") if _norm(p)]
        html = _decode_html(data)
        _, _, furniture = page_title(html)
        title = _norm(meta.get("title") or "") or None
        _write_page(out, page_id, data, {
            "id": page_id, "url": meta.get("url") or None,
            "language": meta.get("language") or html_language(html) or _guess_language(expected),
            "kind": "news", "title": title, "title_source": "newspaper4k metadata",
            "title_must_not_have": furniture,
            "must_have": [], "must_not_have": [],
            "body_start": paras[0][:80] if paras else None,
            "body_end": paras[-1][-80:] if paras else None,
            "expected_text": f"pages/{page_id}.expected.txt",
            "source": {"package": "newspaper4k", "version": SOURCES["newspaper4k"]["version"],
                       "path": f"tests/data/html/{name}.html",
                       "facts": f"tests/data/txt/{name}.txt, tests/data/metadata/{name}.json"},
        })  # fmt: skip
        count += 1
    (out / "feeds").mkdir(parents=True, exist_ok=True)
    feed_members = {
        key: _members(_sdist(sdists, key)) for key in ("rss2email", "feedparser", "trafilatura-2")
    }
    import feedparser

    for key, path, feed_id, origin in FEEDS:
        data = feed_members[key][path]
        (out / "feeds" / feed_id).write_bytes(data)
        facts_feed: dict[str, Any] = {
            "id": feed_id, "file": f"feeds/{feed_id}", "origin": origin,
            "sha256": hashlib.sha256(data).hexdigest(),
            "source": {"package": key.split("-")[0], "version": SOURCES[key]["version"], "path": path},
        }  # fmt: skip
        if feed_id.endswith(".json"):
            doc = json.loads(data)
            items = doc.get("items", [])
            facts_feed.update(
                format="jsonfeed", title=doc.get("title"), items=len(items),
                first_item_title=items[0].get("title") if items else None,
                links=sum(1 for i in items if i.get("url")),
            )  # fmt: skip
        else:
            parsed = feedparser.parse(data)
            entries = parsed.entries
            facts_feed.update(
                format=parsed.version or "unknown", title=parsed.feed.get("title"),
                items=len(entries),
                first_item_title=entries[0].get("title") if entries else None,
                links=sum(1 for e in entries if e.get("link")),
                encoding=parsed.get("encoding"),
            )  # fmt: skip
        text = json.dumps(facts_feed, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        (out / "feeds" / f"{feed_id}.facts.json").write_text(text, encoding="utf-8")
    manifest = {"sources": {k: {**v, "sdist_sha256": checksums[k]} for k, v in SOURCES.items()}}
    (out / "sources.json").write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")
    print(f"{count} pages, {len(FEEDS)} feeds written to {out}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sdists", type=Path, help="folder holding the source distributions")
    parser.add_argument("--download", action="store_true", help="pip download them first")
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args(argv)
    if args.download:
        tmp = Path(tempfile.mkdtemp(prefix="realworld-sdists-"))
        for key, info in SOURCES.items():
            name = "trafilatura" if key == "trafilatura-2" else key
            subprocess.run(
                [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", name,
                 "-d", str(tmp), f"{name}=={info['version']}"],
                check=True,
            )  # fmt: skip
        args.sdists = tmp
    if args.sdists is None:
        parser.error("give --sdists DIR or --download")
    build(args.sdists, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
