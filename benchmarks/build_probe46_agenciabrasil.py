"""probe46: real Agência Brasil news articles (2016) as pages, Portuguese -> English.

Source: github.com/LabOnNonDemocraticPolitics/AgenciaBrasil, commit 987dc117 ("Short sample
output"), file ``abs2016_utf-8_short.txt``: 55 articles of agenciabrasil.ebc.com.br (2016) as a
scraper printed them (each line a Python bytes literal: the address, the title, "DD/MM/YYYY
HHhMM", the byline, then the paragraphs). The text is Agência Brasil's (Empresa Brasil de
Comunicação), published under a Creative Commons Attribution licence (CC BY: "Todo o conteúdo
... sob a licença Creative Commons Atribuição", attribution "Agência Brasil"); the repository's
own LICENSE (GPL-3.0) covers its scraper only. No set, probe, eval or test of this project read
this repository or Agência Brasil's text before (grep of docs/evaluation, benchmarks, tests).

Selection rule (fixed before any run): in file order, the articles whose byline is Agência
Brasil's own ("Repórter da Agência Brasil" or "Da Agência Brasil": another agency's wire, such
as Lusa's, is not under Agência Brasil's licence), whose title is not a correction notice
("Agência Brasil errou", "... retoma atividades"), and that have two or more body paragraphs
after the photo captions are left out (a caption is a paragraph holding "Direitos Reservados",
"/Agência Brasil" or "Arquivo/": a photo credit glued to it, the photographer's); the first 20.
Odd-numbered documents (01, 03...) Markdown, even ones HTML. A page: the title (a heading), the
date line and byline as written, the body paragraphs (a paragraph's inner line breaks become
paragraphs). Nothing else is changed.

usage: python benchmarks/build_probe46_agenciabrasil.py MIRROR_GIT_DIR COMMIT OUT_DIR
"""
from __future__ import annotations

import ast
import html
import subprocess
import sys
from pathlib import Path

CAPTION = ("Direitos Reservados", "/Agência Brasil", "Arquivo/")


def _articles(git_dir: str, commit: str) -> list[list[str]]:
    raw = subprocess.run(["git", "--git-dir", git_dir, "show",
                          f"{commit}:abs2016_utf-8_short.txt"],
                         capture_output=True, check=True).stdout.decode("utf-8")
    arts: list[list[str]] = []
    cur: list[str] = []
    for ln in raw.splitlines():
        if ln.startswith("b'") or ln.startswith('b"'):
            cur.append(ast.literal_eval(ln).decode("utf-8"))
        elif ln.startswith("Article ") and ln.endswith(" printed"):
            arts.append(cur)
            cur = []
    return arts


def _keep(a: list[str]) -> tuple[str, str, str, list[str]] | None:
    if len(a) < 5:
        return None
    _url, title, date, byline = (x.strip() for x in a[:4])
    if not ("Repórter da Agência Brasil" in byline or byline == "Da Agência Brasil"):
        return None
    if "errou" in title or "retoma atividades" in title:
        return None
    paras = [p.strip() for x in a[4:] for p in x.split("\n")]
    paras = [p for p in paras if p and not any(c in p for c in CAPTION)]
    if len(paras) < 2:
        return None
    return title, date, byline, paras


def main() -> None:
    git_dir, commit, out = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    kept = [k for k in (_keep(a) for a in _articles(git_dir, commit)) if k][:20]
    for i, (title, date, byline, paras) in enumerate(kept):
        name = f"ab-{i + 1:02d}"
        if i % 2 == 0:
            text = "\n\n".join([f"# {title}", date, byline, *paras]) + "\n"
            (out / f"{name}.md").write_text(text, encoding="utf-8")
        else:
            e = html.escape
            body = "\n".join(f"<p>{e(p, quote=False)}</p>" for p in [date, byline, *paras])
            (out / f"{name}.html").write_text(
                '<!DOCTYPE html>\n<html lang="pt-BR"><head><meta charset="utf-8">'
                f"<title>{e(title, quote=False)}</title></head>\n<body><article>\n"
                f"<h1>{e(title, quote=False)}</h1>\n{body}\n</article></body></html>\n",
                encoding="utf-8")
    print(len(kept), "articles;", sum(len(k[3]) for k in kept), "body paragraphs")


if __name__ == "__main__":
    main()
