"""The localize stage: dates, numbers, percentages and quotation marks, the target locale's way.

Engines translate words, not conventions: they copy "1,234.5" into Portuguese, garble digits
("1.2234,5 milhões") or leave "September" untranslated. So this stage does not trust the
target. It finds every date and number in the *source* (parsed with the source locale's CLDR
data), finds their rendering in the target whatever its convention, and rewrites that span with
Babel for the target locale. A target number is matched to a source number by *value*; a value
the engine changed is replaced only when the pairing is unambiguous, and reported.

Everything comes from CLDR through Babel, always with an explicit :class:`babel.Locale`:
month and day names, date patterns, decimal/group symbols, percent and compact ("3,5 milhões")
patterns, plural forms. Quotation marks come from the locale profile (CLDR ``<delimiters>``,
which Babel does not ship). Left alone on purpose: integers written without separators (years
never gain a group separator), ordinals, times, ranges, version numbers, phone numbers and
digits inside names or URLs.

Modules: :mod:`.numbers` (find, pair and format numbers), :mod:`.dates` (find, pair and format
dates), :mod:`.quotes` (quotation marks, punctuation spacing), :mod:`.text` (shared character
classes and protected spans) and :mod:`.stage` (the stage: :func:`localize_segments`). The
number and date check that compares a target with its source lives in :mod:`translate.check`.
"""

from .stage import Change, Localized, Localizer, localize_segments, localize_text, localizer_for

__all__ = [
    "Change",
    "Localized",
    "Localizer",
    "localize_segments",
    "localize_text",
    "localizer_for",
]
