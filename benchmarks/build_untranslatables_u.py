"""Build untranslatables SET U: the Julia project's news (a language, its packages, tools and
institutions named by common words, initials and mixed case, "X.jl" package names, issue and
pull-request numbers, code, versions, addresses).

    python benchmarks/build_untranslatables_u.py --site DIR [OUT]
        --site: a checkout (or bare mirror) of https://github.com/JuliaLang/www.julialang.org at
        SITE_COMMIT
    OUT: benchmarks/data/untranslatables_u.jsonl (default)

Set t was untrans37's; set u is written by untrans38 BEFORE any code of its pass, from real text
that no untranslatables set (c to t: WCXB, fundus, trafilatura's evaluation pages, goose3,
python-docs-pt-br, GUM, EWT, PUD, GENTLE, LinES, ParTUT, Tweebank, the Rust project's blog,
Jekyll's news, Textual's blog, the Mastodon blog, UD_Portuguese-Porttinari, the Tokio project's
website, the Nushell project's website, the Electron project's website) and no folder of
``tests/data/realworld`` uses (their builders' docstrings name neither):

- the Julia language's website (``JuliaLang/www.julialang.org``, ``blog/YYYY/MM/*.md``; commit
  below): its news posts of 2012-2026 (release highlights, the monthly "This Month in Julia World"
  newsletter, JuliaCon, Google Summer of Code reports, package announcements, technical essays),
  the English posts only (the ``zh_CN``, ``zh_cn`` and ``zh_tw`` translations and ``.html``
  files left out). **MIT** (the repository's ``LICENSE.md``).

It is written in Franklin's Markdown; the pipeline reads each item as Markdown. It was chosen for
what sets s and t had, in another project's words, and a class the docs list as left: **names
made of common words** ("Flux", "Base", "General", "Ark", "Pluto", "Go", "Rust", "Slack",
"Discourse", "Atom", "Juno", "Cairo", "Compose", "Escher", "Winston"), **mixed-case names**
("JuliaCon", "GitHub", "JuMP", "SciML", "macOS", "PyTorch"), **package names with a file's shape**
("ForwardDiff.jl", "Pluto.jl"), **issue and pull-request numbers** ("PR #51319"), **code spans**,
**version strings** ("1.12.5"), **addresses**, and handles where the posts write them.

**Items.** Posts are read newest first (the ``YYYY/MM`` of the path; ties by path). A post's
body is the file without Franklin's front matter (a ``+++`` block at the top, or ``@def`` lines,
a triple-quoted value included), cut into blocks as set r's builder does
(``build_untranslatables_r.blocks``), and dropped as sets o to t drop (a block opening with
``=``, ``:`` or ``%``, or holding ``{%``, ``{{`` or a site component ``<`` then a capital), and
Franklin's markup: a block opening with ``@``, ``\\``, ``+``, ``$`` or ``|`` (a div ``@@``, a
command ``\\toc``, front matter, display maths, a table row), or holding ``$$`` or a command
``\\name{``. One item is one block as the post writes it. Only en -> pt-BR.

**Rule (written and committed before any run).** ``NAMES`` below lists the tokens that must be in
the translation **verbatim** (case sensitive, whole words), by kind: the language, its packages,
tools, other software, languages, formats and platforms named by words, initials or in mixed
case, and the events the project names so (``brand``), firms, universities and bodies usage
keeps as written (``group``). They were chosen by hand from a count of the corpus's capitalised
runs after a lower-case word, a comma or a bracket, of its words with a capital after a
lower-case letter and of its ``X.jl`` words, outside code spans and link targets, a judgement
written down before any run. Not listed: persons and handles written bare; terms in capitals a
Portuguese text writes as they are or expands ("API", "GPU", "CPU", "REPL", "ODE", "PR", "ML",
"AD", "GC", "JIT", "AST", "IDE", "IR", "CI", "OS", "HPC", "AI", "LLM", "HTML", "CSV", "SQL",
"RNG", "LTS", "UI", "GUI"); months, places, languages of people; type and function names in
prose ("AbstractArray", "ScopedValues", "CartesianIndex", "MethodInstance": s left
"EngineState" so). Each name is taken from the first candidate item (newest first) that holds
it outside code spans and link targets; every listed name that item holds is a token. In every
item taken, also as tokens, each once: each handle, hashtag, issue number, file name, version
string, code span of two characters or more and written address, by set r's patterns
(``build_untranslatables_r.marks``; the file name extensions are r's and ``jl``, ``ipynb``,
``html``; a listed name that has a file name's shape, "ForwardDiff.jl", is a name, not a file).
Then every candidate not yet taken that holds a hashtag (few in the posts), and every
``MARK_STEP``-th other candidate not yet taken (newest first, counted among those holding a
handle, file name, address, issue number or version string: handles, "X.jl" names and addresses
are many here, unlike sets r to t), with all its tokens as above.

**Controls (over-protection), set d's to t's rule:** a capitalised word (4+ letters) that begins
a sentence of the item (code spans and link targets removed) that is a common word of the corpus
(seen in lower case in it), not a function word, not part of a listed name, not spelled the same
in Portuguese and not in ``NOT_CONTROL``. A control is frozen when the translation carries it as
a whole word, case ignored. Control-only items: every ``STEP``-th candidate (newest first) with
no listed name and at least one control.

Written on 2026-12-06 BEFORE the untrans38 pass's code; its first run is main's
(``benchmarks/results/untrans38-eval_untranslatables_u_before-2026-12-06.txt``), read for its
totals only. Do not tune rules on it: once that happens it is a development set.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_untranslatables_r as r_builder
from build_untranslatables_d import controls
from build_untranslatables_n import _has, plain

ROOT = Path(__file__).resolve().parents[1]
SITE_COMMIT = "c36dbaba93ab7339218459d9a56884a54edbc799"
# every STEP-th candidate block is a control-only candidate
STEP = 60
# every MARK_STEP-th candidate with an issue number or version string is taken
MARK_STEP = 6
# not controls although the rule finds them (written with the list, before any run): none yet
NOT_CONTROL: frozenset[str] = frozenset()
NOT_PROSE = re.compile(r"^[=:%@\\+$|]|\{%|\{\{|<[A-Z]|\$\$|\\[a-z]+\{")
FILE = re.compile(
    r"(?<![\w/.-])[\w-]+\.(?:rs|toml|md|yaml|yml|json|txt|lock|sh|py|js|ts|html"
    r"|jl|ipynb)\b(?!\.\w)"
)

# (token, kind), chosen by hand from the corpus's capitalised and mixed-case runs
NAMES: list[tuple[str, str]] = [
    # the language, its packages, tools, other software, formats, platforms, events
    ("Julia", "brand"),
    ("JuliaCon", "brand"),
    ("GitHub", "brand"),
    ("Python", "brand"),
    ("LLVM", "brand"),
    ("Flux", "brand"),
    ("Flux.jl", "brand"),
    ("ParallelAccelerator", "brand"),
    ("Discourse", "brand"),
    ("Slack", "brand"),
    ("Zulip", "brand"),
    ("Cairo", "brand"),
    ("BLAS", "brand"),
    ("OpenBLAS", "brand"),
    ("Windows", "brand"),
    ("Linux", "brand"),
    ("macOS", "brand"),
    ("MLJ", "brand"),
    ("Matlab", "brand"),
    ("MATLAB", "brand"),
    ("Tk", "brand"),
    ("Pkg", "brand"),
    ("Makie", "brand"),
    ("Makie.jl", "brand"),
    ("RayMakie", "brand"),
    ("Pluto", "brand"),
    ("Pluto.jl", "brand"),
    ("JuMP", "brand"),
    ("IJulia", "brand"),
    ("Juno", "brand"),
    ("Atom", "brand"),
    ("Jupyter", "brand"),
    ("Rust", "brand"),
    ("Fortran", "brand"),
    ("Go", "brand"),
    ("Perl", "brand"),
    ("Ruby", "brand"),
    ("R", "brand"),
    ("Mathematica", "brand"),
    ("PyTorch", "brand"),
    ("TensorFlow", "brand"),
    ("Jax", "brand"),
    ("NumPy", "brand"),
    ("SciPy", "brand"),
    ("JavaScript", "brand"),
    ("WebGL", "brand"),
    ("OpenGL", "brand"),
    ("CUDA", "brand"),
    ("OpenCL", "brand"),
    ("Metal", "brand"),
    ("Typst", "brand"),
    ("LaTeX", "brand"),
    ("YouTube", "brand"),
    ("Twitter", "brand"),
    ("Winston", "brand"),
    ("Escher", "brand"),
    ("Compose", "brand"),
    ("GitLab", "brand"),
    ("Gitlab", "brand"),
    ("Yggdrasil", "brand"),
    ("Unicode", "brand"),
    ("DataFrames", "brand"),
    ("LightGraphs", "brand"),
    ("StaticArrays", "brand"),
    ("SnoopCompile", "brand"),
    ("Metalhead", "brand"),
    ("Yao", "brand"),
    ("Base", "brand"),
    ("General", "brand"),
    ("Ark", "brand"),
    ("ForwardDiff.jl", "brand"),
    ("DifferentialEquations.jl", "brand"),
    ("DiffEqFlux.jl", "brand"),
    ("CUDAnative.jl", "brand"),
    ("Turing.jl", "brand"),
    ("SecurityAdvisories.jl", "brand"),
    ("SimpleChains.jl", "brand"),
    ("Documenter.jl", "brand"),
    ("Revise.jl", "brand"),
    ("Zygote.jl", "brand"),
    ("Graphs.jl", "brand"),
    ("Distributions.jl", "brand"),
    ("Cassette.jl", "brand"),
    ("Transducers.jl", "brand"),
    ("BinaryBuilder.jl", "brand"),
    ("Agents.jl", "brand"),
    ("Tachikoma.jl", "brand"),
    ("JETLS", "brand"),
    ("SciML", "brand"),
    ("ModelingToolkit", "brand"),
    ("BioJulia", "brand"),
    ("DiffEqBot", "brand"),
    ("JetBrains", "brand"),
    ("PyCharm", "brand"),
    ("IntelliJ", "brand"),
    ("CLion", "brand"),
    ("Chrome", "brand"),
    ("Firefox", "brand"),
    ("Emacs", "brand"),
    ("Vim", "brand"),
    ("Homebrew", "brand"),
    ("Docker", "brand"),
    ("Excel", "brand"),
    ("Stan", "brand"),
    ("VS Code", "brand"),
    ("Visual Studio Code", "brand"),
    ("Apple Silicon", "brand"),
    ("Google Summer of Code", "brand"),
    ("Julia Summer of Code", "brand"),
    ("Season of Docs", "brand"),
    # firms, universities and bodies usage keeps as written
    ("Google", "group"),
    ("Intel", "group"),
    ("NASA", "group"),
    ("NumFOCUS", "group"),
    ("JuliaHub", "group"),
    ("Julia Computing", "group"),
    ("RelationalAI", "group"),
    ("Moore Foundation", "group"),
    ("MIT", "group"),
    ("Microsoft", "group"),
    ("Amazon", "group"),
    ("AMD", "group"),
    ("NVIDIA", "group"),
    ("ASML", "group"),
    ("INPE", "group"),
    ("PumasAI", "group"),
    ("JuliaLang", "group"),
    ("Linux Foundation", "group"),
    ("Mozilla", "group"),
]


def _git(repo: Path, *args: str) -> bytes:
    gd = repo / ".git" if (repo / ".git").exists() else repo
    if not (gd / "HEAD").exists() and (repo / "repo").exists():
        gd = repo / "repo"
    return subprocess.run(
        ["git", "--git-dir", str(gd), *args], capture_output=True, check=True
    ).stdout


_FRONT = re.compile(r"\A\s*\+\+\+\n.*?\n\+\+\+\n", re.S)
_DEF = re.compile(r'^@def\s+\w+\s*=\s*(?:"""[\s\S]*?"""|.*)$', re.M)
_NOT_EN = re.compile(r"zh_cn|zh_tw", re.I)
_PATH = re.compile(r"^blog/(\d{4})/(\d{2})/[^/]+\.md$")


def posts(site: Path) -> list[tuple[str, str]]:
    """(source label, body) of the site's English news posts, newest first."""
    out: list[tuple[str, str, str]] = []
    names = _git(site, "ls-tree", "-r", "--name-only", SITE_COMMIT, "blog").decode()
    for name in names.splitlines():
        m = _PATH.match(name)
        if not m or _NOT_EN.search(name):
            continue
        raw = _git(site, "show", f"{SITE_COMMIT}:{name}").decode("utf-8")
        body = _DEF.sub("", _FRONT.sub("", raw))
        out.append((f"{m.group(1)}-{m.group(2)}", name, body))
    out.sort(key=lambda x: (x[0], x[1]), reverse=True)
    return [(f"JuliaLang/www.julialang.org {n} ({SITE_COMMIT[:8]})", b) for _, n, b in out]


_LISTED = frozenset(t for t, _ in NAMES)


def marks(text: str) -> list[dict[str, str]]:
    """Set r's marks, with this site's file names; a listed name is no file."""
    saved = r_builder.FILE
    r_builder.FILE = FILE
    try:
        found = r_builder.marks(text)
    finally:
        r_builder.FILE = saved
    return [m for m in found if not (m["kind"] == "file" and m["token"] in _LISTED)]


MARKED = r_builder.MARKED
# every candidate holding one is taken (few in the posts); handles, file names ("X.jl") and
# addresses are many here: counted with the issue numbers and versions, every MARK_STEP-th
RARE = {"hashtag"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--site", type=Path, required=True)
    ap.add_argument(
        "out", nargs="?", type=Path, default=ROOT / "benchmarks/data/untranslatables_u.jsonl"
    )
    args = ap.parse_args(argv)
    paras: list[tuple[str, str]] = []
    lower: Counter[str] = Counter()
    for name, body in posts(args.site):
        for b in r_builder.blocks(body):
            if NOT_PROSE.search(b):
                continue
            paras.append((name, b))
            lower.update(w for w in re.findall(r"[A-Za-zÀ-ÿ]+", plain(b)) if w.islower())
    items: list[dict[str, Any]] = []
    all_names = [t for t, _ in NAMES]

    def add(name: str, text: str, toks: list[dict[str, str]], ctl: list[str]) -> None:
        items.append(
            {
                "id": f"u{len(items) + 1:03d}",
                "from": "en",
                "to": "pt-BR",
                "source": name,
                "text": text,
                "tokens": toks,
                "controls": [w for w in ctl if w not in NOT_CONTROL],
            }
        )

    def tokens(p: str) -> list[dict[str, str]]:
        toks = [{"kind": k, "token": t} for t, k in NAMES if _has(t, p)]
        return toks + [m for m in marks(p) if m not in toks]

    left = list(NAMES)
    for name, p in paras:
        here = [(t, k) for t, k in left if _has(t, p)]
        if not here:
            continue
        # every listed name the item holds is a token (a name taken before too)
        add(name, p, tokens(p), controls(plain(p), "", all_names, lower))
        left = [x for x in left if x not in here]
    seen_marks = 0
    for name, p in paras:
        if any(i["text"] == p for i in items):
            continue
        kinds_here = {m["kind"] for m in marks(p)}
        if not kinds_here & MARKED:
            continue
        if not kinds_here & RARE:
            seen_marks += 1
            if (seen_marks - 1) % MARK_STEP:
                continue
        add(name, p, tokens(p), controls(plain(p), "", all_names, lower))
    for n, (name, p) in enumerate(paras):
        if n % STEP or any(_has(t, p) for t in all_names) or any(i["text"] == p for i in items):
            continue
        ctl = controls(plain(p), "", all_names, lower)
        if ctl:
            add(name, p, marks(p), ctl)
    args.out.write_text(
        "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8"
    )
    n_tok = sum(len(i["tokens"]) for i in items)
    n_ctl = sum(len(i["controls"]) for i in items)
    kinds = Counter(t["kind"] for i in items for t in i["tokens"])
    print(
        f"{len(paras)} candidates, {len(items)} items, {n_tok} tokens {dict(kinds)}, "
        f"{n_ctl} controls -> {args.out}"
    )
    for t, _ in left:
        print("  not taken:", t)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
