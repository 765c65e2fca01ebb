"""fixes52: a press notice's labels ("WHO:", "WHAT:", "WHEN:", "WHERE:", each a paragraph before
its value) are written from the locale's data, never sent to the engine: probe49's court
reports published "WHO:" as "A OMS:" (the World Health Organization) and "WHERE:" as "AQUI:".
The shape is general (one to three capitalised words and a colon, the whole paragraph, in a run
of such paragraphs); the words are data (``[labels]`` of locales/languages/en.toml,
``[press_labels]`` of locales/pt-BR.toml and pt-PT.toml)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from fakes import FakeEngine

from translate.labels import label_of, label_targets
from translate.locales import load_profiles
from translate.model import Block, Edition, Segment

NOTICE = """# Press conference on a theft ring

The State Attorney will hold a press conference today.

WHO:

Katherine Fernandez Rundle, State Attorney

WHAT:

Press Conference

WHEN:

Thursday, August 29, 2024 at 2:30 p.m.

WHERE:

Miami-Dade State Attorney's Office

PHOTO/INTERVIEW:

The Police Director
"""


def _edition(build_edition: Callable[[Path, str], Edition], tmp_path: Path, text: str,
             locale: str = "pt-BR") -> dict[str, tuple[str, str]]:
    path = tmp_path / "notice.md"
    path.write_text(text, encoding="utf-8")
    edition = build_edition(path, locale)
    return {s.source: (s.target, s.origin) for s in edition.segments}


def test_the_labels_of_a_notice_are_the_locales(
    build_edition: Callable[[Path, str], Edition], tmp_path: Path, fake_engine: FakeEngine
) -> None:
    out = _edition(build_edition, tmp_path, NOTICE)
    assert out["WHO:"] == ("QUEM:", "copy")
    assert out["WHAT:"] == ("O QUÊ:", "copy")
    assert out["WHEN:"] == ("QUANDO:", "copy")
    assert out["WHERE:"] == ("ONDE:", "copy")
    sent = [s for _, _, batch in fake_engine.calls for s in batch]
    assert not {"WHO:", "WHAT:", "WHEN:", "WHERE:"} & set(sent)
    # a label the data does not name is the engine's, as before; the values are translated
    assert out["PHOTO/INTERVIEW:"] == ("[pt] PHOTO/INTERVIEW:", "mt")
    assert out["Press Conference"] == ("[pt] Press Conference", "mt")


def test_the_locales_variety_writes_its_label(
    build_edition: Callable[[Path, str], Edition], tmp_path: Path, fake_engine: FakeEngine
) -> None:
    text = "Notice.\n\nWHY:\n\nA theft ring.\n\nMEDIA CONTACT:\n\nThe Office\n"
    brazil = _edition(build_edition, tmp_path, text, "pt-BR")
    portugal = _edition(build_edition, tmp_path, text, "pt-PT")
    assert (brazil["WHY:"][0], portugal["WHY:"][0]) == ("POR QUÊ:", "PORQUÊ:")
    assert brazil["MEDIA CONTACT:"][0] == "CONTATO PARA A IMPRENSA:"
    assert portugal["MEDIA CONTACT:"][0] == "CONTACTO PARA A IMPRENSA:"


def test_a_label_keeps_the_sources_case(
    build_edition: Callable[[Path, str], Edition], tmp_path: Path, fake_engine: FakeEngine
) -> None:
    out = _edition(build_edition, tmp_path, "Notice.\n\nWho:\n\nThe police.\n\nWhere:\n\nMiami\n")
    assert out["Who:"] == ("Quem:", "copy") and out["Where:"] == ("Onde:", "copy")


@pytest.mark.parametrize(
    "text",
    [
        "WHO:\n\nThe pandemic is not over, the agency said.\n",  # one label: the organisation?
        "WHO: the pandemic is not over\n\nWHERE: Geneva\n",  # a label with its value: not read
        ("The State Attorney will hold a press conference today.\n\nWHO:\n\nThe police said"
         " it.\n\nThe court heard it.\n\nThe judge said it.\n\nThe jury said it.\n\nWHERE:"
         "\n\nMiami\n"),  # too far apart: no run
    ],
    ids=["alone", "with-value", "far-apart"],
)
def test_no_run_no_label(
    build_edition: Callable[[Path, str], Edition], tmp_path: Path, fake_engine: FakeEngine,
    text: str,
) -> None:
    out = _edition(build_edition, tmp_path, text)
    assert all(origin == "mt" for _, origin in out.values())


def test_a_locale_without_labels_sends_them_as_before(
    build_edition: Callable[[Path, str], Edition], tmp_path: Path, fake_engine: FakeEngine
) -> None:
    out = _edition(build_edition, tmp_path, NOTICE, "de")
    assert out["WHO:"] == ("[de] WHO:", "mt")


def test_label_shape() -> None:
    assert label_of("WHO:") == "WHO"
    assert label_of(" WHAT : ") == "WHAT"
    assert label_of("Media Contact:") == "Media Contact"
    assert label_of("PHOTO/INTERVIEW:") == "PHOTO/INTERVIEW"
    for text in ("WHO: the State Attorney", "who:", "One two three four:", "WHO", "3 p.m.:",
                 "A VERY LONG LABELLED HEADING THAT IS NO LABEL:"):
        assert label_of(text) is None, text


def test_linear_on_twenty_thousand_labels() -> None:
    """20,000 label paragraphs in a run, and a paragraph of 20,000 labels: one look each."""
    blocks = [Block(kind="paragraph", text="WHO:" if i % 2 == 0 else "A value")
              for i in range(40_000)]
    segments = [Segment(id=f"b{i}.s0", block=i, index=0, source=b.text, start=0,
                        end=len(b.text), lang="en") for i, b in enumerate(blocks)]
    found = label_targets(segments, blocks, "en", load_profiles()["pt-BR"])
    assert len(found) == 20_000 and set(found.values()) == {"QUEM:"}
    assert label_of("WHO:" * 20_000) is None
