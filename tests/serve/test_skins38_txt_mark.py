"""skins38: ``/translate_file`` wrote a plain-text edition with blocking findings unmarked.

skins38's parity sweep sent 9 real documents (sentences of the facts sets' pages) that
``translate run`` marks "review required" through a real ``translate serve``: ``/v1/editions``,
``/translate`` and ``/translate_file`` said ``review.required`` in their JSON, and the HTML and
Markdown files ``/translate_file`` writes carry the mark, but a ``.txt`` upload came back as plain
text with no mark at all, although the README says ``/translate_file`` "writes the file marked
'review required' (the mark policy)". A CMS that stores the downloaded file published a wrong
fact silently. A plain-text file, which has no front matter, meta tag or banner, now opens with
the HTML banner's words; a clean one is unchanged.
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from serve.serve_helpers import KEY, fake_config, running

from translate.cli import cli
from translate.options import RunOptions

FINE = "The fine was £4,000 in the end.\n\nThe court sat on Monday.\n"  # swap: pounds -> euros
CLEAN = "The court sat on Monday.\n\nThe judge spoke.\n"
FORM = {"source": "en", "target": "pt", "api_key": KEY}


def test_a_txt_file_with_blocking_findings_is_written_marked(
    fake_engines: None, tmp_path: Path
) -> None:
    config = fake_config(tmp_path, options=RunOptions(engine="swap", use_cache=False))
    with running(config) as server, server.client() as c:
        marked = c.post("/translate_file", data=FORM,
                        files={"file": ("fine.txt", FINE.encode())})
        clean = c.post("/translate_file", data=FORM,
                       files={"file": ("court.txt", CLEAN.encode())})
        marked_text = c.get(marked.json()["translatedFileUrl"]).text
        clean_text = c.get(clean.json()["translatedFileUrl"]).text
    review = marked.json()["review"]
    assert marked.status_code == 200 and review["required"] is True
    first, rest = marked_text.split("\n\n", 1)
    assert first == (f"Review required: {len(review['blocking'])} blocking finding(s); not for"
                     " publication until reviewed.")
    assert "euros" in rest and "£" not in rest
    assert "review" not in clean.json()
    assert not clean_text.startswith("Review required") and "Review required" not in clean_text

    # translate run marks the same edition (its Markdown front matter), and says the same words
    # in its HTML banner
    src = tmp_path / "fine.txt"
    src.write_text(FINE, encoding="utf-8")
    out = tmp_path / "ran"
    ran = CliRunner().invoke(cli, ["run", str(src), "--to", "pt", "-o", str(out), "--engine",
                                   "swap", "--no-cache", "--format", "md,html"],
                             catch_exceptions=False)  # fmt: skip
    assert ran.exit_code == 9
    assert "review_required: true" in (out / "fine.pt.md").read_text(encoding="utf-8")
    assert first in (out / "fine.pt.html").read_text(encoding="utf-8")
