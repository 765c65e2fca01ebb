"""Find mentions of glossary entries in a text, including spellings nobody listed.

Three passes over the text's tokens (see :mod:`.normalize`):

1. **Exact**: the folded token sequence of every name, alias and deprecated form is indexed
   by its first token; at each position the longest indexed sequence whose separators are
   allowed wins. Case and diacritics do not matter, except that an all-lower-case surface that
   is an ordinary English word ("turkey") and a short acronym written in lower case ("us",
   "who") are not names.
2. **Surnames**: a person's surname alone is a ``partial`` mention.
3. **Fuzzy**: a capitalised token that is not an English word, a title or an adjective formed
   from a place name ("Armenian", "Turkish") is compared, through a skeleton key that absorbs
   transliteration (``kh``/``h``, ``q``/``k``, ``y``/``i``, doubled letters), with the name
   tokens that share its first skeleton letter, allowing a number of edits that grows with
   the name's length (none for names of up to five letters, so Iran and Iraq stay apart).
   A close token anchors the name it belongs to; the other tokens of that name must line up.

Finally a person mention that covers only the surname takes in the given name before it when
that one is wrong ("Nicholas Pashinian" is a ``partial`` mention of Nikol Pashinyan).
"""

from __future__ import annotations

import bisect
import re
import threading
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..errors import DataError
from ..untranslatable import address_spans
from .load import is_gazetteer_name
from .model import SURE_SCORE, Entry, Glossary, MatchKind, Mention, UntoldPerson
from .normalize import (
    Token,
    abjad_letters,
    arabic_clitic_forms,
    arabic_consonant_key,
    fold,
    gap_allowed,
    is_sentence_start,
    latin_consonant_key,
    readings,
    romanize_tokens,
    romanized_key,
    skeleton,
    sound_key,
    syllabic_key,
    syllabic_script,
    token_keys,
    tokenize,
)
from .words import (
    DEMONYMS,
    MONTHS_AND_DAYS,
    WordList,
    compounds,
    context_words,
    english_words,
    frequent_words,
    is_title,
    language_words,
    local_places,
    namesakes,
    person_offices,
    portuguese_words,
    subdivisions,
    titles,
)

_CASED_SCRIPTS = ("CYRILLIC", "GREEK", "ARMENIAN")
# Scripts whose words are romanized in a text of any language (see _Matcher): the glossary
# spells few names in them (Greek: only the gazetteer's place names, matched as written)
_OWN_SCRIPTS = ("ARMENIAN", "GEORGIAN", "GREEK")
# a Roman numeral of two or more letters
_ROMAN = re.compile(r"(?=[MDCLXVI]{2})M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
_TIER = {"exact": 0, "alias": 1, "deprecated": 2, "misspelling": 3, "inflected": 3,
         "partial": 4}
# Suffixes that turn a place name into an adjective or a people; "n"/"ns" only after a
# vowel ("Armenia-n", not "Yerevan-n").
_DERIVING_SUFFIXES = ("ians", "ian", "ans", "an", "ns", "n", "ese", "ish", "is", "i", "ic",
                      "eans", "ean", "ites", "ite", "ers", "er", "ene", "enes", "ois", "oise",
                      "se")  # Dutch "Brusselse", "Amsterdamse"
_VOWEL_ONLY = frozenset({"n", "ns"})
# English endings that make an adjective of a glossary place only ("Omanis", "Iraqi"): after
# any other proper word they make a surname ("Barris" is no adjective of "Barr": "Kenya
# Barris" is a person, not Kenya). (Other languages keep them: the English list of proper
# words knows "Ester", and Italian "degli Esteri" is a plain word before a minister's name.)
_PLACE_STEM_ONLY = frozenset({"is", "i"})
# Words that join a longer proper name around a glossary name ("Alternative for Germany",
# "University of Tehran", "Banco do Brasil"); "and" is not one ("Armenia and Azerbaijan").
# A dotted abbreviation going on after a match (".A" of "E.U.A.") or before it ("A." of
# "A.E.U."): one letter and its period glued to the match's own.
_DOTTED_ON = re.compile(r"\.[^\W\d_](?![^\W\d_])")
_DOTTED_BEFORE = re.compile(r"(?<![^\W\d_])[^\W\d_]\.$")


def _marks_dropped(surface: str, form: str) -> bool:
    """Does ``form`` carry diacritics on its lower-case letters that ``surface`` (the same
    letters) is written without? (A capital's accent is often dropped by the language's own
    writers: French "Etats-Unis" for "États-Unis".)"""
    if any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", surface)):
        return False
    base = ""
    for c in unicodedata.normalize("NFD", form):
        if unicodedata.combining(c):
            if base.islower():
                return True
        else:
            base = c
    return False


_CONNECTIVES = frozenset({"for", "of", "de", "del", "des", "du", "da", "do", "der", "von"})
_ENGLISH_CONNECTIVES = frozenset({"for", "of"})
# The same small words of names before a name that closes a longer one, with the bare
# Italian and Dutch (Afrikaans) "of", in texts of those languages only ("l'Accordo di
# Parigi", "Emendamento di Kigali", "Partij van Nederland"); not the Italian ones carrying an
# singular article ("lo Show della BBC": of the BBC, a genitive of the sentence); the plural
# ones do ("Programma delle Nazioni Unite", glossary37: a plural name after a capitalised
# word is a body's or a programme's own). Only for that test, not for the runs an acronym
# spells.
_OWN_CONNECTIVES = {"it": frozenset({"di", "delle", "degli", "dei"}), "nl": frozenset({"van"}),
                    "af": frozenset({"van"})}
# Articles of the languages that capitalise every noun (German, Luxembourgish), folded: a
# capitalised word right after one is a noun of the language, unless it is a listed name.
_GERMAN_DETERMINERS = frozenset({"der", "die", "das", "des", "dem", "den", "ein", "eine",
                                 "einer", "eines", "einem", "einen", "d", "dei", "en"})
# ... and the prepositions that carry the article glued to them ("ins Ausland", "im Saal",
# "zum Hafen"): a capitalised word after one heads a noun phrase as after "das", "dem"
_GERMAN_ARTICLE_CONTRACTIONS = frozenset({"im", "am", "ins", "ans", "vom", "zum", "zur",
                                          "beim", "aufs", "ums", "durchs", "furs", "ubers"})
# ... and the prepositions, alone or with the article, that open a sentence before a noun
# ("Im Norden Israels", "Vom Süden Gazas"): capitalised only there
_GERMAN_OPENERS = _GERMAN_DETERMINERS | frozenset({
    "im", "am", "vom", "zum", "zur", "beim", "ins", "aus", "von", "in", "mit", "nach", "bei",
    "seit", "fur", "uber", "unter", "vor", "auf", "an", "durch", "gegen", "ohne", "um"})
# Connectives of Romance and German names that join a longer name after a place name
# ("Praia do Forte", "Santiago de Compostela"); not English "of"/"for", which follow a
# place in ordinary prose ("Georgia for the Georgians").
_AFTER_CONNECTIVES = frozenset({"de", "del", "della", "di", "des", "du", "da", "do", "das",
                                "dos", "der", "am"})
# An elided article or preposition that joins the last word of a hyphenated place name
# ("Port-d’Espagne", "Villeneuve-d'Ascq", "Sainte-Marie-l'Église").
_ELIDED = frozenset({"d", "l"})
_CURRENCY = frozenset("$€£¥₹₽₩")
_KATAKANA = re.compile("[\u30a0-\u30ff]")  # with the prolonged sound mark ー
_KANJI_KATAKANA_RUN = re.compile("[\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々]+")
_HAN_RUN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
# a character from Hangul's first block on: a letter of a syllabic script is one
# (:func:`normalize.syllabic_script` answers None for a word whose first letter is before it)
_FROM_HANGUL = re.compile("[^\x00-\u10ff]")


# Latin letters that stand for their Cyrillic look-alikes inside a Cyrillic word (real
# Belarusian text writes "Рэспублiкi" with a Latin "i" for "і")
_CYRILLIC_LOOKALIKES = str.maketrans("aceiopxy", "асеіорху")


@cache
def _republic_stems(lang: str | None) -> tuple[str, ...]:
    """The stem of the word ``lang`` names a republic by ("республик", "republik",
    "рэспублік"): the word CLDR's name of the Central African Republic shares with its names
    of the Dominican Republic, DR Congo or Czechia in that language (babel's CLDR)."""
    from .cldr import territory_name

    if not lang:
        return ()
    cf = territory_name("CF", lang)
    if not cf:
        return ()
    shared = {fold(w) for code in ("DO", "CD", "CZ")
              for w in re.split(r"[\s\-\u2013]+", territory_name(code, lang) or "")}
    out = []
    for word in re.split(r"[\s\-\u2013]+", cf):
        key = fold(word)
        if len(key) >= 6 and key in shared:
            out.append(key[:-1] if key[-1] in "aeiouаяыіеиэ" else key)
    return tuple(out)


@cache
def _body_suffixes(lang: str | None) -> tuple[tuple[str, ...], int, int, str] | None:
    """The generic nouns that end a body's name in ``lang`` (Japanese, Chinese), with the
    longest run of characters after the place (ja) or the distance the noun must end
    within (zh) and the characters that end a name before it; None for a language with
    none."""
    from ..langdata import base_language, languages_dir, load_file

    base = base_language(lang)
    rule = load_file("body-suffixes").get(base, {}) if base else {}
    if not rule or "suffixes" not in rule:
        return None  # none, or only the nouns that open a name (``_body_heads``)
    suffixes = rule.get("suffixes", [])
    longest, within = rule.get("longest", 0), rule.get("within", 0)
    breaks = rule.get("breaks", "")
    if not isinstance(suffixes, list) or not all(isinstance(x, str) for x in suffixes) or \
            not isinstance(longest, int) or not isinstance(within, int) or \
            not isinstance(breaks, str) or not (longest or within):
        raise DataError("a language's body suffixes are { suffixes = [...], longest = N } or "
                        "{ suffixes = [...], within = N }",
                        path=str(languages_dir() / "body-suffixes.toml"))
    return tuple(suffixes), longest, within, breaks


@cache
def _body_nouns_after(
    lang: str | None,
) -> tuple[frozenset[str], int, tuple[str, ...], frozenset[str], tuple[str, ...]] | None:
    """The generic nouns of bodies' names that come after the place, written in the genitive,
    within a few words (Armenian: "Մոսկվայի սատիրայի թատրոնը"), folded, with how many words,
    the genitive endings, the words that end the name before a noun ("and") and the plural
    endings after a noun; None for a language with none (``nouns`` in body-suffixes.toml)."""
    from ..langdata import base_language, languages_dir, load_file

    base = base_language(lang)
    rule = load_file("body-suffixes").get(base, {}) if base else {}
    if not isinstance(rule, dict) or "nouns" not in rule:
        return None
    nouns, within, genitive = rule["nouns"], rule.get("within", 0), rule.get("genitive", [])
    breaks, plural = rule.get("breaks", []), rule.get("plural", [])
    if not all(isinstance(x, list) and all(isinstance(y, str) for y in x)
               for x in (nouns, genitive, breaks, plural)) or \
            not isinstance(within, int) or within < 1:
        raise DataError("a language's nouns after a place are { nouns = [...], within = N, "
                        "genitive = [...], breaks = [...], plural = [...] }",
                        path=str(languages_dir() / "body-suffixes.toml"))
    return (frozenset(fold(n) for n in nouns), within, tuple(fold(g) for g in genitive),
            frozenset(fold(b) for b in breaks), tuple(fold(p) for p in plural))


@cache
def _body_heads(lang: str | None) -> frozenset[str]:
    """The generic nouns that open a body's, a treaty's or a work's name right before a place
    in ``lang`` (Hebrew's construct state, Arabic's idafa: "בנק ישראל", "معاهدة لندن"),
    folded; empty for a language with none (``heads`` in body-suffixes.toml)."""
    from ..langdata import base_language, languages_dir, load_file

    base = base_language(lang)
    rule = load_file("body-suffixes").get(base, {}) if base else {}
    heads = rule.get("heads", []) if isinstance(rule, dict) else []
    if not isinstance(heads, list) or not all(isinstance(x, str) for x in heads):
        raise DataError("a language's body heads are a list of words",
                        path=str(languages_dir() / "body-suffixes.toml"))
    return frozenset(fold(h) for h in heads)


@cache
def _club_words() -> frozenset[str]:
    """The abbreviations of clubs written beside a place (``locales/languages/teams.toml``)."""
    from ..langdata import languages_dir, load_file

    words = load_file("teams").get("club_words", [])
    if not isinstance(words, list) or not all(isinstance(x, str) and x for x in words):
        raise DataError("teams.toml's club_words is a list of strings",
                        path=str(languages_dir() / "teams.toml"))
    return frozenset(words)


# a word of three letters or more and a period right before a name: a web address
_ADDRESS_BEFORE = re.compile(r"[^\W\d_]{3,}\.\Z")
# a run of word characters joined by the marks of identifiers, paths and file names
# ("tokio-metrics", "tokio::sync", "Tokyo_2020", "src/paris/lib.rs")
_JOINED_RUN = re.compile(r"\w+(?:(?:::|[-_./\\])\w+)+")
_CODE_JOINS = ("_", "::", "\\")


def outside_running_text(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that are no running text, where no name is a mention: web and
    e-mail addresses, handles, hashtags and opaque identifiers (the spans the pipeline masks,
    :func:`translate.untranslatable.address_spans`), and identifiers: a run of word
    characters joined by "_", "::" or a backslash, or joined by "-", "." or "/" and written
    with no capital letter (a package, a file, a path, a slug). A name written with a
    capital and a hyphen is running text ("Tokyo-based", "Israel/Palestine").

    >>> t = "Tokio users of tokio-metrics, tokio::sync and Tokyo_2020, Tokyo-based."
    >>> [t[s:e] for s, e in outside_running_text(t)]
    ['tokio-metrics', 'tokio::sync', 'Tokyo_2020']
    """
    spans = [(s, e) for s, e, _ in address_spans(text)]
    for m in _JOINED_RUN.finditer(text):
        run = m.group()
        if any(j in run for j in _CODE_JOINS) or not any(c.isupper() for c in run):
            spans.append(m.span())
    return sorted(spans)


# A law reporter's citation (glossary43): a volume number, the reporter's abbreviation and
# the page ("549 U.S. 183, 189", "352 U.S. 407 (1957)"). The volume stands alone (no digit,
# separator or letter before it); the page ends the text or comes before punctuation or a
# parenthesis, never a word ("in 2019 U.S. 500 companies", "2019 U.S. 10-year yields").
# A citation cut by the segmenter after the reporter ("United States v. Turley, 352 U.S.")
# has no page: a volume after a comma or semicolon, with the abbreviation ending the text.
_CITATION_VOLUME = re.compile(r"(?<![\w.,/-])\d{1,4} \Z")
_CITATION_CUT_VOLUME = re.compile(r"[,;] \d{1,4} \Z")
_CITATION_PAGE = re.compile(r" \d{1,5}(?=\Z|[,;:)\]]|\.(?!\d)| \(| ?\n)")
# "v." / "vs." between the parties of a case title ("United States v. Turley")
_CASE_PARTIES = re.compile(r"\s(?:v|vs)\.?\s\Z|\A\s(?:v|vs)\.?\s")
# the courts' own "v." only (a match's "USA vs. Mexico" keeps its acronym)
_CASE_V = re.compile(r"\sv\.\s\Z|\A\sv\.\s")
# A chain of abbreviations (glossary44): a short abbreviated name written with its period
# and followed by another capitalised abbreviation of one to five letters with its own
# ("Fed. Cir.", the Federal Circuit; "Fed. Cl.", "Fed. Reg.", "Fed. Appx."): a court's or a
# reporter's abbreviated name, not the body the first word also abbreviates. A title ("the
# Fed. Mr. Powell said") or a month or weekday ("the Fed. Jan. 5 minutes") after the period
# starts something else.
_NEXT_ABBREVIATION = re.compile(r"\.[ \u00a0]([A-Z][a-z]{0,4})\.")
_MONTH_ABBREVIATIONS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                                  "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed",
                                  "thu", "thur", "thurs", "fri", "sat", "sun"})
# languages that join a name and a noun with a hyphen ("Hizbullah-Miliz", "Gaza-oorlog")
_HYPHEN_COMPOUND_LANGS = frozenset({"de", "nl", "da", "sv", "no", "nb", "fi"})


@dataclass(frozen=True)
class CaseEndings:
    """Case endings of names as language data (``locales/languages/case-endings.toml``),
    folded: ``agglutinative`` endings read in any text, the languages with an -s genitive,
    with an apostrophe before the ending, the Slavic ones and their endings (ending, what the
    name ends in instead), and ``endings`` read only in a text of one language."""

    agglutinative: tuple[str, ...] = ()
    genitive_s: frozenset[str] = frozenset()
    apostrophe: frozenset[str] = frozenset()
    slavic_languages: frozenset[str] = frozenset()
    slavic: tuple[tuple[str, tuple[str, ...]], ...] = ()
    endings: tuple[tuple[str, tuple[str, ...]], ...] = ()
    uncased_nouns: frozenset[str] = frozenset()
    family_name_first: frozenset[str] = frozenset()
    capitalised_nouns: frozenset[str] = frozenset()
    lowercase_titles: frozenset[str] = frozenset()
    # the text's language's prepositions that govern an oblique case of a place ("w Rydze",
    # "na Krymu", "v Gaze"): after one, a four-letter word is read through the Slavic endings
    prepositions: frozenset[str] = frozenset()


def _ending_table(rows: Any, where: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    out = []
    for row in rows or ():
        if not isinstance(row, dict) or not isinstance(row.get("ending"), str) or \
                not isinstance(row.get("restores"), list):
            raise DataError("an ending is { ending = \"...\", restores = [...] }", path=where)
        out.append((fold(row["ending"]), tuple(fold(str(r)) for r in row["restores"])))
    return tuple(out)


@cache
def case_endings(lang: str | None) -> CaseEndings:
    """The case endings the matcher reads in a text of ``lang`` (None: the shared ones)."""
    from ..langdata import base_language, languages_dir, load_file

    where = str(languages_dir() / "case-endings.toml")
    data = load_file("case-endings")
    base = base_language(lang)
    own = data.get("languages", {}).get(base, ()) if base else ()
    agglutinative = {fold(str(e)) for e in data.get("agglutinative", [])}
    return CaseEndings(
        tuple(sorted(agglutinative, key=lambda e: (-len(e), e))),
        frozenset(map(str, data.get("genitive_s", []))),
        frozenset(map(str, data.get("apostrophe", []))),
        frozenset(map(str, data.get("slavic_languages", []))),
        _ending_table(data.get("slavic"), where),
        tuple(sorted(_ending_table(own, where), key=lambda row: -len(row[0]))),
        frozenset(map(str, data.get("uncased_nouns", []))),
        frozenset(map(str, data.get("family_name_first", []))),
        frozenset(map(str, data.get("capitalised_nouns", []))),
        frozenset(map(str, data.get("lowercase_titles", []))),
        frozenset(fold(str(p)) for p in
                  (data.get("place_prepositions", {}).get(base, ()) if base else ())),
    )


@cache
def _surname_endings(lang: str | None
                     ) -> tuple[tuple[tuple[str, tuple[str, ...]], ...], tuple[str, ...]]:
    """The endings a full name's last word is read through in a text of ``lang``: the
    language's own (with what the surname ends in instead), then the agglutinative ones on
    the surname as written; and the endings alone, for one ``endswith`` test."""
    table = (*case_endings(lang).endings,
             *((e, ("",)) for e in case_endings(None).agglutinative))
    return table, tuple(e for e, _ in table)


@cache
def _feminine_rows() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """``feminine_surnames`` of case-endings.toml, folded: (masculine ending, stem ending,
    feminine endings)."""
    from ..langdata import languages_dir, load_file

    where = str(languages_dir() / "case-endings.toml")
    out = []
    for row in load_file("case-endings").get("feminine_surnames", {}).get("rows", ()):
        if not isinstance(row, dict) or not isinstance(row.get("masculine"), str) or \
                not isinstance(row.get("stem"), str) or \
                not isinstance(row.get("feminine"), list):
            raise DataError("a feminine surname row is { masculine = \"...\", stem = \"...\", "
                            "feminine = [...] }", path=where)
        out.append((fold(row["masculine"]), fold(row["stem"]),
                    tuple(fold(str(f)) for f in row["feminine"])))
    return tuple(out)


@cache
def _feminine_forms(entry: Entry) -> frozenset[str]:
    """The folded forms only a woman's surname takes, read off ``entry``'s listed surnames
    (the last word of its name, aliases and forms) where they end as a man's Slavic surname
    does ("Петровой", "Зеленская", "Zelenska" for a listed Petrov or Zelensky); empty for
    anyone else, and never one of ``entry``'s own listed words."""
    if entry.type != "person":
        return frozenset()
    own = {k for text in (entry.name, *entry.aliases, *entry.forms.values())
           for k in token_keys(text)}
    surnames = {token_keys(text)[-1] for text in (entry.name, *entry.aliases,
                                                   *entry.forms.values()) if token_keys(text)}
    out = {surname[: len(surname) - len(masculine)] + stem + ending
           for surname in surnames for masculine, stem, endings in _feminine_rows()
           if surname.endswith(masculine) and len(surname) > len(masculine) + 2
           for ending in endings}
    return frozenset(out - own)


AgreementRow = tuple[str, tuple[str, ...], frozenset[str]]  # ending, restores, slots


@cache
def _agreement(lang: str | None) -> tuple[AgreementRow, ...]:
    """The agreement rows of ``lang`` (``case-endings.toml`` ``[agreement]``): the endings of
    a declined adjective or noun of a several-word name, what the listed word ends in
    instead, and the case slots the ending marks; folded, longest ending first."""
    from ..langdata import base_language, languages_dir, load_file

    base = base_language(lang)
    table = load_file("case-endings").get("agreement", {}).get(base, {}) if base else {}
    where = str(languages_dir() / "case-endings.toml")
    out: list[AgreementRow] = []
    for part in ("adjective", "noun"):
        for row in table.get(part, ()):
            if not isinstance(row, dict) or not isinstance(row.get("ending"), str) or \
                    not isinstance(row.get("restores"), list) or \
                    not isinstance(row.get("slots"), list):
                raise DataError("an agreement row is { ending = \"...\", restores = [...], "
                                "slots = [...] }", path=where)
            out.append((fold(row["ending"]), tuple(fold(str(r)) for r in row["restores"]),
                        frozenset(map(str, row["slots"]))))
    return tuple(sorted(out, key=lambda row: -len(row[0])))


@cache
def _compound_heads(lang: str | None) -> frozenset[str]:
    """The nouns a text of ``lang`` glues a name to ("-krieg", "-streifen"), folded."""
    from ..langdata import section

    heads = section(lang, "compounds").get("heads", [])
    return frozenset(fold(str(h)) for h in heads if isinstance(h, str))


@cache
def _apposition_nouns(lang: str | None) -> tuple[str, ...]:
    """The nouns of ``lang`` that a name follows in apposition ("die Stadt Gaza"), folded."""
    from ..langdata import section

    nouns = section(lang, "apposition").get("nouns", [])
    return tuple(fold(str(n)) for n in nouns if isinstance(n, str))


@cache
def _institution_heads() -> frozenset[str]:
    """The head nouns of an institution's or a work's English name ("Museum", "University",
    "Hall": ``[works] translated_heads`` of the English language data), folded."""
    from ..langdata import section

    heads = section("en", "works").get("translated_heads", [])
    return frozenset(fold(str(h)) for h in heads if isinstance(h, str))


def _apposition_head(lang: str | None, key: str) -> bool:
    """Is ``key`` one of those nouns, alone or as the head of a compound ("Hafenstadt")?"""
    return any(key.endswith(n) for n in _apposition_nouns(lang))


# Endings a compound's head noun may carry: the genitive and the plural of German nouns.
_HEAD_ENDINGS = ("", "s", "es", "n", "en", "e", "er", "ern")


def _is_compound_head(rest: str, heads: frozenset[str]) -> bool:
    return any(rest.endswith(e) and rest[: len(rest) - len(e)] in heads
               for e in _HEAD_ENDINGS if len(rest) > len(e))


@cache
def _proclitics(lang: str | None) -> frozenset[str]:
    """The letters a text of ``lang`` glues before a word as a preposition or conjunction
    (locales/languages/case-endings.toml ``[proclitics]``), folded; empty for most languages."""
    from ..langdata import base_language, load_file

    table = load_file("case-endings").get("proclitics", {})
    base = base_language(lang)
    found = table.get(base, []) if isinstance(table, dict) and base else []
    return frozenset(fold(str(p)) for p in found)


@cache
def _hangul_particles() -> tuple[str, ...]:
    """Korean particles glued to a name ("대한민국을", "트럼프는"), longest first."""
    from ..langdata import load_file

    found = load_file("case-endings").get("hangul", [])
    return tuple(sorted(map(str, found), key=lambda p: (-len(p), p)))


# Words a Title Case headline leaves in lower case (not counted when judging one).
_SMALL_WORDS = frozenset({"the", "and", "for", "nor", "but", "yet", "with", "from", "into",
                          "onto", "over", "via", "per", "off", "out"})
# Words of a job title after an organisation or a country ("IMF Managing Director", "UN
# Secretary-General", "US Secretary of State"): the name before them stays a mention.
_ROLES = frozenset({
    "managing", "secretary", "general", "deputy", "vice", "chief", "foreign", "defence",
    "defense", "interior", "finance", "spokesman", "spokeswoman", "spokesperson", "envoy",
    "ambassador", "governor", "mayor", "commander", "commissioner", "special", "acting",
    "senior", "executive", "representative", "speaker", "leader", "officials", "official",
})
# Compass and size words that precede a place without making a new name ("Eastern Ukraine").
# Prepositions between a place and the region written after it ("Macau, no Rio Grande do
# Norte", "Lagos, in Nigeria", "Paris, au Texas").
_NAMESAKE_PREPOSITIONS = frozenset({"in", "no", "na", "em", "en", "au", "dans", "nel", "im",
                                    "del", "do", "da", "de"})
_LIST_WORDS = frozenset({"and", "or", "e", "ou", "y", "o", "et", "und", "oder", "i", "ve"})
_COMPASS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
    "northwestern", "southeastern", "southwestern", "upper", "lower", "greater",
    "occupied", "mainland", "rural", "metropolitan",
})
_FEMININE = ("a", "ova", "eva", "aya", "ina")
# Masculine endings of Slavic (and Slavic-styled Caucasian) surnames whose feminine adds -a
# (Zakharov/Zakharova, Aliyev/Aliyeva, Putin/Putina): not "al-Shara"/"al-Sharaa".
_SLAVIC_MASCULINE = ("ov", "ev", "yov", "yev", "in", "yn")
# Consonants that romanizations of one name write for one another (v/f/w, k/c/q, s/z, j/g/y).
_ROMAN_SAME = str.maketrans({"f": "v", "w": "v", "c": "k", "q": "k", "z": "s", "j": "g",
                             "x": "k"})


def max_edits(length: int) -> int:
    """Edits allowed between skeletons of a name token of ``length`` folded letters.

    >>> [max_edits(n) for n in (4, 5, 6, 8, 9, 12, 13)]
    [0, 0, 1, 1, 2, 2, 3]
    """
    if length <= 5:
        return 0
    if length <= 8:
        return 1
    if length <= 12:
        return 2
    return 3


@dataclass(frozen=True)
class Variant:
    """One indexed form of an entry."""

    entry: Entry
    kind: str  # exact | alias | deprecated
    text: str
    keys: tuple[str, ...]
    acronym: bool


@dataclass
class Index:
    """Lookup structures for one glossary (built once, cached on the glossary)."""

    words: WordList
    # the source language's own words when it is not English (_source_words)
    source_words: frozenset[str] = frozenset()
    # words of the source language (not English) that a one-word name spells with diacritics
    # ("ama", "loves", and Amã, Amman in Portuguese): written without them, the word
    accent_words: frozenset[str] = frozenset()
    # Only English has a word list telling "turkey" from "Turkey"; in other languages a
    # capitalised name written all in lower case is an ordinary word ("reunião", "meeting",
    # is not Reunião/Réunion).
    lowercase_names: bool = True
    # The language of the text (ISO 639-1): its word lists and grammar cues.
    lang: str = "en"
    sequences: dict[tuple[str, ...], list[Variant]] = field(default_factory=dict)
    longest: dict[str, int] = field(default_factory=dict)
    # skeleton -> (entry, folded surname, listed alone?, surname as written)
    surnames: dict[str, list[tuple[Entry, str, bool, str]]] = field(default_factory=dict)
    given: dict[str, set[str]] = field(default_factory=dict)  # entry id -> given-name keys
    given_keys: set[str] = field(default_factory=set)  # every given name of every person
    # token key -> (multi-word variant, position): anchors for whole-name fuzzy matching
    members: dict[str, list[tuple[Variant, int]]] = field(default_factory=dict)
    member_span: int = 0  # most words in a multi-word variant
    anchors: dict[str, list[tuple[Variant, int]]] = field(default_factory=dict)
    blocks: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # skel[0] -> keys
    stems: set[str] = field(default_factory=set)  # place-name stems, for demonyms
    person_stems: set[str] = field(default_factory=set)
    fuzzy_cache: dict[str, list[tuple[str, int, float]]] = field(default_factory=dict)
    # folded word -> (place, word as written): distinctive words of hand-written multi-word
    # places that may stand alone after a preposition of place (made on first use)
    standalone: dict[str, tuple[Entry, str]] | None = None
    # consonant keys of Latin person and place names -> entries, for names in Arabic letters
    # (made on first use)
    consonantal: dict[tuple[str, ...], list[Entry]] | None = None
    # entry id -> consonant keys of the names it lists in Arabic or Hebrew letters (made on
    # first use): a place whose own abjad spelling is known is written so, not by a sound match
    abjad_listed: dict[str, set[tuple[str, ...]]] | None = None
    # sound keys of Latin person and place names per script ("ja", "ko") -> entries, for
    # names in katakana and Hangul (made on first use)
    syllabic: dict[str, dict[tuple[str, ...], list[Entry]]] | None = None
    # keys of the rest of an organ's name after its parent's acronym ("Security Council" of
    # "UN Security Council") -> (organ, parent id, rest as written) (made on first use)
    organs: dict[tuple[str, ...], tuple[Entry, str, str]] | None = None
    # (entry id, form) of names only the generated gazetteer lists (not also a form of the
    # source language): matched as written, never a near-miss anchor
    generated: set[tuple[str, str]] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)
    # (entry id, text) of each bucket of ``sequences``, made from the bucket when first needed
    # (so also after the index is read from its cache, which leaves it out): a bucket of
    # 10,000 entries of one name was scanned whole for each added variant (fuzz47)
    in_bucket: dict[tuple[str, ...], set[tuple[str, str]]] = field(default_factory=dict)

    def add(self, variant: Variant) -> None:
        bucket = self.sequences.setdefault(variant.keys, [])
        seen = self.in_bucket.get(variant.keys)
        if seen is None or len(seen) != len(bucket):  # new, or the bucket grown elsewhere
            seen = self.in_bucket[variant.keys] = {(v.entry.id, v.text) for v in bucket}
        if (variant.entry.id, variant.text) in seen:
            return
        bucket.append(variant)
        seen.add((variant.entry.id, variant.text))
        first = variant.keys[0]
        self.longest[first] = max(self.longest.get(first, 0), len(variant.keys))


def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return 2 <= len(letters) <= 6 and all(c.isupper() for c in letters)


# A Korean or Chinese given name romanised with a hyphen ("Jae-myung", "Jong-un", "Ing-wen"):
# the family name comes first ("Lee Jae-myung" is President Lee).
_HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")


def family_name_first(entry: Entry) -> bool:
    """Is the person's family name written first (Lee Jae-myung, Kim Jong-un, Tsai Ing-wen)?"""
    for text in (entry.name, *entry.aliases):
        words = text.split()
        if len(words) >= 2 and _HYPHENATED_GIVEN.fullmatch(words[1]):
            return True
    return False


def _surname_keys(entry: Entry, lang: str = "en") -> list[tuple[str, bool, str]]:
    """Folded surnames of a person, with their written form: the last word of each
    multi-word form (the first for a family-name-first name), and each one-word alias
    (listed: the glossary says the surname alone means this person). In a text of ``lang``
    the glossary's own form of the name in that language counts too (glossary51: "Дональд
    Трамп" in a Ukrainian text, whose "Трампом" is Trump's instrumental)."""
    out = []
    first = family_name_first(entry)
    own = [f for tag, f in entry.forms.items() if tag.split("-")[0] == lang and lang != "en"]
    for text in (entry.name, *entry.aliases, *own):
        tokens = tokenize(text)
        keys = [t.key for t in tokens]
        family = tokens[0] if first else tokens[-1] if tokens else None
        if len(keys) >= 2 and family is not None and len(family.key) >= 2 + (not first):
            out.append((family.key, False, family.text))
        elif len(keys) == 1 and len(keys[0]) >= 3 and text != entry.name and text not in own:
            out.append((keys[0], True, tokens[0].text))
    return list(dict.fromkeys(out))


def _stems(key: str) -> set[str]:
    """A place name and its forms before an adjective suffix: the name itself, and the name
    without a final vowel or "ey" (Ukrain-ian, Chin-ese, Turk-ish), never a consonant."""
    if len(key) < 4:
        return set()
    out = {key}
    if key[-1] in "aeiouy":
        out.add(key[:-1])
        if len(key) >= 6 and key[-2] in "aeiouy":
            out.add(key[:-2])
    if len(key) >= 7 and key.endswith(("us", "um", "es")):
        out.add(key[:-2])  # Mauriti-an, Belgi-an, Seychell-ois
    return out


_PLACE_WORDS: dict[int, tuple[Index, dict[str, set[str]]]] = {}
_PLACE_WORDS_LOCK = threading.Lock()


def _place_words(index: Index) -> dict[str, set[str]]:
    """Place id -> the folded one-word names the index holds for it (hand-written, CLDR and
    gazetteer names of every language), made on first use and kept per index."""
    with _PLACE_WORDS_LOCK:
        kept = _PLACE_WORDS.get(id(index))
        if kept is not None and kept[0] is index:
            return kept[1]
    out: dict[str, set[str]] = {}
    for keys, variants in index.sequences.items():
        if len(keys) != 1 or not keys[0].isalpha():
            continue
        for variant in variants:
            if variant.entry.type == "place" and not variant.acronym:
                out.setdefault(variant.entry.id, set()).add(keys[0])
    with _PLACE_WORDS_LOCK:
        _PLACE_WORDS[id(index)] = (index, out)
    return out


@cache
def _derivative_endings(lang: str | None) -> tuple[str, ...]:
    """The endings that make a place's adjective or people in ``lang``
    (``locales/languages/place-derivatives.toml``); empty for a language with none."""
    from ..langdata import base_language, languages_dir, load_file

    base = base_language(lang)
    endings = load_file("place-derivatives").get(base, {}).get("endings", []) if base else []
    if not isinstance(endings, list) or not all(isinstance(x, str) and x for x in endings):
        raise DataError("a language's place derivatives are { endings = [\"...\", ...] }",
                        path=str(languages_dir() / "place-derivatives.toml"))
    return tuple(endings)


@cache
def _language_nouns(lang: str | None) -> frozenset[str]:
    """Nouns before a place's name that make the phrase its language or people in ``lang``
    (``before`` in ``locales/languages/place-derivatives.toml``: Indonesian "bahasa")."""
    from ..langdata import base_language, languages_dir, load_file

    base = base_language(lang)
    nouns = load_file("place-derivatives").get(base, {}).get("before", []) if base else []
    if not isinstance(nouns, list) or not all(isinstance(x, str) and x for x in nouns):
        raise DataError("a language's nouns before a place are { before = [\"...\", ...] }",
                        path=str(languages_dir() / "place-derivatives.toml"))
    return frozenset(fold(x) for x in nouns)


def _derivative_of_place(key: str, names: Iterable[str], endings: Sequence[str]) -> bool:
    """Is ``key`` a word made from one of a place's own names rather than that name
    misspelt: it ends in one of the language's adjective or demonym ``endings``, keeps all of
    the name but its last three letters at most (the ending replaces them: Dutch
    "Belgi|ë" -> "Belgische", "Argenti|na" -> "Argentijnen") and runs at least two letters
    longer than the name? A misspelling changes letters inside the name's length
    ("Argentinna", "Jerevan"); a respelling keeps its own ending ("Damaskus")."""
    if not key.endswith(tuple(endings)):
        return False
    for name in names:
        if len(name) < 5 or len(key) < len(name) + 2:
            continue
        keep = max(5, len(name) - 3)
        if key[:keep] == name[:keep]:
            return True
    return False


def _blocks(skel: str) -> tuple[str, str]:
    """Blocking keys: the first letter, and the first two consonants (so "Jarusalem" still
    meets "Jerusalem" when a transliterated initial vowel differs)."""
    consonants = "".join(c for c in skel if c not in "aeiou")
    return "f:" + skel[:1], "c:" + consonants[:2]


_LETTERS_ONLY = re.compile(r"[^\W\d_]+(?:[\s'’.\-\u2010\u2011][^\W\d_]+)*\Z")


def variety_aliases(glossary: Glossary, source_lang: str) -> dict[str, tuple[str, ...]]:
    """Entry id -> the names of it that a regional variety of ``source_lang`` writes and the
    language's own forms do not (``variety_forms``: pt-PT "Koweit", "Listenstaine", pt-BR
    "Cingapura", pt-PT "Nova Deli"). A form is kept only when it is one entry's alone — no other
    entry's name, variant or form in the language ("São Martinho", pt-BR's Saint Martin, is no
    pt-PT Sint Maarten), no other entry's variety form —, written in letters (no "Tripoli
    [Libye]"), and, when it is one word, neither a common word of the language's dictionary nor
    a word of a longer name the entry has in the language ("Salvador", pt-PT's El Salvador, is
    the second word of "El Salvador", and a Brazilian city and a given name besides)."""
    from .forms import source_forms, variety_forms

    lang = source_lang.split("-")[0]
    if lang == "en" or not lang.isalpha():
        return {}
    cache_key = f"variety:{lang}"
    cached = glossary._cache.get(cache_key)
    if isinstance(cached, dict):
        return cached
    taken: set[str] = set()
    found: dict[str, list[str]] = {}
    owners: dict[str, set[str]] = {}
    parts: dict[str, set[str]] = {}  # entry id -> the words of its several-word names
    for entry in glossary:
        names = [*(t for _, t in entry.variants), *source_forms(entry, lang)]
        taken.update(fold(t) for t in names)
        for form in variety_forms(entry, lang):
            if not _LETTERS_ONLY.match(form):
                continue
            owners.setdefault(fold(form), set()).add(entry.id)
            found.setdefault(entry.id, []).append(form)
            parts[entry.id] = {w for t in names if " " in t for w in fold(t).split()}
    words = portuguese_words() if lang == "pt" else language_words(lang)
    common = words.common if words is not None else frozenset()
    out: dict[str, tuple[str, ...]] = {}
    for entry_id, forms in found.items():
        kept = tuple(
            f for f in forms
            if fold(f) not in taken and len(owners[fold(f)]) == 1
            and not (" " not in f and (fold(f) in common or fold(f) in parts[entry_id]))
        )
        if kept:
            out[entry_id] = kept
    glossary._cache[cache_key] = out
    return out


def build_index(glossary: Glossary, source_lang: str = "en") -> Index:
    """Index ``glossary`` for matching text in ``source_lang`` (cached on the glossary)."""
    cache_key = f"index:{source_lang}"
    cached = glossary._cache.get(cache_key)
    if isinstance(cached, Index):
        return cached
    from .forms import cldr_org_forms, other_script_forms, source_forms

    words = english_words()
    index = Index(words=words, lowercase_names=source_lang.split("-")[0] == "en",
                  lang=source_lang.split("-")[0])
    variety = variety_aliases(glossary, source_lang)
    for entry in glossary:
        forms: list[tuple[str, str]] = list(entry.variants)
        own = source_forms(entry, source_lang) if source_lang != "en" else []
        if source_lang != "en":
            own += cldr_org_forms(entry, source_lang)
        own += [f for f in other_script_forms(entry, source_lang.split("-")[0])
                if f not in own]
        own += [f for f in variety.get(entry.id, ()) if f not in own]
        forms.extend(("alias", f) for f in own)
        index.generated.update((entry.id, t) for _, t in entry.variants
                               if t not in own and is_gazetteer_name(entry.id, t))
        for kind, text in forms:
            keys = token_keys(text)
            if not keys:
                continue
            variant = Variant(entry, kind, text, keys, _is_acronym(text))
            index.add(variant)
            if len(keys) >= 2:
                index.member_span = max(index.member_span, len(keys))
                for pos, key in enumerate(keys):
                    if key.isalpha():
                        index.members.setdefault(key, []).append((variant, pos))
            # A gazetteer name (glossary/gazetteer) is matched as written, never as the
            # anchor of a near miss: thousands of local names would make look-alikes of
            # ordinary words ("Argentines" ~ German "Argentinien").
            generated = (entry.id, text) in index.generated
            for pos, key in enumerate(keys):
                # A common word anchors only a one-word name ("Wellington"), never the
                # "united" of "United Arab Emirates".
                if not generated and len(key) >= 4 and key.isalpha() and key not in titles() and \
                        (len(keys) == 1 or key not in words.common):
                    index.anchors.setdefault(key, []).append((variant, pos))
            if entry.type == "place":
                for key in keys:
                    index.stems.update(_stems(key))
        if entry.type == "person":
            # An Arabic patronymic stands for the whole name ("bin Salman", "Bin Salman"):
            # indexed as an accepted multi-word surname, like "von der Leyen".
            for text in (entry.name, *entry.aliases):
                words_ = text.split()
                for pos, word in enumerate(words_[1:-1], start=1):
                    if fold(word) in _PATRONYMIC:
                        tail = " ".join(words_[pos:])
                        for written in dict.fromkeys((tail, tail[:1].upper() + tail[1:])):
                            index.add(Variant(entry, "alias", written, token_keys(written),
                                              False))
                        break
            # A double surname joined by a hyphen stands for the person alone
            # ("Okonjo-Iweala" after "Ngozi Okonjo-Iweala"), as "von der Leyen" does.
            for text in (entry.name, *entry.aliases):
                parts = text.split()
                last = parts[-1] if len(parts) >= 2 else ""
                pieces = last.split("-")
                if len(pieces) >= 2 and all(p[:1].isupper() and len(p) >= 3 for p in pieces):
                    index.add(Variant(entry, "alias", last, token_keys(last), False))
            if index.lang in case_endings(None).family_name_first and \
                    not family_name_first(entry):
                # "Orbán Viktor" in a Hungarian text: the family name first
                for text in (entry.name, *entry.aliases):
                    parts = text.split()
                    if len(parts) == 2 and not _is_acronym(text):
                        turned = f"{parts[1]} {parts[0]}"
                        index.add(Variant(entry, "alias", turned, token_keys(turned), False))
            for sur, listed, written in _surname_keys(entry, index.lang):
                bucket = index.surnames.setdefault(skeleton(sur), [])
                bucket.append((entry, sur, listed, written))
                index.person_stems.add(sur)
            index.given[entry.id] = {
                k for text in (entry.name, *entry.aliases) for k in token_keys(text)[:-1]
            }
            index.given_keys.update(k for k in index.given[entry.id] if len(k) >= 3)
    _add_initials(index, glossary, source_lang)
    for key in index.anchors:
        skel = skeleton(key)
        for block in _blocks(skel):
            index.blocks.setdefault(block, []).append((key, skel))
    index.stems = {s for s in index.stems if len(s) >= 4}
    for bucket in index.surnames.values():
        bucket.sort(key=lambda item: not item[2])  # listed owners of a surname first
    if index.lang != "en":
        index.source_words = _source_words(index)
        index.accent_words = _accent_words(index)
    glossary._cache[cache_key] = index
    return index


def _source_words(index: Index) -> frozenset[str]:
    """The source language's own words, as the engine for it knows them whole
    (``translate.untranslatable.engine_lexicon``; empty when there is none): never a
    misspelling of a name nor a name's short form. In a Portuguese article "Apenas" opening a
    sentence is "only", not "Atenas" misspelt, and "Saúde" is "health", not the short form of
    "Organização Mundial da Saúde". A one-word name of the glossary ("Brasil", "Praia") and
    a known given name or surname are left out. Only those two decisions read this list: the
    others keep the English list, whose capitals they were written for."""
    from ..untranslatable import engine_lexicon

    lexicon = engine_lexicon(index.lang)
    if not lexicon:
        return frozenset()
    names = {v.keys[0] for bucket in index.sequences.values() for v in bucket if len(v.keys) == 1}
    extra = {fold(w) for w in lexicon if len(w) >= 3} - names - index.given_keys
    return frozenset(extra - index.person_stems)


def _accent_words(index: Index) -> frozenset[str]:
    """Words of the source language spelt like a one-word name without its diacritics: the
    Portuguese verb "ama" (loves) folds like "Amã" (Amman), "male" like "Malé". Diacritics tell
    the two apart in that language, so a surface written without them is the word, even
    capitalised in a Title Case headline ("Só quem se Ama..."). Read from the engine's
    lexicon of the language, as ``_source_words``; empty when there is none."""
    from ..untranslatable import engine_lexicon

    lexicon = engine_lexicon(index.lang)
    if not lexicon:
        return frozenset()
    return frozenset(
        v.keys[0] for bucket in index.sequences.values() for v in bucket
        if len(v.keys) == 1 and v.keys[0] in lexicon and v.text.lower() != v.keys[0]
        and v.text.lower() not in lexicon
    )


_INITIAL_SKIP = frozenset({"of", "for", "the", "and", "de", "da", "do", "das", "dos", "del",
                           "la", "le", "les", "des", "du", "e", "et", "y", "s", "al", "el"})


def initials(text: str) -> str | None:
    """The acronym a multi-word organisation or place name makes: the first letter of
    each capitalised word, an acronym word whole ("UN Security Council" -> UNSC), small
    words and articles left out ("Hayat Tahrir al-Sham" -> HTS). None for one word.

    >>> initials("Gulf Cooperation Council"), initials("Organização Mundial da Saúde")
    ('GCC', 'OMS')
    """
    words = [t.text for t in tokenize(text) if fold(t.text) not in _INITIAL_SKIP]
    if len(words) < 2 or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return None
    return "".join(w if _is_acronym(w) else w[0].upper() for w in words)


def _latin_acronym(text: str) -> str | None:
    """``text`` as a Latin acronym of three to six capitals (a Cyrillic or Greek one
    romanised: "ОДКБ" -> "ODKB"), else None."""
    if not _is_acronym(text) or len(text) < 3:
        return None
    if not text.isascii():
        if romanized_key(text) is None:
            return None
        from anyascii import anyascii

        text = anyascii(text).upper()
    return text if text.isalpha() and text.isascii() and 3 <= len(text) <= 6 else None


_PATRONYMIC = frozenset({"bin", "ibn", "bint", "ben"})
# Definite articles of French, Spanish, Italian and Catalan, written in lower case: a
# capitalised word right after one is the article's noun; a one-word near miss of a place
# there is no misspelt place (the listed names that take an article, "la Chine", are matched
# as written). Portuguese "a"/"o" are also a preposition and a pronoun: not here.
_ROMANCE_ARTICLES = frozenset({"la", "le", "les", "el", "los", "las", "il", "lo", "gli"})
_ARTICLES = frozenset({"the", "los", "las", "la", "le", "les", "el", "il", "lo", "gli", "der",
                       "die", "das", "o", "a", "os", "as", "l"})


def _conjoined_initials(text: str) -> str | None:
    """The initials of a name of capitalised words joined by a conjunction of one or two
    lower-case letters, the conjunction's first letter kept in lower case: "Bosna i
    Hercegovina" -> "BiH", "Trinidad i Tobago" -> "TiT"; None for any other name.

    >>> _conjoined_initials("Bosna i Hercegovina"), _conjoined_initials("Sjedinjene Države")
    ('BiH', None)
    """
    words = text.split()
    if len(words) < 3 or not all(w.isalpha() for w in words):
        return None
    out = ""
    for k, word in enumerate(words):
        conjunction = 0 < k < len(words) - 1 and len(word) <= 2 and word.islower() and \
            words[k - 1][0].isupper() and words[k + 1][0].isupper()
        if not (word[0].isupper() or conjunction):
            return None
        out += word[0]
    return out if 3 <= len(out) <= 6 and out != out.upper() else None


def _plural_initials(text: str) -> str | None:
    """Spanish abbreviates a name of plural words by doubling each initial: "Estados
    Unidos" -> "EEUU" (written "EE. UU.", "EE.UU."). None unless every word (two or three,
    small words aside) is a capitalised plural."""
    words = [t.text for t in tokenize(text) if fold(t.text) not in _INITIAL_SKIP]
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.endswith("s") and len(w) > 3
                                           for w in words):
        return None
    return "".join(fold(w)[0].upper() * 2 for w in words)


def _before_apostrophe(tok: Token) -> Token:
    """``tok`` cut at an apostrophe followed by a lower-case case ending ("Karabağ'daki" ->
    "Karabağ"); other tokens as they are."""
    for k, c in enumerate(tok.text):
        if k and c in "'’ʼ" and tok.text[k + 1 : k + 2].islower() and tok.text[:1].isupper():
            head = tok.text[:k]
            return Token(tok.start, tok.start + k, head, fold(head))
    return tok


def _cyrillic_initials(text: str) -> str | None:
    """The acronym of a Cyrillic name, whose press capitalises only its first word:
    "Шанхайская организация сотрудничества" -> "ШОС"; small words ("и", "по") left out."""
    words = [w for w in re.split(r"[\s-]+", text) if w and w.lower() not in _CYRILLIC_SKIP]
    if len(words) < 2 or not all(w[:1].isalpha() and "CYRILLIC" in
                                  unicodedata.name(w[0], "") for w in words):
        return None
    return "".join(w[0].upper() for w in words)


_CYRILLIC_SKIP = frozenset({"и", "в", "по", "на", "для", "і", "та", "з", "од"})


def own_language_initials(text: str, digraphs: tuple[str, ...] = ()) -> str | None:
    """The acronym a text's own language makes of an organisation's name whose press writes
    only the first word capitalised: every word's first letter (or a letter pair the
    language keeps whole, ``digraphs``), small words left out, hyphenated parts apart:
    "Organizace spojených národů" -> "OSN", "Perserikatan Bangsa-Bangsa" -> "PBB",
    "Egyesült Nemzetek Szervezete" -> "ENSZ" (Hungarian "sz"). None for one word.

    >>> own_language_initials("Yhdistyneet kansakunnat")
    'YK'
    """
    words = [w for w in re.split(r"[\s\-\u2010\u2011]+", text)
             if w and fold(w) not in _INITIAL_SKIP]
    if len(words) < 2 or not all(w.isalpha() for w in words) or not words[0][:1].isupper():
        return None
    out = ""
    for word in words:
        low = word.lower()
        head = next((d for d in digraphs if low.startswith(d)), low[:1])
        out += head.upper()
    return out


def _add_initials(index: Index, glossary: Glossary, source_lang: str) -> None:
    """Index the initials of every multi-word organisation name (GCC, HTS, PIJ) as an
    alias: three to six letters, no English word or currency code, and no other entry's
    initials or listed acronym. Places are left out: their initials collide with treaties,
    codes and formats (NPT for Nay Pyi Taw, SAR for Syrian Arab Republic, SVG)."""
    from .forms import cldr_org_forms, initial_digraphs, source_forms, typed_org_acronym

    listed: dict[str, set[str]] = {}
    derived: dict[str, set[str]] = {}
    # An organisation CLDR names in the text's own language (the UN, the EU): the initials
    # that language's press writes, two letters too ("YK", "BM", "FN", "AB"), matched
    # case-sensitively as a whole token in a text of that language only, never in English.
    own_initials: dict[str, set[str]] = {}
    for entry in glossary:
        forms = [t for _, t in entry.variants]
        if source_lang != "en":
            forms += source_forms(entry, source_lang)
        for text in forms:
            if _is_acronym(text):
                listed.setdefault(re.sub(r"[^A-Za-z0-9]", "", text), set()).add(entry.id)
        if entry.type == "place" and entry.territory and source_lang != "en":
            # A country's name of three or more words in the text's own language makes the
            # acronym that language's press writes ("ABD" for Amerika Birleşik Devletleri,
            # "VAE" for Vereinigte Arabische Emirate); not a city's, and not in English
            # (NPT, SAR, SVG collide with treaties, codes and formats).
            for text in source_forms(entry, source_lang):
                acronym = initials(text)
                if acronym and 3 <= len(acronym) <= 6 and acronym.isalpha():
                    derived.setdefault(acronym, set()).add(entry.id)
                # A name of two capitalised parts joined by a short conjunction keeps the
                # conjunction's letter in lower case: "Bosna i Hercegovina" -> "BiH"
                # (Croatian, Bosnian, Serbian and Polish press), matched as written.
                acronym = _conjoined_initials(text)
                if acronym is not None:
                    derived.setdefault(acronym, set()).add(entry.id)
        if entry.type != "org":
            continue
        typed = typed_org_acronym(entry, source_lang)
        if typed is not None:
            # a compound name's acronym, typed: its initials would be wrong ("EZ")
            own_initials.setdefault(typed, set()).add(entry.id)
        for text in cldr_org_forms(entry, source_lang) if typed is None else ():
            acronym = own_language_initials(text, initial_digraphs(source_lang))
            if acronym and 2 <= len(acronym) <= 6:
                own_initials.setdefault(acronym, set()).add(entry.id)
        for text in forms:
            acronym = initials(text)
            if acronym and 3 <= len(acronym) <= 6 and acronym.isalpha():
                derived.setdefault(acronym, set()).add(entry.id)
        # The acronym other languages use, as a wire story quotes it: the French or
        # Spanish "OTAN", the Russian "ОДКБ" romanised "ODKB".
        for text in entry.forms.values():
            acronym = _latin_acronym(text)
            if acronym is not None:
                derived.setdefault(acronym, set()).add(entry.id)
            # The initials of the name in another language, as that language's press writes
            # them and a wire story quotes them: Portuguese/Spanish "FMI", "OMS", "BCE";
            # Russian "ООН", "СНГ" (and their romanisations "OON", "SNG").
            acronym = initials(text) or _cyrillic_initials(text)
            if acronym and 3 <= len(acronym) <= 6 and acronym.isalpha():
                derived.setdefault(acronym, set()).add(entry.id)
                latin = _latin_acronym(acronym) if not acronym.isascii() else None
                if latin is not None:
                    derived.setdefault(latin, set()).add(entry.id)
    # Spanish doubled initials of a plural name, places too ("EEUU", "EE. UU."): the form is
    # no word and no other body's acronym.
    for entry in glossary:
        for text in source_forms(entry, "es"):
            doubled = _plural_initials(text)
            if doubled is None or doubled in listed:
                continue
            dotted = ". ".join(doubled[k : k + 2] for k in range(0, len(doubled), 2)) + "."
            for written in (doubled, dotted, dotted.replace(" ", "")):
                index.add(Variant(entry, "alias", written, token_keys(written), True))
    from babel.numbers import list_currencies

    currencies = list_currencies()
    for acronym, owners in own_initials.items():
        if len(owners) != 1 or acronym in listed or acronym in currencies:
            continue
        owner = glossary.get(next(iter(owners)))
        if owner is not None:
            index.add(Variant(owner, "alias", acronym, token_keys(acronym), True))
    for acronym, owners in derived.items():
        if len(owners) != 1 or acronym in listed or index.words.is_word(acronym.lower()) or \
                acronym in currencies:
            continue  # "USD" is the dollar before it is the U.S. State Department
        owner = glossary.get(next(iter(owners)))
        if owner is not None:
            index.add(Variant(owner, "alias", acronym, token_keys(acronym), True))


@dataclass
class MentionContext:
    """What earlier text of the same document mentioned, to settle ambiguous surnames."""

    seen: dict[str, int] = field(default_factory=dict)
    # short forms the document has earned: a word of a multi-word place or organisation
    # named in full earlier ("Rio" after "Rio de Janeiro") -> (entry, the word as written)
    short: dict[str, tuple[Entry, str]] = field(default_factory=dict)

    # acronyms the document defines as the name of something the glossary does not list
    # ("Reporters Without Borders (RSF)"): no mention of the glossary's body of that name
    defined_other: set[str] = field(default_factory=set)
    # surnames of people the document names in full who are not in the glossary ("Karen
    # Khachanov"): that word standing alone later is that person, not a glossary one
    named_others: set[str] = field(default_factory=set)
    # lone surnames that may name several listed persons where the text does not tell which
    # (glossary54), in the order found, with offsets into the text each was found in:
    # protect reads the new ones after each segment and warns
    untold: list[UntoldPerson] = field(default_factory=list)

    def note(self, mentions: Iterable[Mention]) -> None:
        for m in mentions:
            if m.part == "full":
                self.seen[m.entry.id] = self.seen.get(m.entry.id, 0) + 1


@dataclass
class _Candidate:
    first: int  # token index
    last: int  # token index, exclusive
    entry: Entry
    match: MatchKind
    score: float
    variant: str
    part: str = "full"
    fix: str | None = None
    # a gazetteer spelling made a misspelling of a listed name ("Khartum"): what it was
    # matched as before (kind, score), given back where the document does not support it
    respelt: tuple[MatchKind, float] | None = None



def _value_key(c: _Candidate) -> tuple[object, ...]:
    """``c``'s fields as a hashable tuple: equal exactly when the candidates compare equal."""
    return (c.first, c.last, c.entry, c.match, c.score, c.variant, c.part, c.fix, c.respelt)


def _close_to_listed(key: str, entry: Entry) -> float | None:
    """Similarity of a one-word name to the closest hand-listed one-word form of ``entry``
    (its name, aliases and deprecated forms not from the gazetteer), if close at all."""
    best: float | None = None
    for _, text in entry.variants:
        keys = token_keys(text)
        if len(keys) != 1 or is_gazetteer_name(entry.id, text):
            continue
        close = _token_close(key, keys[0])
        if close is not None and (best is None or close > best):
            best = close
    return best


# the entry types whose misspellings a brand-shaped word is never (twenty-fourth pass)
_NOT_BRANDS = frozenset({"place"})


_CONTRACTION = re.compile(r"['\u2019]t(?![^\W\d_])")


def _brand_shaped(word: str) -> bool:
    """Is ``word`` written with a capital inside it after a small letter ("iPhone", "eBay",
    "YouTube") or with two capitals before a small letter ("ARKit", "VRChat")?"""
    for k in range(1, len(word)):
        ch, prev = word[k], word[k - 1]
        if (ch.isupper() and prev.islower()) or \
                (k >= 2 and ch.islower() and prev.isupper() and word[k - 2].isupper()):
            return True
    return False


def _derived(key: str, index: Index) -> bool:
    """Is ``key`` an adjective or plural formed from a place name ("armenian", "turkish"),
    or a feminine form of a known surname ("aliyeva")?"""
    if key in DEMONYMS or (key.endswith("s") and (key[:-1] in DEMONYMS or
                                                  (key.endswith("es") and key[:-2] in DEMONYMS))):
        return True  # "Argentine", "Argentines"
    for suffix in _DERIVING_SUFFIXES:
        stem = key[: -len(suffix)]
        if key.endswith(suffix) and len(stem) >= 4 and \
                (stem in index.stems or (stem in index.words.proper and not (
                    index.lang == "en" and suffix in _PLACE_STEM_ONLY))) and \
                (suffix not in _VOWEL_ONLY or stem[-1] in "aeiouy"):
            return True
    for suffix in _FEMININE:
        stem = key[: -len(suffix)]
        if key.endswith(suffix) and (stem in index.person_stems or
                                     stem + "v" in index.person_stems):
            return True
    return False


def _fuzzy(key: str, index: Index) -> list[tuple[str, int, float]]:
    """Name tokens close to ``key``: (name key, skeleton edits, similarity), best first.

    ``key`` is also read as German, French, Polish or Russian-mediated romanisations would
    spell it (:func:`readings`): "Charkiw" meets "Kharkiv", "Chevardnadze" "Shevardnadze".
    """
    with index.lock:
        cached = index.fuzzy_cache.get(key)
    if cached is not None:
        return cached
    best: dict[str, tuple[str, int, float]] = {}
    for n, reading in enumerate((key, *readings(key))):
        for name_key, edits, similarity in _fuzzy_one(reading, index):
            similarity = similarity if n == 0 else 0.98 * similarity
            if n and edits and len(reading) > len(key) and reading[1:2] == key[:1] != \
                    reading[:1]:
                # a reading that puts a letter before the word's first ("Async" read "Hasync",
                # a Russian-mediated name without its initial h) and still needs an edit is
                # two changes, one of them at the start, one letter from "Hasina": no near
                # miss. (A reading that respells the first letter, German S for Z in
                # "Saporischschja", stays one.)
                continue
            if n and edits:
                # another habit's reading of the word that still needed an edit is two
                # steps from the name ("Asana" read "Hasana", one letter from "Havana"):
                # found and flagged, never sure enough to be rewritten
                similarity = min(similarity, 0.99 * SURE_SCORE)
            old = best.get(name_key)
            if old is None or (edits, -similarity) < (old[1], -old[2]):
                best[name_key] = (name_key, edits, similarity)
    found = sorted(best.values(), key=lambda f: (f[1], -f[2]))
    with index.lock:
        if len(index.fuzzy_cache) > 50000:
            index.fuzzy_cache.clear()
        index.fuzzy_cache[key] = found
    return found


def _fuzzy_one(key: str, index: Index) -> list[tuple[str, int, float]]:
    from rapidfuzz.distance import OSA, Levenshtein

    skel = skeleton(key)
    found: list[tuple[str, int, float]] = []
    first, second = _blocks(skel)
    candidates = dict(index.blocks.get(first, ()))
    candidates.update(index.blocks.get(second, ()))
    for name_key, name_skel in candidates.items():
        limit = max_edits(min(len(name_key), len(key)))
        if abs(len(name_skel) - len(skel)) > limit:
            continue
        if limit and _truncated(key, name_key):
            continue
        edits = OSA.distance(skel, name_skel, score_cutoff=limit)
        if edits > limit:
            continue
        plain = Levenshtein.normalized_similarity(key, name_key)
        if plain < 0.6:
            continue  # the skeletons agree, the letters mostly not ("Jansson"/"Yangon")
        similarity = 0.5 * plain + 0.5 * (1.0 - edits / max(len(name_skel), 1))
        found.append((name_key, edits, min(similarity, 0.99)))
    return found


def _truncated(a: str, b: str) -> bool:
    """One key is the other cut short or extended by 2+ letters ("Austral"/"Australia")."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(long) - len(short) >= 2 and long.startswith(short)


def _token_close(text_key: str, name_key: str) -> float | None:
    """Similarity of two tokens of a name if they may be the same word, else None (the
    text's token also read in other romanisation habits, see :func:`readings`)."""
    close = _token_close_one(text_key, name_key)
    if close is not None and close >= 0.95:
        return close
    for reading in readings(text_key):
        other = _token_close_one(reading, name_key)
        if other is not None:
            other *= 0.98
            close = other if close is None else max(close, other)
    return close


def _token_close_one(text_key: str, name_key: str) -> float | None:
    if text_key == name_key:
        return 1.0
    if len(text_key) < 3 and len(name_key) - len(text_key) > 1:
        return None  # a word of one or two letters is no name twice its length ("A", "Haia")
    a, b = skeleton(text_key), skeleton(name_key)
    if a == b:
        return 0.95
    limit = max_edits(min(len(text_key), len(name_key)))
    if not limit or a[:1] != b[:1] or abs(len(a) - len(b)) > limit or \
            _truncated(text_key, name_key):
        return None
    from rapidfuzz.distance import OSA

    edits = OSA.distance(a, b, score_cutoff=limit)
    return None if edits > limit else 1.0 - 0.5 * edits / max(len(b), 1)


def _caseless(tok: Token) -> bool:
    """Is ``tok`` a word of a script without capitals (Hebrew, Arabic, Georgian), which
    :attr:`Token.capitalized` counts as capitalised since any word may be a name there?"""
    return tok.capitalized and not tok.text[:1].isupper()


class _Matcher:
    def __init__(self, text: str, index: Index, context: MentionContext | None,
                 verbatim: Sequence[tuple[int, int]] = ()) -> None:
        self.text = text
        self.verbatim = verbatim  # spans carried as written (code spans): no running text
        self.index = index
        self.tokens = tokenize(text)
        if index.lowercase_names:
            # An English text quoting a name in Cyrillic, Armenian or Greek letters: match
            # it through its romanization ("Ильхам Алиев" -> ilkham aliev ~ Ilham Aliyev).
            # Names the index holds as written in that script stay as written (the
            # gazetteer's "Βερολίνο" is Berlin, read "verolino" it is nothing).
            self.tokens = romanize_tokens(self.tokens, None, index.longest)
        else:
            # A text in Armenian, Georgian or Greek (the glossary spells few names in these
            # scripts): its names through their romanization ("Փաշինյանը" -> pashinyan,
            # "კობახიძე" -> kobakhidze); names the index holds as written stay as written.
            self.tokens = romanize_tokens(self.tokens, _OWN_SCRIPTS, index.longest)
        if index.lang in case_endings(None).apostrophe:
            # Turkish and Azerbaijani spelling puts an apostrophe between a proper name and
            # its case ending ("Karabağ'daki", "Bakü'ye"): the word before it is the name.
            self.tokens = [_before_apostrophe(t) for t in self.tokens]
        self.context = context or MentionContext()
        self.words = index.words
        self.context_words = context_words()
        self.local: set[str] = set()  # entries named in full in this text
        self._close: dict[tuple[int, str], float | None] = {}
        self._starts = [t.start for t in self.tokens]
        # the capitalized tokens with their places, read once: the passes that act only on a
        # capitalized word walk this list instead of every token (speed45)
        self._caps = [(i, t) for i, t in enumerate(self.tokens) if t.capitalized]
        self._lines: dict[int, bool] = {}  # line start -> is a headline
        self._local_places: list[tuple[int, int]] | None = None  # town names' spans, read once
        self._demonyms: list[int] | None = None  # capitalised peoples' names (_placed), read once
        self._blocked: list[tuple[int, int]] | None = None  # _outside_running_text's spans
        # token -> the listed persons a lone surname there may name, the text not telling
        # which (_whose_surname): warned at the end of run() where no mention took the token
        self._untold: dict[int, tuple[Entry, ...]] = {}
        # lone surnames as written that several listed persons share (glossary55): no reader
        # after ``surnames`` (the near-miss reader) may give them to one of the persons
        self._shared_surname: set[int] = set()
        self._office_told: set[int] = set()  # surnames an office before them told (glossary55)

    # -- helpers ---------------------------------------------------------------------
    def _joined(self, first: int, last: int) -> bool:
        return all(
            gap_allowed(self.text[self.tokens[k].end : self.tokens[k + 1].start], self.tokens[k])
            for k in range(first, last - 1)
        )

    def _case_ok(self, variant: Variant, first: int, last: int) -> bool:
        span = self.tokens[first:last]
        surface = "".join(t.text for t in span)
        if variant.acronym:
            # Acronyms are matched case-sensitively: "EU", never "Eu" or "eu"; "US", never
            # "us"; "IT", never "It". A spelling in another case is listed on its own
            # ("Nato", "Unicef") when it is one.
            letters = "".join(c for c in surface if c.isalpha())
            want = "".join(c for c in variant.text if c.isalpha())
            if self.index.lang == "it" and len(letters) >= 3 and letters.istitle() and \
                    letters.upper() == want and last - first == 1 and \
                    not is_sentence_start(self.text, self.tokens[first]):
                return True  # Italian press writes acronyms as names: "Usa", "Onu", "Nato"
            if letters != want:
                return False
            # "E.U." is not the start or end of a longer dotted abbreviation ("E.U.A.", the
            # United States in Portuguese): the text's initials go on with another letter
            start, end = span[0].start, span[-1].end
            return "." not in variant.text or not (
                _DOTTED_ON.match(self.text, end) or _DOTTED_BEFORE.search(self.text, 0, start))
        if _marks_dropped(surface, variant.text) and (
                (last - first == 1 and _is_acronym(surface)) or
                (variant.entry.id, variant.text) in self.index.generated):
            # A form written with diacritics, met without them, is another word when the text
            # writes it in capitals (Portuguese "IRA", the Irish Republican Army, is not "Irã",
            # Iran: a capitals headline keeps the tilde, "IRÃ") or when only the generated
            # gazetteer lists it ("Katu", a word of a plant's Malayalam name, is not "Katũ",
            # a local name of Khartoum): such a form is matched as written.
            return False
        if last - first == 1 and span[0].key in self.index.accent_words and \
                surface.lower() != variant.text.lower():
            return False  # "Ama" in a Portuguese headline is "loves", not Amã written bare
        if any(c.isupper() for c in surface) or not any(c.isupper() for c in variant.text):
            return True
        if any(unicodedata.name(c, "").startswith(_CASED_SCRIPTS) for c in surface):
            return False  # "баку", "путин": a Cyrillic, Greek or Armenian word in lower case
        if not self.index.lowercase_names:
            return False
        return not all(t.key in self.words.common or len(t.key) < 3 for t in span)

    def _prefer(self, entries: Sequence[Entry]) -> tuple[Entry, float]:
        """The entry an ambiguous form most likely means: one already seen, else the first."""
        if len(entries) == 1:
            return entries[0], 1.0
        seen = [e for e in entries if e.id in self.context.seen]
        if seen:
            return max(seen, key=lambda e: self.context.seen[e.id]), 0.9
        return entries[0], 0.6

    def _surname_owner(self, owners: Sequence[tuple[Entry, str, bool, str]]
                       ) -> tuple[Entry, float]:
        """Whose surname is it: a person already mentioned, else the one the glossary lists
        the surname alone for, else the first."""
        entries = list(dict.fromkeys(o[0] for o in owners))
        if len(entries) == 1:
            return entries[0], 1.0
        seen = [e for e in entries if e.id in self.context.seen or e.id in self.local]
        if seen:
            return max(seen, key=lambda e: (e.id in self.local,
                                            self.context.seen.get(e.id, 0))), 0.9
        listed = list(dict.fromkeys(o[0] for o in owners if o[2]))
        if listed:
            return listed[0], 0.9 if len(listed) == 1 else 0.6
        return entries[0], 0.6

    def _eligible(self, token: Token) -> bool:
        key = token.key
        return (
            token.capitalized
            and len(key) >= 4
            and key.isalpha()
            and not self.words.is_word(key)
            and key not in self.index.source_words
            and key not in titles()
            and key not in MONTHS_AND_DAYS
            and key not in self.index.given_keys  # "Hassan" is a name, not a misspelt one
            and not _derived(key, self.index)
        )

    def _given_like(self, token: Token) -> bool:
        """Could ``token`` be a given name (capitalised, not a word, title or adjective)?"""
        key = token.key
        return (
            token.capitalized
            and not token.upper
            and key.isalpha()
            and len(key) >= 2
            and not self.words.ordinary(key)
            and key not in titles()
            and key not in MONTHS_AND_DAYS
            and key not in self.context_words.name_openers  # "Instituto Lula"
            and not _derived(key, self.index)
        )

    def _other_people(self, chosen: list[_Candidate]) -> set[str]:
        """Surname keys of "Given Surname" pairs in this text that no mention claims: a
        given-like word ("Karen") and a capitalized word no dictionary knows, one space
        apart: a person the glossary does not list."""
        taken = {k for c in chosen for k in range(c.first, c.last)}
        out: set[str] = set()
        tokens = self.tokens
        last = len(tokens) - 1
        for i, given in self._caps:
            # both words capitalized (``_given_like`` and the test below ask it): speed45
            if i >= last or not tokens[i + 1].capitalized:
                continue
            sur = tokens[i + 1]
            if i in taken or i + 1 in taken or self.text[given.end : sur.start] != " ":
                continue
            if not self._given_like(given) or not sur.capitalized or sur.upper or \
                    len(sur.key) < 3 or not sur.key.isalpha() or self.words.is_word(sur.key) or \
                    sur.key in self.index.source_words:
                continue
            out.add(sur.key)
        return out

    def _other_persons_word(self, cand: _Candidate) -> bool:
        """A one-word misspelling of a person on the surname of another person the document
        named in full ("Khachanov" after "Karen Khachanov"): the word is written exactly as that
        person's name, and only misspelt as the entry's. (The entry's own surname, written as
        listed, stays a mention to check: "Leyla Pashinyan" is flagged, as before.)

        Likewise a lone surname the glossary does not list as the person's name ("Aoun",
        "Saud": a partial name) after the document named someone else of that surname in full
        ("Michel Aoun", "Ricardo Saud") and never the entry: a news text names a person in
        full before it shortens the name, so the surname alone is the person it introduced,
        not the glossary's one. Once the document names the entry in full ("Joseph Aoun"),
        the word stays a mention to check."""
        if cand.entry.type != "person" or cand.last - cand.first != 1:
            return False
        if cand.match == "partial" and cand.part == "surname":
            return self.tokens[cand.first].key in self.context.named_others and \
                cand.entry.id not in self.context.seen and cand.entry.id not in self.local
        if cand.match != "misspelling":
            return False
        return self.tokens[cand.first].key in self.context.named_others

    # -- passes ----------------------------------------------------------------------
    def exact(self) -> list[_Candidate]:
        out = []
        tokens, index = self.tokens, self.index
        n = len(tokens)
        all_keys = [t.key for t in tokens]  # the tokens' keys once, sliced below (speed44)
        for i, tok in enumerate(tokens):
            longest = index.longest.get(tok.key, 0)
            for length in range(min(longest, n - i), 0, -1):
                keys = tuple(all_keys[i : i + length])
                variants = index.sequences.get(keys)
                if not variants or not self._joined(i, i + length):
                    continue
                variants = [v for v in variants if self._case_ok(v, i, i + length)]
                if not variants:
                    continue
                surface = self.text[tok.start : tokens[i + length - 1].end]
                variants.sort(key=lambda v: (v.text != surface, _TIER[v.kind]))
                best = [v for v in variants if (v.text != surface, v.kind) ==
                        (variants[0].text != surface, variants[0].kind)]
                entry, confidence = self._prefer(list(dict.fromkeys(v.entry for v in best)))
                variant = next(v for v in best if v.entry is entry)
                kind: MatchKind = variant.kind  # type: ignore[assignment]
                fix = entry.name if kind == "deprecated" else None
                respelt: tuple[MatchKind, float] | None = None
                if length == 1 and (entry.id, variant.text) in index.generated:
                    # A gazetteer name that is only another spelling of a hand-listed one
                    # ("Khartum", "Tblisi") is what it was before the gazetteer listed it:
                    # a misspelling to put right (where the document supports the place:
                    # run()). A different word ("Deutschland") stays an alias, checked but
                    # never rewritten.
                    close = _close_to_listed(tok.key, entry)
                    if close is not None:
                        respelt = (kind, confidence)
                        kind, fix, confidence = "misspelling", entry.name, close
                part = "full"
                if entry.type == "person" and length == 1 and variant.text != entry.name and \
                        len(token_keys(entry.name)) > 1:
                    part = "surname"  # "Aliyev" listed alone: the surname of Ilham Aliyev
                    owners = self.index.surnames.get(skeleton(tok.key), [])
                    owner, _ = self._surname_owner(owners) if owners else (entry, 1.0)
                    if owner is not entry and owner.id in self.context.seen:
                        entry, kind = owner, "partial"  # Heydar Aliyev ... Aliyev said
                    elif self._declined_other(tok, entry):
                        break  # "Пашиняна и Алиева": Aliyev's genitive or Aliyeva
                elif entry.type == "person" and variant.text != entry.name and \
                        1 < length < len(token_keys(entry.name)) and \
                        token_keys(entry.name)[-length:] == keys:
                    part = "surname"  # "von der Leyen", "Lula da Silva": a surname phrase
                out.append(_Candidate(i, i + length, entry, kind, confidence, variant.text,
                                      part=part, fix=fix, respelt=respelt))
                break
        return out

    def surnames(self, covered: set[int]) -> list[_Candidate]:
        """A person's surname alone, in any romanisation sharing its skeleton."""
        out = []
        for i, tok in self._caps:
            if i in covered or not tok.capitalized or len(tok.key) < 3:
                continue
            owners = self.index.surnames.get(skeleton(tok.key))
            if not owners and tok.key.isalpha() and not self.words.is_word(tok.key):
                owners = next((self.index.surnames[skeleton(r)] for r in readings(tok.key)
                               if skeleton(r) in self.index.surnames), None)
            if not owners:
                continue
            listed = [o for o in owners if o[2]]
            # "Bush", "May", "Costa" alone: only after a title ("President Bush", "Mrs May"),
            # or once the person was named in full ("António Costa ... Costa said"); a month
            # or an ordinary word opening a sentence never.
            if not listed and (self.words.is_word(tok.key) or tok.key in MONTHS_AND_DAYS) \
                    and (i == 0 or self.tokens[i - 1].key not in titles()):
                named = any(o[0].id in self.local or o[0].id in self.context.seen
                            for o in owners)
                if not named or tok.key in MONTHS_AND_DAYS or (
                        self.words.ordinary(tok.key) and is_sentence_start(self.text, tok)):
                    continue
            entry, confidence = self._surname_owner(owners)
            whose = self._whose_surname(i, entry, owners)
            if whose is not None and whose[0] is not entry and whose[0].offices and \
                    i in self._office_told and any(o[0] is whose[0] for o in owners):
                entry = whose[0]  # a user glossary's own office tells which of its persons
                # sharing the surname it is ("o vereador Moura": Rui; glossary58)
            if whose is None or whose[0] is not entry:
                continue  # another person's (a given name, an initial or an office before it
                # tells another: glossary55 "König Salman" is no Mohammed bin Salman), or the
                # text cannot tell (declined_people reads it)
            if whose[1] == i and self._untold_as_written(i, owners):
                continue  # several listed persons' surname as written: warned (glossary55)
            keys = {o[1] for o in owners if o[0] is entry}
            listed_here = any(o[2] and o[0] is entry for o in owners)
            surname = _surname_text(entry)
            if tok.key not in keys and self.words.is_word(tok.key):
                continue  # an English word spelt like a surname ("Route"/"Rutte") is none
            if tok.key not in keys and tok.upper and len(tok.key) <= 5:
                continue  # a short word in capitals is an acronym ("ООН"), not "Yoon" misspelt
            if tok.key in keys:
                kind: MatchKind = "alias" if listed_here else "partial"
                out.append(_Candidate(i, i + 1, entry, kind, confidence * (1.0 if listed_here
                                      else 0.9), surname, part="surname"))
            else:
                # Correct to the form whose spelling was meant: "Lulla" -> "Lula", not "Silva".
                skel = skeleton(tok.key)
                meant = next((o[3] for o in owners if o[0] is entry and
                              skeleton(o[1]) == skel and o[3] != surname), None)
                if skeleton(fold(surname)) == skel or meant is None:
                    meant = surname
                out.append(_Candidate(i, i + 1, entry, "misspelling", 0.9 * confidence,
                                      meant, part="surname", fix=meant))
        return out

    def fuzzy(self, covered: set[int]) -> list[_Candidate]:
        out: list[_Candidate] = []
        for i, tok in self._caps:  # ``_eligible`` asks for a capital first
            if i in covered or i in self._shared_surname or i in self._office_told or \
                    not self._eligible(tok):
                continue
            for name_key, _edits, similarity in _fuzzy(tok.key, self.index):
                found = self._align(i, name_key, similarity, covered)
                if found:
                    out.extend(found)
                    break
        return out

    def learn_short_forms(self, exact: list[_Candidate]) -> None:
        """Words of multi-word places and organisations named in full in this text, which
        may stand alone from then on ("Rio", "Hormuz", "Alania" of North Ossetia-Alania):
        capitalised in the name, three letters or more, no English word, title or compass
        word, and no word of another entry's listed name."""
        for cand in exact:
            entry = cand.entry
            if entry.type not in ("place", "org") or cand.part != "full":
                continue
            words = tokenize(cand.variant)
            if len(words) < 2:
                continue
            for tok in words:
                key = tok.key
                if not tok.capitalized or tok.upper or len(key) < 3 or not key.isalpha() or \
                        key in self.words.common or key in self.index.source_words or \
                        key in titles() or key in _COMPASS or \
                        _derived(key, self.index):
                    continue  # "African" of "African Union" is an adjective, not its name
                if any(v.entry.id != entry.id for v in self.index.sequences.get((key,), ())):
                    continue  # "Georgia" of "South Georgia" is a name of its own
                # The name named last wins a word two names share ("Korea").
                self.context.short[key] = (entry, tok.text)

    def _organs(self) -> dict[tuple[str, ...], tuple[Entry, str, str]]:
        """Organisations named as an organ of another ("UN Security Council", "UN General
        Assembly"): the rest of the name, two capitalised words or more, and the parent
        organisation whose acronym opens it."""
        index = self.index
        if index.organs is not None:
            return index.organs
        table: dict[tuple[str, ...], tuple[Entry, str, str]] = {}
        for variants in list(index.sequences.values()):
            for variant in variants:
                entry = variant.entry
                words = variant.text.split()
                if entry.type != "org" or len(words) < 3 or not _is_acronym(words[0]) or \
                        not all(w[:1].isupper() for w in words[1:]):
                    continue
                parents = {v.entry.id for v in index.sequences.get(token_keys(words[0]), ())
                           if v.entry.type == "org" and v.entry.id != entry.id}
                rest = " ".join(words[1:])
                if len(parents) == 1:
                    table.setdefault(token_keys(rest), (entry, next(iter(parents)), rest))
        index.organs = table
        return table

    def organ_short_forms(self, named: set[str], covered: set[int]) -> list[_Candidate]:
        """An organ of an organisation without the parent's acronym ("the Security Council")
        in a text that names the parent ("the UN envoy"): a short form, reported as found
        and never rewritten. Preceded by another capitalised word it is another body's
        ("the National Security Council")."""
        out: list[_Candidate] = []
        table = self._organs()
        tokens = self.tokens
        for keys, (entry, parent, rest) in table.items():
            if parent not in named or entry.id in named:
                continue
            width = len(keys)
            for i in range(len(tokens) - width + 1):
                span = range(i, i + width)
                if any(k in covered for k in span) or \
                        tuple(tokens[k].key for k in span) != keys or \
                        not all(tokens[k].capitalized for k in span) or \
                        not self._spaced(i, i + width):
                    continue
                if i > 0 and tokens[i - 1].capitalized and \
                        not is_sentence_start(self.text, tokens[i - 1]) and \
                        self.text[tokens[i - 1].end : tokens[i].start] in (" ", "-"):
                    continue
                if i + width < len(tokens) and tokens[i + width].capitalized and \
                        self.text[tokens[i + width - 1].end : tokens[i + width].start] == " ":
                    continue
                out.append(_Candidate(i, i + width, entry, "partial", 0.8, rest,
                                      part="short"))
        return out

    def short_forms(self, covered: set[int]) -> list[_Candidate]:
        """A word of a name the document already named in full, standing alone."""
        out: list[_Candidate] = []
        short = self.context.short
        if not short:
            return out
        for i, tok in self._caps:
            if i in covered or not tok.capitalized or tok.upper or tok.key not in short:
                continue
            if is_sentence_start(self.text, tok) and self.words.is_word(tok.key):
                continue
            entry, written = short[tok.key]
            out.append(_Candidate(i, i + 1, entry, "partial", 0.9, written, part="surname"))
        return out

    def _standalone(self) -> dict[str, tuple[Entry, str]]:
        """Words of the hand-written multi-word places that name them alone ("Hormuz" of
        Strait of Hormuz, "Golan" of Golan Heights): capitalised in the canonical name, five
        letters or more, no common English word, title, compass word or adjective, no word
        of another entry's names, no person's given name or surname; a name opening with a
        toponymic opener or a compass word ("New Delhi", "San Salvador", "Port Sudan",
        "North Macedonia", "Western Sahara") gives none, since the word alone is the older,
        larger or another place; nor does a word of the Portuguese word list ("Verde")."""
        index = self.index
        if index.standalone is not None:
            return index.standalone
        claims: dict[str, set[str]] = {}
        for keys, variants in list(index.sequences.items()):
            for variant in variants:
                for key in keys:
                    claims.setdefault(key, set()).add(variant.entry.id)
        table: dict[str, tuple[Entry, str]] = {}
        seen: set[str] = set()
        portuguese = portuguese_words()  # "Verde", "Domingo": words of a target language
        for variants in list(index.sequences.values()):
            for variant in variants:
                entry = variant.entry
                if entry.id in seen or entry.type != "place" or entry.source == "cldr" or \
                        (entry.id, entry.name) in index.generated:
                    continue
                seen.add(entry.id)
                words = tokenize(entry.name)
                if len(words) < 2 or words[0].key in self.context_words.name_openers or \
                        words[0].key in _COMPASS:
                    continue
                for tok in words:
                    key = tok.key
                    if not tok.capitalized or tok.upper or len(key) < 5 or \
                            not key.isalpha() or key in self.words.common or \
                            key in index.source_words or key in titles() or key in _COMPASS or \
                            _derived(key, index) or claims.get(key, set()) != {entry.id} or \
                            (key,) in index.sequences or key in index.given_keys or \
                            skeleton(key) in index.surnames or portuguese.is_word(key):
                        continue
                    table[key] = (entry, tok.text)
        index.standalone = table
        return table

    def standalone_short_forms(self, covered: set[int]) -> list[_Candidate]:
        """A distinctive word of a multi-word place standing alone right after a lower-case
        preposition of place or article ("near Hormuz", "captured the Golan"), in a text
        that did not name the place in full: a ``partial`` mention, flagged, never
        rewritten (the word alone is the writer's choice)."""
        out: list[_Candidate] = []
        preps = self.context_words.place_prepositions
        if not preps:
            return out
        table = self._standalone()
        for i, tok in self._caps:
            if i == 0 or i in covered or not tok.capitalized or tok.upper or \
                    tok.key not in table:
                continue
            prev = self.tokens[i - 1]
            if not prev.text.islower() or prev.key not in preps or \
                    self.text[prev.end : tok.start] != " ":
                continue
            after = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
            gap = self.text[tok.end : after.start] if after is not None else ""
            if after is not None and (gap == "-" or (gap == " " and after.capitalized)):
                continue  # a word of a longer name, or the start of a misspelt full one
            entry, written = table[tok.key]
            out.append(_Candidate(i, i + 1, entry, "partial", 0.8, written, part="short"))
        return out

    def _consonantal(self) -> dict[tuple[str, ...], list[Entry]]:
        """Consonant keys of the people's and places' Latin names (and of a person's listed
        surname alone): four consonants or more for one word, six for several, so that a
        short key ("bs", "gz") names nothing."""
        index = self.index
        if index.consonantal is not None:
            return index.consonantal
        table: dict[tuple[str, ...], list[Entry]] = {}
        for keys, variants in list(index.sequences.items()):
            for variant in variants:
                entry = variant.entry
                if entry.type not in ("person", "place") or variant.acronym or \
                        not variant.text.isascii():
                    continue
                words = [k for k in keys if k not in ("al", "el", "ul")]
                ckeys = tuple(latin_consonant_key(k) for k in words)
                size = sum(map(len, ckeys))
                if not ckeys or not all(ckeys) or size < (4 if len(ckeys) == 1 else 6):
                    continue
                bucket = table.setdefault(ckeys, [])
                if entry not in bucket:
                    bucket.append(entry)
        index.consonantal = table
        return table

    def _abjad_listed_other(self, entry: Entry, ckeys: tuple[str, ...]) -> bool:
        """Whether ``entry`` lists names in Arabic or Hebrew letters and none of them has the
        consonant keys ``ckeys``: a word that only sounds like one of its Latin names ("خبرو",
        Pashto "talks", khbr as the French "Chypre") is then not that place, which Arabic-script
        text writes as listed ("قبرص", kbrs). A person or place with no such name listed is
        still found by its sound alone."""
        from .forms import other_script_forms, source_forms

        index = self.index
        if index.abjad_listed is None:
            index.abjad_listed = {}
        listed = index.abjad_listed.get(entry.id)
        if listed is None:  # the entry's names, as build_index indexes them for this language
            texts = [t for _, t in entry.variants]
            if index.lang != "en":
                texts += source_forms(entry, index.lang)
            texts += other_script_forms(entry, index.lang)
            listed = {tuple(arabic_consonant_key(w) or "" for w in text.split())
                      for text in texts if text.split() and
                      arabic_consonant_key(text.split()[0]) is not None}
            index.abjad_listed[entry.id] = listed
        return bool(listed) and ckeys not in listed

    def _abjad_listed_texts(self, entry: Entry) -> list[str]:
        """The names in Arabic letters ``entry`` lists, as build_index indexes them."""
        from .forms import other_script_forms, source_forms

        texts = [t for _, t in entry.variants]
        if self.index.lang != "en":
            texts += source_forms(entry, self.index.lang)
        texts += other_script_forms(entry, self.index.lang)
        return [t for t in texts if t.split() and
                arabic_consonant_key(t.split()[0]) is not None]

    @staticmethod
    def _abjad_whole_word(entry: Entry, words: list[str], listed: list[str]) -> bool:
        """Is ``words`` (the clitics taken off the first) one of the entry's listed names in
        Arabic letters, letter for letter but for the long vowels and the letters Arabic,
        Persian and Urdu write for one another? "الصواريخ" (the missiles: ص r kh) is not the
        Uyghur "سيۇرىخ" (Zurich: s r kh) whose romanized consonants it shares. A place's
        name with the ending "-ي" of an adjective glued to it ("اللندني", the Londoner) is the
        adjective, unless a listed name ends so."""
        letters = tuple(abjad_letters(w) for w in words)
        if letters not in {tuple(abjad_letters(w) for w in t.split()) for t in listed}:
            return False
        return not (entry.type == "place" and words[-1].endswith(("ي", "ية")) and
                    not any(t.endswith(("ي", "ی", "ى")) for t in listed))

    def consonantal(self, covered: set[int]) -> list[_Candidate]:
        """A person's or place's name written in Arabic letters ("نتنياهو", "محمود عباس"):
        its consonants are those of one glossary name and no other. A ``partial`` mention,
        flagged, never rewritten (an unvocalised spelling is never sure)."""
        out: list[_Candidate] = []
        table: dict[tuple[str, ...], list[Entry]] | None = None
        tokens = self.tokens
        i = 0
        while i < len(tokens):
            # an ASCII word has no Arabic or Hebrew letter: ``arabic_consonant_key`` is None
            # for it (speed45)
            if i in covered or tokens[i].text.isascii() or \
                    arabic_consonant_key(tokens[i].text) is None:
                i += 1
                continue
            table = table if table is not None else self._consonantal()
            found = None
            for width in (3, 2, 1):
                last = i + width
                if last > len(tokens) or any(k in covered for k in range(i, last)) or \
                        not self._spaced(i, last):
                    continue
                rest = [tokens[k].text for k in range(i + 1, last)]
                for head in arabic_clitic_forms(tokens[i].text):
                    words = [head, *rest]
                    ckeys = tuple(arabic_consonant_key(w) or "" for w in words)
                    entries = table.get(ckeys, [])
                    if len(entries) != 1 or self._abjad_listed_other(entries[0], ckeys):
                        continue  # "خبرو" (talks) has the consonants of "Chypre", not "قبرص"
                    listed = self._abjad_listed_texts(entries[0])
                    if head != tokens[i].text and not listed:
                        continue  # a clitic is taken off only to meet a listed spelling
                    if listed and not self._abjad_whole_word(entries[0], words, listed):
                        continue
                    found = _Candidate(i, last, entries[0], "partial", 0.8, entries[0].name,
                                       part="script")
                    break
                if found is not None:
                    break
            if found is not None:
                out.append(found)
                i = found.last
            else:
                i += 1
        return out

    def _syllabic(self, script: str) -> dict[tuple[str, ...], list[Entry]]:
        """Sound keys (``sound_key``) of the people's and places' Latin names as ``script``
        writes them (hand-written names only): four consonants or more for one word, six
        for several."""
        index = self.index
        if index.syllabic is None:
            index.syllabic = {}
        made = index.syllabic.get(script)
        if made is not None:
            return made
        table: dict[tuple[str, ...], list[Entry]] = {}
        for keys, variants in list(index.sequences.items()):
            for variant in variants:
                entry = variant.entry
                # names only the generated gazetteer lists never anchor a match by sound
                if entry.type not in ("person", "place") or variant.acronym or \
                        not variant.text.isascii() or is_gazetteer_name(entry.id, variant.text):
                    continue
                skeys = tuple(sound_key(k, script) for k in keys if k not in ("al", "el"))
                size = sum(map(len, skeys))
                if not skeys or not all(skeys) or size < (4 if len(skeys) == 1 else 6):
                    continue
                bucket = table.setdefault(skeys, [])
                if entry not in bucket:
                    bucket.append(entry)
        index.syllabic[script] = table
        return table

    def _listed_hangul(self, word: str) -> Entry | None:
        """The one place whose listed name ``word`` is once a Korean particle is taken off
        (a particle only: the word itself is found by the exact match), else None. The name
        has three syllables or more: two are too often a Korean word ("파리를", a fly; Paris).
        Particles stack (glossary22): "대한민국에서는" is 에서 and 는 after the name."""
        particles = _hangul_particles()
        stems = [word[: -len(p)] for p in particles if word.endswith(p)]
        stems += [stem[: -len(q)] for stem in list(stems) for q in particles
                  if stem.endswith(q)]
        for stem in stems:
            if len(stem) < 3:
                continue
            places = {v.entry for v in self.index.sequences.get(
                token_keys(stem), ()) if v.entry.type == "place" and not v.acronym}
            if len(places) == 1:
                return next(iter(places))
        return None

    def syllabic(self, covered: set[int]) -> list[_Candidate]:
        """A person's or place's foreign name spelt in katakana or Hangul and quoted in a text
        of another language ("トランプ", "젤렌스키", "ドナルド・トランプ"): its sound key is that of
        one glossary name and no other.
        A katakana name is the whole katakana run (its words parted by "・"); a Hangul word
        may carry a particle glued to it (locales/languages/case-endings.toml ``hangul``).
        A ``partial`` mention, flagged, never rewritten."""
        if not any(c.isalpha() for c in _FROM_HANGUL.findall(self.text)):
            # no letter from Hangul's first block on: every token's script is None (speed39)
            return []
        from ..langdata import base_language

        out: list[_Candidate] = []
        tokens = self.tokens
        i = 0
        while i < len(tokens):
            script = syllabic_script(tokens[i].text) if i not in covered else None
            # a Korean word may be a place's listed Hangul name (CLDR's, the gazetteer's) with
            # a particle glued on ("부다페스트에서"), in any text
            listed = self._listed_hangul(tokens[i].text) if script == "ko" else None
            if listed is not None:
                out.append(_Candidate(i, i + 1, listed, "partial", 0.8, listed.name,
                                      part="script"))
                i += 1
                continue
            # in the script's own language every loanword and native word is spelt so
            # ("ヒューストン", "사생활"): a sound match there is no sign of a name
            if script is None or script == base_language(self.index.lang):
                i += 1
                continue
            last = i + 1
            if script == "ja":
                while last < len(tokens) and tokens[last - 1].end == tokens[last].start and \
                        syllabic_script(tokens[last].text) == "ja":
                    last += 1
                run = self.text[tokens[i].start : tokens[last - 1].end]
                words = [w for w in run.split("\u30fb") if w]
                options = [tuple(syllabic_key(w) or "" for w in words)]
            else:
                while last < len(tokens) and last - i < 3 and \
                        self.text[tokens[last - 1].end : tokens[last].start] == " " and \
                        syllabic_script(tokens[last].text) == "ko":
                    last += 1
                words = [tokens[k].text for k in range(i, last)]
                options = []
                for width in range(len(words), 0, -1):
                    head, end = words[: width - 1], words[width - 1]
                    for stem in (end, *(end[: -len(p)] for p in _hangul_particles()
                                        if end.endswith(p) and len(end) - len(p) >= 2)):
                        options.append(tuple(syllabic_key(w) or "" for w in (*head, stem)))
            found = None
            if not any(k in covered for k in range(i, last)):
                table = self._syllabic(script)
                for keys in options:
                    entries = table.get(keys, [])
                    if len(entries) == 1:
                        span = len(keys) if script == "ko" else last - i
                        found = _Candidate(i, i + span, entries[0], "partial", 0.8,
                                           entries[0].name, part="script")
                        break
            if found is not None:
                out.append(found)
                i = found.last
            else:
                i = last
        return out

    def _spaced(self, first: int, last: int) -> bool:
        """Are tokens ``first`` to ``last`` (exclusive) parted by one plain space each?"""
        t = self.tokens
        return all(self.text[t[k].end : t[k + 1].start] == " " for k in range(first, last - 1))

    def _listed_inflected(self, first: int, last: int, keys: tuple[str, ...]
                          ) -> _Candidate | None:
        """Tokens ``first`` to ``last`` read as ``keys``, a listed name of a place or a body
        (no acronym): that name inflected (reported, never rewritten); None if none is."""
        for v in self.index.sequences.get(keys, ()):
            if v.entry.type in ("place", "org") and not v.acronym:
                return _Candidate(first, last, v.entry, "inflected", 0.85, v.text)
        return None

    def _base_forms(self, key: str, own: CaseEndings) -> set[str]:
        """``key`` and what it is with one case ending of the text's language (its own table,
        and the shared Slavic one in a Slavic text) taken back to the listed form."""
        shared = case_endings(None)
        table = list(own.endings)
        if self.index.lang in shared.slavic_languages:
            table += shared.slavic
        out = {key}
        for ending, restores in table:
            if key.endswith(ending) and len(key) - len(ending) >= 3:
                out.update(key[: -len(ending)] + tail for tail in restores)
        return out

    def declined_names(self, covered: set[int]) -> list[_Candidate]:
        """A listed name of several words declined word by word in the text's own language
        (Lithuanian "Europos Sąjungoje", Croatian "u Bosni i Hercegovini", "Sjedinjenih
        Američkih Država", Romanian "Uniunii Europene"): each word is the listed word or
        that word with one of the language's case endings (``case-endings.toml``), and one
        word at least is declined. Read as the name inflected: reported, never rewritten."""
        out: list[_Candidate] = []
        shared, own = case_endings(None), case_endings(self.index.lang)
        if not own.endings and self.index.lang not in shared.slavic_languages:
            return out
        tokens = self.tokens
        forms: dict[int, set[str]] = {}
        i = 0
        while i < len(tokens):
            found = None
            for width in (4, 3, 2):
                last = i + width
                if last > len(tokens) or any(k in covered for k in range(i, last)) or \
                        not tokens[i].capitalized or not self._spaced(i, last):
                    continue
                for k in range(i, last):
                    if k not in forms:
                        forms[k] = self._base_forms(tokens[k].key, own)
                combos = [()]  # type: list[tuple[str, ...]]
                for k in range(i, last):
                    combos = [(*c, f) for c in combos for f in forms[k]]
                    if len(combos) > 400:
                        break
                else:
                    plain = tuple(tokens[k].key for k in range(i, last))
                    for keys in combos:
                        if keys != plain:
                            found = self._listed_inflected(i, last, keys)
                            if found is not None:
                                break
                if found is not None:
                    break
            if found is not None:
                out.append(found)
                i = found.last
            else:
                i += 1
        return out

    def _agreeing_forms(self, key: str, rows: Sequence[AgreementRow]
                        ) -> dict[str, frozenset[str]]:
        """What ``key`` is with one agreement ending taken back to the listed word, each with
        the slots the ending marks (a word may be read several ways)."""
        out: dict[str, frozenset[str]] = {}
        for ending, restores, slots in rows:
            if key.endswith(ending) and len(key) - len(ending) >= 3:
                for tail in restores:
                    base = key[: len(key) - len(ending)] + tail
                    out[base] = out.get(base, frozenset()) | slots
        return out

    def _agreeing_listed(self, i: int, keys: tuple[str, ...]) -> _Candidate | None:
        """Tokens from ``i`` read as ``keys``: a listed place or body (no acronym) whose words
        are capitalised as the tokens are; None if none is."""
        tokens = self.tokens
        for v in self.index.sequences.get(keys, ()):
            if v.entry.type not in ("place", "org") or v.acronym:
                continue
            words = v.text.split()
            if len(words) != len(keys) or any(
                    w[:1].isupper() != tokens[i + k].capitalized for k, w in enumerate(words)):
                continue
            # "Белого дома" opening a sentence may be any white house
            if not all(w[:1].isupper() for w in words[1:]) and \
                    is_sentence_start(self.text, tokens[i]):
                continue
            return _Candidate(i, i + len(keys), v.entry, "inflected", 0.85, v.text)
        return None

    def agreeing_names(self, covered: set[int]) -> list[_Candidate]:
        """A listed name of several words declined word by word, its adjective and noun agreeing
        ("Российской Федерации", "Stanach Zjednoczonych", "Republiki Chińskiej", "Weißen
        Hauses"): two words or more are read through the language's agreement rows
        (``case-endings.toml`` ``[agreement]``) with one case slot in common, one word at least
        is changed, any other word is the listed word as written, and every word is
        capitalised as the listed one. The agreement is the evidence. Read as the name
        inflected: reported, never rewritten."""
        out: list[_Candidate] = []
        rows = _agreement(self.index.lang)
        if not rows:
            return out
        tokens = self.tokens
        forms: dict[int, dict[str, frozenset[str]]] = {}
        i = 0
        while i < len(tokens):
            found = None
            for width in (4, 3, 2):
                last = i + width
                if last > len(tokens) or any(k in covered for k in range(i, last)) or \
                        not tokens[i].capitalized or not self._spaced(i, last):
                    continue
                for k in range(i, last):
                    if k not in forms:
                        forms[k] = self._agreeing_forms(tokens[k].key, rows)
                # (listed keys, the slots the declined words share or None while no word is
                # read through a row, how many are, whether one is changed)
                combos: list[tuple[tuple[str, ...], frozenset[str] | None, int, bool]] = [
                    ((), None, 0, False)]
                for k in range(i, last):
                    key = tokens[k].key
                    grown = []
                    for keys, shared, n, changed in combos:
                        grown.append(((*keys, key), shared, n, changed))
                        for base, slots in forms[k].items():
                            both = slots if shared is None else shared & slots
                            if both:
                                grown.append(((*keys, base), both, n + 1,
                                              changed or base != key))
                    combos = grown
                    if len(combos) > 400:
                        break
                else:
                    for keys, shared, n, changed in combos:
                        if n >= 2 and changed and shared:
                            found = self._agreeing_listed(i, keys)
                            if found is not None:
                                break
                if found is not None:
                    break
            if found is not None:
                out.append(found)
                i = found.last
            else:
                i += 1
        return out

    def proclitic(self, covered: set[int]) -> list[_Candidate]:
        """A place's or a body's listed name with one or two of the text's proclitic letters
        glued before it (Hebrew "בישראל", "ובסוריה"; Arabic "بألبانيا"): what is left is a
        listed name as written, of five letters or more, and the word itself is none.
        Read as the name inflected: reported, never rewritten."""
        out: list[_Candidate] = []
        letters = _proclitics(self.index.lang)
        if not letters:
            return out
        tokens = self.tokens
        for i, tok in enumerate(tokens):
            key = tok.key
            if i in covered or key[:1] not in letters or (key,) in self.index.sequences:
                continue
            heads = [key[1:]]
            if key[1:2] in letters:
                heads.append(key[2:])
            found = None
            for head in heads:
                if len(head) < 5:
                    # a shorter name with a letter before it is too often a word of the
                    # language ("מורשה", authorised, is no "from Warsaw", ורשה)
                    continue
                for width in (3, 2, 1):
                    last = i + width
                    if last > len(tokens) or any(k in covered for k in range(i + 1, last)) \
                            or not self._spaced(i, last):
                        continue
                    keys = (head, *(tokens[k].key for k in range(i + 1, last)))
                    found = self._listed_inflected(i, last, keys)
                    if found is not None:
                        break
                if found is not None:
                    break
            if found is not None:
                out.append(found)
        return out

    def inflected(self, covered: set[int]) -> list[_Candidate]:
        """A one-word place name with a case ending glued to it (Bakıda, Londonda,
        Tallinnassa, Budapesten): the stem is the name, or the name without its final
        vowel (Tbilis-shi); the whole word is no English word, name or adjective."""
        out: list[_Candidate] = []
        shared, own = case_endings(None), case_endings(self.index.lang)
        # the same for every word: computed once (speed45)
        shortest = 5 if self.index.lang in shared.slavic_languages | shared.genitive_s or \
            own.endings else 6
        # only a capitalized word passes the test below; what is computed before it reads
        # and writes nothing else (speed45)
        for i, tok in self._caps:
            key = tok.key
            if len(key) == 4 and self._after_place_preposition(i, own):
                found = self._short_declined_place(i, key, covered)
                if found is not None:
                    out.append(_Candidate(i, i + 1, found[0].entry, "inflected", 0.85,
                                          found[0].text))
                continue
            # in a language with an -s genitive, a place's genitive is no English word of
            # the text ("Israels", "Chinas" in German are the genitives)
            genitive = self.index.lang in shared.genitive_s and key.endswith("s") and \
                any(v.entry.type == "place" for v in self.index.sequences.get((key[:-1],), ()))
            # nor is a place declined by the text's own endings, the language being known
            # (Icelandic "Íslands", Iceland's genitive, is no English "islands")
            genitive = genitive or (bool(own.endings) and tok.capitalized and \
                not tok.upper and self.words.is_word(key) and \
                self._language_inflection_of(key, own) is not None)
            if i in covered or not tok.capitalized or tok.upper or len(key) < shortest or \
                    not key.isalpha() or (self.words.is_word(key) and not genitive) or \
                    key in self.index.longest or key in self.index.given_keys:
                continue
            # the language's own endings first ("Íslandi" is Iceland's dative, not an
            # adjective made with "-i"), then an -s genitive ("im Süden Gazas")
            found = self._language_inflection_of(key, own)
            if found is None and own.endings and fold(tok.text) != key:
                # a word of the text's own script read through its romanization
                # ("Հռոմում" -> hrromum): its endings are written in that script
                found = self._language_inflection_of(fold(tok.text), own)
            if found is None and (self.index.lang in shared.genitive_s or
                                  self.index.lang in shared.slavic_languages):
                # in a Slavic text a case ending is read before an English adjective's
                # ("Moskvi", Croatian locative, is no "Moskv-i")
                found = self._inflection_of(key)
            if found is not None:  # "im Süden Gazas": a genitive, not a plural
                out.append(_Candidate(i, i + 1, found[0].entry, "inflected", 0.85,
                                      found[0].text))
                continue
            if _derived(key, self.index):
                # "Batoum-i" looks like an adjective ("Iraq-i"), but respelt it is the name
                found = self._reading_of(key)
                if found is not None:
                    variant, = found
                    out.append(_Candidate(i, i + 1, variant.entry, "misspelling", 0.85,
                                          variant.text, fix=variant.text))
                continue
            found = self._inflection_of(key)
            if found is not None:
                if self._given_before_surname(i):
                    continue
                variant, = found
                out.append(_Candidate(i, i + 1, variant.entry, "inflected", 0.85,
                                      variant.text))
                continue
            found = self._reading_of(key)
            if found is not None:
                variant, = found
                out.append(_Candidate(i, i + 1, variant.entry, "misspelling", 0.85,
                                      variant.text, fix=variant.text))
        return out

    def _after_place_preposition(self, i: int, own: CaseEndings) -> bool:
        """Does token ``i`` directly follow (one space) a preposition of the text's Slavic
        language that governs an oblique case of a place ("w Rydze", "do Rygi", "v Gaze")?"""
        if i == 0 or not own.prepositions or \
                self.index.lang not in case_endings(None).slavic_languages:
            return False
        before = self.tokens[i - 1]
        return not before.capitalized and before.key in own.prepositions and \
            self.text[before.end : self.tokens[i].start] == " "

    def _short_declined_place(self, i: int, key: str, covered: set[int]
                              ) -> tuple[Variant] | None:
        """A four-letter word after a place preposition (``_after_place_preposition``) read
        through the Slavic endings as a listed place of four letters ("do Rygi" -> Ryga,
        "v Gaze" -> Gaza): capitalised inside its sentence, no frequent word of the text's
        language, no listed name as written and no given name. The preposition is the
        evidence that stands in for the five-letter floor; an English word of the same
        spelling ("gaze") is no evidence against it in a Slavic sentence."""
        tok = self.tokens[i]
        if i in covered or not tok.capitalized or tok.upper or not key.isalpha() or \
                key in frequent_words(self.index.lang) or (key,) in self.index.sequences or \
                key in self.index.given_keys or key in self.index.longest:
            return None
        return self._slavic_inflection_of(key)

    def closed_compounds(self, covered: set[int]) -> list[_Candidate]:
        """A place's or an organisation's one-word name glued without a hyphen to the front
        of a noun of the text's language ("Ukrainekrieg", "Gazastreifens", "Irankrise",
        "Russlandsanktionen"): the noun after it (maybe with a linking "s" and a case or
        plural ending) is one of the language's compound heads (`[compounds] heads` of its
        `locales/languages` file), and the whole word is no listed name. Read as the name
        inflected: reported, never rewritten."""
        out: list[_Candidate] = []
        heads = _compound_heads(self.index.lang)
        if not heads:
            return out
        for i, tok in self._caps:
            key = tok.key
            if i in covered or not tok.capitalized or tok.upper or not key.isalpha() or \
                    len(key) < 8 or (key,) in self.index.sequences:
                continue
            for cut in range(len(key) - 4, 3, -1):
                rest = key[cut:]
                if not (_is_compound_head(rest, heads) or
                        (rest.startswith("s") and _is_compound_head(rest[1:], heads))):
                    continue
                found = [v for v in self.index.sequences.get((key[:cut],), ())
                         if v.entry.type in ("place", "org")]
                if len({v.entry.id for v in found}) == 1:
                    out.append(_Candidate(i, i + 1, found[0].entry, "inflected", 0.85,
                                          found[0].text))
                    break
        return out

    def genitive_names(self, covered: set[int]) -> list[_Candidate]:
        """A name of two or three words whose last word carries the -s genitive of a
        language that glues one ("des UN-Sicherheitsrats"; not "des Europäischen Rats", whose
        adjective changes too), or an organisation's one-word name ("des Europarats"): the
        words before the last are written as listed."""
        out: list[_Candidate] = []
        if self.index.lang not in case_endings(None).genitive_s:
            return out
        tokens = self.tokens
        for i, tok in self._caps:
            key = tok.key
            if i == 0 or i in covered or not tok.capitalized or tok.upper or \
                    not key.endswith("s") or len(key) < 5 or not key.isalpha():
                continue
            for width in (3, 2, 1):
                first = i - width + 1
                if first < 0 or \
                        any(self.text[tokens[k].end : tokens[k + 1].start] not in (" ", "-")
                            for k in range(first, i)):
                    continue
                keys = (*(t.key for t in tokens[first:i]), key[:-1])
                found = [v for v in self.index.sequences.get(keys, ()) if not v.acronym and
                         (width > 1 or v.entry.type == "org")]  # one-word places: inflected()
                if found:
                    out.append(_Candidate(first, i + 1, found[0].entry, "inflected", 0.85,
                                          found[0].text))
                    break
        return out

    def inflected_people(self, covered: set[int]) -> list[_Candidate]:
        """A person's full name whose last word carries a case ending of an agglutinative
        language ("Kaja Kallasin", Finnish genitive; "Ilham Əliyevə", Azerbaijani dative):
        the given names are written as listed, the last word is the listed surname and an
        ending (locales/languages/case-endings.toml). Reported, never rewritten."""
        out: list[_Candidate] = []
        # the text's own endings first, with what the surname ends in instead (Hungarian
        # "von der Leyennel": the doubled n of the assimilated -val is the surname's), then
        # the agglutinative ones on the surname as written
        table, endings = _surname_endings(self.index.lang)
        tokens = self.tokens
        for i, tok in self._caps:
            if i == 0 or i in covered or not tok.capitalized or tok.upper or \
                    not tok.key.isalpha() or not tok.key.endswith(endings):
                continue  # (one test of every ending: the loop reads only those it ends with)
            found = None
            for ending, restores in table:
                if not tok.key.endswith(ending) or len(tok.key) - len(ending) < 4:
                    continue
                for stem in (tok.key[: -len(ending)] + tail for tail in restores):
                    for width in (1, 2, 3):
                        first = i - width
                        # three words only with particles before the surname ("von der Leyen")
                        if first < 0 or (width == 3 and tokens[i - 1].capitalized) or \
                                any(k in covered for k in range(first, i)) or \
                                not self._joined(first, i + 1):
                            continue
                        keys = (*(t.key for t in tokens[first:i]), stem)
                        people = [v for v in self.index.sequences.get(keys, ())
                                  if v.entry.type == "person" and not v.acronym]
                        if people:
                            found = _Candidate(first, i + 1, people[0].entry, "inflected",
                                               0.85, people[0].text)
                if found is not None:
                    out.append(found)
                    break
        return out

    def declined_people(self, covered: set[int]) -> list[_Candidate]:
        """A person's surname alone with a case ending of a language that declines names
        ("Путина", "Трампом", "Ławrowem", "Putinlə", "Zelenskyin"): the word without the
        ending, and with what the surname ends in instead, is a listed surname (in any
        romanisation sharing its skeleton). The endings are language data
        (``locales/languages/case-endings.toml``): the text's own language's, the Slavic
        ones in a Slavic text or on a Cyrillic word, the agglutinative ones except in the
        languages that do not decline names (``uncased_nouns``). An ``inflected`` mention:
        reported, never rewritten."""
        out: list[_Candidate] = []
        shared, own = case_endings(None), case_endings(self.index.lang)
        genitive_s = self.index.lang in shared.genitive_s
        # German and the Scandinavian languages give a name no ending but the -s genitive:
        # there an agglutinative ending read on a word makes a demonym or a plural a person
        # ("Türken", the Turks, is no "Türk" declined)
        declines = self.index.lang not in shared.uncased_nouns and not genitive_s
        for i, tok in self._caps:  # the test below asks for a capital (speed45)
            key = tok.key
            # an -s genitive of a listed surname ("Trumps", "Macrons" in German, Dutch or a
            # Scandinavian language) is no English word of that text and may open a sentence
            genitive = genitive_s and key.endswith("s") and tok.capitalized and \
                self._declined_surname(key, [("s", ("",))]) is not None
            if i in covered or not tok.capitalized or tok.upper or len(key) < 5 or \
                    not key.isalpha() or (self.words.is_word(key) and not genitive) or \
                    key in self.index.longest or key in self.index.given_keys or \
                    (is_sentence_start(self.text, tok) and not genitive and
                     self._initial_run_before(i) is None):
                continue  # a sentence's first word may be any word ("Kallasin talo"); the
                # word after an initial's full stop ("И. Алиева") opens none
            table: list[tuple[str, tuple[str, ...]]] = list(own.endings)
            if genitive:
                table.append(("s", ("",)))
            if self.index.lang in shared.slavic_languages or not key.isascii():
                table += shared.slavic
            if declines:
                table += [(e, ("",)) for e in shared.agglutinative]
            found = self._declined_surname(key, table)
            if found is None:
                continue
            entry, confidence = self._surname_owner(found)
            if entry.type != "person":
                continue
            whose = self._whose_surname(i, entry, found, declined=True)
            if whose is None:
                continue  # several listed persons, and the text does not tell which
            if i in self._office_told:
                confidence = 1.0  # an office before it tells for sure (glossary55)
            if whose != (entry, i):
                # a given name before it tells for sure; a full mention earlier, nearly
                entry, confidence = whose[0], 1.0 if whose[1] < i else 0.9
                out.append(_Candidate(whose[1], i + 1, entry, "inflected", 0.85 * confidence,
                                      _surname_text(entry), part="surname"))
                continue
            first = i
            if i > 0 and self.text[self.tokens[i - 1].end : tok.start] == " " and \
                    self.tokens[i - 1].key in {k for _, text in entry.variants
                                               for k in token_keys(text)}:
                first = i - 1  # the name's other word before it: one mention ("Xi Jinpingin")
            out.append(_Candidate(first, i + 1, entry, "inflected", 0.85 * confidence,
                                  _surname_text(entry), part="surname"))
        return out

    def _declined_surname(self, key: str, table: Sequence[tuple[str, tuple[str, ...]]]
                          ) -> list[tuple[Entry, str, bool, str]] | None:
        """The owners of the surname ``key`` declines, longest ending first."""
        for ending, restores in sorted(table, key=lambda row: -len(row[0])):
            stem = key[: -len(ending)]
            if not key.endswith(ending) or len(stem) < 3:
                continue
            for tail in restores:
                name = stem + tail
                if len(name) < 4 or name == key:
                    continue
                latin = name if name.isascii() else romanized_key(name)
                owners = self.index.surnames.get(skeleton(name))
                if not owners and latin and latin.isalpha():
                    owners = next((self.index.surnames[skeleton(r)]
                                   for r in (latin, *readings(latin))
                                   if skeleton(r) in self.index.surnames), None)
                people = [o for o in owners or () if o[0].type == "person"]
                if people:
                    return people
        return None

    def _reading_of(self, key: str) -> tuple[Variant] | None:
        """A one-word place written in another language's romanisation habit (French
        "Batoumi", German "Taschkent"): the respelt word is a listed name."""
        for name in readings(key):
            variants = [v for v in self.index.sequences.get((name,), ())
                        if v.entry.type == "place" and not v.acronym]
            if variants:
                return (variants[0],)
        return None

    def _language_inflection_of(self, key: str, own: CaseEndings) -> tuple[Variant] | None:
        """A place name with a case ending of the text's own language (Icelandic
        "Íslandi", "Noregs"): the stem and what the name ends in instead is a listed place."""
        for ending, restores in own.endings:
            if not key.endswith(ending) or len(key) - len(ending) < 2:
                continue
            stem = key[: -len(ending)]
            for tail in restores:
                name = stem + tail
                # a stem of two letters only where the ending gives back two ("Ry-dze": Ryga)
                if len(name) < 4 or name == key or (len(stem) < 3 and len(tail) < 2):
                    continue
                # the language is known: an organisation's short name declines too
                # (Finnish "Naton", NATO's genitive)
                variants = [v for v in self.index.sequences.get((name,), ())
                            if v.entry.type in ("place", "org") and not v.acronym]
                if variants:
                    return (variants[0],)
        return None

    def _slavic_inflection_of(self, key: str) -> tuple[Variant] | None:
        # In a Slavic text a four-letter name declines too ("we Lwowie", "na Krymu");
        # elsewhere only longer names are read through these endings.
        shared = case_endings(None)
        shortest = 4 if self.index.lang in shared.slavic_languages else 5
        for ending, restores in shared.slavic:
            if not key.endswith(ending) or len(key) - len(ending) < 3:
                continue
            stem = key[: -len(ending)]
            for tail in restores:
                name = stem + tail
                if len(name) < shortest or name == key:
                    continue
                variants = [v for v in self.index.sequences.get((name,), ())
                            if v.entry.type == "place" and not v.acronym]
                if variants:
                    return (variants[0],)
        return None

    def _given_before_surname(self, i: int) -> bool:
        """Is token ``i``, read only through an agglutinative ending (Turkish "-le", Finnish
        "-ssa"), a given name before a surname in a language that writes nouns in lower case
        and declines no name (``uncased_nouns``): directly followed by a capitalised word that
        is no common word of the text's language and no word of a glossary name? Portuguese
        "Franciele Fontana" is a person (probe36), not France read as "Franci(a)" + "-le":
        such a language gives a place no case ending, so the pair names someone."""
        tokens = self.tokens
        # only where names take no ending: Finnish "Pariisista Berliiniin" (from Paris to
        # Berlin) declines both places, and writes titles in lower case too
        if self.index.lang not in case_endings(None).uncased_nouns or \
                not self._plain_given(tokens[i]) or i + 1 >= len(tokens) or \
                self.text[tokens[i].end : tokens[i + 1].start] != " ":
            return False
        nxt = tokens[i + 1]
        if not nxt.capitalized or nxt.upper or not nxt.key.isalpha() or len(nxt.key) < 3 or \
                nxt.key in self.index.longest or nxt.key in self.index.members:
            return False
        words = language_words(self.index.lang)
        common = words.common if words is not None else frozenset()
        return nxt.key not in common and not (self.index.lang == "en" and
                                              self.words.is_word(nxt.key))

    def _inflection_of(self, key: str) -> tuple[Variant] | None:
        shared = case_endings(None)
        if self.index.lang in shared.slavic_languages or not key.isascii():
            found = self._slavic_inflection_of(key)
            if found is not None:
                return found
        if self.index.lang in shared.genitive_s and key.endswith("s") and len(key) >= 5:
            # German, Dutch and Scandinavian genitive: "im Süden Gazas", "Irans Führung"
            variants = [v for v in self.index.sequences.get((key[:-1],), ())
                        if v.entry.type == "place" and not v.acronym]
            if variants:
                return (variants[0],)
        for ending in shared.agglutinative:
            if not key.endswith(ending):
                continue
            stem = key[: -len(ending)]
            stems = [stem]
            if stem[-1:] in "aeiou":
                stems.append(stem[:-1])  # a linking vowel: Tallinn-a-ssa
            for candidate in stems:
                if len(candidate) < 4:
                    continue
                for name in (candidate, *(candidate + v for v in "aeiou")):
                    variants = [v for v in self.index.sequences.get((name,), ())
                                if v.entry.type == "place" and not v.acronym]
                    if name != candidate and len(name) < 6:
                        continue  # a dropped final vowel only on longer names (Tbilisi)
                    if variants:
                        return (variants[0],)
        return None

    def whole_names(self, covered: set[int]) -> list[_Candidate]:
        """Multi-word names with one word misspelt, held in place by the words that are
        spelt right: "Buenos Aries", "Kim Jung Un", "Addis Abeba", "New Dehli".

        Each word that differs must be capitalised, no common English word, title or
        adjective ("South Korean", "West Banks" stay out), share its first letter with the
        name's word and be within one edit more than a lone word may be; the words spelt
        right must carry at least three letters and half the name.
        """
        out: list[_Candidate] = []
        tokens = self.tokens
        keys = [t.key for t in tokens]
        members = self.index.members
        # Only a capitalised word that is no word of any name can be the misspelt one.
        words = self.words
        suspects = [k for k, t in self._caps
                    if t.capitalized and len(t.key) >= 3 and t.key not in members
                    and t.key not in self.index.longest and t.key.isalpha()
                    and t.key not in words.common and t.key not in titles()
                    and t.key not in MONTHS_AND_DAYS]
        if not suspects:
            return out
        near: set[int] = set()
        reach = self.index.member_span
        for k in suspects:
            near.update(range(max(0, k - reach), k + reach + 1))
        suspect = set(suspects)
        seen: set[tuple[int, int, str]] = set()
        for i, tok in self._caps:
            if i in covered or i not in near or not tok.capitalized:
                continue
            for variant, pos in members.get(tok.key, ()):
                first, last = i - pos, i - pos + len(variant.keys)
                if first < 0 or last > len(tokens) or \
                        not any(k in suspect for k in range(first, last)):
                    continue
                n = last - first
                same = [keys[k] == variant.keys[k - first] for k in range(first, last)]
                exact_words = sum(same)
                if exact_words == n or 2 * exact_words < n or sum(
                        len(keys[k]) for k in range(first, last) if same[k - first]) < 3:
                    continue
                key = (first, last, variant.text)
                if key in seen:
                    continue
                seen.add(key)
                if any(k in covered for k in range(first, last)):
                    continue
                if self._other_name_after_generic(first, last, same):
                    continue
                scores: list[float] = []
                for k in range(first, last):
                    if same[k - first]:
                        scores.append(1.0)
                        continue
                    pair = (k, variant.keys[k - first])
                    if pair not in self._close:
                        self._close[pair] = self._word_close(tokens[k], pair[1])
                    close = self._close[pair]
                    if close is None:
                        break
                    scores.append(close)
                else:
                    if not self._joined(first, last):
                        continue
                    fix = variant.text if variant.kind == "alias" else variant.entry.name
                    score = sum(scores) / len(scores)
                    out.append(_Candidate(first, last, variant.entry, "misspelling",
                                          round(score, 3), variant.text, fix=fix))
        return out

    def _other_name_after_generic(self, first: int, last: int, same: list[bool]) -> bool:
        """Is a "misspelt" multi-word name another name: the words spelt right are only
        common words ("Monte", "New"), and a word that differs is itself a proper name of the
        spelling dictionary ("Monte Arafat", the hill near Mecca, is no misspelt "monte
        Ararat")? A distinctive word spelt right ("Buenos Aries") keeps the match."""
        words, own = self.words, self.index.source_words
        tokens = self.tokens
        if not all(tokens[k].key in words.common or tokens[k].key in own or
                   tokens[k].key in titles()
                   for k in range(first, last) if same[k - first]):
            return False
        return any(tokens[k].key in words.proper
                   for k in range(first, last) if not same[k - first])

    def _word_close(self, token: Token, want: str) -> float | None:
        """Similarity of a misspelt word of a multi-word name to the name's word, or None."""
        from rapidfuzz.distance import OSA

        got = token.key
        if not token.capitalized or len(got) < 3 or not got.isalpha():
            return None
        a, b = skeleton(got), skeleton(want)
        limit = max_edits(min(len(got), len(want))) + 1
        if (a[:1] != b[:1] and got[:1] != want[:1]) or abs(len(a) - len(b)) > limit or \
                OSA.distance(a, b, score_cutoff=limit) > limit:
            return None
        if got in self.words.common or got in titles() or got in MONTHS_AND_DAYS or \
                _truncated(got, want) or _derived(got, self.index):
            return None
        return 1.0 - 0.5 * OSA.distance(a, b) / max(len(b), 1)

    def _align(self, i: int, name_key: str, similarity: float,
               covered: set[int]) -> list[_Candidate]:
        """Candidates for the names in which ``name_key`` occurs, anchored at token ``i``."""
        tokens = self.tokens
        full: list[_Candidate] = []
        surname: list[_Candidate] = []
        for variant, pos in self.index.anchors.get(name_key, ()):
            first, last = i - pos, i - pos + len(variant.keys)
            entry = variant.entry
            aligned = first >= 0 and last <= len(tokens) and self._joined(first, last) \
                and not any(k in covered for k in range(first, last))
            scores = [similarity]
            if aligned:
                for k in range(first, last):
                    if k == i:
                        continue
                    close = _token_close(tokens[k].key, variant.keys[k - first])
                    if close is not None and close < 1.0 and _derived(tokens[k].key, self.index):
                        close = None  # "Papua New Guinean" is an adjective, not the name
                    if close is None or not tokens[k].capitalized:
                        aligned = False
                        break
                    scores.append(close)
            if aligned:
                score = sum(scores) / len(scores)
                fix = variant.text if variant.kind == "alias" else entry.name
                full.append(_Candidate(first, last, entry, "misspelling", score, variant.text,
                                       fix=fix))
            elif entry.type == "person" and len(variant.keys) >= 2 and \
                    pos == len(variant.keys) - 1:
                same = tokens[i].key == variant.keys[-1]
                surname.append(_Candidate(i, i + 1, entry, "partial" if same else "misspelling",
                                          similarity * 0.95, variant.keys[-1], part="surname",
                                          fix=None if same else _surname_text(entry)))
        pool = full or surname
        if not pool:
            return []
        by_entry: dict[str, _Candidate] = {}
        for cand in pool:
            best = by_entry.get(cand.entry.id)
            if best is None or (cand.last - cand.first, cand.score) > \
                    (best.last - best.first, best.score):
                by_entry[cand.entry.id] = cand
        ranked = sorted(by_entry.values(), key=lambda c: (-(c.last - c.first), -c.score))
        top = [c for c in ranked if (c.last - c.first, c.score) ==
               (ranked[0].last - ranked[0].first, ranked[0].score)]
        entry, confidence = self._prefer([c.entry for c in top])
        chosen = next(c for c in top if c.entry is entry)
        chosen.score *= confidence if confidence < 1.0 else 1.0
        return [chosen]

    def extend_given(self, chosen: list[_Candidate]) -> list[_Candidate]:
        """Take a wrong or misspelt given name in front of a lone surname into the mention.

        Returns the candidates that are another person of the same surname: a given name
        that is no form of the entry's ("Hunter Biden", "Jill Biden"); they are no mention."""
        others: list[_Candidate] = []
        taken = {k for c in chosen for k in range(c.first, c.last)}
        # one-word candidates of things, by token: the person's own given name may have been
        # read as one ("Ararat Mirsojan": Mount Ararat's alias before Ararat Mirzoyan's
        # misspelt surname)
        things = {c.first: c for c in chosen if c.last - c.first == 1 and
                  c.entry.type != "person"}
        tokens = self.tokens
        for cand in chosen:
            if cand.entry.type != "person" or family_name_first(cand.entry) or \
                    cand.part == "script":
                continue  # an unvocalised name is matched whole or not at all
            if cand.match == "inflected" and cand.first > 0 and \
                    is_sentence_start(self.text, tokens[cand.first - 1]):
                continue  # "Разговор Путина": a sentence's first word, not a given name
            single = cand.last - cand.first == 1 and (
                cand.part == "surname" or len(token_keys(cand.variant)) == 1)
            if not single and not self._surname_phrase(cand):
                continue
            k = cand.first - 1
            holder = things.get(k)
            if holder is not None and holder not in others and \
                    tokens[k].key in self.index.given.get(cand.entry.id, set()) and \
                    self.text[tokens[k].end : tokens[cand.first].start] == " ":
                others.append(holder)  # the given name, not the thing
                taken.discard(k)
            if k < 0 or k in taken or not (self._given_like(tokens[k]) or
                                           self._other_given_name(tokens[k])):
                continue
            if self._genitive_or_person(cand) and self._common_noun(k):
                continue  # "der Sprecher Putins": a noun before the name, no given name
            gap = self.text[tokens[k].end : tokens[cand.first].start]
            if gap.strip(" \u00a0"):
                continue
            given = self.index.given.get(cand.entry.id, set())
            close = max((_token_close(tokens[k].key, g) or 0.0 for g in given), default=0.0)
            misspelt = cand.match == "misspelling"  # the surname itself a near miss
            # the surname as written or declined, one word (names61): "Aziz Aliyev"; a
            # surname the glossary lists only inside the full name ("Fərda Bayramov")
            written = single and (cand.match in ("exact", "alias", "inflected") or (
                cand.match == "partial" and cand.part == "surname"))
            cand.first = k
            cand.part = "full"
            taken.add(k)
            if close >= 1.0 and cand.match in ("exact", "alias"):
                cand.match = "alias"  # two accepted spellings nobody listed together
            elif close >= 1.0 and cand.match == "partial":
                pass  # a right given name before a short form ("Al Thani"): nothing to correct
            elif close > 0.0:
                cand.match = "misspelling"
                cand.score = min(cand.score, close)
                cand.fix = cand.entry.name
            else:
                # A different given name: flag it; correct it only when it looks like a
                # form of the right one (Nicholas/Nikol), not a different person (Leyla).
                # A word of one or two letters ("Al", an Arabic article: "Al Yousif") is no
                # given name's form: its skeleton matches any name holding that consonant.
                cand.match = "partial"
                key = tokens[k].key
                similar = len(key) >= 3 and any(
                    _given_form_of(key, g) or (min(len(key), len(g)) >= 3 and
                                               (key.startswith(g) or g.startswith(key)))
                    for g in given)
                cand.fix = cand.entry.name if similar else None
                cand.score = round((0.75 if similar else 0.5) * cand.score, 3)
                # no form of the entry's given name: another person; unless it is the given
                # name of another glossary person (two people mixed up: "Hassan Pezeshkian",
                # "Nursultan Tokayev"), which stays a flag
                # A near miss of the surname after a given name that is no form of the
                # entry's is another person twice over ("Bayram Əhmədzadə" is no Hibatullah
                # Akhundzada, "Հարություն Փախչանյան" no Nikol Pashinyan: glossary58's
                # development batch of Turkic, Slavic and Caucasian names), in any language.
                # (read romanized too: "Алексей Навальный" is Alexei Navalny's own name; in a
                # script with capitals only, never a sentence's first word, which may be a title:
                # Finnish "Presidentti Zelenskyi")
                rkey = romanized_key(tokens[k].text) or key
                own = rkey != key and len(rkey) >= 3 and any(
                    _given_form_of(rkey, g) or (min(len(rkey), len(g)) >= 3 and
                                                (rkey.startswith(g) or g.startswith(rkey)))
                    for g in given)
                # names61: the same holds before the listed surname as written ("Aziz
                # Aliyev", "Kezban Erdoğan", "Ираклий Медведев": another given name before a
                # common surname), with the same guards: a capitalised word of a cased script,
                # no sentence's first word (a title may open it), no romanized form of the
                # entry's own given name, no other listed person's given name (a mix-up stays
                # a flag) and no title of any language (``_given_like`` asked it)
                if not similar and (key in self.words.proper or (
                        (self._plain_given(tokens[k]) or (
                            (misspelt or (written and rkey not in self.index.given_keys))
                            and not own and tokens[k].text[:1].isupper() and
                            not is_sentence_start(self.text, tokens[k]))) and
                        key not in self.index.given_keys)):
                    others.append(cand)
        return others

    def _declined_other(self, tok: Token, entry: Entry) -> bool:
        """In a Slavic text (or a Cyrillic word), is a lone surname in -a both a feminine
        surname of ``entry`` and the genitive or accusative of another person's masculine
        one ("Алиева": Mehriban Aliyeva, or Ilham Aliyev's), or in -u both her accusative
        and his dative ("Алиеву")? Then it names neither for sure: no mention."""
        if not (
                self.index.lang in case_endings(None).slavic_languages or
                any("\u0400" <= c <= "\u04ff" for c in tok.text)):
            return False
        key = romanized_key(tok.text) or tok.key
        if not key.endswith(("a", "u")):
            return False
        others = self.index.surnames.get(skeleton(key[:-1]), [])
        return any(o[0] is not entry and o[0].type == "person" for o in others)

    def _sharing_persons(self, tok: Token, entry: Entry,
                         owners: Sequence[tuple[Entry, str, bool, str]]) -> list[Entry]:
        """Every listed person a lone surname may name: ``entry``, the ``owners`` its case
        ending gave, the persons of its surname as written ("Алиева": Mehriban Aliyeva) and,
        where ``_declined_other`` reads Slavic endings, of the word without its -a or -u
        ("Алиев": Ilham and Heydar Aliyev)."""
        key = romanized_key(tok.text) or tok.key
        found = [entry, *(o[0] for o in owners),
                 *(o[0] for o in self.index.surnames.get(skeleton(key), ()))]
        if key.endswith(("a", "u")) and (
                self.index.lang in case_endings(None).slavic_languages or
                any("\u0400" <= c <= "\u04ff" for c in tok.text)):
            found += [o[0] for o in self.index.surnames.get(skeleton(key[:-1]), ())]
        return [e for e in dict.fromkeys(found) if e.type == "person"]

    def _given_form_before(self, i: int, entry: Entry) -> bool:
        """Is the word right before token ``i`` a given name of ``entry`` (a word before the
        surname of its name, an alias or a form of any language), as written or declined
        through the text's own and the Slavic case endings ("Ильхама Алиева", "Гейдару
        Алиеву", "Ilhamem")?"""
        if i == 0 or family_name_first(entry):
            return False
        prev = self.tokens[i - 1]
        if not prev.capitalized or prev.upper or not prev.key.isalpha() or \
                self.text[prev.end : self.tokens[i].start] != " ":
            return False
        given = {k for text in (entry.name, *entry.aliases, *entry.forms.values())
                 for k in token_keys(text)[:-1] if len(k) >= 3}
        if prev.key in given:
            return True
        table = (*case_endings(self.index.lang).endings, *case_endings(None).slavic)
        for ending, restores in table:
            stem = prev.key[: -len(ending)]
            if prev.key.endswith(ending) and len(stem) >= 3 and \
                    any(stem + tail in given for tail in restores):
                return True
        return False

    def _named_owner(self, persons: Sequence[Entry]) -> Entry | None:
        """The one of ``persons`` this document names in full, if exactly one."""
        named = [e for e in persons if e.id in self.local or e.id in self.context.seen]
        return named[0] if len(named) == 1 else None

    def _whose_surname(self, i: int, entry: Entry,
                       owners: Sequence[tuple[Entry, str, bool, str]] = (),
                       declined: bool = False) -> tuple[Entry, int] | None:
        """Which listed person a lone surname at token ``i`` names when several share it
        (glossary53), and the token its mention starts at: the one whose given name, as
        written or declined, stands right before it ("Гейдару Алиеву": Heydar, not Ilham);
        else, where the word is both one person's declined surname and another's
        (``_declined_other``: "Алиева", "Алиеву"), the one the document names in full;
        else ``entry`` as chosen before. None when the text cannot tell: no mention.

        ``declined`` (a surname read through a case ending, ``declined_people``): where
        several listed persons may own it and no given name or initial tells, the one the
        document names in full, else the one the glossary lists the surname alone for; else
        none is chosen and the word is warned about (glossary54: "Петровым" with two listed
        Petrovs, neither named)."""
        tok = self.tokens[i]
        persons = self._sharing_persons(tok, entry, owners)
        if len(persons) > 1:
            given = [e for e in persons if self._given_form_before(i, e)]
            if len(given) == 1:
                return given[0], i - 1
        if len(persons) > 1:
            initial = [e for e in persons if self._initial_before(i, e)]
            if len(initial) == 1:
                return initial[0], i  # "И. Алиеву": Ilham, the one whose initial it is
            office = self._office_tells(i, persons)
            if office is not None:
                self._office_told.add(i)
                return office, i  # "первый вице-президент Алиева": Mehriban (glossary55)
        if not self._declined_other(tok, entry):
            if declined and len(persons) > 1 and self._initial_run_before(i) is None:
                named = self._named_owner(persons)
                listed = [e for e in persons if self._listed_alone(e, owners)]
                chosen = named or (listed[0] if len(listed) == 1 else None)
                if chosen is not None:
                    return chosen, i
                if not self._given_of_another_before(i):
                    self._untold[i] = tuple(persons)  # the text cannot tell (glossary54)
                return None
            return entry, i
        if self._given_of_another_before(i):
            return None  # "Лейла Алиева": a person the glossary does not list
        named = self._named_owner(persons)
        if named is None and not self._initial_run_before(i):
            self._untold[i] = tuple(persons)  # the text cannot tell: warned (glossary54)
        return (named, i) if named is not None else None

    def _office_tells(self, i: int, persons: Sequence[Entry]) -> Entry | None:
        """The one of ``persons`` whose office (``glossary/words/roles.toml``, or the entry's
        own ``offices`` in a user glossary) is written right before token ``i``, one space
        before it ("первый вице-президент Алиева": Mehriban Aliyeva; "президенту Алиеву": Ilham
        Aliyev; a newsroom's "a prefeita Moura"); the longest office written wins ("vice
        president" over "president"); None when none, or two persons' offices alike, tell.
        Reads a bounded window (64 characters) before the word."""
        best: dict[Entry, int] = {}
        for entry in persons:
            n = self._office_before(i, entry)
            if n:
                best[entry] = n
        if not best:
            return None
        top = max(best.values())
        told = [e for e, n in best.items() if n == top]
        return told[0] if len(told) == 1 else None

    def _office_before(self, i: int, entry: Entry) -> int:
        """The length of the longest of ``entry``'s offices (shipped ``roles.toml``, or its
        own ``offices``) written right before token ``i``, one space before it; 0 when none."""
        tok = self.tokens[i]
        phrases = _offices_of(entry)
        if not phrases or i == 0 or self.text[tok.start - 1 : tok.start] != " ":
            return 0
        head = fold(self.text[max(0, tok.start - 65) : tok.start - 1])
        best = 0
        for phrase in phrases:
            before = head[-len(phrase) - 1 : -len(phrase)]
            if head.endswith(phrase) and not (before.isalnum() or before in ("-", "'")):
                best = max(best, len(phrase))
        return best

    def _office_reading(self, cand: _Candidate) -> _Candidate:
        """A lone near miss of a listed person's surname that is also another listed person's
        declined surname (``_declined_other``), with that other person's office right before
        it (``_office_tells``): that person's surname, declined; else ``cand`` unchanged."""
        if cand.entry.type != "person" or cand.last - cand.first != 1 or \
                cand.match != "misspelling" or \
                not self._declined_other(self.tokens[cand.first], cand.entry):
            return cand
        persons = self._sharing_persons(self.tokens[cand.first], cand.entry, ())
        office = self._office_tells(cand.first, persons) if len(persons) > 1 else None
        if office is None or office is cand.entry:
            return cand
        return _Candidate(cand.first, cand.last, office, "inflected", cand.score,
                          _surname_text(office), part="surname")

    def _untold_as_written(self, i: int, owners: Sequence[tuple[Entry, str, bool, str]]
                           ) -> bool:
        """Is token ``i`` a lone surname, as written, of two listed persons or more, none of
        them listed by it alone or named in this document, and no given name or initial
        before it telling which ("Петров приехал" with an Ivan and an Oleg Petrov listed)?
        Then no person is chosen: where nothing before it may be another person's given
        name or initial, the word is warned about (glossary55; glossary54 did this for a
        declined surname only, and the nominative went to the first listed)."""
        tok = self.tokens[i]
        mine = [o for o in owners if o[0].type == "person" and o[1] == tok.key]
        persons = list(dict.fromkeys(o[0] for o in mine))
        if len(persons) < 2 or any(o[2] for o in mine) or i in self._office_told or \
                any(e.id in self.context.seen or e.id in self.local for e in persons):
            return False
        self._shared_surname.add(i)
        prev = self.tokens[i - 1].key if i else ""
        another = self._given_of_another_before(i) and prev not in titles() and \
            prev not in MONTHS_AND_DAYS  # "Mr Smith", "On Monday Smith": no given name
        if self._initial_run_before(i) is None and not another:
            self._untold.setdefault(i, tuple(persons))
        return True

    def _listed_alone(self, entry: Entry, owners: Sequence[tuple[Entry, str, bool, str]]
                      ) -> bool:
        """Does the glossary list ``entry``'s surname, as ``owners`` read it, alone for
        ``entry`` (a one-word alias), in any script ("Petrov" for "Петровым")?"""
        skels = {skeleton(romanized_key(o[3]) or o[1]) for o in owners if o[0] is entry}
        return any(o[0] is entry and o[2] for o in owners) or any(
            listed and skeleton(key) in skels
            for key, listed, _ in _surname_keys(entry, self.index.lang or "en"))

    def _initial_run_before(self, i: int) -> int | None:
        """The token of the first of the initials right before token ``i`` ("И. Алиеву",
        "И. Г. Алиеву": the "И"), each one capital letter and a full stop; None if none."""
        first = None
        k = i
        while k > 0:
            prev = self.tokens[k - 1]
            if len(prev.text) != 1 or not prev.text.isupper() or \
                    self.text[prev.end : self.tokens[k].start] not in (". ", "."):
                break
            first = k = k - 1
        return first

    def _initial_before(self, i: int, entry: Entry) -> bool:
        """Is the first initial right before token ``i`` the first letter of a given name of
        ``entry`` (a word before the surname of its name, an alias or a form, any script)?
        A patronymic's initial after it ("И. Г. Алиев") is not read."""
        k = self._initial_run_before(i)
        if k is None or family_name_first(entry):
            return False
        letter = self.tokens[k].key
        return any(key[:1] == letter
                   for text in (entry.name, *entry.aliases, *entry.forms.values())
                   for key in token_keys(text)[:-1] if len(key) >= 3)

    def _initial_of_another(self, c: _Candidate) -> bool:
        """Is ``c`` a lone surname after an initial that is the given name's of exactly one
        other listed person who may own the word?"""
        if c.entry.type != "person" or c.last - c.first != 1 or \
                self._initial_run_before(c.first) is None:
            return False
        persons = self._sharing_persons(self.tokens[c.first], c.entry, ())
        initial = [e for e in persons if self._initial_before(c.first, e)]
        return len(initial) == 1 and initial[0] is not c.entry

    def _untold_surname(self, c: _Candidate) -> bool:
        """Is candidate ``c`` a lone Slavic surname that is also another listed person's
        declined surname, the document naming not exactly ``c``'s person in full? Then no
        mention; where it names neither or both and no initial tells, a warning
        (glossary54)."""
        if not (c.entry.type == "person" and c.last - c.first == 1 and c.match != "exact" and
                self._declined_other(self.tokens[c.first], c.entry)):
            return False
        persons = self._sharing_persons(self.tokens[c.first], c.entry, ())
        initial = [e for e in persons if self._initial_before(c.first, e)]
        if len(initial) == 1:
            return initial[0] is not c.entry  # "М. Алиева": the initial tells
        office = self._office_tells(c.first, persons) if len(persons) > 1 else None
        if office is not None:
            return office is not c.entry  # "вице-президент Алиева": the office tells
        named = self._named_owner(persons)
        if named is None and len(persons) > 1 and \
                self._initial_run_before(c.first) is None and \
                not self._given_of_another_before(c.first):
            self._untold.setdefault(c.first, tuple(persons))
        return named is not c.entry

    def _given_of_another_before(self, i: int) -> bool:
        """Is the word right before token ``i`` a capitalised word one space before it that
        may be the given name of a person the glossary does not list: not a sentence's
        first word that is a common word of the text's language ("Вчера Алиева")?"""
        if i == 0:
            return False
        prev = self.tokens[i - 1]
        if not prev.capitalized or prev.upper or not prev.key.isalpha() or \
                self.text[prev.end : self.tokens[i].start] != " ":
            return False
        words = language_words(self.index.lang)
        common = words.common if words is not None else frozenset()
        return not (is_sentence_start(self.text, prev) and
                    (prev.key in common or self.words.ordinary(prev.key)))

    def _role_before_surname(self, cand: _Candidate) -> bool:
        """A person's surname alone right after a lower-case noun of a role no glossary
        person holds ("o técnico Costa", "the striker Sánchez"): another person.

        Likewise a partial name (a surname the glossary does not list alone as the person's
        name: "Lee", "Costa", "Aoun") right after an academic title (``address_titles``:
        "Dr. Lee", "dr Lee", "Prof. Costa"; not "Mr Kadyrov", a form of address the press
        gives leaders too): the writer's own person
        addressed by title; the listed one would be named by office ("President Lee") or in
        full, and once the document names the entry in full ("Lee Jae-myung ... Mr. Lee"),
        the title is that person's (glossary49)."""
        k = cand.first
        if cand.entry.type != "person" or cand.last - k != 1 or cand.part != "surname" or \
                k == 0:
            return False
        prev = self.tokens[k - 1]
        gap = self.text[prev.end : self.tokens[k].start]
        if gap == " " and prev.text.islower() and prev.key in self.context_words.person_roles:
            # unless it is the listed person's own office ("a prefeita Moura" where a
            # newsroom's glossary gives Ana Moura the office "prefeita": glossary58)
            return not self._office_before(k, cand.entry)
        return cand.match == "partial" and gap in (" ", ". ") and prev.text.isalpha() and \
            prev.key in self.context_words.address_titles and \
            cand.entry.id not in self.context.seen and cand.entry.id not in self.local

    def _plain_given(self, token: Token) -> bool:
        """A Latin-script given name in a language that writes nouns and titles in lower case
        and does not decline names (``uncased_nouns`` in case-endings.toml), or that writes
        them in lower case and declines names (``lowercase_titles``), there not as a
        sentence's first word ("Prezydent Trump powiedział": a title opening a sentence)?"""
        shared = case_endings(None)
        lang = self.index.lang
        if lang not in shared.uncased_nouns and (
                lang not in shared.lowercase_titles or is_sentence_start(self.text, token)):
            return False
        return all(c.isascii() or unicodedata.category(c)[0] != "L" or
                   "LATIN" in unicodedata.name(c, "") for c in token.text)

    def _other_given_name(self, token: Token) -> bool:
        """A given name the dictionary knows that only looks like a place's derivative by
        its ending ("Hunter", "Jill"), not a people's adjective ("Armenian", "Polish")."""
        key = token.key
        return token.capitalized and not token.upper and key.isalpha() and \
            key in self.words.proper and key not in DEMONYMS and not is_title(key) and \
            key not in MONTHS_AND_DAYS and key not in self.context_words.name_openers and \
            not key.endswith(("ian", "ean", "ese", "ish", "ani", "i")) and \
            (key not in self.index.stems or self._cut_stem_only(key))

    def _cut_stem_only(self, key: str) -> bool:
        """Is ``key`` a place's stem only as a name cut before an adjective suffix ("roman"
        of Roman-ia), no place's one-word name itself? Such a stem does not make a given name
        the dictionary knows ("Roman Herzog") a place's word; a place's name does ("Israel")."""
        return not any(v.entry.type == "place" for v in self.index.sequences.get((key,), ()))

    def _surname_phrase(self, cand: _Candidate) -> bool:
        """Is the candidate an accepted multi-word surname ("von der Leyen", "Lula da
        Silva"): the end of the canonical name, written without the given name?"""
        if cand.match not in ("exact", "alias") or cand.last - cand.first < 2:
            return False
        keys = tuple(t.key for t in self.tokens[cand.first : cand.last])
        name = token_keys(cand.entry.name)
        return len(name) > len(keys) and name[-len(keys):] == keys

    def _inside_longer_name(self, i: int) -> bool:
        """Is token ``i`` followed by another capitalised word of the same name ("Costa
        Rican"), outside a Title Case headline?"""
        tokens = self.tokens
        if i + 1 >= len(tokens) or not tokens[i + 1].capitalized or _caseless(tokens[i + 1]):
            return False
        if self.text[tokens[i].end : tokens[i + 1].start] not in (" ", "-"):
            return False
        start = self.text.rfind("\n", 0, tokens[i].start) + 1
        end = self.text.find("\n", tokens[i].end)
        line = [t for t in tokens if t.start >= start and (end < 0 or t.end <= end)
                and len(t.key) >= 4 and t.key.isalpha()]
        prose = self.text[start : end if end >= 0 else len(self.text)].rstrip().endswith(".")
        return not (len(line) >= 4 and _title_case(line, prose))

    def _headline(self, k: int) -> bool:
        """Is token ``k`` on a Title Case line (a headline: capitals say nothing)?"""
        tokens = self.tokens
        start = self.text.rfind("\n", 0, tokens[k].start) + 1
        cached = self._lines.get(start)
        if cached is not None:
            return cached
        end = self.text.find("\n", tokens[k].end)
        first = bisect.bisect_left(self._starts, start)
        last = bisect.bisect_right(self._starts, end) if end >= 0 else len(tokens)
        line = []
        for n in range(first, last):
            t = tokens[n]
            if end >= 0 and t.end > end:
                break
            if len(t.key) >= 3 and t.key.isalpha() and t.key not in _SMALL_WORDS:
                line.append(t)
        if line and all(t.upper for t in line) and len(line) >= 2:
            result = True  # "AZERBAIJAN REJECTS CALL"
        else:
            prose = self.text[start : end if end >= 0 else len(self.text)].rstrip()
            result = len(line) >= 4 and _title_case(line, prose.endswith("."))
        self._lines[start] = result
        return result

    def _name_word(self, k: int, others: set[int], after_dot: bool = False,
                   after: bool = False) -> bool:
        """Could token ``k`` be a word of a longer proper name around a mention: capitalised
        or an acronym, not the start of a sentence that is an ordinary word, no title,
        month, day, compass word or adjective of a place, not part of another mention?"""
        tok = self.tokens[k]
        key = tok.key
        if k in others or not tok.capitalized or _caseless(tok):
            return False  # a word of a script without capitals says nothing ("القاهرة قال")
        if tok.upper and len(key) >= 2:
            return True  # "NBC New York", "VICE US": an acronym or brand in capitals
        if key in titles() and self._hyphen_compound(k):
            return True  # "Paris Saint-Germain": a title word inside a hyphenated name
        if is_title(key) or (after and key in _ROLES) or key in MONTHS_AND_DAYS or \
                key in _COMPASS or \
                _derived(key, self.index):
            return False
        if after_dot or not (is_sentence_start(self.text, tok) or self._opens_quote(k)):
            return True
        if key in _ARTICLES:
            return False  # "Los EE. UU.", "La Russie", "Die USA": an article opening a sentence
        # A sentence's (or a quotation's) first word says nothing by its capital, unless it
        # is an acronym ("NBC New York reported"; not "A US historian", "Neighbouring
        # Chad"), a proper word that is no ordinary word ("Michael Jordan's sneakers": a
        # given name) or a word that opens longer names ("Real Madrid", "New Jersey":
        # glossary/words/context.toml).
        if tok.upper:
            return len(key) >= 2 and not self.words.ordinary(key)
        # In English, a sentence's first word that no English dictionary knows is a name's
        # word too ("Shakhtar Donetsk beat ...": a club), unless it is formed from a place.
        return key in self.context_words.name_openers or \
            (key in self.words.proper and not self.words.ordinary(key)) or \
            (self.index.lang == "en" and len(key) >= 4 and key.isalpha() and
             not self._opens_quote(k) and  # a quoted headline in another language
             not _english_like(self.words, key) and not _derived(key, self.index))

    def _opens_quote(self, k: int) -> bool:
        """Is token ``k`` the first word of a quotation ("the headline "Tapaaminen
        Tallinnassa""), whose capital says nothing either?"""
        before = self.text[max(0, self.tokens[k].start - 2) : self.tokens[k].start]
        if not before or before[-1:] not in "\"“«„‘'":
            return False
        if before[-1:] == "'" and len(before) == 2 and before[0].isalnum():
            return False  # an apostrophe inside a word, not a quotation mark
        return len(before) < 2 or not before[0].isalnum()

    def _hyphen_compound(self, k: int) -> bool:
        """Is token ``k`` joined by a hyphen to a capitalised word that is no title, or
        the end of such a pair ("Saint-Germain", "Saint-Denis"; not "Vice-President")?"""
        tokens = self.tokens
        if k + 1 < len(tokens) and self.text[tokens[k].end : tokens[k + 1].start] == "-":
            nxt = tokens[k + 1]
            return nxt.capitalized and nxt.key not in titles()
        if k > 0 and self.text[tokens[k - 1].end : tokens[k].start] == "-":
            return tokens[k - 1].capitalized and tokens[k].key not in titles()
        return False

    def _embedded(self, cand: _Candidate, owner: dict[int, tuple[int, int]]) -> bool:
        """Is the candidate a part of a longer proper name that is not in the glossary?

        Its neighbour on either side, joined by a space or a hyphen only, is a capitalised
        word that is no title, month, compass word, place adjective or other mention:
        "NBC New York", "U.S. Winter Outlook", "Bong Joon Ho", "Alternative for Germany"
        (also across "for", "of", "de" after a capitalised word). Title Case headlines are
        not judged by their capitals.
        """
        tokens = self.tokens
        first, last = cand.first, cand.last
        # tokens of the other mentions next to this one
        others = {k for k in (first - 2, first - 1, last, last + 1)
                  if k in owner and owner[k] != (first, last)}
        end = tokens[last - 1].end
        if self.text[end : end + 1] in _CURRENCY and cand.variant.isupper():
            return True  # "US$1 billion", "HK$": a currency, not the country (headlines too)
        if cand.variant.isupper() and re.match(rf" [{re.escape(''.join(sorted(_CURRENCY)))}] ?\d",
                                               self.text[end : end + 4]):
            return True  # "US $ 12,9 bilhões": the same symbol, spaced the way engines write it
        if self._headline(first):
            return self._capitals_beside(cand, others) or \
                self._given_name_in_headline(cand, others)

        def joined(a: int, b: int) -> bool:
            return self.text[tokens[a].end : tokens[b].start] in (" ", "\u00a0", "-")

        if cand.match == "inflected" or (
                cand.match == "misspelling" and last - first == 1 and
                (found := self._inflection_of(tokens[first].key)) is not None and
                found[0].entry.id == cand.entry.id):
            # A name with a case ending is a word of the sentence's grammar, not the inside
            # of a fixed name: "премьер-министром Малайзии Анваром" (Malaysia's Anwar),
            # "Irans Führung"; a capitalised word before it still may be ("Банк России").
            return self._embedded_before(cand, others)
        if cand.entry.type == "place" and last < len(tokens) and \
                self.text[tokens[last - 1].end : tokens[last].start] == " " and \
                tokens[last].capitalized and not tokens[last].upper and \
                tokens[last].key in self.context_words.region_heads:
            return True  # "Washington State", "Lagos State": a region named after the place
        if cand.entry.type == "place" and last < len(tokens) and joined(last - 1, last) and \
                tokens[last].text[:1].isupper() and not tokens[last].upper and \
                tokens[last].key in _COMPASS and tokens[last].key.endswith("ern"):
            # English puts a compass adjective before a place, never after it: a
            # capitalised one after the place is a word of a longer name ("China Southern
            # Airlines", "Georgia Southern", "Texas Eastern")
            return True
        if last + 1 < len(tokens) and tokens[last].key in _AFTER_CONNECTIVES and \
                self.text[tokens[last - 1].end : tokens[last].start] == " " and \
                joined(last, last + 1) and \
                self._name_word(last + 1, others, after=True):
            return True  # "Praia do Forte", "Santiago de Compostela"
        if cand.entry.type == "place" and last < len(tokens) and \
                self.text[tokens[last - 1].end : tokens[last].start] == " " and \
                self._own_region_letters(cand, last):
            # "Washington DC", "Sydney NSW": the letters of a region of the place's own
            # country, closing an address, say where it is; they make no longer name
            return self._embedded_before(cand, others)
        if last < len(tokens) and not self._compound_head(last) and \
                not self._envoy_to(first):
            # "U.S. Winter Outlook": the abbreviation's period, then the next word
            dotted = self.text[tokens[last - 1].end : tokens[last].start] == ". " and \
                cand.variant.endswith(".") and tokens[last - 1].upper
            if (joined(last - 1, last) or dotted) and \
                    self._name_word(last, others, after_dot=dotted, after=True):
                return True
        return self._embedded_before(cand, others)

    def _capitals_beside(self, cand: _Candidate, others: set[int]) -> bool:
        """On a Title Case line that is not all in capitals, is a neighbour joined by a space a
        word written wholly in capitals that is no other mention ("USA TODAY Sports" in a
        photo credit)? Title Case capitalises a word's first letter only, so a word in full
        capitals is a brand or an acronym there too, as it is in prose ("US GDP"): the
        candidate is a word of that longer name."""
        tokens, text = self.tokens, self.text
        start = text.rfind("\n", 0, tokens[cand.first].start) + 1
        end = text.find("\n", tokens[cand.last - 1].end)
        if not any(c.islower() for c in text[start : end if end >= 0 else len(text)]):
            return False  # a line in capitals: its capitals say nothing
        for k in (cand.first - 1, cand.last):
            if not 0 <= k < len(tokens) or k in others:
                continue
            a, b = (k, cand.first) if k < cand.first else (cand.last - 1, k)
            tok = tokens[k]
            if text[tokens[a].end : tokens[b].start] == " " and tok.upper and \
                    len(tok.key) >= 2 and tok.key.isalpha():
                return True
        return False

    def _given_name_in_headline(self, cand: _Candidate, others: set[int]) -> bool:
        """On a Title Case line (a headline, a list of names) capitals say nothing, but a
        one-word place followed by a capitalised word that is no word of any dictionary,
        of no place and of no other mention is a person's given name before a surname
        ("Nick Loeb and Sofia Vergara", "Jill Alper, Jordan Gehrke, Steve Hood")."""
        tokens = self.tokens
        k = cand.last
        if cand.entry.type != "place" or cand.last - cand.first != 1 or \
                k >= len(tokens) or k in others or \
                self.text[tokens[k - 1].end : tokens[k].start] != " ":
            return False
        nxt = tokens[k]
        key = nxt.key
        if not (nxt.text[:1].isupper() and tokens[cand.first].text[:1].isupper()) or \
                nxt.upper or len(key) < 3 or not key.isalpha():
            return False  # scripts without capitals (Arabic, Georgian) say nothing here
        return not (_english_like(self.words, key) or key in self.words.proper or
                    _derived(key, self.index) or key in self.index.source_words or
                    key in _COMPASS or is_title(key) or key in MONTHS_AND_DAYS)

    def _city_after_article(self, cand: _Candidate) -> bool:
        """Is a city's name written in Portuguese right after a masculine definite article or
        its contraction ("o desempenho do São Paulo", "O São Paulo se enervou", "trocou o São
        Paulo pelo PSG")? A city's name takes no article in Portuguese ("em São Paulo", "a
        Brasília") unless it begins with a common noun ("o Rio de Janeiro", "o Porto", "o
        Cairo": glossary/words/pt.txt); with one it names the club or the firm called after
        the city, not the city: no mention. A city is an entry with a time zone (``zone``: a
        CLDR exemplar city) or of the glossary's capitals.toml; countries, regions and seas
        take articles ("do Sahel", "no Oriente Médio") and are left."""
        tokens = self.tokens
        k = cand.first
        if self.index.lang != "pt" or cand.entry.type != "place" or k == 0 or \
                self.text[tokens[k - 1].end : tokens[k].start] != " ":
            return False
        source = cand.entry.source.rsplit(":", 1)[0].replace("\\", "/").rsplit("/", 1)[-1]
        if cand.entry.zone is None and source != "capitals.toml":
            return False
        prev = tokens[k - 1]
        if prev.key not in self.context_words.masculine_determiners or \
                not (prev.text.islower() or is_sentence_start(self.text, prev)):
            return False
        return tokens[k].key not in portuguese_words().common

    def _named_in_apposition(self, cand: _Candidate) -> bool:
        """Is a one-word name followed by an apposition that makes it a person's or an
        animal's name: a kinship noun after a place ("Luanda, a filha de Maria", "Georgia,
        the eldest daughter") or a pet's noun after a place or a person ("Malí, a cadela da
        vizinha", "Lula, the family's cat")? The noun is one of the first three words after
        an article or possessive and is not itself a possessor ("Ukraine, the player's
        home" stays)."""
        tokens, text = self.tokens, self.text
        k = cand.last
        if cand.last - cand.first != 1 or cand.entry.type not in ("place", "person") or \
                k + 1 >= len(tokens) or text[tokens[k - 1].end : tokens[k].start] != ", ":
            return False
        words = self.context_words
        if tokens[k].text not in words.apposition_articles:
            return False
        animals = compounds().animals
        for j in range(k + 1, min(k + 4, len(tokens))):
            tok = tokens[j]
            if any(c in text[tokens[j - 1].end : tok.start] for c in ",.;:()!?"):
                return False
            if not tok.text.islower():
                continue
            if text[tok.end : tok.end + 2] in ("'s", "’s"):
                continue
            if tok.key in words.pet_nouns or tok.key in animals:
                return True
            if cand.entry.type == "place" and tok.key in words.kin_nouns:
                return True
        return False

    def _other_gender(self, cand: _Candidate) -> bool:
        """Is a misspelt person's surname the other gender's form of the entry's Slavic
        surname ("Maria Zakharov" for Maria Zakharova, "Ilham Aliyeva" for Ilham Aliyev)?
        A surname that changes its gender is another person, not a misspelling. Declined or
        misspelt, a form only a woman's surname takes ("Петровой", "Зеленская", "Zelenska":
        ``feminine_surnames``) is no form of a listed man's (glossary54)."""
        if cand.entry.type != "person" or cand.match in ("exact", "alias"):
            return False
        got = self.tokens[cand.last - 1].key
        if got in _feminine_forms(cand.entry):
            return True
        if cand.match != "misspelling":
            return False
        want = fold(_surname_text(cand.entry))
        male, female = sorted((got, want), key=len)
        return male + "a" == female and male.endswith(_SLAVIC_MASCULINE)

    def _family_of(self, cand: _Candidate) -> bool:
        """Is a lone surname the modifier of a family noun ("the Medvedev twins", "the
        Aliyev brothers")? That names a family of that surname, not the glossary's
        person."""
        tokens = self.tokens
        k = cand.last
        if cand.entry.type != "person" or cand.last - cand.first != 1 or k >= len(tokens) or \
                self.text[tokens[k - 1].end : tokens[k].start] != " ":
            return False
        return tokens[k].text.islower() and tokens[k].key in self.context_words.family_nouns

    def _inside_kana_word(self, cand: _Candidate) -> bool:
        """Does a candidate that starts or ends in katakana touch more katakana?"""
        tokens = self.tokens

        def kana(k: int) -> bool:
            return 0 <= k < len(tokens) and bool(_KATAKANA.fullmatch(tokens[k].text))

        first, last = cand.first, cand.last - 1
        if kana(first) and kana(first - 1) and tokens[first - 1].end == tokens[first].start:
            return True
        return kana(last) and kana(last + 1) and tokens[last].end == tokens[last + 1].start

    def _place_names_a_language(self, cand: _Candidate) -> bool:
        """Is a place's one-word name written right after a noun that makes the phrase the
        place's language or people (``before`` in place-derivatives.toml: "bahasa Jepang")?"""
        if cand.entry.type != "place" or cand.last - cand.first != 1 or cand.first == 0:
            return False
        nouns = _language_nouns(self.index.lang)
        prev = self.tokens[cand.first - 1]
        return bool(nouns) and prev.key in nouns and \
            self.text[prev.end : self.tokens[cand.first].start] == " "

    def _place_names_a_team(self, cand: _Candidate) -> bool:
        """Is a place written right beside a club's abbreviation
        (``locales/languages/teams.toml``: "GUADALUPE FC", "AC Milan"): a team named by its
        place? (A score beside it says nothing: a national team is read as its country,
        and "la victoire à New York (131-113)" names the city where it was played.)"""
        if cand.entry.type != "place":
            return False
        tokens, text = self.tokens, self.text
        start, end = tokens[cand.first].start, tokens[cand.last - 1].end
        clubs = _club_words()
        after = cand.last < len(tokens) and text[end : tokens[cand.last].start] == " " and \
            tokens[cand.last].text in clubs
        before = cand.first > 0 and \
            text[tokens[cand.first - 1].end : start] == " " and \
            tokens[cand.first - 1].text in clubs
        return after or before

    def _place_opens_a_body(self, cand: _Candidate) -> bool:
        """Is a place, in a Japanese or Chinese text, the first part of a body's, a work's or
        an event's name: the characters after it end in a generic noun of such names
        (``locales/languages/body-suffixes.toml``: 連盟, 協会, 大学, 工程...)?"""
        if cand.entry.type != "place":
            return False
        if self._genitive_opens_a_body(cand):
            return True
        rule = _body_suffixes(self.index.lang)
        if rule is None:
            return False
        suffixes, longest, within, breaks = rule
        end = self.tokens[cand.last - 1].end
        if longest:  # Japanese: the run of kanji and katakana up to a particle
            run = _KANJI_KATAKANA_RUN.match(self.text, end)
            word = run.group() if run else ""
            return 0 < len(word) <= longest and word.endswith(suffixes)
        run = _HAN_RUN.match(self.text[end : end + within])
        word = run.group() if run else ""
        return any(s in word and not any(b in word[: word.index(s)] for b in breaks)
                   for s in suffixes)

    def _genitive_opens_a_body(self, cand: _Candidate) -> bool:
        """Is a one-word place, in the genitive of a language that writes a body's place first
        (Armenian), followed within a few words, joined by spaces only, by a word that a
        body's noun opens ("Հայաստանի պետական սիմֆոնիկ նվագախումբը")?"""
        rule = _body_nouns_after(self.index.lang)
        if rule is None or cand.last - cand.first != 1:
            return False
        nouns, within, genitive, breaks, plural = rule
        if not fold(self.tokens[cand.first].text).endswith(genitive):
            return False
        for k in range(cand.last, min(cand.last + within, len(self.tokens))):
            if self.text[self.tokens[k - 1].end : self.tokens[k].start] != " ":
                return False
            word = fold(self.tokens[k].text)
            noun = next((n for n in nouns if word.startswith(n)), None)
            if noun is not None:
                # a plural names several bodies, not one's name: "Հայաստանի ... բանկերը"
                return not word[len(noun) :].startswith(plural)
            if self.tokens[k].text[:1].isupper() or word in breaks:
                return False  # another name, or "and": "Հայաստանի ու Վրաստանի ակադեմիաները"
        return False

    def _place_closes_a_body(self, cand: _Candidate) -> bool:
        """Is a place, in a Hebrew or Arabic text, the end of a body's, a treaty's or a work's
        name: right after one of the language's generic nouns that open such names, that noun
        with or without the text's proclitic letters ("בנק ישראל", "בבנק ישראל", the Bank of
        Israel; "معاهدة لندن", the Treaty of London)?"""
        if cand.entry.type != "place" or cand.first == 0:
            return False
        heads = _body_heads(self.index.lang)
        if not heads:
            return False
        prev = self.tokens[cand.first - 1]
        if self.text[prev.end : self.tokens[cand.first].start] != " ":
            return False
        word = fold(prev.text)
        letters = _proclitics(self.index.lang)
        return any(word[k:] in heads for k in range(3)
                   if all(c in letters for c in word[:k]))

    def _institution_of(self, cand: _Candidate) -> bool:
        """Is an organisation's multi-word name followed by "of" and a capitalised word
        that may belong to a name ("State Department of Health", not "... of the")?"""
        last, tokens = cand.last, self.tokens
        if cand.entry.type != "org" or cand.last - cand.first < 2 or \
                last + 1 >= len(tokens) or self._headline(cand.first):
            return False
        of, nxt = tokens[last], tokens[last + 1]
        return of.text == "of" and \
            self.text[tokens[last - 1].end : of.start] == " " and \
            self.text[of.end : nxt.start] == " " and \
            self._name_word(last + 1, set(), after=True)

    def _first_of_and_name(self, cand: _Candidate, starts: set[int]) -> bool:
        """Is a place followed by "and" (or "&") and one to three capitalised words, the last
        an institution's head noun ("Victoria and Albert Museum")? Not when a name of the
        glossary follows "and" ("Armenia and Azerbaijan Embassy" names both)."""
        tokens, last = self.tokens, cand.last
        if cand.entry.type != "place" or last + 2 >= len(tokens) or last + 1 in starts or \
                tokens[last].text not in ("and", "&") or self._headline(cand.first) or \
                self.text[tokens[last - 1].end : tokens[last].start] != " ":
            return False
        heads = _institution_heads()
        for k in range(last + 1, min(last + 4, len(tokens))):
            if not tokens[k].capitalized or tokens[k].upper or \
                    self.text[tokens[k - 1].end : tokens[k].start] != " ":
                return False
            if k > last + 1 and tokens[k].key in heads:
                return True
        return False

    def _embedded_before(self, cand: _Candidate, others: set[int]) -> bool:
        """Does a capitalised name word (or one and "for", "of", "de"...) right before the
        candidate make it part of a longer name ("NBC New York", "Alternative for Germany")?"""
        tokens, first = self.tokens, cand.first

        def joined(a: int, b: int) -> bool:
            return self.text[tokens[a].end : tokens[b].start] in (" ", "\u00a0", "-")

        if first >= 2 and tokens[first - 1].text in _ELIDED and \
                self.text[tokens[first - 1].end : tokens[first].start] in ("'", "\u2019") and \
                self.text[tokens[first - 2].end : tokens[first - 1].start] == "-" and \
                tokens[first - 2].capitalized:
            return True  # "Port-d’Espagne", "Villeneuve-d'Ascq": the end of a hyphenated name
        if first > 0 and joined(first - 1, first):
            prev = first - 1
            if _caseless(tokens[prev]):
                return False  # a word of a script without capitals says nothing ("في طهران")
            if self._republic_before(cand, prev, others):
                return False  # "Рэспублiкi Беларусь": the state's own name, no longer name
            if self._name_word(prev, others):
                if self._common_noun(prev) and cand.match != "misspelling" and \
                        _apposition_head(self.index.lang, tokens[prev].key):
                    return False  # "der Terrororganisation Hamas", "die Hafenstadt Odessa"
                # "die Armee Israels", "seinen Kollegen Hakan Fidan": a noun, not a name word
                return not (self._genitive_or_person(cand) and self._common_noun(prev) and
                            (cand.match != "misspelling" or cand.entry.type == "person"))
            own = _OWN_CONNECTIVES.get(self.index.lang or "", frozenset())
            if (tokens[prev].key in _CONNECTIVES or tokens[prev].key in own) and prev > 0 and \
                    joined(prev - 1, prev) and \
                    self._name_word(prev - 1, others) and \
                    not is_sentence_start(self.text, tokens[prev - 1]) and \
                    not self._english_name_then_place(prev):
                # "die Straßen von Manila"; an English "of" keeps an English name together
                # in any text ("der Times of India")
                return tokens[prev].key in _ENGLISH_CONNECTIVES or \
                    cand.match == "misspelling" or not self._common_noun(prev - 1)
        return False

    def _english_name_then_place(self, prev: int) -> bool:
        """Is token ``prev`` a bare Italian or Dutch "of" after an English word in a text of
        another language ("la South Bank Tower di Londra", "il Curie Institute di Parigi")? The
        English name is whole in itself; the text's own "of" says where it is."""
        tokens = self.tokens
        return tokens[prev].key not in _CONNECTIVES and self.index.lang != "en" and \
            not tokens[prev - 1].upper and _english_like(self.words, tokens[prev - 1].key)

    def _republic_before(self, cand: _Candidate, prev: int, others: set[int]) -> bool:
        """Is token ``prev``, right before a country found as written or declined, the word
        the text's language names a republic by ("Рэспублiкi Беларусь", "Republika
        Hrvatska")? Then the two are the state's official name, a mention of it. Not after
        another capitalised word ("Demokratska Republika Kongo" is another state), and not
        for a misspelling."""
        if cand.entry.type != "place" or cand.match == "misspelling" or \
                cand.last - cand.first != 1:
            return False
        stems = _republic_stems(self.index.lang)
        tok = self.tokens[prev]
        if not stems or not tok.capitalized or prev in others:
            return False
        key = tok.key
        if any(unicodedata.name(c, "").startswith("CYRILLIC") for c in key):
            key = key.translate(_CYRILLIC_LOOKALIKES)
        if not any(key.startswith(stem) and len(key) - len(stem) <= 3 for stem in stems):
            return False
        return not (prev > 0 and
                    self.text[self.tokens[prev - 1].end : tok.start] in (" ", "\u00a0") and
                    self._name_word(prev - 1, others))

    def _genitive_or_person(self, cand: _Candidate) -> bool:
        """Is the candidate a person's name or the -s genitive of a name ("Israels",
        "UN-Sicherheitsrats")?"""
        if cand.entry.type == "person":
            return True
        key = self.tokens[cand.last - 1].key
        if not key.endswith("s") or self.index.lang not in case_endings(None).genitive_s:
            return False
        keys = (*(t.key for t in self.tokens[cand.first : cand.last - 1]), key[:-1])
        return any(v.entry.id == cand.entry.id for v in self.index.sequences.get(keys, ()))

    def _common_noun(self, k: int) -> bool:
        """In a language that capitalises every noun (locales/languages/case-endings.toml
        ``capitalised_nouns``), is token ``k`` a noun heading a phrase: capitalised, not in
        capitals, right after a lower-case word of its sentence or an article or preposition
        opening it ("Der Süden", "Im Norden", "die Straßen", "seinen türkischen Kollegen")?"""
        tokens = self.tokens
        if self.index.lang not in case_endings(None).capitalised_nouns or k == 0:
            return False
        tok, before = tokens[k], tokens[k - 1]
        return tok.capitalized and not tok.upper and \
            self.text[before.end : tok.start] == " " and \
            (before.text[:1].islower() or before.key in _GERMAN_OPENERS) and \
            before.text.isalpha()

    def _compound_head(self, k: int) -> bool:
        """Is token ``k`` the noun of a German-style compound after a name and a hyphen
        ("Hizbullah-Miliz", "Gaza-Krieg"), in a language that writes them so, and the end of
        it (not "Paris-Saint-Germain")?"""
        tokens, text = self.tokens, self.text
        if self.index.lang not in _HYPHEN_COMPOUND_LANGS or k == 0 or \
                text[tokens[k - 1].end : tokens[k].start] != "-":
            return False
        tok = tokens[k]
        if not tok.capitalized or tok.upper:
            return False
        return k + 1 >= len(tokens) or text[tok.end : tokens[k + 1].start] != "-"

    def _envoy_to(self, first: int) -> bool:
        """Does the name follow "ambassador to", "envoy to" (a name of the envoy may follow
        it: "China's ambassador to Britain Liu Xiaoming")?"""
        tokens = self.tokens
        if first < 2:
            return False
        prep, noun = tokens[first - 1], tokens[first - 2]
        return prep.text in ("to", "in", "em", "no", "na") and \
            noun.key in self.context_words.envoy_nouns

    def _next_word(self, k: int) -> Token | None:
        """The token after token ``k`` when only a space separates them."""
        tokens = self.tokens
        if k + 1 < len(tokens) and self.text[tokens[k].end : tokens[k + 1].start] == " ":
            return tokens[k + 1]
        return None

    def _other_sense(self, cand: _Candidate, taken: set[int]) -> str | None:
        """Is a one-word match likely another sense of the word, by its neighbours?

        Evidence read (all word classes are data: glossary/words/context.toml, the word
        lists of glossary/words/, ISO 3166-2 in glossary/words/subdivisions.toml):

        * an acronym after a number ("1.5 AU": a unit), after "in" after a participle of
          measuring ("given in AU") or before a lower-case noun that makes it a standard, test
          or course ("APA style", "AP exams"): "unit";
        * in a language whose press writes regions by their ISO 3166-2 letters, such a code
          after a masculine determiner ("o governo do AP": Amapá): "region";
        * a place right after a lower-case noun of a person's role ("o técnico Lima", "the
          striker Santiago"), or after a title and before a capitalised word ("Foreign
          Minister Ararat Mirzoian"): a person's name, "person";
        * a country named like another country's region (Georgia, the U.S. state), with that
          region's cues around it ("the governor of Georgia", "Georgia's Fulton County") or
          in apposition after a place the glossary does not know ("Atlanta, Georgia"):
          "region";
        * a one-word alias that is one word of the entry's longer name and also a proper
          word of the language's dictionary ("Wagner" of Wagner Group: the composer;
          "Ararat" of Mount Ararat: a given name): "short", kept only when the document
          gives the entry other support;
        * a name that is no acronym written in capitals as a Roman numeral ("ke-XI", "Pope
          Pius XI") outside a line in capitals: "numeral";
        * in English, a place's name that is one word of a common noun (WordNet: "Brussels
          sprouts", "Panama hats", "chicken Kiev"), or a name that is also a food or an animal
          before a food, an animal or a plant ("Turkey sandwiches"): "compound";
        * a name whose lower-case form is a common word of the text's language ("Turkey",
          "Male", "Chile", "Fed"; Portuguese "Peru", "Praia") opening a sentence or in a Title
          Case headline, where its capital says nothing: "word", kept only with support.

        Returns None (the name) or the other sense; ``taken`` holds the token indexes of the
        other candidates.
        """
        if cand.last - cand.first != 1 or cand.match not in ("exact", "alias", "deprecated"):
            return None
        k = cand.first
        tokens, words = self.tokens, self.context_words
        tok = tokens[k]
        spaced = k > 0 and self.text[tokens[k - 1].end : tok.start] == " "
        if tok.upper and not _is_acronym(cand.variant) and _ROMAN.fullmatch(tok.text) and \
                not self._headline(k):
            return "numeral"  # "ke-XI", "Louis XI": a name written in capitals only in capitals
        if _is_acronym(cand.variant):
            if spaced and tokens[k - 1].text[-1:].isdigit():
                return "unit"
            if spaced and k > 1 and tokens[k - 1].text == "in" and \
                    tokens[k - 2].key in words.unit_verbs:
                return "unit"
            nxt = self._next_word(k)
            if nxt is not None and nxt.text.islower() and nxt.key in words.standard_nouns:
                return "unit"
            codes = subdivisions().codes.get(self.index.lang, frozenset())
            if tok.text in codes and spaced and tokens[k - 1].text.lower() in \
                    words.masculine_determiners:
                return "region"
            return None
        if cand.entry.type == "place" and self.index.lang == "en" and not tok.upper:
            # a common noun made with the name ("Brussels sprouts", "chicken Kiev",
            # "Turkey sandwiches": glossary/words/compounds.toml, from WordNet)
            nouns = compounds()
            nxt = self._next_word(k)
            if nxt is not None and nxt.text.islower() and \
                    nouns.common_noun(tok.key, nxt.key, word_after=True):
                return "compound"
            if spaced and tokens[k - 1].text.isalpha() and \
                    nouns.common_noun(tok.key, tokens[k - 1].key, word_after=False):
                return "compound"
        if cand.entry.type == "place" and spaced:
            prev = tokens[k - 1]
            if prev.text.islower() and prev.key in words.person_roles:
                return "person"
            nxt = self._next_word(k)
            if prev.key in titles() and prev.capitalized and nxt is not None and \
                    nxt.capitalized and not nxt.upper:
                return "person"
        if cand.entry.id in subdivisions().shared and self._region_cue(k, taken):
            return "region"
        if cand.match == "alias" and cand.entry.type in ("org", "place") and \
                not tok.upper and tok.key in self.words.proper:
            name_keys = token_keys(cand.entry.name)
            if len(name_keys) >= 2 and tok.key in name_keys:
                return "short"
        if tok.upper or cand.entry.type == "person":
            return None  # a surname's other sense ("trump", "tusk") is not capitalised
        # (the two word sets are read in turn, never joined: a union per candidate costs the
        # size of the sets)
        if tok.key not in self.words.common and \
                (self.index.lang != "pt" or tok.key not in portuguese_words().common):
            return None
        return "word" if is_sentence_start(self.text, tok) or self._headline(k) else None

    def _region_cue(self, k: int, taken: set[int]) -> bool:
        """Words of a region's sense within three words of token ``k``, or a place the
        glossary does not know in apposition before it ("Atlanta, Georgia")."""
        tokens = self.tokens
        window = tokens[max(0, k - 3) : k] + tokens[k + 1 : k + 4]
        if any(t.key in self.context_words.region_cues for t in window):
            return True
        if k >= 1 and self.text[tokens[k - 1].end : tokens[k].start] == ", ":
            prev = tokens[k - 1]
            return prev.capitalized and not prev.upper and k - 1 not in taken and \
                not self.words.ordinary(prev.key)
        return False

    def _supported(self, cand: _Candidate, strong: bool) -> bool:
        """Evidence that a common-word name opening a sentence is the name: the entry was
        named before in the document, another name stands in the text, or the next word
        makes it the subject of a clause ("Turkey said", "Chile's", "Turkey and Greece") or
        is a noun news prose puts after a country or an institution ("China exports", "Fed
        officials"), not a modifier of another noun ("Turkey prices", "Male voters", "Fed
        up"). ``strong``: another chosen candidate is no weak one (read once by the caller:
        per candidate it made the pass cubic in the names of a text)."""
        tok = self.tokens[cand.first]
        if cand.entry.id in self.context.seen or strong:
            return True
        after = self.text[tok.end : tok.end + 2]
        if not after.strip() or after[:1] in ",;:.!?)" or after[:1] in "'’":
            return True
        nxt = self._next_word(cand.first)
        if nxt is None:
            return False
        key = nxt.key
        if key in self.context_words.coordinators:
            after_nxt = self._next_word(cand.first + 1)
            return after_nxt is not None and after_nxt.capitalized
        return key in self.context_words.subject_followers or \
            key in self.context_words.entity_heads or \
            (nxt.text.islower() and key.endswith("ed") and len(key) > 4)

    def _lookalike_in_a_name(self, cand: _Candidate,
                             owner: dict[int, tuple[int, int]]) -> bool:
        """A near miss that is more likely another name than this one misspelt:

        * a one-word look-alike of a place right after a capitalised word that is no title
          ("François Hollande" is no misspelt Holland): a surname;
        * a lone look-alike of a person's surname with one consonant put for another, not
          only other vowels, a romanization or a dropped letter ("Starner" is not
          "Starmer"; "Pashinian" and "Erdoan" stay),
          with no title before it and the person not named in the document;
        * a sentence's first word (its capital says nothing) that is one of the most frequent
          words of the text's language ("Avant la diffusion..." is no misspelt Havana).
        """
        if cand.match != "misspelling" or cand.last - cand.first != 1:
            return False
        k = cand.first
        tokens = self.tokens
        if self._declined_other_word(tokens[k].key, fold(cand.variant)):
            return True  # "Europos", "Europoje" (Europe's genitive, locative): no Europol
        if self.index.lang != "en" and is_sentence_start(self.text, tokens[k]) and \
                tokens[k].key in frequent_words(self.index.lang):
            return True  # "Avant la diffusion": a frequent word opening a sentence ("Havana")
        if cand.entry.type == "place":
            key = tokens[k].key
            names = _place_words(self.index).get(cand.entry.id, set())
            if _derivative_of_place(key, names, _derivative_endings(self.index.lang)):
                return True  # "Belgische", "Argentijnen": the place's adjective or people
        prev = tokens[k - 1] if k > 0 and \
            self.text[tokens[k - 1].end : tokens[k].start] == " " else None
        titled = prev is not None and is_title(prev.key)
        if cand.entry.type == "place" and prev is not None and \
                self.index.lang in case_endings(None).capitalised_nouns and \
                (prev.key in _GERMAN_DETERMINERS or
                 (prev.key in _GERMAN_ARTICLE_CONTRACTIONS and prev.text.islower())):
            return True  # "der Saison", "ins Ausland": nouns of the language, no misspelt place
        if self._capital_says_nothing(tokens[k]):
            return True  # "DONNEZ, PARTAGEZ": no name by its capitals
        if cand.entry.type == "place" and prev is not None and self.index.lang != "en" and \
                prev.text in _ROMANCE_ARTICLES:
            return True  # "a la Franja": the article's noun, no misspelt "Francia"
        if cand.entry.type == "place":
            # a sentence's first word says nothing by its capital ("In Ouagadougu"), unless
            # the dictionary knows it only as a name
            return prev is not None and prev.capitalized and not titled and \
                k - 1 not in owner and prev.key not in MONTHS_AND_DAYS and \
                (not is_sentence_start(self.text, prev) or
                 (prev.key in self.words.proper and prev.key not in self.words.common))
        if cand.entry.type != "person" or titled or cand.entry.id in self.context.seen:
            return False
        def consonants(key: str) -> str:
            # letters romanizations swap for one another count as one (Peskoff/Peskov)
            return "".join(c for c in skeleton(key) if c not in "aeiouyh").translate(_ROMAN_SAME)

        want = consonants(fold(_surname_text(cand.entry)))
        key = tokens[k].key
        got = [consonants(key), *(consonants(r) for r in readings(key))]
        # a consonant put for another ("Starner"/"Starmer") makes another name; a letter
        # dropped or doubled ("Erdoan") is a slip of the keyboard
        return want not in got and all(len(g) == len(want) for g in got)

    def _declined_other_word(self, key: str, name: str) -> bool:
        """Is a near miss of ``name`` a word whose difference from the name lies all inside one
        of the text's own case endings: the word's stem (the word less the ending) begins the
        name, and the name is not that stem declined back (``restores``)? Then the word is
        another word declined, not this name misspelt: Lithuanian "Europos" and "Europoje"
        (Europe's genitive and locative, stem "Europ") are no misspelt "Europol". A misspelling
        changes letters of the name; a case ending is the grammar's, and the language's
        declined form of the name itself is read by ``inflected`` (or is a near miss that
        differs from the name only in the name's final vowel: "Kosova", Kosovo's genitive)."""
        rows = case_endings(self.index.lang).endings
        shared = case_endings(None)
        if self.index.lang in shared.slavic_languages:
            rows = rows + shared.slavic
        if not rows or " " in name or key == name or name in readings(key):
            return False  # Polish "Karabach" is Karabakh as German and Polish write kh
        for ending, restores in rows:
            stem = key[: len(key) - len(ending)]
            tail = name[len(stem):]
            # a declension puts its ending for the name's final vowel, never for a consonant
            # of it: "Kosova" is Kosovo's genitive (tail "o"), "Europos" no Europol (tail "ol");
            # a word that ends as the name does differs before the ending: a letter dropped
            # ("Zaporoże", Zaporozhe without its h) is a misspelling
            if ending and key.endswith(ending) and len(stem) >= 4 and name.startswith(stem) \
                    and tail.strip("aeiouy") and not tail.endswith(ending) \
                    and name not in {stem + r for r in restores}:
                return True
        return False

    def _capital_says_nothing(self, tok: Token) -> bool:
        """Is ``tok`` written in capitals only because it stands in a line of capitals, in a
        text of a language other than English whose words no shipped dictionary lists? Then
        nothing says it is a name rather than a word of the language ("DONNEZ, PARTAGEZ"), and
        a near miss of a name is not taken for that name misspelt (a listed spelling still
        is). A sentence's first word is not judged so: a respelt name opens many headlines
        ("Jerewan wies...", "Hudaida: Gespräche...")."""
        lang = self.index.lang
        if lang == "en" or language_words(lang) is not None or not tok.upper or \
                len(tok.key) < 2:
            return False
        words = [t for t in self.tokens if t.key.isalpha() and len(t.key) > 1]
        return sum(t.upper for t in words) >= 2 and sum(t.upper for t in words) * 2 > len(words)

    def _defined_as_other(self, cand: _Candidate, chosen: list[_Candidate]) -> bool:
        """Is the candidate an acronym that this document spells out as a name the glossary
        does not give the entry: "Reporters Without Borders (RSF)", "RSF (Reporters Without
        Borders)", "The APA, the American Psychological Association,"? Then every use of the
        acronym in the document means that body (remembered in the document's context)."""
        if not _is_acronym(cand.variant) or cand.last - cand.first != 1:
            return False
        acronym = self.tokens[cand.first].text
        if acronym in self.context.defined_other:
            return True
        tokens, text = self.tokens, self.text
        names = {fold(t) for _, t in cand.entry.variants} | \
            {fold(t) for t in cand.entry.forms.values()}
        covered = {k for c in chosen if c.entry.id == cand.entry.id and c is not cand
                   for k in range(c.first, c.last)}
        for i, tok in enumerate(tokens):
            if tok.text != acronym or not tok.upper:
                continue
            before = text[max(0, tok.start - 2) : tok.start]
            after = text[tok.end : tok.end + 2]
            phrase: list[int] = []
            if before == " (" and after[:1] == ")":
                phrase = self._capitalised_run(i - 1, -1)  # "Reporters Without Borders (RSF)"
            elif after == " (":
                phrase = self._capitalised_run(i + 1, 1)  # "RSF (Reporters Without Borders)"
            elif after == ", " and i + 2 < len(tokens) and tokens[i + 1].key == "the" and \
                    tokens[i + 1].text.islower():
                phrase = self._capitalised_run(i + 2, 1)  # "The APA, the American ..."
            elif i >= 3 and tokens[i - 1].text in ("or", "ou", "oder", "o") and \
                    text[tokens[i - 2].end : tokens[i].start] == f" {tokens[i - 1].text} ":
                # "an Emergency Use Authorization or EUA": a phrase whose initials spell it
                run = self._capitalised_run(i - 2, -1)
                if initials(text[tokens[min(run)].start : tokens[max(run)].end]
                            if run else "") == acronym:
                    phrase = run
            if len(phrase) < 2 or covered & set(phrase):
                continue
            lo, hi = min(phrase), max(phrase)
            spelt = [fold(text[tokens[a].start : tokens[hi].end]) for a in range(lo, hi)]
            if any(p in names for p in spelt):
                continue
            self.context.defined_other.add(acronym)
            return True
        return False

    def _capitalised_run(self, k: int, step: int) -> list[int]:
        """Token indexes of the capitalised words from token ``k`` on, going ``step`` (+1 or
        -1), joined by spaces and the small words of names ("of", "for", "de")."""
        tokens, text = self.tokens, self.text
        out: list[int] = []
        j = k
        while 0 <= j < len(tokens) and len(out) < 8:
            tok = tokens[j]
            if out:
                a, b = (tokens[j].end, tokens[out[-1]].start) if step < 0 else \
                    (tokens[out[-1]].end, tokens[j].start)
                if text[a:b] not in (" ", "-"):
                    break
            name_word = tok.capitalized and not tok.upper
            connective = tok.key in _CONNECTIVES and tok.text.islower() and bool(out)
            if not (name_word or connective):
                break
            out.append(j)
            j += step
        while out and not tokens[out[-1]].capitalized:
            out.pop()
        return out

    def _inside_local_place(self, cand: _Candidate) -> bool:
        """Is the place ``cand`` a part of a longer town name of the source language's
        countries (``words.local_places``)?"""
        if cand.entry.type != "place":
            return False
        pattern = local_places(self.index.lang)
        if pattern is None:
            return False
        start, end = self.tokens[cand.first].start, self.tokens[cand.last - 1].end
        if self._local_places is None:
            # the town names' matches, read once per text (they do not overlap, in order)
            self._local_places = [(m.start(), m.end()) for m in pattern.finditer(self.text)]
        places = self._local_places
        # the one match that can hold ``start``: the last that begins at or before it
        n = bisect.bisect_right(places, (start, len(self.text) + 1)) - 1
        return n >= 0 and places[n][0] <= start and end <= places[n][1] and \
            places[n][1] - places[n][0] > end - start

    def _namesakes(self, chosen: list[_Candidate]) -> set[int]:
        """Places named after a place of another country, told by the region written after
        them: "Moscow, Idaho", "Paris, Texas", "Armenia, Quindío", "Macau, no Rio Grande do
        Norte", "Macau (RN)". The region is a first-level region of a country (ISO 3166-2,
        glossary/words/subdivisions.toml) or, after a city, a country of the glossary; the
        place's own country (same file, generated from CLDR and GeoNames) must not have a
        region or be the country of that name ("Tbilisi, Georgia", "Khan Younis, Gaza" stay).
        A glossary country written as that region ("Athens, Georgia") is the region too.
        Returns the ids of the candidates that are no mention."""
        subs = subdivisions()
        if not subs.regions:
            return set()
        tokens, text = self.tokens, self.text
        out: set[int] = set()
        for cand in chosen:
            own = subs.country.get(cand.entry.id) or (cand.entry.territory or "").upper()
            if cand.entry.type != "place" or not own:
                continue
            if self._region_named_with(cand, subs.regions):
                out.add(id(cand))  # "University of Western Australia": the state's name
                continue
            if self._region_after_town(cand, subs.regions, own, chosen):
                out.add(id(cand))  # "Seattle, Washington": the state
                continue
            k = cand.last
            if k >= len(tokens):
                continue
            gap = text[tokens[k - 1].end : tokens[k].start]
            code = tokens[k].text
            if gap in (" (", "-", " - ", "/") and code in subs.codes.get(self.index.lang, ()):
                # "Macau (RN)", "Macau-RN": a region code of the one country whose press
                # writes its regions so (pt: Brazil)
                closer = text[tokens[k].end : tokens[k].end + 1]
                if closer in ("", ")", ",", ".", ";", ":", " ", "\n") and own != "BR":
                    out.add(id(cand))
                continue
            if gap.strip() != "," :
                continue
            postal = subs.postal.get(code)
            if postal is not None and gap == ", " and self._code_closes(tokens[k].end):
                # "Georgetown, TX", "Moscow, ID 83843": a region's letters in an address
                if own not in postal:
                    out.add(id(cand))
                continue
            if self._apposition_elsewhere(cand, own, chosen):
                out.add(id(cand))
                continue
            if tokens[k].key in _NAMESAKE_PREPOSITIONS and tokens[k].text.islower() and \
                    k + 1 < len(tokens) and text[tokens[k].end : tokens[k + 1].start] == " ":
                k += 1  # "Macau, no Rio Grande do Norte", "Lagos, in Nigeria"
            found = self._region_after(k, cand, chosen)
            if found is None:
                continue
            countries, _, region = found
            if own in countries:
                continue
            out.add(id(cand))
            if region is not None:
                out.add(id(region))  # "Athens, Georgia": the U.S. state, not the country
        return out

    def _region_after_town(self, cand: _Candidate, regions: Mapping[str, frozenset[str]],
                           own: str, chosen: list[_Candidate]) -> bool:
        """A glossary city named like a first-level region of its own country (Washington,
        New York), written right after a town's name and a comma, the town no glossary name
        and the pair no list going on ("Seattle, Washington", "Spokane, Washington."; not
        "Boston, Washington and Chicago", not "London, Washington"): the region."""
        tokens, text = self.tokens, self.text
        f, k = cand.first, cand.last
        surface = fold(text[tokens[f].start : tokens[k - 1].end])
        if cand.entry.territory or f < 1 or own not in regions.get(surface, ()):
            return False
        prev = tokens[f - 1]
        if text[prev.end : tokens[f].start] != ", " or not prev.capitalized or \
                any(c.first <= f - 1 < c.last for c in chosen):
            return False
        if is_sentence_start(text, prev):
            # "However, Washington said": a sentence's first word must be a name, not a word
            words = language_words(self.index.lang)
            if words is None or not words.common or prev.key in words.common:
                return False
        if k < len(tokens):
            gap = text[tokens[k - 1].end : tokens[k].start]
            if gap in (" ", ", ") and (tokens[k].capitalized or tokens[k].key in
                                       ("and", "or", "&")):
                return False  # a list or a longer name goes on
        return True

    def _region_named_with(self, cand: _Candidate,
                           regions: dict[str, frozenset[str]]) -> bool:
        """Is the candidate the last word(s) of a region's name, written with the one or
        two capitalised words before it ("Western Australia", "Northern Ireland", "New
        South Wales")? The name is then the region's (ISO 3166-2 first-level names,
        glossary/words/subdivisions.toml), not the country's."""
        tokens, text = self.tokens, self.text
        end = tokens[cand.last - 1].end
        for back in (1, 2):
            first = cand.first - back
            if first < 0:
                return False
            tok = tokens[first]
            if not tok.capitalized or tok.upper:
                return False
            between = text[tok.end : tokens[first + 1].start]
            if between != " ":
                return False
            if fold(text[tok.start : end]) in regions:
                return True
        return False

    def _own_region_letters(self, cand: _Candidate, k: int) -> bool:
        """Is token ``k`` the ISO 3166-2 letters of a first-level region of the candidate
        place's own country (``[postal]``), closing an address ("Washington DC.")?"""
        subs = subdivisions()
        own = subs.country.get(cand.entry.id) or (cand.entry.territory or "").upper()
        return bool(own) and own in subs.postal.get(self.tokens[k].text, ()) and \
            self._code_closes(self.tokens[k].end)

    def _outside_running_text(self, cand: _Candidate) -> bool:
        """Does the candidate overlap a code span of ``verbatim``, or lie in a span of
        :func:`outside_running_text` as no more than a part of it (a name the glossary
        writes with a hyphen, "Guinea-Bissau", is its own run)?"""
        if self._blocked is None:
            self._blocked = outside_running_text(self.text)
        start, end = self.tokens[cand.first].start, self.tokens[cand.last - 1].end
        if any(s < end and start < e for s, e in self.verbatim):
            return True
        return any(s < end and start < e and not (start <= s and e <= end)
                   for s, e in self._blocked)

    def _code_closes(self, end: int) -> bool:
        """Does a region's letters at ``end`` close an address: the end of the text or line,
        punctuation, or a postcode's digits ("TX 75460")?"""
        rest = self.text[end : end + 3]
        if rest[:1] in ("", "\n", ",", ".", ";", ":", ")"):
            return True
        return rest[:1] == " " and len(rest) > 1 and rest[1].isdigit()

    def _in_address(self, cand: _Candidate) -> bool:
        """Is the candidate glued by a period to a word on either side, as in a web
        address or a site's name ("Football.London", "London.gov")?"""
        tokens, text = self.tokens, self.text
        start, end = tokens[cand.first].start, tokens[cand.last - 1].end
        if "." in text[start:end]:
            return False  # "U.S.": the name's own periods
        if text[start - 1 : start] == "." and _ADDRESS_BEFORE.search(text, 0, start):
            return True
        return text[end : end + 1] == "." and end + 1 < len(text) and \
            text[end + 1].isalnum() and text[end + 1].islower()

    def _reporter_citation(self, cand: _Candidate) -> bool:
        """Is the candidate a law reporter's abbreviation between a volume and a page number
        ("549 U.S. 183": the United States Reports, not the country)? Only an abbreviation
        in capitals, with or without its periods, and only between two numbers."""
        tokens, text = self.tokens, self.text
        start, end = tokens[cand.first].start, tokens[cand.last - 1].end
        surface = text[start:end]
        if not surface.replace(".", "").isupper():
            return False
        if text[end : end + 1] == ".":
            end += 1
        before = text[max(0, start - 8) : start]
        if _CITATION_VOLUME.search(before) is None:
            return False
        return _CITATION_PAGE.match(text, end) is not None or \
            (not text[end:].strip() and _CITATION_CUT_VOLUME.search(before) is not None)

    def _abbreviation_chain(self, cand: _Candidate) -> bool:
        """Is the candidate a short alias written with its period and followed by another
        capitalised abbreviation ("Fed. Cir. 2022": the Federal Circuit, not the Federal
        Reserve's "Fed")? Only one word of five letters or fewer that is not the entry's
        name; a title or a month after it ("the Fed. Mr. Powell") is read as before."""
        if cand.last - cand.first != 1 or cand.match == "exact":
            return False
        tok = self.tokens[cand.first]
        word = self.text[tok.start : tok.end]
        if not word.isalpha() or len(word) > 5:
            return False
        nxt = _NEXT_ABBREVIATION.match(self.text, tok.end)
        if nxt is None:
            return False
        key = fold(nxt.group(1))
        return key not in titles() and key not in _MONTH_ABBREVIATIONS and \
            key not in MONTHS_AND_DAYS

    def _case_party(self, cand: _Candidate) -> bool:
        """Is the candidate a party of a case title, next to "v." or "vs.", that is no
        name spelt out: a misspelling to repair ("United States v. Turley": a surname, not
        Turkey misspelt) or a one-word acronym ("ALLEN v. US": the party as the court wrote
        it)? A party's name spelt in full ("Descamps v. United States") is read as before."""
        tokens, text = self.tokens, self.text
        start, end = tokens[cand.first].start, tokens[cand.last - 1].end
        acronym = cand.last - cand.first == 1 and cand.match != "exact" and \
            text[start:end].replace(".", "").isupper()
        if cand.match != "misspelling" and not acronym:
            return False
        sides = _CASE_V if acronym and cand.match != "misspelling" else _CASE_PARTIES
        return sides.search(text[max(0, start - 6) : start]) is not None or \
            sides.match(text[end : end + 6]) is not None

    def _local_given_name(self, cand: _Candidate) -> bool:
        """Is a place's one-word gazetteer spelling, one of another language ("Sidnei",
        Sydney in Lithuanian and Esperanto), a proper name of the text's own language's
        dictionary (``language_words``; for Portuguese ``glossary/words/pt.txt``) written
        before a capitalised word no dictionary knows: a given name before a surname
        ("Ministro Sidnei Beneti", a Brazilian judge)? The place's own forms (its name, its
        forms in the glossary) are read as before, and so is the spelling in English text."""
        tokens = self.tokens
        k = cand.last
        lang = self.index.lang
        if cand.entry.type != "place" or cand.last - cand.first != 1 or not lang or \
                lang == "en" or k >= len(tokens) or \
                not (cand.match == "alias" or cand.respelt is not None) or \
                not is_gazetteer_name(cand.entry.id, cand.variant) or \
                self.text[tokens[k - 1].end : tokens[k].start] != " ":
            return False
        words = portuguese_words() if lang == "pt" else language_words(lang)
        word, nxt = tokens[cand.first], tokens[k]
        own = {fold(cand.entry.name)} | {fold(v) for v in cand.entry.forms.values()}
        if words is None or not word.capitalized or word.upper or \
                word.key not in words.proper or word.key in own:
            return False
        return nxt.capitalized and not nxt.upper and nxt.key.isalpha() and \
            len(nxt.key) >= 3 and not self.words.is_word(nxt.key) and \
            nxt.key not in words.common and nxt.key not in words.proper and \
            nxt.key not in self.words.proper and nxt.key not in self.index.source_words

    def _shouted(self, cand: _Candidate) -> bool:
        """Is the candidate an acronym that spells a common word ("US", "WHO", "IT") on a
        line written all in capitals, where capitals say nothing? A common word of the text's
        own language counts too: one of its most frequent words (jusText's stop list), when
        the entry's form in that language is another ("Naciones Unidas"), so the Spanish "DE
        UN BARRIO" holds the article "un", not the UN. The stop lists hold names as well
        (Danish "usa", Slovak "nato"): an entry with no form in the language, or whose form
        there is the word, keeps it."""
        span = self.tokens[cand.first : cand.last]
        if len(span) != 1 or not span[0].upper or len(span[0].key) > 5:
            return False
        key = span[0].key
        if key not in self.words.common and key not in self.context_words.short_words and \
                key not in self.context_words.shouted_words.get(self.index.lang or "", ()) and \
                not self._frequent_word_not_its_name(cand, key):
            return False
        tokens = self.tokens
        near = [tokens[k] for k in (cand.first - 2, cand.first - 1, cand.last, cand.last + 1)
                if 0 <= k < len(tokens) and tokens[k].key.isalpha()]
        return self._headline(cand.first) and len(near) >= 2 and \
            all(t.upper for t in near)

    def _frequent_word_not_its_name(self, cand: _Candidate, key: str) -> bool:
        """Is ``key`` one of the most frequent words of the text's language (not English,
        read by its dictionary) while the entry's own form in that language is another?"""
        from ..langdata import base_language

        lang = self.index.lang
        if lang == "en" or key not in frequent_words(lang):
            return False
        own = cand.entry.forms.get(base_language(lang) or lang)
        return own is not None and fold(own) != key

    def _breed(self, cand: _Candidate) -> bool:
        """Is a one-word place the name of a breed, before a lower-case animal noun
        ("Jersey cows", "Shetland ponies"; WordNet animals, glossary/words/compounds.toml)?"""
        if cand.entry.type != "place" or cand.last - cand.first != 1:
            return False
        if self.tokens[cand.first].upper:
            return False  # an acronym is no breed ("US rates")
        nxt = self._next_word(cand.last - 1)
        if nxt is None or not nxt.text.islower():
            return False
        animals = compounds().animals
        key = nxt.key
        # a plural: -s, or -es after a sibilant ("foxes"); "rates" is no plural of "rat"
        return key in animals or (key.endswith("s") and key[:-1] in animals) or \
            (key.endswith("es") and key[:-2].endswith(("s", "x", "z", "ch", "sh")) and
             key[:-2] in animals)

    def _list_items(self, cand: _Candidate) -> list[tuple[int, int]]:
        """The other items of a list of capitalised names the candidate stands in, joined
        by commas, "and", "or" ("Colorado,Washington, Alaska, and Oregon")."""
        tokens, text = self.tokens, self.text
        items: list[tuple[int, int]] = []

        def run(k: int, step: int) -> tuple[int, int] | None:
            j = k
            while 0 <= j < len(tokens) and tokens[j].capitalized and abs(j - k) < 3 and \
                    (j == k or text[min(tokens[j].end, tokens[j - step].end) :
                                    max(tokens[j].start, tokens[j - step].start)] == " "):
                j += step
            if j == k:
                return None
            return (k, j) if step > 0 else (j + 1, k + 1)

        for step in (1, -1):
            k = cand.last if step > 0 else cand.first - 1
            edge = cand.last - 1 if step > 0 else cand.first
            while 0 <= k < len(tokens) and len(items) < 8:
                a, b = (edge, k) if step > 0 else (k, edge)
                gap = text[tokens[a].end : tokens[b].start].strip()
                if tokens[k].key in _LIST_WORDS and tokens[k].text.islower():
                    if gap not in ("", ","):
                        break
                    k += step
                    if not 0 <= k < len(tokens):
                        break
                elif gap != ",":
                    break
                item = run(k, step)
                if item is None:
                    break
                items.append(item)
                edge = item[1] - 1 if step > 0 else item[0]
                k = item[1] if step > 0 else item[0] - 1
        return items

    def _region_in_list(self, cand: _Candidate, owner: dict[int, tuple[int, int]]) -> bool:
        """Is a place that is also a first-level region of some country (ISO 3166-2,
        glossary/words/subdivisions.toml) listed among other regions of that country that
        the glossary does not know ("Colorado, Washington, Alaska, and Oregon": the U.S.
        state)?"""
        if cand.entry.type != "place":
            return False
        subs = subdivisions()
        name = fold(self.text[self.tokens[cand.first].start : self.tokens[cand.last - 1].end])
        countries = set(subs.regions.get(name, ()))
        if not countries:
            return False
        hits = 0
        for a, b in self._list_items(cand):
            if any(k in owner for k in range(a, b)):
                continue
            phrase = fold(self.text[self.tokens[a].start : self.tokens[b - 1].end])
            if countries & set(subs.regions.get(phrase, ())):
                hits += 1
        # A region of another country ("Alabama, Georgia, Florida") needs two other
        # regions; a region of the place's own country, where a city and its region may
        # share a name ("Dar es Salaam, Mtwara, Ruvuma"), three.
        own = subs.country.get(cand.entry.id) or (cand.entry.territory or "").upper()
        return hits >= (3 if own in countries else 2)

    def _apposition_elsewhere(self, cand: _Candidate, own: str,
                              chosen: list[_Candidate]) -> bool:
        """Does an apposition after the place make it another thing of that name?

        * an animal: "Sudan, the last male northern white rhino" (its head noun is an animal
          in WordNet, glossary/words/compounds.toml);
        * a place of another country: "Armenia, the capital of Colombia's Quindío
          department", "Lagos, on Portugal's Algarve coast" (a place noun of
          glossary/words/context.toml, then "of"/"in"/"on" and a country of the glossary
          that is not the place's own; or "on"/"in"/"near" and another country's
          possessive). "Kyiv, the capital of Ukraine" stays.
        """
        tokens, text = self.tokens, self.text
        k = cand.last
        if k >= len(tokens) or not tokens[k].text.islower():
            return False
        span: list[int] = []
        j = k
        while j < len(tokens) and len(span) < 10:
            span.append(j)
            gap = text[tokens[j].end : tokens[j + 1].start] if j + 1 < len(tokens) else "."
            if any(c in gap for c in ",.;:()!?"):
                break
            j += 1
        words = [tokens[j] for j in span]
        opener = words[0].key
        if opener in ("the", "a", "an"):
            heads = [n for n, t in enumerate(words[1:], 1) if t.text.islower() and
                     t.key not in _NAMESAKE_PREPOSITIONS and t.key not in ("of", "who", "that")]
            # the noun phrase ends before a preposition, a relative or a participle
            # ("the last male northern white rhino on Earth", "a mare trained in ...")
            end = next((n for n, t in enumerate(words) if n > 1 and (t.key in
                        ("of", "on", "in", "at", "who", "that", "from", "with") or
                        (t.key.endswith("ed") and t.text.islower()))), len(words))
            head = words[end - 1] if end > 1 else None
            if head is not None and heads and head.text.islower() and \
                    head.key in compounds().animals and cand.entry.type == "place":
                return True  # "Sudan, the last male northern white rhino on Earth"
            place = next((n for n, t in enumerate(words[:4]) if n and
                          t.key in self.context_words.place_nouns), None)
            if place is None or place + 2 >= len(words) or \
                    words[place + 1].key not in ("of", "in", "on"):
                return False
            country = span[place + 2]
        elif opener in ("on", "in", "near") and len(words) >= 2:
            country = span[1]
            other = next((c for c in chosen if c.first == country), None)
            if other is None or text[tokens[other.last - 1].end :
                                     tokens[other.last - 1].end + 2] not in ("'s", "’s"):
                return False
        else:
            return False
        other = next((c for c in chosen if c.first == country), None)
        if other is None or not other.entry.territory or other.entry.type != "place":
            return False
        return bool(own) and other.entry.territory.upper() != own and other is not cand

    def _region_after(self, k: int, cand: _Candidate, chosen: list[_Candidate]
                      ) -> tuple[frozenset[str], int, _Candidate | None] | None:
        """The region written from token ``k`` on, closed by a comma, a period, a bracket or
        the end of the text: its countries, its last token and the glossary candidate it is
        (a country such as Georgia), or None."""
        subs = subdivisions()
        tokens, text = self.tokens, self.text
        if not tokens[k].capitalized:
            return None
        common = tokens[k].key in self.words.common and not tokens[k].upper
        for n in range(min(4, len(tokens) - k), 0, -1):
            last = k + n - 1
            if common and n == 1:
                continue  # a lone ordinary word; "New Hampshire" is read whole above
            if any(text[tokens[j].end : tokens[j + 1].start] not in (" ", "-")
                   for j in range(k, last)):
                continue
            after = text[tokens[last].end : tokens[last].end + 3]
            if after[:1] not in ("", ",", ".", ")", ";", ":", "\n") or after[:2] == ".,":
                continue
            if after[:1] == "," and last + 1 < len(tokens) and \
                    (tokens[last + 1].capitalized or
                     (tokens[last + 1].key in _LIST_WORDS and last + 2 < len(tokens) and
                      tokens[last + 2].capitalized)):
                # "Gaza, Israel, Lebanon", "Kyiv, Poland, and Berlin": a list; not "Paris,
                # Texas, and ended in ...", where no item follows "and"; nor a list of
                # places with their regions ("Lima, Ohio, and Cairo, Illinois")
                phrase = fold(text[tokens[k].start : tokens[last].end])
                nxt = last + 1 if tokens[last + 1].capitalized else last + 2
                if not set(subs.regions.get(phrase, ())) & self._region_of_item(nxt):
                    continue
            phrase = fold(text[tokens[k].start : tokens[last].end])
            countries = set(subs.regions.get(phrase, ()))
            region = next((c for c in chosen if c.first == k and c.last - 1 == last), None)
            if region is not None and region.entry.territory:
                if cand.entry.territory:
                    code = region.entry.territory.upper()
                    if code in namesakes().get(cand.entry.id, ()):
                        # "Armenia, Colombia": a city of that country (GeoNames)
                        return frozenset({code}), last, None
                    return None  # a country after a country: a list ("Armenia, Georgia.")
                if not countries:  # "Lagos, Portugal.": the country itself is a mention
                    return frozenset({region.entry.territory.upper()}), last, None
                countries.add(region.entry.territory.upper())  # "Tbilisi, Georgia" stays
            if countries:
                return frozenset(countries), last, region
        return None

    def _region_of_item(self, k: int) -> set[str]:
        """The countries of the region written after the list item that starts at token
        ``k`` ("Cairo, Illinois" -> {"US"}): a capitalised name of up to three words, a
        comma, then a first-level region closed by punctuation; empty when there is none."""
        subs = subdivisions()
        tokens, text = self.tokens, self.text
        j = k
        while j < len(tokens) and j - k < 3 and tokens[j].capitalized and \
                (j == k or text[tokens[j - 1].end : tokens[j].start] == " "):
            j += 1
        if j == k or j >= len(tokens) or text[tokens[j - 1].end : tokens[j].start] != ", ":
            return set()
        for n in range(min(3, len(tokens) - j), 0, -1):
            last = j + n - 1
            if any(text[tokens[i].end : tokens[i + 1].start] != " " for i in range(j, last)):
                continue
            if text[tokens[last].end : tokens[last].end + 1] not in ("", ",", ".", ")", ";"):
                continue
            found = subs.regions.get(fold(text[tokens[j].start : tokens[last].end]))
            if found:
                return set(found)
        return set()

    def _named(self, cand: _Candidate, strong: bool) -> bool:
        """Support for an ambiguous short form: the entry named in full in this document,
        or another name of the glossary in the same text (``strong``: a chosen candidate that
        is not one of the weak ones, read once by the caller)."""
        return cand.entry.id in self.context.seen or strong

    def _placed(self, cand: _Candidate, strong: bool) -> bool:
        """Does the document place a gazetteer spelling of a listed name ("Khartum")? The
        entry named before, another name of the glossary in the same text ("Port Sudan"), or
        a people's name ("Russian troops shelled Charkiw"). A real name in another language,
        unlike a typo, may be borrowed by another thing: "analyzing Cargo and Tokio"."""
        if self._named(cand, strong):
            return True
        if self._demonyms is None:  # the capitalised peoples' names, read once per text
            self._demonyms = [i for i, tok in self._caps if tok.key in DEMONYMS or
                              (tok.key.endswith("s") and tok.key[:-1] in DEMONYMS)]
        # one outside the candidate's own words (those inside are at most its length)
        return any(i < cand.first or i >= cand.last for i in self._demonyms)

    def _spelt_otherwise(self, cand: _Candidate) -> bool:
        """Is a one-word misspelling, in a text whose language is not English, one of that
        language's own dictionary's words (``language_words``; for Portuguese
        ``glossary/words/pt.txt``, from hunspell-pt-br), so spelt right and no misspelling:
        "o deserto do Saara", the Sahara, is no misspelt "Sharaa"? The entry's own name in the
        language (CLDR's, its forms, ``accepted.toml``), exact or a letter off for six letters
        or more ("Roménia", "Rússica"), and a gazetteer's name of the place stay mentions (the
        pipeline does not warn of the first: ``protect._own_name_in``)."""
        from rapidfuzz.distance import Levenshtein

        lang = self.index.lang
        if cand.match != "misspelling" or cand.last - cand.first != 1 or not lang or \
                lang == "en" or cand.respelt is not None:
            return False
        key = self.tokens[cand.first].key
        words = portuguese_words() if lang == "pt" else language_words(lang)
        if words is None or (key not in words.common and key not in words.proper):
            return False
        own = _own_name_keys(cand.entry, lang)
        return not any(key == o or (len(key) >= 6 and Levenshtein.distance(key, o) <= 1)
                       for o in own)

    def _role_before_place(self, cand: _Candidate) -> bool:
        """Is a one-word place or body, read from a misspelt or declined form, right after a
        lower-case noun of a person's role (``person_roles``: "o imperador Caracala", "o
        técnico Lima")? In a language that does not decline nouns (``uncased_nouns``) a
        place never stands bare after such a noun (Portuguese writes "o imperador do
        Brasil"): the word is the person's name, no mention. A language that declines names
        ("cesarz Rosji", the emperor of Russia) is left."""
        k = cand.first
        if cand.match not in ("misspelling", "inflected") or cand.entry.type == "person" or \
                cand.last - k != 1 or k == 0 or \
                self.index.lang not in case_endings(None).uncased_nouns or \
                self.text[self.tokens[k - 1].end : self.tokens[k].start] != " ":
            return False
        prev = self.tokens[k - 1]
        return prev.text.islower() and prev.key in self.context_words.person_roles

    def _keeps_dot(self, end: int) -> bool:
        """Does the period at ``end`` belong to an abbreviation ("U.S." mid-sentence)?"""
        if self.text[end : end + 1] != ".":
            return False
        rest = self.text[end + 1 : end + 3]
        return bool(rest) and (rest[:1] in ",;:)" or (rest[:1] == " " and rest[1:2].islower()))

    # -- driver ----------------------------------------------------------------------
    def run(self) -> list[Mention]:
        exact = self.exact()
        self.local = {c.entry.id for c in exact if c.part == "full"}
        covered = {k for c in exact for k in range(c.first, c.last)}
        self.learn_short_forms(exact)
        short = self.short_forms(covered)
        earned = {c.first for c in short}
        organs = self.organ_short_forms(self.local, covered)
        partial = self.surnames(covered) + short + organs + [
            c for c in self.standalone_short_forms(covered) if c.first not in earned]
        # A lone surname ("Aliyev") may still be the end of a misspelt full name; a short
        # form the document earned is not a misspelling of another name ("Alania").
        full = {k for c in exact if c.part == "full" for k in range(c.first, c.last)}
        full |= {c.first for c in short}
        fuzzy = self.fuzzy(full)
        whole = self.whole_names(full)
        inflected = self.inflected(covered) + self.genitive_names(covered) + \
            self.closed_compounds(covered) + \
            self.inflected_people(covered) + \
            self.declined_people(covered) + self.proclitic(covered) + \
            self.declined_names(covered) + self.agreeing_names(covered) + \
            self.consonantal(covered) + \
            self.syllabic(covered)
        # An -s genitive ("Frankreichs") is the name declined, not the name misspelt.
        genitives = {(c.first, c.entry.id) for c in inflected
                     if c.match == "inflected" and self._genitive_or_person(c) and
                     self.tokens[c.last - 1].key.endswith("s") and
                     self.index.lang in case_endings(None).genitive_s}
        # A word the text's own case endings read as a name ("Igaunijas", "Europos
        # Sąjungoje") is that name declined, not misspelt: reported, never rewritten.
        declined = {(c.first, c.last, c.entry.id) for c in inflected
                    if c.match == "inflected"}
        fuzzy = [c for c in fuzzy if (c.first, c.entry.id) not in genitives and
                 (c.first, c.last, c.entry.id) not in declined]
        whole = [c for c in whole if (c.first, c.last, c.entry.id) not in declined]
        # A word with a capital inside it after a small letter or after two capitals
        # ("iPhone", "eBay", "ARKit") is written the way products and brands are: a
        # misspelling of no place ("ARKit" is no "Kharkiv").
        # A word glued to the "'t" of a contraction ("Aren't") is no name misspelt ("Yaren").
        found = [c for c in [*partial, *fuzzy, *whole, *inflected]
                 if not (c.match == "misspelling" and c.entry.type in _NOT_BRANDS and
                         any(_brand_shaped(t.text) for t in self.tokens[c.first : c.last]))
                 and not (c.match == "misspelling" and
                          _CONTRACTION.match(self.text, self.tokens[c.last - 1].end))]
        # an initial before a lone surname tells which of the persons sharing it is meant
        # ("И. Алиеву": Ilham, not Mehriban Aliyeva misspelt): the others' readings go first
        found = [c for c in found if not self._initial_of_another(c)]
        chosen = _resolve([*exact, *found])
        # A mention is a token of running text: a name inside a code span, an address, a
        # handle or an identifier ("tokio-metrics", "tokio::sync") is that token's, carried
        # as written (dropped first, so that it earns the document nothing either).
        if chosen:
            chosen = [c for c in chosen if not self._outside_running_text(c)]
        # A katakana name is a whole katakana word: "タイ" (Thailand) is not the start of
        # "タイトル" (title), nor "マリ" (Mali) of "マリオ".
        chosen = [c for c in chosen if not self._inside_kana_word(c)]
        # A place written right before the rest of a body's name in a script without spaces
        # ("日本スケート連盟", "中国足球协会") is part of that name.
        chosen = [c for c in chosen if not self._place_opens_a_body(c)]
        # ... or right after the noun that opens it in a language that writes the body first
        # ("בנק ישראל", "معاهدة لندن").
        chosen = [c for c in chosen if not self._place_closes_a_body(c)]
        # A place beside a club's abbreviation names a team ("GUADALUPE FC", "AC Milan").
        chosen = [c for c in chosen if not self._place_names_a_team(c)]
        # "bahasa Jepang", "orang Prancis": the place's language or people.
        chosen = [c for c in chosen if not self._place_names_a_language(c)]
        # A lone Slavic surname in -a that is also another person's declined surname
        # ("Пашиняна и Алиева": Aliyev's genitive, or Aliyeva) names neither for sure.
        # (glossary53: unless the document names exactly that one of them in full)
        # An office before it tells whose declined surname a near miss is ("президенту
        # Алиеву": Ilham's dative, not Mehriban's misspelt name; glossary55).
        chosen = [self._office_reading(c) for c in chosen]
        chosen = [c for c in chosen if not self._untold_surname(c)]
        # A lone surname that is the given name of a longer name ("Hassan Pezeshkian") is
        # no mention; drop it first, so the name after it can take it as its given name.
        chosen = [c for c in chosen if not (c.match == "partial" and c.part == "surname" and
                                            self._inside_longer_name(c.first))]
        others = self.extend_given(chosen)
        # compared by value as ``c not in others`` did, through a set: one look-up each
        # (glossary58: a text of 20,000 other persons' names compared every pair)
        gone = {_value_key(c) for c in others}
        chosen = [c for c in chosen if _value_key(c) not in gone and
                  not self._role_before_surname(c)]
        # A name inside a longer proper name ("Alternative for Germany", "NBC New York",
        # "U.S. Winter Outlook", "Bong Joon Ho") is part of that name: no mention.
        # An institution's name followed by "of" and a capitalised name word is the start
        # of a longer name the glossary lacks ("Washington State Department of Health" is
        # no U.S. State Department); dropped first, so the name before it is judged next to
        # a plain word of that longer name.
        chosen = [c for c in chosen if not self._institution_of(c)]
        # A place's name joined by "and" to capitalised words that end in an institution's
        # head noun is the first part of that institution's name ("Victoria and Albert
        # Museum"), as "X of Y" is
        starts = {c.first for c in chosen}
        chosen = [c for c in chosen if not self._first_of_and_name(c, starts)]
        owner = {k: (c.first, c.last) for c in chosen for k in range(c.first, c.last)}
        chosen = [c for c in chosen if not self._embedded(c, owner)]
        chosen = [c for c in chosen if not self._lookalike_in_a_name(c, owner)]
        # An acronym the document spells out as another body's name is that body's.
        chosen = [c for c in chosen if not self._defined_as_other(c, chosen)]
        # A place followed by a region of another country is that country's namesake
        # ("Moscow, Idaho", "Macau, no Rio Grande do Norte", "Athens, Georgia").
        namesakes = self._namesakes(chosen)
        chosen = [c for c in chosen if id(c) not in namesakes]
        # A place inside the name of a town of the text's own language's countries is part
        # of that name ("Nova Lima", "Praia Grande" in a Portuguese text).
        chosen = [c for c in chosen if not self._inside_local_place(c)]
        # A name glued into a web address ("Football.London"), an acronym that spells a
        # word in a line of capitals ("LET US KNOW ... WHO SHOULD"), an alias in a chain of
        # abbreviations ("Fed. Cir."), a place before an
        # animal noun (a breed: "Jersey cows"), a place listed among regions of one
        # country that has a region of its name ("Colorado, Washington, Alaska"): no mention.
        chosen = [c for c in chosen if not self._in_address(c) and not self._shouted(c)
                  and not self._reporter_citation(c) and not self._case_party(c)
                  and not self._abbreviation_chain(c)
                  and not self._local_given_name(c)
                  and not self._breed(c) and not self._named_in_apposition(c)
                  and not self._family_of(c) and not self._other_gender(c)
                  and not self._city_after_article(c)]
        owner = {k: (c.first, c.last) for c in chosen for k in range(c.first, c.last)}
        chosen = [c for c in chosen if not self._region_in_list(c, owner)]
        # A word that is a name only in one of its senses needs evidence in its context.
        # (a one-word candidate's neighbours are other candidates' tokens, never its own)
        taken = {k for c in chosen for k in range(c.first, c.last)}
        sense = {id(c): self._other_sense(c, taken) for c in chosen}
        # another name stands in the text: a chosen candidate with no other sense (equal
        # candidates have equal senses, so this reads as "not in the weak ones" did)
        strong = any(not sense[id(c)] for c in chosen)
        chosen = [c for c in chosen if sense[id(c)] is None or
                  (sense[id(c)] == "word" and self._supported(c, strong)) or
                  (sense[id(c)] == "short" and self._named(c, strong))]
        # "Karen Khachanov ... Khachanov said": the article's own person, not the glossary's
        # Hasanov misspelt
        self.context.named_others |= self._other_people(chosen)
        chosen = [c for c in chosen if not self._other_persons_word(c)]
        # A gazetteer spelling is put right only where the document places it (_placed).
        # Alone it may be another thing's name (the Rust library "Tokio", one letter from
        # "Tokyo"): the word it matched as, an alias checked but never rewritten.
        respelt = [c for c in chosen if c.respelt is not None and c.match == "misspelling"]
        respelt_ids = {id(c) for c in respelt}
        strong = any(id(c) not in respelt_ids for c in chosen)  # read before any is given back
        for c in respelt:
            if c.respelt is not None and not self._placed(c, strong):
                c.match, c.score = c.respelt
                c.fix = None
        # A misspelling nobody listed, in a text not in English, that is a word of the text's
        # language's dictionary ("o deserto do Saara", no al-Sharaa): no misspelt name.
        chosen = [c for c in chosen if not self._spelt_otherwise(c)]
        # A place read from a misspelt or declined form after the lower-case noun of a
        # person's role ("o imperador Caracala"): the person's name, no mention.
        chosen = [c for c in chosen if not self._role_before_place(c)]
        mentions = []
        for cand in sorted(chosen, key=lambda c: c.first):
            start, end = self.tokens[cand.first].start, self.tokens[cand.last - 1].end
            if cand.variant.endswith(".") and self._keeps_dot(end):
                end += 1
            mentions.append(Mention(start, end, self.text[start:end], cand.entry, cand.match,
                                    round(cand.score, 3), cand.variant,
                                    "surname" if cand.part == "surname" else "full", cand.fix))
        self.context.note(mentions)
        if self._untold:
            # a lone surname several listed persons may own, the text not telling which, that
            # no mention took: a warning, never a person chosen (glossary54)
            taken = {k for c in chosen for k in range(c.first, c.last)}
            for i, persons in sorted(self._untold.items()):
                tok = self.tokens[i]
                if i in taken or tok.key in self.context.named_others or \
                        self.text[tok.start - 1 : tok.start] in ("@", "#") or \
                        self._outside_running_text(_Candidate(i, i + 1, persons[0], "inflected",
                                                              0.0, tok.text)):
                    continue
                self.context.untold.append(UntoldPerson(tok.start, tok.end, tok.text, persons))
        return mentions


def _own_name_keys(entry: Entry, lang: str) -> frozenset[str]:
    """The folded names of ``entry`` in the language ``lang`` (ISO 639-1): its CLDR
    territory name there, its CLDR city names there where they differ from the English
    (``forms.own_city_names``), its forms for that language's locales, the capitalised forms
    ``glossary/words/accepted.toml`` lists, and the capitalised words of those of several
    words.

    >>> from translate.glossary.model import Entry
    >>> sorted(_own_name_keys(Entry("country-de", "Germany", "place", territory="DE"), "pt"))
    ['alemanha']
    """
    from .cldr import territory_name
    from .forms import accepted_forms, own_city_names

    names = [f for f in accepted_forms(entry, lang) if f[:1].isupper()]
    names += [form for loc, form in entry.forms.items() if loc.split("-")[0] == lang]
    own = territory_name(entry.territory, lang) if entry.territory else None
    if own:
        names.append(own)
    names += own_city_names(entry, lang)
    keys = {fold(n) for n in names}
    # a capitalised word of a name of several ("Ararat" of "monte Ararat")
    keys |= {fold(w) for n in names if " " in n.strip() for w in n.split()
             if w[:1].isupper() and len(w) >= 4}
    return frozenset(keys)


def persons_word(mention: Mention, people: set[str]) -> bool:
    """Is ``mention`` one word misspelt as a place's or a body's name that the document itself
    writes as a person's surname after a given name ("Nassar" alone, one letter from Nassau,
    in an article that names "Larry Nassar"; "Gambill" after "Jan-Michael Gambill", one letter
    from Gambia)? Then it is that person, not the place: no mention. The source's word goes
    to the engine as written (harm29) and is not flagged either (glossary28: probe30's three
    false "Gambia (“Gambill”) left as the engine wrote it" warnings). People the glossary
    lists are settled by the matcher itself (``_other_persons_word``); a lone word in a
    document that never gives the person's given name is still the place misspelt. A
    one-word deprecated form is read the same way (glossary47: the pitcher "Derek Holland",
    then "Holland (3-2)" in the box score, is no "Netherlands")."""
    keys = token_keys(mention.surface)
    return mention.match in ("misspelling", "deprecated") and mention.fix is not None and \
        mention.entry.type != "person" and len(keys) == 1 and keys[0] in people


def others_surname(mention: Mention, people: set[str], in_full: set[str]) -> bool:
    """Is ``mention`` a partial name (a surname the glossary does not list alone: "Saud",
    "Aoun") in a document that names someone else of that surname in full ("Ricardo Saud",
    ``people``: the matcher's ``named_others`` after the whole document) and never names
    the entry in full (``in_full``: the entries named with more than their surname)? Then
    it is that other person, wherever the full name stands: a headline or lede ("Saud é
    preso") often shortens the name the body gives later. The matcher settles the mentions
    after the full name (``_other_persons_word``); this reads the ones before it
    (glossary49)."""
    keys = token_keys(mention.surface)
    return mention.match == "partial" and mention.part == "surname" and \
        mention.entry.type == "person" and len(keys) == 1 and keys[0] in people and \
        mention.entry.id not in in_full


def named_in_full(mentions: Iterable[Mention]) -> set[str]:
    """The person entries these mentions name with more than their surname."""
    return {m.entry.id for m in mentions if m.entry.type == "person" and m.part == "full"
            and m.match != "partial"}


_BRITISH = (("our", "or"), ("isation", "ization"), ("ise", "ize"), ("yse", "yze"),
            ("tre", "ter"), ("ll", "l"), ("ae", "e"), ("oe", "e"))
_ENDINGS = ("ing", "ed", "es", "s", "ly", "er", "est")


def _english_like(words: WordList, key: str) -> bool:
    """Is ``key`` an English word, or an inflection or British spelling of one the American
    list lacks ("Neighbouring", "Recognised")?"""
    forms = {key} | {key.replace(a, b) for a, b in _BRITISH if a in key}
    for form in list(forms):
        for ending in _ENDINGS:
            if form.endswith(ending) and len(form) > len(ending) + 2:
                stem = form[: -len(ending)]
                forms |= {stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem}
    return any(words.is_word(f) for f in forms)


def _title_case(line: Sequence[Token], prose: bool = False) -> bool:
    """Are a line's words (of 3+ letters, small words aside) capitalised as in a Title Case
    headline? One lower-case word in eight is allowed (a verb a desk left small), none in a
    line that ends with a period like a sentence: a sentence of seven words with one
    lower-case verb is prose ("Shakhtar Donetsk beat Dynamo Kyiv 2-1 in Hamburg on
    Saturday.")."""
    lower = sum(not t.capitalized for t in line)
    return lower == 0 if prose else lower <= len(line) // 8


def _given_form_of(a: str, b: str) -> bool:
    """Are two given names forms of one name (Nicholas/Nikol, Vladimir/Volodymyr,
    Xavier/Javier), rather than different names (Leyla/Nikol, Nina/Nikol)?"""
    from rapidfuzz.distance import Levenshtein

    x, y = (skeleton(k).replace("c", "k") for k in (a, b))
    if not x or not y:
        return False
    return _same_onset(x, y) and Levenshtein.normalized_similarity(x, y) >= 0.6


# Initial consonants that romanisations of one given name trade (Georgy/Heorhiy) or write
# for a sound another spelling leaves to a vowel (Xavier/Javier, Hasan/Asan, Josif/Iosif).
_ONSET_PAIRS = frozenset({frozenset("gh")})
_ONSET_BEFORE_VOWEL = frozenset("hjk")


def _same_onset(x: str, y: str) -> bool:
    """Do two given-name skeletons open with the same sound? Romanisations of one name keep
    its first consonant; names of one root that differ in it are different names (Ahmed,
    Mahmoud and Hamid share the consonants h-m-d).

    >>> _same_onset("nikolas", "nikol"), _same_onset("ahmed", "mahmud")
    (True, False)
    """
    a, b = x[0], y[0]
    vowels = "aeiouy"
    if a == b or (a in vowels and b in vowels) or frozenset((a, b)) in _ONSET_PAIRS:
        return True
    if a in vowels:
        return b in _ONSET_BEFORE_VOWEL
    if b in vowels:
        return a in _ONSET_BEFORE_VOWEL
    return False



def _offices_of(entry: Entry) -> frozenset[str]:
    """``entry``'s offices, folded: the shipped ``glossary/words/roles.toml`` ones and a user
    glossary entry's own ``offices`` (glossary58)."""
    shipped = person_offices().get(entry.id, frozenset())
    if not entry.offices:
        return shipped
    return shipped | {fold(o) for o in entry.offices}


def _surname_text(entry: Entry) -> str:
    """The surname as the canonical name writes it ("Pashinyan"; "Lee" for Lee Jae-myung)."""
    tokens = tokenize(entry.name)
    if not tokens:
        return entry.name
    return tokens[0].text if family_name_first(entry) else tokens[-1].text


def _resolve(candidates: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates: longer spans first, then better kinds and scores."""
    ordered = sorted(candidates, key=lambda c: (-(c.last - c.first), _TIER[c.match], -c.score,
                                                c.first))
    taken: set[int] = set()
    chosen = []
    for cand in ordered:
        span = set(range(cand.first, cand.last))
        if span & taken:
            continue
        taken |= span
        chosen.append(cand)
    return chosen


def make_memos(index: Index) -> None:
    """Make the memos of ``index`` that read every name it holds (the standalone words of
    places, the organs of organisations), as the first text matched would: the shipped index
    stores them (:mod:`.codec`), so a run need not decode every name to make them."""
    matcher = _Matcher("", index, None)
    matcher._standalone()
    matcher._organs()


def find_mentions(
    text: str,
    glossary: Glossary,
    *,
    source_lang: str = "en",
    context: MentionContext | None = None,
    verbatim: Sequence[tuple[int, int]] = (),
) -> list[Mention]:
    """Every mention of a glossary entry in ``text``, in order, with offsets into ``text``.

    Pass one ``context`` for the segments of one document, in order, so that a surname
    shared by two entries resolves to the one already mentioned. ``verbatim``: the spans of
    ``text`` carried as written (code spans), where no name is a mention.
    """
    if not text or not len(glossary):
        return []
    index = build_index(glossary, source_lang)
    found = _Matcher(text, index, context, verbatim).run()
    # a name written as a handle or a hashtag ("#Germany", "@Germany") is the token's, which the
    # edition carries as written (translate.untranslatable masks it): the glossary's "Alemanha"
    # in its place left "-Alemanha"
    return [m for m in found if text[m.start - 1 : m.start] not in ("@", "#")]


_ENTITY = r"(?:&#?\w+;)"


def _surface_pattern(surface: str) -> re.Pattern[str]:
    """A pattern for ``surface`` as it may be written in markup: spaces as any run of
    white space or no-break entities, punctuation also as a character reference."""
    out = []
    for ch in surface:
        if ch.isspace():
            out.append(rf"(?:\s|{_ENTITY})+")
        elif ch.isalnum():
            out.append(re.escape(ch))
        else:
            out.append(rf"(?:{re.escape(ch)}|{_ENTITY})")
    return re.compile(r"(?<!\w)" + "".join(out) + r"(?!\w)")


def find_mentions_in_pieces(
    text: str,
    pieces: Sequence[tuple[int, str]],
    glossary: Glossary,
    *,
    source_lang: str = "en",
    context: MentionContext | None = None,
) -> tuple[list[Mention], int]:
    """Mentions in the pieces of a document (its blocks, each with its offset in ``text``,
    or -1 where the block's text is not verbatim in ``text``, as with HTML entities and
    line breaks), with offsets into ``text``; and how many could not be placed there.

    A mention in a piece with no offset is placed by finding its surface in ``text``
    after the previous one, spaces and character references allowed, so an HTML page
    yields the same mentions as its text.
    """
    context = context or MentionContext()
    out: list[Mention] = []
    lost = 0
    cursor = 0
    for offset, piece in pieces:
        for m in find_mentions(piece, glossary, source_lang=source_lang, context=context):
            if offset >= 0:
                placed = m.shifted(offset)
            else:
                pattern = _surface_pattern(m.surface)
                found = pattern.search(text, cursor) or pattern.search(text)
                if found is None:
                    lost += 1
                    continue
                placed = Mention(found.start(), found.end(), found.group(), m.entry, m.match,
                                 m.score, m.variant, m.part, m.fix)
            cursor = max(cursor, placed.end)
            out.append(placed)
    out.sort(key=lambda m: m.start)
    return out, lost


def mentions_json(mentions: Sequence[Mention]) -> dict[str, Any]:
    return {"mentions": [m.to_dict() for m in mentions]}


def apply_fixes(text: str, mentions: Sequence[Mention]) -> str:
    """``text`` with every flagged variant replaced by its canonical form. A deprecated form
    of a name the text also writes in a listed current form ("Myanmar" ... "also known as
    Burma") is the writer's choice and stays."""
    out = []
    pos = 0
    current = {m.entry.id for m in mentions if m.match in ("exact", "alias") and m.part == "full"}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.fix is None or m.start < pos or (m.match == "deprecated" and m.entry.id in current):
            continue
        out.append(text[pos : m.start])
        out.append(m.fix)
        pos = m.end
    out.append(text[pos:])
    return "".join(out)
