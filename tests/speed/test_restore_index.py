"""The glossary's restore step looks for names in the engine's output through an index of the
variants built once per set of variants (translate.protect._variant_seqs): the same hits as
trying every variant at every word, which is what it replaced."""

from __future__ import annotations

import random
from itertools import pairwise
from pathlib import Path

import pytest

from translate import protect
from translate.glossary import cache as glossary_cache
from translate.glossary.forms import all_forms
from translate.glossary.match import _is_acronym, _token_close
from translate.glossary.normalize import Token, gap_allowed, tokenize

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [
    *(ROOT / "benchmarks" / "protect_sentences.txt").read_text(encoding="utf-8").splitlines()[:24],
    "O primeiro-ministro armênio Nikol Pachinian disse que a Armênia e o Azerbaijão conversam.",
    "A Coreia do Norte e a Coreia do Sul; a UE e os EUA; Nova Deli e Moscou, na Rússia.",
    "Em Tbilisi, os ministros da Geórgia, da Arménia e do Azerbaijao reuniram-se com Erdogan.",
    "Armenii, Armeniens e armênios: o presidente Ilham Aliev falou em Baku e em Bakú.",
]


def _reference(text: str, tokens: list[Token], variants: list[str], expected: str,
               taken: set[int]) -> list[protect._Hit]:
    """Every variant tried at every word, in order (the code before the index)."""
    hits: list[protect._Hit] = []
    needs_capital = expected[:1].isupper()
    seqs = [(v, tuple(t.key for t in tokenize(v))) for v in variants]
    seqs = [(v, k) for v, k in seqs if k]
    seqs.sort(key=lambda vk: -len(vk[1]))
    acronyms = {v: protect._letters(v) for v, _ in seqs if _is_acronym(v)}
    for i in range(len(tokens)):
        if i in taken:
            continue
        for variant, keys in seqs:
            n = len(keys)
            if i + n > len(tokens) or any(k in taken for k in range(i, i + n)):
                continue
            if n > 1 and tokens[i].key != keys[0]:
                continue
            if n == 1 and tokens[i].key != keys[0] and not tokens[i].text[:1].isupper() and \
                    not protect._inflected(tokens[i].key, keys[0]):
                continue
            span = tokens[i : i + n]
            if not all(gap_allowed(text[a.end : b.start], a) for a, b in pairwise(span)):
                continue
            if variant in acronyms and \
                    protect._letters(text[span[0].start : span[-1].end]) != acronyms[variant]:
                continue
            exact = all(t.key == k for t, k in zip(span, keys, strict=True))
            if needs_capital and not span[0].text[:1].isupper() and \
                    span[0].text[:1].lower() != span[0].text[:1].upper() and \
                    not (exact and len(span[0].key) >= 4):
                continue
            last_ok = span[-1].key == keys[-1] or protect._inflected(span[-1].key, keys[-1])
            fuzzy_ok = False
            if not last_ok and span[-1].text[:1].isupper():
                close = _token_close(span[-1].key, keys[-1])
                if close is None and n >= 2:
                    close = protect._near_word(span[-1].key, keys[-1])
                fuzzy_ok = close is not None and close >= 0.85
            if all(t.key == k for t, k in zip(span[:-1], keys[:-1], strict=True)) and \
                    (last_ok or fuzzy_ok):
                start, end = span[0].start, span[-1].end
                hits.append(protect._Hit(start, end, text[start:end], variant, exact and last_ok))
                taken.update(range(i, i + n))
                break
    return hits


@pytest.fixture(scope="module")
def variant_sets() -> list[list[str]]:
    glossary = glossary_cache.load()
    words = {t.key for text in TEXTS for t in tokenize(text)}
    named = [e for e in glossary if {t.key for t in tokenize(e.name)} & words]
    rng = random.Random(21)
    sample = rng.sample(named, min(60, len(named))) + rng.sample(list(glossary), 20)
    out = []
    for entry in sample:
        forms = [entry.name, *entry.aliases, *entry.deprecated, *all_forms(entry)]
        out.append([f for f in dict.fromkeys(forms) if f.strip()])
    assert len(named) >= 10  # the texts do name glossary entries
    return out


def test_same_hits_as_every_variant_at_every_word(variant_sets: list[list[str]]) -> None:
    rng = random.Random(4)
    compared = found = 0
    for text in TEXTS:
        tokens = tokenize(text)
        for variants in variant_sets:
            for expected in (variants[0], variants[0].lower()):
                some = rng.sample(range(len(tokens)), len(tokens) // 5)
                taken = set(some) if rng.random() < 0.3 else set()
                want_taken, got_taken = set(taken), set(taken)
                want = _reference(text, tokens, variants, expected, want_taken)
                got = protect._find_in_target(text, tokens, variants, expected, got_taken)
                assert got == want, (text, variants, expected)
                assert got_taken == want_taken
                compared += 1
                found += bool(want)
    assert compared > 1000 and found > 40  # the comparison did meet names, many times
