"""facts47: a version is copied, never localized; the gate holds a version changed or localized.

* The localize stage writes a version as the source does: the engine's "Python 3,11" and
  "Python 3.12" become "3.11" (the second with a warning), and a name, one verb of reaching and
  a bare number ("When Rust turned 1.0") is read as the name's version.
* The gate holds a version the target writes localized ("3,11" for "Python 3.11", "v1,2" for
  "v1.2") or changed ("v1.3").
"""

from __future__ import annotations

import pytest

from translate.check import check_pair, missing_numbers
from translate.locales import get_profile
from translate.localize import stage


def _localized(source: str, engine: str) -> str:
    return stage.localize_text(source, engine, stage.localizer_for(get_profile("pt-BR"), "en")).text


def _blocking(source: str, target: str) -> list[str]:
    return [f.message for f in check_pair(source, target, "en", "pt-BR").findings
            if f.severity == "error"]  # fmt: skip


@pytest.mark.parametrize(
    ("source", "engine", "want"),
    [
        ("Python 3.11 fixes the bug.", "O Python 3,11 corrige o bug.", "3.11"),
        ("Python 3.11 fixes the bug.", "O Python 3.12 corrige o bug.", "3.11"),
        ("When Rust turned 1.0 you could count the users.",
         "Quando o Rust chegou ao 1.0 você podia contar os usuários.", "1.0"),
        ("When Rust turned 1.0 you could count the users.",
         "Quando o Rust chegou ao 1,0 você podia contar os usuários.", "1.0"),
        ("Last year Deno hit 2.0 and grew.", "No ano passado o Deno chegou a 2,0 e cresceu.",
         "2.0"),
    ],
)
def test_a_version_is_copied_as_written(source: str, engine: str, want: str) -> None:
    out = _localized(source, engine)
    assert want in out.split() or f"{want}." in out or f"{want}," in out, out
    assert want.replace(".", ",") not in out


@pytest.mark.parametrize(
    ("source", "engine", "want"),
    [
        ("Inflation hit 1.5 in May.", "A inflação atingiu 1.5 em maio.", "1,5"),
        ("When prices hit 1.5 percent, we sold.",
         "Quando os preços atingiram 1.5 por cento, vendemos.", "1,5"),
        ("Output reached 1.64 GW last year.", "A produção atingiu 1.64 GW no ano passado.", "1,64"),
        ("The index rose to 1.9 in May.", "O índice subiu para 1.9 em maio.", "1,9"),
        # "release" before a number is a verb as well ([identifiers] verbs): a count, localized
        ("The agency chose to release 10.5 floors back.",
         "A agência escolheu liberar 10,5 andares de volta.", "10,5"),
    ],
)
def test_a_quantity_after_a_verb_of_reaching_is_still_localized(
    source: str, engine: str, want: str
) -> None:
    assert want in _localized(source, engine)


def test_the_gate_holds_a_version_written_localized() -> None:
    found = missing_numbers("Python 3.11 fixes it.", "O Python 3,11 corrige.", "en", "pt-BR")
    assert [f.data.get("kind") for f in found if f.severity == "error"] == ["version"]
    assert not [f for f in missing_numbers("Python 3.11 fixes it.", "O Python 3.11 corrige.",
                                           "en", "pt-BR") if f.severity == "error"]  # fmt: skip


@pytest.mark.parametrize("target", ["Atualize para v1,2 agora.", "Atualize para v1.3 agora."])
def test_the_gate_holds_a_v_version_localized_or_changed(target: str) -> None:
    assert _blocking("Upgrade to v1.2 now.", target)


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Upgrade to v1.2 now.", "Atualize para v1.2 agora."),
        ("The NBM v4.1 product is new.", "O produto NBM v4.1 é novo."),
        ("Python 3.11 fixes the bug.", "O Python 3.11 corrige o bug."),
        ("When Rust turned 1.0 you could count the users.",
         "Quando o Rust chegou ao 1.0 você podia contar os usuários."),
        ("Inflation hit 1.5 in May.", "A inflação atingiu 1,5 em maio."),
    ],
)
def test_a_version_copied_and_a_quantity_localized_pass(source: str, target: str) -> None:
    assert not _blocking(source, target)
