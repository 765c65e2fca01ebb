"""Quotation marks and punctuation spacing: the target locale's typography."""

from __future__ import annotations

import re

from ..locales import Quotes
from ..regexcache import compile as re_compile
from .text import SPACES, in_spans, protected_spans

DOUBLE_QUOTES = '"“”„‟«»〝〞＂'
SINGLE_QUOTES = "'‘’‚‛‹›"
_ANY_QUOTE = re_compile(f"[{re.escape(DOUBLE_QUOTES + SINGLE_QUOTES)}]")
_OPEN_CONTEXT = "([{—–-/" + SPACES + "\n\t"


_HINT = {"«": "open", "„": "open", "‚": "open", "‹": "open", "»": "close", "›": "close"}


def _flank(text: str, i: int, depth: int) -> str:
    """'open' or 'close' for the double quotation mark at ``i``.

    Guillemets and low-9 marks say it themselves; other marks are read from their neighbours
    (a mark after a space opens, one before a space or punctuation closes), and when that says
    nothing, from how many quotations are open.
    """
    hint = _HINT.get(text[i])
    if hint:
        return hint
    before = text[i - 1] if i else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    b_space = not before or before in SPACES + "\n\t" or before in _OPEN_CONTEXT
    a_space = not after or after in SPACES + "\n\t"
    if b_space and not a_space:
        return "open"
    if a_space and not b_space:
        return "close"
    if not a_space and not b_space:
        if after in ".,;:!?)]}…":
            return "close"
        return "close" if depth else "open"
    if not after:
        return "close"
    if not before:
        return "open"
    return "close" if depth else "open"


_END_PUNCT = ".!?…"
_CLOSING = {"“": "”", "„": "“", "«": "»", "»": "«", "〝": "〞"}


def restore_closing_quote(source: str, target: str) -> str | None:
    """The target with the closing quotation mark the engine dropped, or None.

    Engines often drop the mark that ends a quotation at the end of a sentence
    (``disse: “Apelamos … conflito.``), which leaves the rest of the article inside the quote.
    Only that case is repaired: the source ends with a closing mark and pairs all its marks,
    and the target lacks exactly one. The mark goes where the source has it, inside or
    outside the final punctuation; ``localize_quotes`` then gives it the locale's glyph.

    >>> restore_closing_quote('He said: “We call on all sides.”', 'Ele disse: “Apelamos a todos.')
    'Ele disse: “Apelamos a todos.”'
    >>> restore_closing_quote('He said “no”.', 'Ele disse “não.')
    'Ele disse “não”.'
    >>> restore_closing_quote('He said “no”.', 'Ele disse “não”.') is None
    True
    """
    src = source.rstrip()
    # each mark counted by str.count (the marks are single, distinct characters): the same
    # totals as a loop over the characters; a source without marks has nothing to pair
    src_marks = sum(map(src.count, DOUBLE_QUOTES))
    if not src_marks:
        return None
    tgt = target.rstrip()
    tgt_marks = sum(map(tgt.count, DOUBLE_QUOTES))
    if not src or src_marks % 2 or tgt_marks != src_marks - 1 or not tgt:
        return None
    inside = src[-1] in DOUBLE_QUOTES and len(src) > 1 and src[-2] in _END_PUNCT
    outside = src[-1] in _END_PUNCT and len(src) > 1 and src[-2] in DOUBLE_QUOTES
    if src[-1] in DOUBLE_QUOTES and not inside:
        inside = True  # the quotation ends the sentence without punctuation
    if not (inside or outside):
        return None
    if tgt[-1] in DOUBLE_QUOTES:
        return None  # the target's last mark already closes something: not this case
    last = max(i for i, ch in enumerate(tgt) if ch in DOUBLE_QUOTES) if tgt_marks else -1
    before = tgt[last - 1] if last > 0 else " "
    after = tgt[last + 1] if last + 1 < len(tgt) else ""
    if last < 0 or not (after.isalnum() and (before in SPACES + "(:[—–-" or before.isspace())):
        return None  # the last quotation in the target is closed: the lost mark is elsewhere
    opening = tgt[last]
    mark = _CLOSING.get(opening, opening)
    if inside or tgt[-1] not in _END_PUNCT:
        return tgt + mark + target[len(tgt) :]
    return tgt[:-1] + mark + tgt[-1] + target[len(tgt) :]


def localize_quotes(text: str, quotes: Quotes) -> str:
    """Replace quotation marks with the locale's, by nesting level; apostrophes stay.

    >>> localize_quotes('Ele disse: "Temos \\'apenas\\' uma condição".', Quotes())
    'Ele disse: “Temos ‘apenas’ uma condição”.'
    >>> localize_quotes("It's the Smiths' car", Quotes())
    "It's the Smiths' car"
    >>> localize_quotes('Ele disse: "O Hamas chama de "permanente" o acordo".', Quotes())
    'Ele disse: “O Hamas chama de ‘permanente’ o acordo”.'
    """
    marks: list[tuple[int, str, str]] = []  # (index, level, side)
    stack: list[str] = []  # levels of the open double marks, innermost last
    single_open: int | None = None
    for found in _ANY_QUOTE.finditer(text):  # the loop acts on quotation marks only
        i, ch = found.start(), found.group()
        if ch in DOUBLE_QUOTES:
            side = _flank(text, i, len(stack))
            # Engines turn the inner 'quote' of a quotation into a second pair of double
            # marks: one opening inside an open quotation is the nested (alternate) level.
            if side == "open":
                level = "double" if not stack else "single"
                stack.append(level)
            else:
                level = stack.pop() if stack else "double"
            marks.append((i, level, side))
        elif ch in SINGLE_QUOTES:
            before = text[i - 1] if i else ""
            after = text[i + 1] if i + 1 < len(text) else ""
            if before.isalnum() and after.isalnum():
                continue  # apostrophe: don't, d'água, Azerbaijan’s
            opens = (
                not before or before in _OPEN_CONTEXT or before in DOUBLE_QUOTES
            ) and after.isalnum()
            closes = bool(before) and before not in SPACES and (
                not after or after in SPACES + ".,;:!?)]}…" or after in DOUBLE_QUOTES)
            side = "open" if opens else "close" if closes else ""
            if side == "open":
                single_open = len(marks)
                marks.append((i, "single", "open"))
            elif side == "close" and single_open is not None:
                marks.append((i, "single", "close"))
                single_open = None
    if single_open is not None:
        del marks[single_open]  # an unpaired single mark is more likely an apostrophe
    chars = list(text)
    pad = quotes.padding
    for i, level, side in marks:
        glyph = {
            ("double", "open"): quotes.start,
            ("double", "close"): quotes.end,
            ("single", "open"): quotes.alt_start,
            ("single", "close"): quotes.alt_end,
        }[(level, side)]
        if pad and level == "double":
            glyph = glyph + pad if side == "open" else pad + glyph
        chars[i] = glyph
    out = "".join(chars)
    if pad:
        out = re.sub(rf"{re.escape(pad)}[ \u00a0]+|[ \u00a0]+{re.escape(pad)}", pad, out)
    return out


def space_punctuation(text: str, rules: dict[str, str]) -> str:
    """Spaces some locales put before ``; : ! ?`` (French: narrow no-break space).

    >>> rules = {"?": "\\u202f", ":": "\\u00a0", "!": "\\u202f"}
    >>> out = space_punctuation("Pourquoi ? Voilà: fin!", rules)
    >>> out == "Pourquoi\\u202f? Voilà\\u00a0: fin\\u202f!"
    True
    """
    if not rules:
        return text
    marks = "".join(re.escape(k) for k in rules)
    skip = protected_spans(text)

    def repl(m: re.Match[str]) -> str:
        if in_spans(m.start(2), skip):
            return m.group(0)
        return m.group(1) + rules[m.group(2)]

    return re.sub(
        rf"([^\s{marks}])[ \u00a0\u202f]?([{marks}])(?=\s|$|[»”])",
        lambda m: repl(m) + m.group(2),
        text,
    )


def mark_ordinals(text: str, source: str, marks: dict[str, str]) -> str:
    """Ordinal indicators written as plain letters, the locale's way: engines trained on
    NFKC-normalized text write Portuguese "14º lugar" as "14o lugar" (NFKC folds "º" to "o").

    Only a number of at most four digits glued to one of the locale's indicator letters, as a
    token of its own, outside URLs, and never a token the source has as written (an identifier
    copied from it: "apartment 3a").

    >>> marks = {"o": "º", "a": "ª", "os": "ºs", "as": "ªs"}
    >>> mark_ordinals("Ficou em 14o lugar, na 3a fileira (http://x.pt/1o).", "", marks)
    'Ficou em 14º lugar, na 3ª fileira (http://x.pt/1o).'
    >>> mark_ordinals("O apartamento 3a fica no 2o andar.", "Flat 3a is on the 2nd floor.", marks)
    'O apartamento 3a fica no 2º andar.'
    """
    if not marks or not any(map(str.isdigit, text)):
        return text
    letters = "|".join(re.escape(k) for k in sorted(marks, key=len, reverse=True))
    pattern = re_compile(rf"(?<![\w.,/#@=:'’\-])(\d{{1,4}})({letters})(?![\w\-])")
    skip = protected_spans(text)
    copied = {m.group(0) for m in pattern.finditer(source)}

    def repl(m: re.Match[str]) -> str:
        if m.group(0) in copied or in_spans(m.start(), skip):
            return m.group(0)
        return m.group(1) + marks[m.group(2)]

    return pattern.sub(repl, text)


# A number's sign in the source ("#2", "Nº 2"; not "No. 5", whose "no 5" is as often "at
# number 5"): the number it marks is group 1.
_SOURCE_SIGN = re_compile(r"(?:#|№|\b[Nn][º°])\s?(\d{1,6})\b")


def mark_number_signs(text: str, source: str, sign: str) -> str:
    """A number sign the engine wrote folded (NFKC turns "nº" into "no"): "#2" translated
    "no 2" is written with the locale's ``sign`` ("nº 2"). Only for a number the source marks
    with a sign ("#2", "Nº 2", "№ 2"), as many times as the source does, and never where the
    target already has the sign or an ordinal follows ("no 2º andar").

    >>> mark_number_signs("Dica no 1 - Você é um alvo", "Tip #1 - You are a target", "nº")
    'Dica nº 1 - Você é um alvo'
    >>> mark_number_signs("Ficou no 2 de 5", "It came in 2 of 5", "nº")
    'Ficou no 2 de 5'
    """
    if not sign or not source or not any(map(str.isdigit, text)):
        return text
    import unicodedata

    folded = unicodedata.normalize("NFKC", sign)
    if folded == sign:
        return text
    wanted: dict[str, int] = {}
    for m in _SOURCE_SIGN.finditer(source):
        wanted[m.group(1)] = wanted.get(m.group(1), 0) + 1
    if not wanted:
        return text
    for number in wanted:
        wanted[number] -= len(re.findall(rf"{re.escape(sign)}\s?{number}\b", text, re.IGNORECASE))
    skip = protected_spans(text)
    numbers = "|".join(wanted)
    pattern = re_compile(rf"(?<![\w.])({re.escape(folded)})\s({numbers})(?![\wº°ª]|[.,]\d)",
                         re.IGNORECASE)  # fmt: skip

    def repl(m: re.Match[str]) -> str:
        if wanted.get(m.group(2), 0) <= 0 or in_spans(m.start(), skip):
            return m.group(0)
        wanted[m.group(2)] -= 1
        mark = sign[0].upper() + sign[1:] if m.group(1)[0].isupper() else sign
        return f"{mark} {m.group(2)}"

    return pattern.sub(repl, text)


def join_currency_symbols(text: str, symbols: frozenset[str]) -> str:
    """A currency symbol of letters and "$" that the engine split ("US $ 300" for pt-BR
    "US$ 300"; ``symbols`` are the target locale's CLDR symbols of that shape), joined.

    >>> join_currency_symbols("custa US $ 300 e R $ 5", frozenset({"US$", "R$"}))
    'custa US$ 300 e R$ 5'
    """
    if "$" not in text or not symbols:
        return text
    letters = "|".join(re.escape(sym[:-1]) for sym in sorted(symbols, key=len, reverse=True))
    return re.sub(rf"(?<![\w$])({letters})[ \u00a0\u202f]\$", r"\1$", text)

