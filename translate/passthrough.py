"""Text with nothing to translate: numbers, URLs, e-mail and IP addresses, phone numbers.

Such an article (a table of results, a list of links, a contact block) has no language to detect
and nothing an engine should touch. Rather than refusing it ("cannot tell the article's
language"), the pipeline passes it through: an edition whose text is the source copied
unchanged, its language ``und``, with a note saying why, every URL and number verbatim (not even
localized: a copied number must read exactly as the source's).
"""

from __future__ import annotations

from collections.abc import Iterable

from .regexcache import compile as re_compile

RULE = "nothing-to-translate"
NOTE = ("nothing to translate (only numbers, URLs, addresses or phone numbers): the text is"
        " copied unchanged, language und")

_TOKEN_KINDS = [
    re_compile(r"(?i)(?:[a-z][a-z0-9+.\-]*://|www\.)\S+"),  # URL
    re_compile(r"(?i)mailto:\S+|[^\s@]+@[^\s@]+\.[^\s@]+"),  # e-mail
    re_compile(r"(?i)[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?:%\w+)?(?:/\d{1,3})?"),  # IPv6
    re_compile(r"(?i)(?:[a-z0-9\-]+\.)+[a-z]{2,24}(?:/\S*)?"),  # bare host name (example.org/x)
]
_EDGE = "\"'“”‘’«»()[]{}<>,;:.!?¡¿…·•|"


def _address(token: str) -> bool:
    """A whitespace-separated token that is a URL, an e-mail address or a host name."""
    core = token.strip(_EDGE)
    return any(kind.fullmatch(form) for kind in _TOKEN_KINDS for form in (core, token))


def _untranslatable(token: str) -> bool:
    """A whitespace-separated token with nothing an engine could translate."""
    core = token.strip(_EDGE)
    if not core or not any(ch.isalpha() for ch in core):
        return True  # numbers, phone numbers, IPv4, amounts, dates, times, symbols
    # every kind of address has a ".", a ":" or an "@" (a word has none: no pattern to try)
    return ("." in token or ":" in token or "@" in token) and _address(token)


def nothing_to_translate(texts: Iterable[str]) -> bool:
    """Whether ``texts`` hold something, and only tokens that no engine should translate.

    >>> nothing_to_translate(["+1 555-0100, 10.0.0.1 and https://example.org/a?b=1", "42 %"])
    False
    >>> nothing_to_translate(["+1 555-0100", "10.0.0.1 https://example.org/a?b=1 2001:db8::1"])
    True
    """
    tokens = [t for text in texts for t in text.split()]
    return bool(tokens) and any(ch.isalnum() for t in tokens for ch in t) and all(
        _untranslatable(t) for t in tokens
    )



def only_addresses(text: str) -> bool:
    """Whether a sentence holds nothing to translate and at least one address (URL, e-mail,
    host name): a list of links, a contact line. No engine should see it: a run of links came
    back from the embedded engine reordered, cut and misspelt, while a copy is exact. A
    sentence of numbers only still goes to the engine, so that the localize stage writes its
    numbers the target's way.

    >>> only_addresses("https://example.org/a https://example.org/b (PDF)")
    False
    >>> only_addresses("https://example.org/a, https://example.org/b; www.example.com")
    True
    >>> only_addresses("12,345 and 67.5%")
    False
    """
    return nothing_to_translate([text]) and any(_address(t) for t in text.split())


def only_signs(text: str) -> bool:
    """Whether a sentence holds signs only, not one letter or digit: a rating's stars, a
    separator. Nothing in it is the engine's to translate or the localize stage's to write
    (the embedded engine answered "★★★★☆" with "-"): it is copied exactly (struct35).

    >>> only_signs("★★★★☆"), only_signs("* * *"), only_signs("9/10"), only_signs("")
    (True, True, False, False)
    """
    return bool(text.strip()) and not any(ch.isalnum() for ch in text)
