"""Code spans are copied as written: localize must not touch them (found by the realnews pass
on a `<pre>` listing: Markdown "`x = 2.5`" came out "`x = 2,5`" in pt-BR)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from translate.cli import cli
from translate.locales import get_profile
from translate.localize.stage import localize_segments
from translate.model import Segment, TranslatedSegment


def _seg(source: str, target: str) -> TranslatedSegment:
    return TranslatedSegment(Segment("b0.s0", 0, 0, source, 0, len(source), "en"), target)


def test_code_pieces_are_held_out_of_localize() -> None:
    seg = _seg('Set ratio = 2.5 and "mode" for 1.5 million "large" runs.',
               'Defina ratio = 2.5 e "mode" para 1.5 milhão de execuções "grandes".')
    report, _ = localize_segments([seg], get_profile("pt-BR"), "en",
                                  {"b0.s0": ["ratio = 2.5", '"mode"']})
    assert seg.target == 'Defina ratio = 2.5 e "mode" para 1,5 milhão de execuções “grandes”.'
    kinds = [c["kind"] for c in report["changes"]["b0.s0"]]
    assert "number" in kinds and "quotes" in kinds  # the prose around the code was localized


def test_without_code_the_same_text_is_localized_everywhere() -> None:
    seg = _seg("Set ratio = 2.5 now.", "Defina ratio = 2.5 agora.")
    localize_segments([seg], get_profile("pt-BR"), "en")
    assert seg.target == "Defina ratio = 2,5 agora."


@pytest.mark.model
def test_markdown_code_span_keeps_its_number_in_the_edition(tmp_path: Path) -> None:
    source = tmp_path / "config.md"
    source.write_text("# Config\n\nSet `ratio = 2.5` in the file; the default, 1.5, is slower.\n",
                      encoding="utf-8")
    result = CliRunner().invoke(cli, ["run", str(source), "--to", "pt-BR", "--from", "en",
                                      "--out", str(tmp_path / "out"), "--format", "md",
                                      "--no-cache"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    text = (tmp_path / "out" / "config.pt-BR.md").read_text(encoding="utf-8")
    assert "`ratio = 2.5`" in text and "1,5" in text
