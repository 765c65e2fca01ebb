"""The name sets as tests: what must never regress (issue 14/22).

Recall on unseen spellings is reported by ``benchmarks/bench_glossary.py --eval``, not
asserted here. What is asserted, on the development sets only, is do-no-harm and the listed
forms: every listed form is found, no repair in the sets harms the engine's output, and
precision stays high. The held-out set is only scored by the benchmark: a test that had to
pass on it would invite tuning on it (tests/glossary/test_heldout_split.py checks that it
stays held out).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from translate.glossary import Glossary

_spec = importlib.util.spec_from_file_location("name_eval", Path(__file__).with_name(
    "name_eval.py"))
assert _spec and _spec.loader
ev = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("name_eval", ev)
_spec.loader.exec_module(ev)
DEV, HELDOUT, score_set = ev.DEV, ev.HELDOUT, ev.score_set


# Development sets whose listed forms are not all found yet (said in docs/evaluation/names.md): the
# recall check is an expected failure for them; repairs and precision are still checked.
KNOWN_LISTED_MISSES = {
    "dev-2026-12-03h-spent-heldout.toml": "the agency after its noun (Nachrichtenagentur dpa; "
    "von Madrid, aus Baku and Kollegen Hakan Fidan are found since glossary18), and three "
    "arguable labels (Gulf of Thailand, UNESCO World Heritage, US Patent Office)",
    "dev-2026-12-03i-spent-heldout.toml": "one arguable label: 'the Obama National Security "
    "Council' expects Obama, where the sets' convention reads a person's name before a "
    "capitalised institution as part of that name ('Trump Organization', 'Trump Tower')",
    "dev-2026-12-04j-spent-heldout.toml": "spent held-out set j, opened on 2026-12-04: "
    "precision 149/158 (names inside longer names: 'Brothers of Italy', 'Agence du revenu "
    "du Canada', 'Maurício de Nassau'; acronyms of other bodies: DPA, OIC, PTI the party; "
    "Victoria the queen and the Canadian city; Washington the state) and two listed forms "
    "missed ('the US Food and Drug Administration', 'overtaken Britain')",
    "dev-2026-12-04k-spent-heldout.toml": "spent held-out set k, opened on 2026-12-04: "
    "precision 101/108 (United Russia the party, Tusk the album, Kenya Barris, Tripoli in "
    "Lebanon, Lagos on the Algarve, ECB in cricket, Portuguese 'Lula grelhada') and three "
    "listed forms missed ('The UK MoD', 'the AU Commission', 'then-Biden-Harris')",
    "dev-2026-12-04l-spent-heldout.toml": "spent held-out set l, opened on 2026-12-04: three "
    "listed forms missed ('Taoist China' and 'Buddhist India': an adjective of a religion "
    "before a place; the Italian \"l'Ue\")",
    "dev-2026-12-04s-spent-heldout.toml": "spent held-out set s, opened on 2026-12-05: one "
    "listed form missed, 'US' as the left part of a German compound after a genitive phrase "
    "('im Interesse der US-Sicherheit')",
    "dev-2026-12-05t-spent-heldout.toml": "spent held-out set t (real non-English text), opened on "
    "2026-12-05: precision 99/114 after glossary19 (96/115 on main c538a27; its false "
    "positives and misses were the twentieth round's development material, "
    "docs/evaluation/names.md) and two exact forms missed (a place inside the name of a "
    "public body or an event: 'Ministerio Público de Guatemala', 'Juegos Olímpicos de París')",
    "dev-2026-12-05u-spent-heldout.toml": "spent held-out set u (real text of six UD "
    "treebanks), opened on 2026-12-05: precision 135/148 after glossary20b (135/150 before; "
    "a race, a party, a show and clubs named after places: 'Vuelta a España', "
    "'Communistische Partij van Nederland', 'Toronto (40-42)'; George Washington; Roman "
    "Herzog; a cadet Зеленский) and three listed forms missed "
    "(a country in a show's title, 'La Voz Colombia'; 'Telefuturo de Paraguay'; 'Sud Est USA')",
    "dev-2026-12-05v-spent-heldout.toml": "spent held-out set v (real text of seven more UD "
    "treebanks), opened on 2026-12-05 by glossary21: precision about 0.8 (places inside "
    "Japanese and Chinese names of species, works and bodies: '日本列島', '中國金錢松', "
    "'2010上海世博會'; 'Accordo di Parigi'; Turkish clubs by their cities) and one listed form "
    "missed (a country after a body's name, 'Sądu Najwyższego USA')",
    "dev-2026-12-05w-spent-heldout.toml": "spent held-out set w (real text of six more UD "
    "treebanks), opened on 2026-12-05 by glossary22: precision 63/72 after glossary22 (42/50 "
    "before; places inside the names of bodies and campaigns: 'בנק ישראל', 'Gay Israel', "
    "'معاهدة لندن'; Real Madrid as '마드리드는'; the region Moldavia as 'Moldovei'; a label "
    "without its clitic, 'ערב הסעודית' in 'וערב הסעודית')",
    "dev-2026-12-04o-spent-heldout.toml": "spent held-out set o, opened on 2026-12-04: "
    "precision 6/11 (places inside titles of works: 'Last Tango in Paris', 'Our Man in "
    "Havana', 'Moscow on the Hudson', 'From Russia with Love', 'Live in Tokyo'; the matcher "
    "has no rule for a title, the repair step keeps them: 9/9 repairs harmless)",
}


@pytest.mark.parametrize("path", DEV, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_listed_forms_found_and_no_repair_harms(builtin: Glossary, path: Path) -> None:
    score = score_set(path, builtin)
    kept, total = score.repairs
    assert kept == total, [f for f in score.failures if f.startswith("repair harmed")]
    right, found = score.precision
    if right < 0.95 * found and path.name in KNOWN_LISTED_MISSES:
        pytest.xfail(KNOWN_LISTED_MISSES[path.name])
    assert right >= 0.95 * found, score.false_pos
    missed = []
    for kind in ("exact", "variant"):
        got, total = score.recall(kind)
        if got != total:
            missed += [f for f in score.failures if f"({kind}," in f]
    if missed and path.name in KNOWN_LISTED_MISSES:
        pytest.xfail(KNOWN_LISTED_MISSES[path.name])
    assert missed == []


def test_dev_set_has_no_false_positive(builtin: Glossary) -> None:
    """The cases issue 14 reported (dev.toml) give no false positive at all."""
    path = next(p for p in DEV if p.name == "dev.toml")
    assert score_set(path, builtin).false_pos == []


def test_heldout_sets_score(builtin: Glossary) -> None:
    """The held-out sets load and score (their figures are the benchmark's business)."""
    for path in HELDOUT:
        score = score_set(path, builtin)
        assert score.recall("all")[1] > 0 and score.precision[1] > 0
