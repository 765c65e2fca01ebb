"""Linear cost on big articles, pinned structurally (no timing): the name evidence of
translate.untranslatable reads a bounded window around each word, never the whole text before
or after it (``text[:start]`` per word made a 0.5 MB article cost 20 s in that stage alone),
and the windowed reads give exactly what the whole slices give."""

from __future__ import annotations

import random

from translate import untranslatable as u


class _Recording(str):
    """A str that remembers the longest slice taken of it."""

    longest = 0

    def __getitem__(self, key):  # type: ignore[no-untyped-def,override]
        got = str.__getitem__(self, key)
        if isinstance(key, slice):
            _Recording.longest = max(_Recording.longest, len(got))
        return got


def test_name_evidence_reads_a_bounded_window() -> None:
    para = ("Ninfa Wood came to the district of Wedding. Wood said it failed. She said no. "
            "The Pacific is big. Streets in Wedding were quiet, Mr Wood told reporters. ")
    text = _Recording(para * 400)  # ~55,000 characters
    lex = frozenset({"wood", "wedding", "pacific", "said", "streets", "she", "district"})
    _Recording.longest = 0
    names = u.established_names(text, "en", lex)
    assert names == {"Wood": "name-person", "Wedding": "name-place"}
    assert 0 < _Recording.longest <= u._WINDOW  # never text[:start] or text[end:]
    assert u.established_names(para * 400, "en", lex) == names


def test_windowed_reads_equal_whole_slices() -> None:
    rnd = random.Random(7)
    pieces = ["of", "the", "Wood", "said", " ", "\n", ".", "(", '"', "x" * (u._WINDOW + 40),
              " " * (u._WINDOW + 10), "district", "Wedding"]
    for _ in range(400):
        text = " ".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 30)))
        for at in range(0, len(text) + 1, 5):
            for chars in (None, " \"“‘'(:,"):
                for n in (1, 2):
                    assert u._last_words(text, at, n, chars) == \
                        text[:at].rstrip(chars).split()[-n:]
                assert u._tail(text, at, chars)[-1:] == text[:at].rstrip(chars)[-1:]
            after = text[at:].split(None, 1)
            assert u._next_word(text, at) == (after[0] if after else "")
