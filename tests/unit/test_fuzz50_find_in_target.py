"""fuzz50: ``protect._find_in_target`` visits only the tokens a variant may match.

Every entry a segment names was looked for by a walk over every token of the target, each
capitalised token tried against every variant (a fuzzy spelling test): the names of a segment
squared. The walk now reads an index of the tokens built once per text (``_TokenIndex``): a
variant's first word, the four letters it may be inflected from, the skeleton shape of a
capitalised word it may be close to. The hits must be exactly those of the full walk (the
reference below is the walk as it was on aa92ff0d), and 20,000 names finish (house rule: no
timing assertion, the result asserted).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from itertools import pairwise

import pytest

from translate.glossary.normalize import Token, gap_allowed, tokenize
from translate.protect import (
    _find_in_target,
    _Hit,
    _inflected,
    _letters,
    _near_word,
    _token_close,
    _TokenIndex,
    _variant_seqs,
)


def _reference(text: str, tokens: Sequence[Token], variants: Sequence[str], expected: str,
               taken: set[int]) -> list[_Hit]:
    """The full walk of aa92ff0d: every token, every variant at a capitalised one."""
    hits: list[_Hit] = []
    needs_capital = expected[:1].isupper()
    index = _variant_seqs(tuple(variants))
    seqs = index.seqs
    every = range(len(seqs))
    count = len(tokens)
    for i in range(count):
        if i in taken:
            continue
        token = tokens[i]
        key, capital = token.key, token.text[:1].isupper()
        if capital:
            order: Sequence[int] = every
        else:
            same, near = index.first.get(key, ()), index.prefix.get(key[:4], ())
            if not same and not near:
                continue
            order = sorted({*same, *near}) if same and near else same or near
        for n_variant in order:
            variant, keys, letters = seqs[n_variant]
            n = len(keys)
            if n > 1:
                if key != keys[0] or i + n > count or any(k in taken for k in range(i + 1, i + n)):
                    continue
            elif key != keys[0] and not capital and (
                    len(keys[0]) < 4 or key[:4] != keys[0][:4] or not _inflected(key, keys[0])):
                continue
            span = tokens[i : i + n]
            if not all(gap_allowed(text[a.end : b.start], a) for a, b in pairwise(span)):
                continue
            if letters is not None and _letters(text[span[0].start : span[-1].end]) != letters:
                continue
            exact = all(t.key == k for t, k in zip(span, keys, strict=True))
            if needs_capital and not span[0].text[:1].isupper() and \
                    span[0].text[:1].lower() != span[0].text[:1].upper() and \
                    not (exact and len(span[0].key) >= 4):
                continue
            last_ok = span[-1].key == keys[-1] or _inflected(span[-1].key, keys[-1])
            fuzzy_ok = False
            if not last_ok and span[-1].text[:1].isupper():
                close = _token_close(span[-1].key, keys[-1])
                if close is None and n >= 2:
                    close = _near_word(span[-1].key, keys[-1])
                fuzzy_ok = close is not None and close >= 0.85
            if all(t.key == k for t, k in zip(span[:-1], keys[:-1], strict=True)) and \
                    (last_ok or fuzzy_ok):
                start, end = span[0].start, span[-1].end
                hits.append(_Hit(start, end, text[start:end], variant, exact and last_ok))
                taken.update(range(i, i + n))
                break
    return hits


# Names as a glossary writes them, their target forms, and what an engine or a writer does to
# them: misspelt, romanised another way, inflected, lower-cased, an acronym, a longer name.
NAMES = [
    ["Lisbon", "Lisboa"], ["Volodymyr Zelenskyy", "Zelensky", "Zelenskiy"], ["EU", "UE"],
    ["Nikol Pashinyan", "Pashinyan", "Pachinian"], ["South Korea", "Coreia do Sul", "Coreia"],
    ["Kharkiv", "Kharkov", "Charkiw"], ["New Delhi", "Nova Délhi", "Nova Deli"],
    ["Armenia", "Armênia", "Arménia"], ["Emmanuel Macron", "Macron"], ["NATO", "OTAN"],
    ["Mikhail Mishustin", "Mishustin"], ["Kobakhidze", "Kobachidse"], ["Sudan", "Sudão"],
    ["South Sudan", "Sudão do Sul"], ["Tbilisi", "Tiflis"], ["Haniyeh", "Haniya", "Haniyah"],
    ["India", "Índia"], ["Turkey", "Turquia", "Türkiye"], ["Abdel Fattah al-Sisi", "el-Sisi"],
]
FILLERS = ["met", "in", "and", "said", "the", "of", "on", "Monday", "with", ",", "."]


def _mutate(word: str, rng: random.Random) -> str:
    how = rng.randrange(7)
    if how == 0 and len(word) > 3:  # a letter dropped
        k = rng.randrange(1, len(word))
        return word[:k - 1] + word[k:]
    if how == 1:  # an ending
        return word + rng.choice(["a", "s", "u", "om", "y"])
    if how == 2:
        return word.lower()
    if how == 3 and len(word) > 2:  # two letters swapped
        k = rng.randrange(1, len(word) - 1)
        return word[:k] + word[k + 1] + word[k] + word[k + 2:]
    return word


def _text(rng: random.Random, words: int) -> str:
    out: list[str] = []
    while len(out) < words:
        if rng.random() < 0.5:
            name = rng.choice(rng.choice(NAMES))
            out += [_mutate(w, rng) if rng.random() < 0.4 else w for w in name.split()]
        else:
            out.append(rng.choice(FILLERS))
    return " ".join(out)


@pytest.mark.parametrize("seed", range(12))
def test_the_index_finds_exactly_what_the_full_walk_found(seed: int) -> None:
    rng = random.Random(seed)
    text = _text(rng, 400)
    tokens = tokenize(text)
    where = _TokenIndex(tokens)
    taken_new: set[int] = set()
    taken_old: set[int] = set()
    for forms in rng.sample(NAMES, len(NAMES)):
        variants = [*forms, *(_mutate(f, rng) for f in forms if rng.random() < 0.3)]
        expected = rng.choice(forms)
        block = {rng.randrange(len(tokens)) for _ in range(rng.randrange(4))}
        new = _find_in_target(text, tokens, variants, expected, taken_new | block, where)
        old = _reference(text, tokens, variants, expected, taken_old | block)
        assert new == old, (forms, text)
        for hits, taken in ((new, taken_new), (old, taken_old)):
            taken.update(k for k, t in enumerate(tokens)
                         if any(h.start <= t.start and t.end <= h.end for h in hits))
        # without a shared index (one built for the call) the same
        assert _find_in_target(text, tokens, variants, expected, set()) == \
            _reference(text, tokens, variants, expected, set())


def test_a_text_of_twenty_thousand_names_looked_for_name_by_name() -> None:
    # 20,000 names of 500 distinct ones (a segment dense in names, 40 of each), and 100 of
    # them looked for, one entry at a time, as ``_verify`` does: each call visits the
    # tokens that may be its name, not the 20,000 (each tried at every capitalised one before)
    rng = random.Random(50)
    letters = "bcdfghjklmnprstvz"
    vowels = "aeiou"
    names = sorted({"".join(rng.choice(letters) + rng.choice(vowels) for _ in range(4)).title()
                    for _ in range(520)})[:500]
    text = " ".join(names[i % 500] + ("," if i % 7 else " and") for i in range(20_000))
    tokens = tokenize(text)
    where = _TokenIndex(tokens)
    found = {name: _find_in_target(text, tokens, [name], name, set(), where)
             for name in names[:100]}
    for name, hits in found.items():
        exact = [h for h in hits if h.exact]
        assert len(exact) == 40, name
        assert all(h.surface == name for h in exact)
