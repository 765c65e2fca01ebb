"""Links of a development structure set that the XLIFF edition carries (its source's
placeholders: what the reader and the stages before the engine kept) and the md, html or json
edition does not write, file by file, with the XLIFF unit (source and target) that holds each.

    python benchmarks/dev_link_gap.py benchmarks/data/html_structure_ah

A development tool (struct33): it refuses the held-out sets (AI, AK, AL, AM, AN since struct38,
AO since struct39, AP since struct40, AQ since struct42, AR since struct43;
AJ is development since struct34). The facts are ``eval_structure_v``'s, counted as it counts
them.
"""

import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
import eval_structure_u as u  # noqa: E402
import eval_structure_v as v  # noqa: E402

from translate.locales import parse_targets  # noqa: E402
from translate.options import RunOptions  # noqa: E402
from translate.pipeline import prepare, translate_prepared  # noqa: E402
from translate.read import parse_article  # noqa: E402
from translate.write import get_writer  # noqa: E402

X = u.X
data = Path(sys.argv[1])
HELD = ("ai", "ak", "al", "am", "an", "ao", "ap", "aq", "ar", "as", "at", "au", "av", "aw", "ax")
if data.name in tuple(f"html_structure_{n}" for n in HELD):
    raise SystemExit("a held-out set: not read file by file")
tot = Counter()
for sub in ("md", "html"):
    d = data / sub
    if not d.exists():
        continue
    for path in sorted(d.iterdir()):
        if path.name.endswith(".expected.txt"):
            continue
        text = v._read(path)
        if v._expected(path).exists():
            facts = v.article_facts(text, v._expected(path).read_text(encoding="utf-8"))
        elif sub == "md":
            facts = u.md_facts(text)
        else:
            facts = u.html_facts(text)
        article = parse_article(text, fmt=sub, source=path.name, article_id="v")
        prepared = prepare(article, RunOptions(source_lang="en"))
        ed = translate_prepared(
            prepared,
            parse_targets("pt-BR")[0],
            RunOptions(use_cache=False, use_tm=False, source_lang="en"),
        )
        out = {f: v.written(f, get_writer(f).render(ed)) for f in ("md", "html", "json", "xliff")}
        kept = {}
        for f in out:
            left = Counter(v.u.url_key(a) for a in out[f]["link"])  # as a browser (struct35)
            n = 0
            miss = []
            for fact in facts["link"]:
                ok = left[v.u.url_key(fact)] > 0
                left[v.u.url_key(fact)] -= ok
                n += ok
                if not ok:
                    miss.append(fact)
            kept[f] = (n, miss)
        tot.update({f: kept[f][0] for f in kept})
        tot["src"] += len(facts["link"])
        gap = Counter(kept["json"][1]) - Counter(kept["xliff"][1])
        gapmd = Counter(kept["md"][1]) - Counter(kept["xliff"][1])
        if gap or gapmd:
            print(
                f"== {path.name} src {len(facts['link'])} md {kept['md'][0]}"
                f" html {kept['html'][0]} json {kept['json'][0]} xliff {kept['xliff'][0]}"
            )
            xl = get_writer("xliff").render(ed)
            root = ET.fromstring(xl)
            for href in gap | gapmd:
                print("  lost href", href, "(json)" if href in gap else "(md only)")
                for unit in root.iter(X + "unit"):
                    raw = "".join((dd.text or "") for dd in unit.iter(X + "data"))
                    if href in raw or href.replace("&", "&amp;") in raw:
                        src = "".join(
                            ET.tostring(s, encoding="unicode") for s in unit.iter(X + "source")
                        ).replace(X, "")
                        tgt = [
                            ET.tostring(t, encoding="unicode").replace(X, "")
                            for t in unit.iter(X + "target")
                        ]
                        print("    unit", unit.get("id"), "translate", unit.get("translate"))
                        print("    SRC", src[:500].replace("\n", " "))
                        print(
                            "    TGT",
                            (tgt[0] if tgt else None or "")[:500].replace("\n", " ")
                            if tgt
                            else None,
                        )
                        break
        sys.stdout.flush()
print("TOTAL", dict(tot))
