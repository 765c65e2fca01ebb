"""fuzz49: the digit runs of a run-on text of numbers read in one pass (tests/unit, house rule:
linear time on 20,000 repetitions of the trigger; no timing assertion, the result asserted)."""

from decimal import Decimal

from babel import Locale

from translate.localize.numbers import find_numbers


def test_space_grouped_numbers_twenty_thousand_times() -> None:
    # every plain run ("1", "234", "567") was tested against every space-grouped run before it:
    # quadratic in the numbers of a run-on paragraph
    text = "1 234 567, " * 20000
    found = find_numbers(text, Locale.parse("fr"))
    assert len(found) == 20000
    assert {v for m in found for v in m.values} == {Decimal(1234567)}
    assert found[-1].start == len(text) - len("1 234 567, ")


def test_space_grouped_beside_plain_runs_read_as_before() -> None:
    text = "Il y a 12 000 habitants, 3,5 % et 2020 ; puis 1 234 567 et 89."
    got = [(m.text, sorted(str(v) for v in m.values))
           for m in find_numbers(text, Locale.parse("fr"))]  # fmt: skip
    assert got == [("12 000", ["12000"]), ("3,5 %", ["3.5"]), ("2020", ["2020"]),
                   ("1 234 567", ["1234567"]), ("89", ["89"])]  # fmt: skip


def test_at_reads_the_one_number_as_the_whole_reading_does() -> None:
    text = "The counts were " + ", ".join(
        f"{(i * 7919) % 10**6:,}" if i % 3 else f"{i}.{i % 10}%" for i in range(20000)) + "."
    en = Locale.parse("en")
    whole = find_numbers(text, en, scale_locales=("en",))
    assert len(whole) == 20000
    for m in whole[:2] + whole[-2:]:
        assert find_numbers(text, en, scale_locales=("en",), at=m.start) == [m]
    assert find_numbers(text, en, scale_locales=("en",), at=whole[7].start + 1) == []
