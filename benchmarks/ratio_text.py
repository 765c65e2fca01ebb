"""Ratios printed beside an aim so that a miss never reads as met.

Rounded to the nearest, 0.895 printed as "0.90x (target >= 0.90x)" (speed34: the integrator's
idle run 6 of the thirty-third pass). Here a ratio is cut to ``places`` decimals *against* its
aim: rounded down where higher is better (an aim "at least t"), up where lower is better ("at
most t"). With t itself a number of ``places`` decimals, the figure shown meets the aim exactly
when the ratio does: v >= t iff floor(v) >= t, and v <= t iff ceil(v) <= t (also v > t iff
ceil(v) > t, the "worse" side of bench_skins.py's rule). The float is read as its shortest
decimal (``repr``), the number the comparisons in the scripts see: 0.9 stays 0.900 both ways (its
binary value is a hair above, which rounded up would read 0.901), and a ratio a hair under the
aim (0.8999999999999999) is shown under it. Rounding is monotone, so ``repr(v) >= "0.9"`` exactly
when ``v >= 0.9`` as floats.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

PLACES = 3


def _cut(value: float, places: int, rounding: str) -> str:
    return str(Decimal(repr(value)).quantize(Decimal(1).scaleb(-places), rounding=rounding))


def at_least(value: float, places: int = PLACES) -> str:
    """``value`` (higher is better) rounded down to ``places`` decimals."""
    return _cut(value, places, ROUND_FLOOR)


def at_most(value: float, places: int = PLACES) -> str:
    """``value`` (lower is better) rounded up to ``places`` decimals."""
    return _cut(value, places, ROUND_CEILING)
