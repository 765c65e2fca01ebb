"""The glossary of proper names: load it, find its names in text, spell them per locale.

>>> from translate.glossary import load_glossary, find_mentions
>>> g = load_glossary()
>>> [(m.surface, m.entry.id, m.match) for m in find_mentions("Poshinian met Aliev.", g)]
[('Poshinian', 'nikol-pashinyan', 'misspelling'), ('Aliev', 'ilham-aliyev', 'misspelling')]
"""

from __future__ import annotations

from .forms import target_form
from .load import load_glossary
from .match import MentionContext, apply_fixes, find_mentions
from .model import Entry, Glossary, Mention

__all__ = [
    "Entry",
    "Glossary",
    "Mention",
    "MentionContext",
    "apply_fixes",
    "find_mentions",
    "load_glossary",
    "target_form",
]
