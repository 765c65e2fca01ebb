"""The spelling of an entry for a target locale.

Order: the glossary's form for the locale (``pt-BR``), else for its language (``pt``), else
CLDR's name for a country (``territory`` or an English name CLDR knows) or a zone city
(``zone``), else the canonical name. English targets always use the canonical name, which is
English by definition (CLDR's English "Türkiye" does not replace a glossary's "Turkey").
A form not typed for the locale itself is then written as the locale's spelling data
(``locales/spelling/<lang>.toml``) writes that name: CLDR's Portuguese "Singapura" is
"Cingapura" in a pt-BR edition (``locale_spelling``).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from . import cldr
from .model import Entry
from .normalize import fold


def locale_chain(tag: str) -> list[str]:
    """``pt-BR`` -> [``pt-BR``, ``pt``]; ``zh-Hans-CN`` -> [``zh-Hans-CN``, ``zh-Hans``, ``zh``].

    >>> locale_chain("pt-BR")
    ['pt-BR', 'pt']
    """
    from ..locales import canonical_tag

    parts = canonical_tag(tag).split("-")
    return ["-".join(parts[:n]) for n in range(len(parts), 0, -1)]


def glossary_form(entry: Entry, tag: str) -> str | None:
    """The form typed in the glossary for ``tag`` or its language, if any."""
    for candidate in locale_chain(tag):
        form = entry.forms.get(candidate)
        if form:
            return form
    return None


def territory_of(entry: Entry) -> str | None:
    """The entry's ISO territory: declared, or found from its English name in CLDR."""
    if entry.territory:
        return entry.territory
    if entry.type not in ("place", "other"):
        return None
    return cldr.english_territories().get(fold(entry.name))


def locale_spelling(form: str, tag: str) -> str:
    """``form`` as the locale's own spelling data writes it: a whole name listed in the other
    variety's column of ``locales/spelling/<lang>.toml`` (unguarded, capitalised) becomes the
    locale's form ("Singapura", CLDR's Portuguese, is "Cingapura" in the Brazilian press;
    "Nova Délhi" is "Nova Deli" in Portugal). The glossary's forms come from CLDR, whose
    ``pt`` is one variety's list; the spelling file is the project's sourced record of how
    each variety writes these names, and the edition's spelling stage applies it anyway.

    >>> locale_spelling("Singapura", "pt-BR"), locale_spelling("Singapura", "pt-PT")
    ('Cingapura', 'Singapura')
    """
    from ..spelling import table_for

    table = table_for(tag)
    for option in table.rewrites.get(form.casefold(), ()):
        if option.guard is None and option.source_form == form and form[:1].isupper():
            return option.target_form
    return form


@lru_cache(maxsize=65536)
def _target_form(entry: Entry, tag: str) -> str:
    typed = entry.forms.get(tag)
    if typed:
        return typed  # typed for this very locale: kept as typed
    form = _cldr_or_typed_form(entry, tag)
    return form if locale_chain(tag)[-1] == "en" else locale_spelling(form, tag)


def _cldr_or_typed_form(entry: Entry, tag: str) -> str:
    form = glossary_form(entry, tag)
    if form:
        return form
    if locale_chain(tag)[-1] == "en":
        return entry.name
    code = territory_of(entry)
    if code:
        name = cldr.territory_name(code, tag)
        if name:
            return name
    if entry.zone:
        city = cldr.zone_city(entry.zone, tag)
        if city:
            return city
    return entry.name


def target_form(entry: Entry, tag: str) -> str:
    """How ``entry`` is written in an edition for locale ``tag``.

    >>> from translate.glossary.model import Entry
    >>> target_form(Entry("armenia", "Armenia", "place", territory="AM"), "pt-PT")
    'Arménia'
    """
    return _target_form(entry, tag)


@lru_cache(maxsize=64)
def _script_tags(lang: str) -> tuple[str, ...]:
    """``lang`` and every CLDR locale of it in another script (``zh`` -> zh, zh-Hans,
    zh-Hant, zh-Latn; ``sr`` -> sr, sr-Cyrl, sr-Latn): one language written in two
    scripts names a country in both ("美国" and "美國")."""
    from babel.localedata import locale_identifiers

    tags = [lang]
    for ident in sorted(locale_identifiers()):
        parts = ident.split("_")
        if len(parts) == 2 and parts[0] == lang and len(parts[1]) == 4 and \
                parts[1][:1].isupper():
            tags.append(ident.replace("_", "-"))
    return tuple(tags)


def source_forms(entry: Entry, lang: str) -> list[str]:
    """Forms of ``entry`` that a text written in ``lang`` uses (for non-English sources),
    in each script CLDR writes the language in."""
    out = []
    for tag, form in entry.forms.items():
        if tag.split("-")[0] == lang:
            out.append(form)
    code = territory_of(entry)
    tags = _script_tags(lang) if lang.isalpha() else (lang,)
    for tag in tags:
        if code:
            name = cldr.territory_name(code, tag)
            if name:
                out.append(name)
        if entry.zone:
            city = cldr.zone_city(entry.zone, tag)
            if city:
                out.append(city)
    return [f for f in dict.fromkeys(out) if f != entry.name]


def other_script_forms(entry: Entry, lang: str) -> list[str]:
    """Hand-written forms of ``entry`` for other languages, written in a script other than
    Latin ("이재명", "Ли Чжэ Мён", "習近平"): a text in ``lang`` may quote a name as its own
    press writes it, and such a form is no word of a Latin-script text."""
    out = []
    for tag, form in entry.forms.items():
        first = next((c for c in form if c.isalpha()), "")
        if tag.split("-")[0] != lang and first and \
                not unicodedata.name(first, "").startswith("LATIN"):
            out.append(form)
    return out


@lru_cache(maxsize=64)
def _regional_tags(lang: str) -> tuple[str, ...]:
    """Every CLDR locale of language ``lang`` (``pt`` -> pt-BR, pt-PT, pt-AO, ...)."""
    from babel.localedata import locale_identifiers

    return tuple(sorted(i.replace("_", "-") for i in locale_identifiers()
                        if i.split("_")[0] == lang and i.count("_") == 1))


@lru_cache(maxsize=4096)
def own_city_names(entry: Entry, lang: str) -> tuple[str, ...]:
    """CLDR's exemplar-city names of a place entry with a time zone in language ``lang`` and
    each of its regional varieties (``pt``: Joanesburgo, Bagdá; pt-PT: Bagdade), where the
    language names the city its own way: a name that is the entry's English name or one of
    its hand-written variants (Italian "Shanghai"; the gazetteer's names added to the entry
    do not count) is left out, so that a letter off it
    stays a misspelling of the entry's name.

    >>> own_city_names(Entry("baghdad", "Baghdad", "place", zone="Asia/Baghdad"), "pt")
    ('Bagdá', 'Bagdade')
    """
    from .load import is_gazetteer_name

    if entry.type != "place" or not entry.zone or not lang.isalpha():
        return ()
    english = {fold(t) for _, t in entry.variants if not is_gazetteer_name(entry.id, t)}
    out = []
    for tag in (lang, *_regional_tags(lang)):
        city = cldr.zone_city(entry.zone, tag)
        if city and fold(city) not in english:
            out.append(city)
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=65536)
def regional_forms(entry: Entry, lang: str) -> tuple[str, ...]:
    """CLDR names of the entry in every regional variety of ``lang``, so an edition for one
    variety recognises another's spelling ("Nova Iorque" or "Arménia" in a pt-BR edition),
    and each as that variety's spelling data writes it ("Cingapura" in a pt-PT edition)."""
    out: list[str] = []
    code = territory_of(entry)
    for tag in _regional_tags(lang):
        names = []
        if code:
            names.append(cldr.territory_name(code, tag))
        if entry.zone:
            names.append(cldr.zone_city(entry.zone, tag))
        for name in names:
            if name:
                out += [name, locale_spelling(name, tag)]
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=65536)
def variety_forms(entry: Entry, lang: str) -> tuple[str, ...]:
    """Names of ``entry`` that a regional variety of ``lang`` writes and ``source_forms``
    does not give: CLDR's territory and zone-city names of every regional locale of the
    language (pt-PT "Baamas", "Koweit", "Listenstaine", "São Marinho"), and each of them or of
    the entry's forms typed for the language as a variety's spelling data writes it (pt-BR
    "Cingapura" for CLDR's "Singapura", pt-PT "Nova Deli" for the typed "Nova Délhi").
    A text in ``lang`` may be written in any variety: these are names it may use. Unfiltered:
    the matcher drops a form another entry owns or the language's dictionary lists
    (``translate.glossary.match``).

    >>> variety_forms(Entry("country-sg", "Singapore", "place", territory="SG"), "pt")
    ('Cingapura',)
    """
    base = lang.split("-")[0]
    if base == "en" or not base.isalpha():
        return ()
    tags = _regional_tags(base)
    out = list(regional_forms(entry, base))
    for tag, form in entry.forms.items():
        if tag.split("-")[0] == base:
            out += [locale_spelling(form, variety) for variety in tags]
    known = {fold(entry.name), *(fold(t) for _, t in entry.variants),
             *(fold(f) for f in source_forms(entry, base))}
    return tuple(f for f in dict.fromkeys(out) if f and fold(f) not in known)


def all_forms(entry: Entry) -> list[str]:
    """Every typed form of the entry, any locale (used to recognise a wrong-locale form)."""
    return list(dict.fromkeys(entry.forms.values()))


@lru_cache(maxsize=1)
def _accepted_table() -> dict[str, dict[str, tuple[str, ...]]]:
    """``glossary/words/accepted.toml``: language -> entry id -> accepted forms."""
    from .. import tomlcache
    from ..data import data_dir

    try:
        path = data_dir("glossary") / "words" / "accepted.toml"
        with path.open("rb") as handle:
            raw = tomlcache.loads(handle.read().decode())  # tomllib.load, shipped parse
    except (FileNotFoundError, OSError):
        return {}
    return {lang: {eid: tuple(forms) for eid, forms in table.items()}
            for lang, table in raw.items() if isinstance(table, dict)}


@dataclass(frozen=True)
class _OrgTable:
    """``glossary/words/cldr_orgs.toml``, read."""

    codes: dict[str, str]  # entry id -> CLDR territory code (the UN, the EU)
    digraphs: dict[str, tuple[str, ...]]  # language -> letters its acronyms keep whole
    names: dict[str, dict[str, str]]  # entry id -> language -> the body's typed own name
    acronyms: dict[str, dict[str, str]]  # entry id -> language -> its press's acronym


@lru_cache(maxsize=1)
def _cldr_org_table() -> _OrgTable:
    """``glossary/words/cldr_orgs.toml``: entry id -> CLDR territory code of an organisation
    CLDR names (the UN, the EU); language -> letters its acronyms keep whole; entry id ->
    the organisation's official name in a language, typed by hand where CLDR has none."""
    from .. import tomlcache
    from ..data import data_dir

    try:
        path = data_dir("glossary") / "words" / "cldr_orgs.toml"
        with path.open("rb") as handle:
            raw = tomlcache.loads(handle.read().decode())  # tomllib.load, shipped parse
    except (FileNotFoundError, OSError):
        return _OrgTable({}, {}, {}, {})
    codes = {str(k): str(v) for k, v in dict(raw.get("codes", {})).items()}
    digraphs = {str(k): tuple(sorted((str(d) for d in v), key=len, reverse=True))
                for k, v in dict(raw.get("initial_digraphs", {})).items()}
    names = {str(k): {str(lang): str(name) for lang, name in dict(v).items()}
             for k, v in dict(raw.get("names", {})).items()}
    acronyms = {str(k): {str(lang): str(name) for lang, name in dict(v).items()}
                for k, v in dict(raw.get("acronyms", {})).items()}
    return _OrgTable(codes, digraphs, names, acronyms)


def cldr_org_forms(entry: Entry, lang: str) -> list[str]:
    """An organisation's name in a text's language other than English: CLDR's, for the
    bodies CLDR lists among its territories ("Organizace spojených národů" for the UN in
    Czech), and the official name typed in ``glossary/words/cldr_orgs.toml`` [names]
    ("Europäische Zentralbank" for the ECB in German)."""
    lang = lang.split("-")[0]
    if lang == "en":
        return []
    table = _cldr_org_table()
    out = []
    code = table.codes.get(entry.id)
    if code:
        name = cldr.territory_name(code, lang)
        if name and name != entry.name:
            out.append(name)
    typed = table.names.get(entry.id, {}).get(lang)
    if typed and typed not in out:
        out.append(typed)
    return out


def typed_org_acronym(entry: Entry, lang: str) -> str | None:
    """The acronym a language's press writes for an organisation whose name there is a
    compound the initials cannot split (German "EZB" for the Europäische Zentralbank),
    typed in ``glossary/words/cldr_orgs.toml`` [acronyms]; None elsewhere."""
    return _cldr_org_table().acronyms.get(entry.id, {}).get(lang.split("-")[0])


def initial_digraphs(lang: str) -> tuple[str, ...]:
    """Letters ``lang``'s acronyms keep whole at a word's start, longest first."""
    return _cldr_org_table().digraphs.get(lang.split("-")[0], ())


def accepted_forms(entry: Entry, lang: str) -> tuple[str, ...]:
    """Forms of ``entry`` an edition in ``lang`` may keep as the engine wrote them, besides
    its own form: the other names, adjectives and demonyms listed in
    ``glossary/words/accepted.toml`` ("Holanda", "norte-americano", "UE"). Another regional
    variety's spelling of the same name ("Arménia" in a pt-BR edition) is not one: it is
    respelt."""
    return _accepted_table().get(lang, {}).get(entry.id, ())


def adjective_of(key: str, forms: tuple[str, ...]) -> bool:
    """Is the folded lower-case word ``key`` a regular adjective or demonym of a one-word
    name in ``forms`` (alemão/Alemanha, ucraniano/Ucrânia, armênio/Armênia): both of five
    letters or more and sharing their first four, the word longer than that stem?

    >>> adjective_of("alemao", ("Alemanha",)), adjective_of("estado", ("Estados Unidos",))
    (True, False)
    """
    if len(key) < 5 or not key.isalpha():
        return False
    for form in forms:
        if " " in form.strip() or "-" in form:
            continue
        name = fold(form)
        if len(name) >= 5 and name.isalpha() and name[:4] == key[:4] and key != name:
            return True
    return False
