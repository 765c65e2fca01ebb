"""Figures of the development structure sets' real article pages (those with an expected article
text): a source ``<figure>`` with an ``<img>`` and a ``<figcaption>`` of one word or more is the
article's when its caption's words stand in the expected text or the reader kept its picture
(an image block with the ``<img>``'s file name or alt text). Counted: such figures, how many
pictures the reader keeps, how many captions it reads (the caption's letters and digits inside
a block's), and, through translation (embedded engine, pt-BR), how many captions each format
writes: md and html hold the caption block's translation (as text, or as a picture's alt text
where the reader took the caption for the picture's words), json holds the block (its source
the caption, its target not empty).

    python benchmarks/dev_figures.py y z aa ab ac ad ae af ag ah aj [--no-editions]

A development tool (struct35): it refuses the held-out sets (AI, AK, AL, AM, AN since struct38,
AO since struct39, AP since struct40, AQ since struct42, AR since struct43).
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
import eval_structure_v as v  # noqa: E402
import lxml.html  # noqa: E402

from translate.read import image_only, parse_article  # noqa: E402

args = sys.argv[1:]
editions = "--no-editions" not in args
sets = [a for a in args if not a.startswith("--")]
HELD_SETS = {"ai", "ak", "al", "am", "an", "ao", "ap", "aq", "ar", "as", "at", "au", "av", "aw",
             "ax"}  # fmt: skip
if HELD_SETS & set(sets):
    raise SystemExit("a held-out set: not read")


def squash(text: str) -> str:
    return v._squash(text)


def base(src: str) -> str:
    return src.rsplit("/", 1)[-1].split("?")[0]


T = dict(pages=0, figures=0, pictures_read=0, captions_read=0, md=0, html=0, json=0)
for s in sets:
    for path in sorted((ROOT / "benchmarks/data" / f"html_structure_{s}" / "html").glob("*")):
        if path.name.endswith(".expected.txt") or not v._expected(path).exists():
            continue
        text = v._read(path)
        wanted = squash(v._expected(path).read_text(encoding="utf-8"))
        T["pages"] += 1
        doc = lxml.html.document_fromstring(text)
        art = parse_article(text, fmt="html", source=path.name, article_id="t")
        pics = [b for b in art.blocks if image_only(b)]
        names = {base(sp.attrs.get("src", "")) for b in pics for sp in b.inline}
        alts = {squash(b.text) for b in pics}
        keys = [squash(b.text) for b in art.blocks]
        figs = []
        for fig in doc.iter("figure"):
            cap = next(fig.iter("figcaption"), None)
            imgs = list(fig.iter("img"))
            if cap is None or not imgs or not squash(cap.text_content()):
                continue
            kept = any(
                base(str(i.get("src") or "")) in names or squash(str(i.get("alt") or "")) in alts
                for i in imgs
                if i.get("src") or i.get("alt")
            )
            capkey = squash(cap.text_content())
            if not kept and capkey not in wanted:
                continue
            read = next((k for k, key in enumerate(keys) if capkey and capkey in key), None)
            figs.append((kept, capkey, read))
        if not figs:
            continue
        T["figures"] += len(figs)
        T["pictures_read"] += sum(1 for f in figs if f[0])
        T["captions_read"] += sum(1 for f in figs if f[2] is not None)
        n_pic = sum(1 for f in figs if f[0])
        n_cap = sum(1 for f in figs if f[2] is not None)
        line = f"{s} {path.name[:48]:48} figures {len(figs)} pictures {n_pic} captions {n_cap}"
        if editions and any(f[2] is not None for f in figs):
            from translate.locales import parse_targets
            from translate.options import RunOptions
            from translate.pipeline import prepare, translate_prepared
            from translate.write import get_writer

            prepared = prepare(art, RunOptions(source_lang="en"))
            options = RunOptions(use_cache=False, use_tm=False, source_lang="en")
            edition = translate_prepared(prepared, parse_targets("pt-BR")[0], options)
            out = {f: get_writer(f).render(edition) for f in ("md", "html", "json")}
            blocks = json.loads(out["json"])["blocks"]
            got = dict(md=0, html=0, json=0)
            page = lxml.html.document_fromstring(out["html"])  # its text and its pictures' alt
            html_text = squash(page.text_content() + " ".join(page.xpath("//img/@alt")))
            for _, capkey, _ in figs:
                hit = next((b for b in blocks if capkey in squash(b.get("source", ""))), None)
                if hit is None or not squash(hit.get("target", "")):
                    continue
                got["json"] += 1
                tkey = squash(hit["target"])
                got["md"] += tkey in squash(out["md"])
                got["html"] += tkey in html_text
            for f in got:
                T[f] += got[f]
            line += f"  md {got['md']} html {got['html']} json {got['json']}"
        print(line)
        sys.stdout.flush()
print("TOTAL", T)
