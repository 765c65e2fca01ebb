"""probe41: real Brazilian Portuguese market posts of UD_Portuguese-DANTEStocks as small
articles (pt -> en).

Source: github.com/UniversalDependencies/UD_Portuguese-DANTEStocks (commit 01b5cb6, UD v2.17),
tweets on the Brazilian stock market, 2014, CC BY 4.0 (LICENSE.txt of the repository). No set,
probe, eval or test of this project read it before (grep of docs/evaluation, benchmarks, tests
for "DANTEStocks"). Selection rule (fixed before any run): the `# text =` lines of
pt_dantestocks-ud-test.conllu, then -dev, in file order, that have no "@", do not start with
"RT", hold a digit and have 6 words or more; the first 240, 10 a document, 24 documents;
odd-numbered documents (01, 03...) Markdown, even ones HTML. Each post is a paragraph as written;
its links (http://t.co/...) become links whose text is the address (an HTML <a href>, a Markdown
[url](url)); a leading "#" is escaped in Markdown ("\\#PETR4").

usage: python benchmarks/build_probe41_dantestocks.py MIRROR_GIT_DIR COMMIT OUT_DIR
"""
from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

URL = re.compile(r"https?://\S+")


def _posts(git_dir: str, commit: str) -> list[str]:
    out: list[str] = []
    for split in ("test", "dev"):
        text = subprocess.run(["git", "--git-dir", git_dir, "show",
                               f"{commit}:pt_dantestocks-ud-{split}.conllu"],
                              capture_output=True, text=True, check=True).stdout
        for ln in text.splitlines():
            if not ln.startswith("# text = "):
                continue
            s = ln[len("# text = "):].strip()
            if "@" in s or s.startswith("RT") or not re.search(r"\d", s) or len(s.split()) < 6:
                continue
            out.append(s)
    return out


def _md(s: str) -> str:
    s = URL.sub(lambda m: f"[{m.group(0)}]({m.group(0)})", s)
    return "\\" + s if s.startswith("#") else s


def _html(s: str) -> str:
    parts: list[str] = []
    last = 0
    for m in URL.finditer(s):
        parts.append(html.escape(s[last:m.start()], quote=False))
        u = html.escape(m.group(0))
        parts.append(f'<a href="{u}">{u}</a>')
        last = m.end()
    parts.append(html.escape(s[last:], quote=False))
    return "".join(parts)


def main() -> None:
    git_dir, commit, out = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    posts = _posts(git_dir, commit)[:240]
    for i in range(24):
        chunk = posts[i * 10:(i + 1) * 10]
        name = f"dante-{i + 1:02d}"
        if i % 2 == 0:
            (out / f"{name}.md").write_text("\n\n".join(_md(s) for s in chunk) + "\n",
                                            encoding="utf-8")
        else:
            body = "\n".join(f"<p>{_html(s)}</p>" for s in chunk)
            (out / f"{name}.html").write_text(
                '<!DOCTYPE html>\n<html lang="pt-BR"><head><meta charset="utf-8">'
                f"<title>{name}</title></head>\n"
                f"<body><article>\n{body}\n</article></body></html>\n", encoding="utf-8")
    print(len(posts), "posts;", len(list(out.iterdir())), "files")


if __name__ == "__main__":
    main()
