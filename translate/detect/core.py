"""Detection of one text, and of an article block by block, with any detector.

Layers, in order, driven by ``locales/languages/scripts.toml``:

1. **Script rules.** A script used by one language decides alone (Armenian, Georgian, Hangul...).
2. **Letter rules**, for languages the detector's model lacks (langdetect has no Azerbaijani,
   lingua no Uzbek): letters only that language of its script uses.
3. **The detector's model**, its answer then checked by **neighbour rules**: close languages a
   model confuses (cs/sk, hr/sr/bs, id/ms, es/pt/gl/ca, ru/uk/be/bg, da/nb/sv) are told apart by
   letters and words only one of them uses; when none does, the confidence says so.

Confidence is calibrated (see ``Detector.confidence``); below the threshold the answer is
``und``: a name or a two-word heading gets no confident guess.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from ..model import UNDETERMINED, Article, LanguageGuess
from ..regexcache import compile as re_compile
from ..textfold import fold
from .base import Detector, Scores
from .rules import (
    Profile,
    Rules,
    length_factor,
    letter_rule_holds,
    neighbour_marks,
    num,
    profile,
    rules,
)

if TYPE_CHECKING:
    from ..dictionary import WordKeys

_POOLED_CHARS = 4_000  # characters of an article's majority blocks scored together
_MAX_CHARS = 10_000  # characters of one text looked at: ample evidence, bounded cost
# bounded, so that a 300,000-letter run costs no backtracking
_ADDRESS_RE = re_compile(
    r"(?:https?://|www\.)\S+|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+", re.IGNORECASE
)
# a lone surrogate (JSON's "\ud800", a bad decoder's leftovers) is no text, and the models'
# bindings cannot encode it: it is read as U+FFFD, as the article reader cleans it
_SURROGATE_RE = re_compile("[\ud800-\udfff]")


def _readable(text: str) -> str:
    """``text`` with every lone surrogate made U+FFFD (one for one: offsets hold)."""
    return text if text.isascii() else _SURROGATE_RE.sub("\ufffd", text)


def _hesitates(langs: tuple[str, ...], scores: Scores) -> bool:
    """Whether the model's runner-up is a neighbour with at least a tenth of the best score
    (probabilities): the model itself cannot tell them apart."""
    if len(scores.ranked) < 2 or scores.ranked[1][0] not in langs:
        return False
    return scores.ranked[1][1] >= 0.1 * scores.ranked[0][1] > 0


def _neighbours(
    answer: str, prof: Profile, data: Rules, known: frozenset[str], scores: Scores
) -> tuple[str | None, int, str]:
    """(language the marks decide for, net marks, state of ``answer``): ``confirmed`` by its
    marks, ``unmarked`` (a neighbour no mark told apart), ``contested`` (marks for another
    language of its group; or, with no mark at all, a neighbour the model does not know or
    ranks close behind) or ``alone`` (no close neighbours)."""
    for rule in data.neighbours:
        if answer not in rule.langs:
            continue
        marks = neighbour_marks(rule, prof)
        ordered = sorted(marks.items(), key=lambda kv: (-kv[1], kv[0] != answer))
        (best, top), (_, second) = ordered[0], ordered[1]
        net = top - second
        if top == 0 or net == 0:
            blind = any(lang not in known for lang in rule.langs)
            contested = blind or (top > 0 and marks[answer] < top) or _hesitates(rule.langs, scores)
            return None, 0, "contested" if contested else "unmarked"
        return best, net, "confirmed" if best == answer else "contested"
    return None, 0, "alone"


def _same_group(one: str, other: str, data: Rules) -> bool:
    """Whether ``one`` and ``other`` are two languages of one ``[[neighbours]]`` rule."""
    return one != other and any(
        one in rule.langs and other in rule.langs for rule in data.neighbours
    )


def detect_text(
    text: str, detector: Detector, trace: list[tuple[str, list[float]]] | None = None
) -> tuple[LanguageGuess, Scores | None]:
    """The language of ``text`` and the model's scores (None when a rule decided alone).

    ``trace``, when given, receives the model's answer and the calibration's inputs whenever the
    calibration decides the confidence (``benchmarks/bench_langid.py --fit`` fits on them)."""
    data = rules()
    text = _readable(text[:_MAX_CHARS])
    if "@" in text or "://" in text or "www." in text.lower():
        text = _ADDRESS_RE.sub(" ", text)  # URLs and e-mail addresses are in no language
    prof = profile(text, data)
    if prof.letters < data.min_letters:
        return LanguageGuess(UNDETERMINED, 0.0, "none"), None

    for script in data.scripts:
        if script.lang is None:
            continue
        share = prof.by_script.get(script.name, 0) / prof.letters
        if share >= script.min_share:
            # the rule holding is strong evidence (0.7); a purer text is stronger still
            purity = (share - script.min_share) / max(1.0 - script.min_share, 1e-9)
            factor = length_factor(prof.letters, script.full_letters, data)
            confidence = (0.7 + 0.3 * min(1.0, purity)) * factor
            if confidence < data.threshold:
                return LanguageGuess(UNDETERMINED, 0.0, "script"), None
            return LanguageGuess(script.lang, confidence, "script"), None

    main = data.script(prof.main_script)
    if main is None:
        return LanguageGuess(UNDETERMINED, 0.0, "script"), None
    if len(prof.words) < data.min_words:  # one word, a word repeated, "ha ha ha": no evidence
        return LanguageGuess(UNDETERMINED, 0.0, "none"), None
    known = detector.languages()
    scores: Scores | None = None
    for rule in data.letters:
        if rule.script != main.name or rule.lang in known or not letter_rule_holds(rule, prof):
            continue
        if rule.when_model:
            if scores is None:
                scores = detector.scores(text, main)
            if scores.best not in rule.when_model:
                continue
        confidence = rule.confidence * length_factor(prof.letters, data.full_letters, data)
        if confidence >= data.threshold:
            return LanguageGuess(rule.lang, confidence, "letters"), scores

    if scores is None:
        scores = detector.scores(text, main)
    if not scores.ranked:
        return LanguageGuess(UNDETERMINED, 0.0, detector.name), scores
    answer = scores.ranked[0][0]
    decided, net, state = _neighbours(answer, prof, data, known, scores)
    factor = length_factor(prof.letters, data.full_letters, data)
    if decided is not None and decided != answer and net >= 2:
        # the model's answer has clearly more of a neighbour's letters and words than its own
        confidence = (1.0 - data.neighbour_step**net) * factor
        method = "neighbours"
        answer = decided
    else:
        unmarked = state in ("unmarked", "contested")
        confidence = detector.confidence(scores, prof, data, unmarked)
        if trace is not None:
            trace.append((answer, detector.features(scores, prof, unmarked)))
        if state == "contested":  # a neighbour's marks speak against it: never confident
            confidence = min(confidence, data.contested_cap)
        if len(prof.words) < data.sure_words:  # "Ursula von der Leyen": names, not language
            confidence = min(confidence, data.short_cap)
        if getattr(detector, "length_scaled", False):
            # names dominate short texts ("Talks resume in Tbilisi" scores as Estonian)
            confidence *= factor
            if len(scores.ranked) == 1:  # a script with one profile (Bengali)
                confidence = length_factor(prof.letters, data.script_full_letters, data)
        method = detector.name
    second = getattr(detector, "second_opinion", None)
    if (
        second and method == detector.name and len(prof.words) >= data.sure_words
        and (
            confidence < num(detector.settings, "second_opinion_below", 0.9, "detect")
            or state in ("unmarked", "contested")
        )
    ):  # a text of four words or fewer cannot be vouched for by any model: not worth a load
        from . import get_detector  # the registry imports this module

        guess, second_scores = detect_text(text, get_detector(second), trace)
        # a second model that ranks the same language first never makes the answer less sure
        # than the first did; nor does one that cannot tell when no mark told the first model's
        # answer from its neighbours' ("unmarked": "Fue fundada por inversores como ...", whose
        # "por" is Spanish, Portuguese and Galician; fastText Spanish at 0.92, langid.py
        # Galician, Portuguese and Spanish within 0.05): the first model's answer stands, as
        # unsure as it was
        agrees = (
            second_scores is not None and second_scores.best == answer
            and guess.confidence < confidence
        )
        if not (agrees or (state == "unmarked" and guess.lang == UNDETERMINED)):
            if (
                state in ("unmarked", "contested") and guess.method == second
                and guess.confidence > data.contested_cap
                and _same_group(answer, guess.lang, data)
            ):
                # the two models part between neighbours no mark told apart (langid38:
                # Serbian news read as Bosnian by langid.py at 1.00, as Serbian by fastText):
                # the second's answer stands, never confident
                guess = LanguageGuess(guess.lang, data.contested_cap, guess.method)
            return guess, second_scores
    if confidence < data.threshold or (
        # a few words of bare a-z letters ("Zzxq vvv", "asdf jkl"): no letter of their own
        # backs a model's hesitant answer (unlike "Unde ești?"), so it is no language; names
        # are no such words ("Por Matt Spetalnick e Jason Szep" is two words and four names,
        # read as Hungarian 0.50)
        method == detector.name
        and prof.language_words < data.sure_words
        and confidence < data.short_threshold
        and all(ch.isascii() for ch in text if ch.isalpha())
    ):
        return LanguageGuess(UNDETERMINED, 0.0, method), scores
    return LanguageGuess(answer, min(confidence, 1.0), method), scores


_DICT_WORD = re_compile(r"[^\W\d_]{3,}")  # the dictionary holds words of 3+ letters
_LETTER_WORD = re_compile(r"[^\W\d_]+")


def _in_dictionary(text: str, lang: str) -> bool:
    """Whether every word of ``text`` is a word of ``lang``'s spelling dictionary or a
    capitalised name, with at least one lower-case dictionary word: evidence for ``lang`` that a
    model's answer on a few words does not outweigh ("Half a tablespoon" scores as French). A
    text in capitals has no names to tell apart: each of its words must be in the dictionary.
    False when ``lang`` has no dictionary (``[dictionary]`` in ``locales/languages``).

    >>> _in_dictionary("The Rukban camp", "en"), _in_dictionary("Frau und Mann", "en")
    (True, False)
    """
    from ..glossary.words import language_keys  # loaded only when a short block disagrees

    words = _DICT_WORD.findall(text)
    known = language_keys(lang) if words else None
    if known is None or not known.has_common():
        return False
    capitals = text.upper() == text
    found = False
    for word in words:
        key = word.lower()
        if known.common(key) and (capitals or not word[0].isupper()):
            found = True  # a word of the language as the language writes it
        elif not known.proper(key) and (capitals or not word[0].isupper()):
            return False
    return found


def _second_agrees(text: str, lang: str, detector: Detector) -> bool:
    """Whether the detector's second opinion (``combined``: langid.py's model) ranks ``lang``
    first for ``text``: two models disagree on a short text, and the article breaks the tie
    ("Fairfax wellness calendar, Aug. 23-30" is German to fastText, English to langid)."""
    second = getattr(detector, "second_opinion", None)
    if not second:
        return False
    from . import get_detector  # the registry imports this module

    data = rules()
    prof = profile(text[:_MAX_CHARS], data)
    main = data.script(prof.main_script) if prof.by_script else None
    if main is None:
        return False
    return get_detector(second).scores(_readable(text[:_MAX_CHARS]), main).best == lang


def _keeps_own(guess: LanguageGuess, scores: Scores, lang: str, data: Rules) -> bool:
    """Whether a short block is strongly read as its own language (``keep_own``) with the
    article's language ``lang`` far behind (below ``keep_own_ratio`` of the best score)."""
    if guess.lang == UNDETERMINED or guess.confidence < data.keep_own or not scores.ranked:
        return False
    best = scores.ranked[0][1]
    return dict(scores.ranked).get(lang, 0.0) < data.keep_own_ratio * best


def _capitals(text: str) -> bool:
    """Whether ``text`` is written in capitals: three words of letters or more, two of them
    of three letters or more, none in lower case ("JETSETTER TO CONVICT"); a model reads
    capitals poorly (no language for it). Fewer are as often acronyms, codes or a name ("SEPA
    (EUR)", "C-CC-PD")."""
    text = _ADDRESS_RE.sub(" ", text)
    words = _LETTER_WORD.findall(text)
    if len(words) < 3 or len(_DICT_WORD.findall(text)) < 2:
        return False
    return text.upper() == text != text.lower()


def _word_test(lang: str) -> tuple[frozenset[str], WordKeys | None]:
    """``lang``'s frequent words (``frequent_words``) and its spelling dictionary's keys (or
    None): the words that say a text is in ``lang`` whatever its case."""
    from ..glossary.words import frequent_words, language_keys  # loaded only for capitals

    keys = language_keys(lang)
    return frequent_words(lang), keys if keys is not None and keys.has_common() else None


def _a_word_of(key: str, lang: str) -> bool:
    frequent, keys = _word_test(lang)
    return key in frequent or (keys is not None and keys.common(key))


def _no_word_against(text: str, lang: str, others: Iterable[str]) -> bool:
    """Whether a text in capitals has no word that speaks against ``lang``: none of its words
    (two letters or more, case-folded) is a word of one of ``others`` (the languages a model
    read in it: each one's frequent words, and its spelling dictionary's common words) without
    being a word of ``lang`` too. Capitals hide which words are names, and a model reads the
    names of a caption folded to lower case as words of some language ("AGRAVANTE : BANCO
    PANAMERICANO S/A" as Italian, "RELATORA : MINISTRA NANCY ANDRIGHI" as French): such a
    reading is no evidence; a function word or a dictionary word of the other language is
    ("LE MINISTRE DE LA JUSTICE", "TERMS AND CONDITIONS APPLY").

    >>> _no_word_against("RELATORA : MINISTRA NANCY ANDRIGHI", "pt", ["fr", "en"])
    True
    >>> _no_word_against("LE MINISTRE DE LA JUSTICE", "pt", ["fr"])
    False
    """
    langs = [x for x in dict.fromkeys(others) if x not in (lang, UNDETERMINED)]
    for word in _LETTER_WORD.findall(text):
        if len(word) < 2:
            continue
        key = fold(word)
        if _a_word_of(key, lang):
            continue
        if any(_a_word_of(key, other) for other in langs):
            return False
    return True


def copy_evidenced(text: str, target: str, source: str,
                   source_word: Callable[[str], bool] | None = None) -> bool:
    """Whether a text read as ``target`` (an edition's language) may be copied into that edition
    as written. Yes when more of its words (two letters or more, case-folded) speak for
    ``target`` than not: a word speaks for ``target`` when it is a word or a name of ``target``
    (its frequent words, its spelling dictionary) and not a word of ``source`` (the page's
    language); a word of both is neither; any other word counts against. Without that, no only
    when one of its words is a word of ``source`` (its frequent words, its dictionary, or
    ``source_word``, given the word in lower case: the engine's own lexicon): a model reads a
    short line of the page's language in capitals as the target's ("2 - MÉRITO", "RELATOR DO ARE
    N" as English), and it is translated, not copied untranslated with no finding. Codes,
    acronyms and names of no list ("GMWOC/sp/er", "STM/SEJUÕ") and numbers stay copied: nothing
    says they are the page's language, and an engine mangles them.

    >>> copy_evidenced("RELATOR DO ARE N", "en", "pt", {"relator"}.__contains__)
    False
    >>> copy_evidenced("Terms and conditions apply", "en", "pt")
    True
    >>> copy_evidenced("GMWOC/sp/er", "en", "pt", {"relator"}.__contains__)
    True
    """
    words = [w for w in _LETTER_WORD.findall(_ADDRESS_RE.sub(" ", text)) if len(w) >= 2]
    keys = _word_test(target)[1] if words else None
    score = 0
    for word in words:
        key = fold(word)
        of_target = _a_word_of(key, target) or (keys is not None and keys.proper(key))
        if of_target and _a_word_of(key, source):
            continue  # a word of both languages says nothing
        score += 1 if of_target else -1
    if score > 0:
        return True
    return not any(
        _a_word_of(fold(w), source) or (source_word is not None and source_word(w.lower()))
        for w in words
    )


def page_language_evidenced(text: str, read_as: str, main: str,
                             main_word: Callable[[str], bool] | None = None) -> bool:
    """Whether a text a model read, not surely, as ``read_as`` (neither the page's language nor
    the edition's) reads as the page's language ``main`` instead: of its words (two letters or
    more, not in capitals: a ticker or code such as "CESP6" or "IBOV" says nothing), two or more,
    and more than half, are words of ``main`` (its frequent words, its dictionary, or
    ``main_word``, given the word in lower case: the engine's own lexicon) and not words of
    ``read_as``. A line of prices a model reads as Volapük ("23/05/14 - 17:19: Maiores Altas:
    CESP6 3,87% R$28,20") is the page's Portuguese; a sentence of another language with a few
    words in common ("Der Bundestag hat heute beschlossen") is not.

    >>> page_language_evidenced("17:19: Maiores Altas: CESP6 3,87%", "vo", "pt",
    ...                         {"maiores", "altas"}.__contains__)
    True
    >>> page_language_evidenced("Der Bundestag hat heute beschlossen", "de", "pt",
    ...                         {"de"}.__contains__)
    False
    >>> page_language_evidenced("CESP6 3,87% CIEL3 2,36%", "vo", "pt")
    False
    """
    words = [w for w in _LETTER_WORD.findall(_ADDRESS_RE.sub(" ", text))
             if len(w) >= 2 and not w.isupper()]
    mine = 0
    for word in words:
        key = fold(word)
        if _a_word_of(key, read_as):
            continue  # a word of the language read counts against
        if _a_word_of(key, main) or (main_word is not None and main_word(word.lower())):
            mine += 1
    return mine >= 2 and 2 * mine > len(words)


def _read_languages(*readings: tuple[LanguageGuess | None, Scores | None]) -> list[str]:
    """The languages some readings of one text answered (a model's runners-up are not read:
    "DES." of "DES. FORTUNA GRION", a judge's title, is French "des" only to a runner-up)."""
    return [guess.lang for guess, _ in readings if guess is not None]


def _folded(text: str, lang: str, detector: Detector, data: Rules) -> LanguageGuess | None:
    """A block in capitals that the detector calls ``und``, read again case-folded and decided
    like a short feed item against its container's language ``lang`` (``_declared_reading``):
    its own language when the evidence is strong (never vouched for), ``lang`` with method
    ``DECLARED_UNSURE`` when another language is read not surely; None otherwise."""
    if not _capitals(text):
        return None
    folded = text.lower()
    read, folded_scores = detect_text(folded, detector)
    if read.lang == UNDETERMINED:
        return None
    reading = _declared_reading(folded, read, folded_scores, lang, detector, data)
    if reading != "declared" and _no_word_against(text, lang,
                                                  _read_languages((read, folded_scores))):
        # a caption of labels and names: no word of the language read in it
        factor = length_factor(_letters(text), data.full_letters, data)
        return LanguageGuess(lang, data.context_confidence * factor, "context")
    if reading == "own":
        return LanguageGuess(read.lang, min(read.confidence, data.contested_cap), read.method)
    if reading == "unsure":
        factor = length_factor(_letters(text), data.full_letters, data)
        return LanguageGuess(lang, data.context_confidence * factor, DECLARED_UNSURE)
    return None


def _undetermined(text: str, guess: LanguageGuess, scores: Scores | None, lang: str,
                  detector: Detector, data: Rules) -> LanguageGuess:
    """The language of a block the detector calls ``und`` in an article in ``lang``, not in
    capitals (``_folded``) and not given ``lang`` by the context rule.

    The block stays ``und`` (its sentences take the
    article's language, ``translate.segment``) unless something contradicts ``lang`` (a script
    ``lang`` does not write with a lower-case word; the model ranks another language first and
    not one word is a word of ``lang``'s dictionary): then it takes ``lang`` with method
    ``DECLARED_UNSURE``, a blocking finding held for review by policy. Names, acronyms,
    numbers (no word in lower case), addresses and one word give no evidence either way: ``und``, no
    finding."""
    undetermined = guess
    if not profile(text[:_MAX_CHARS], data).by_script:
        return guess  # no letters: numbers, marks
    factor = length_factor(_letters(text), data.full_letters, data)
    unsure = LanguageGuess(lang, data.context_confidence * factor, DECLARED_UNSURE)
    text = _ADDRESS_RE.sub(" ", text)  # addresses are in no language
    words = _DICT_WORD.findall(text)
    if len(words) < 2 or not any(word.islower() for word in words):
        return undetermined  # one word; names, acronyms, numbers ("Kamel Daoud", "gsoc-2018")
    reading = _declared_reading(text, undetermined, scores, lang, detector, data)
    return unsure if reading == "unsure" else undetermined


def _letters(text: str) -> int:
    # counted per distinct character (Counter runs in C): a paragraph has a few dozen
    return sum(n for ch, n in Counter(text).items() if ch.isalpha())


def detect_blocks(article: Article, detector: Detector) -> Article:
    """Set ``lang`` on every block and on the article; returns the same (mutated) article.

    Each distinct block text is detected once. The article language is the majority of the
    blocks weighted by letters, so a mixed article keeps its paragraphs apart while the article
    gets the language of most of its text. A short block that disagrees with it (or is ``und``)
    gets the article language, method ``context`` and a low confidence, when the model hardly
    tells the two apart (or the detector's second model gives the article language): a heading
    full of names is English in an English article. One that keeps its own language while the
    model ranks the article's language right behind it is never given ``vouch`` confidence or
    more: the pipeline cannot vouch for leaving it as written (``translate.pipeline``).
    """
    data = rules()
    sizes = [_letters(b.text) for b in article.blocks]
    seen: dict[str, tuple[LanguageGuess, Scores | None]] = {}
    for block in article.blocks:
        if block.text not in seen:
            seen[block.text] = detect_text(block.text, detector)
        block.lang = seen[block.text][0]

    weight: Counter[str] = Counter()
    for block, size in zip(article.blocks, sizes, strict=True):
        if block.lang is not None and block.lang.lang != UNDETERMINED:
            weight[block.lang.lang] += size
    if not weight:
        pooled_text = "\n".join(b.text for b in article.blocks) or article.text
        article.lang = detect_text(pooled_text, detector)[0]
        return article
    lang = max(sorted(weight), key=lambda k: weight[k])

    ruled: set[int] = set()
    for block, size in zip(article.blocks, sizes, strict=True):
        guess = block.lang
        if guess is not None and guess.lang == UNDETERMINED:
            folded = _folded(block.text, lang, detector, data)
            if folded is not None:  # capitals read case-folded decide before the context
                block.lang = folded
                ruled.add(id(block))  # not evidence of the article's language
                continue
        if guess is None or guess.lang == lang:
            continue
        if guess.method in ("script", "letters", "neighbours", "none"):
            continue  # rules are not overruled by context; no letters, no claim
        if guess.lang != UNDETERMINED and _capitals(block.text) and _no_word_against(
            block.text, lang, _read_languages((guess, seen[block.text][1]))
        ):  # a model's reading of capitals with no word of the language it read: the article's
            factor = length_factor(size, data.full_letters, data)
            block.lang = LanguageGuess(lang, data.context_confidence * factor, "context")
            continue
        if size >= data.context_letters:
            continue
        scores = seen[block.text][1]
        allows = scores is not None and detector.context_allows(scores, lang)
        if allows and scores is not None and _keeps_own(guess, scores, lang, data):
            # strongly its own language, the article's far behind: context decides only if the
            # second model reads the article's language (the dictionary clause below still can)
            allows = guess.method == detector.name and _second_agrees(block.text, lang, detector)
        if allows or (
            guess.lang != UNDETERMINED and (
                _in_dictionary(block.text, lang)
                or (guess.method == detector.name and _second_agrees(block.text, lang, detector))
            )
        ):  # a model's wrong answer is outweighed by the dictionary or a second model that
            # agrees with the article; "und" claims nothing
            factor = length_factor(size, data.full_letters, data)
            block.lang = LanguageGuess(lang, data.context_confidence * factor, "context")
        elif (
            guess.lang != UNDETERMINED and scores is not None and len(scores.ranked) > 1
            and scores.ranked[1][0] == lang and guess.confidence >= data.vouch
        ):  # the article's language right behind: the block's own is not sure enough
            block.lang = LanguageGuess(guess.lang, data.contested_cap, guess.method)

    for block in article.blocks:  # left und by the context rule above
        guess = block.lang
        if guess is not None and guess.lang == UNDETERMINED:
            block.lang = _undetermined(block.text, guess, seen[block.text][1], lang, detector,
                                       data)
            if block.lang.lang != UNDETERMINED:
                ruled.add(id(block))  # not evidence of the article's language

    # confidence: the share of the determined text in that language, times what the pooled
    # text of those blocks says (more evidence than any one block)
    mine = [b for b in article.blocks
            if b.lang is not None and b.lang.lang == lang and id(b) not in ruled]
    determined = sum(
        size for b, size in zip(article.blocks, sizes, strict=True)
        if b.lang is not None and b.lang.lang != UNDETERMINED and id(b) not in ruled
    )
    # each block's letters as counted once above (sizes), not counted again
    letters_of = {id(b): size for b, size in zip(article.blocks, sizes, strict=True)}
    share = sum(letters_of[id(b)] for b in mine) / max(determined, 1)
    sample: list[str] = []
    for block in mine:  # a few thousand characters are ample evidence, and cheap
        sample.append(block.text)
        if sum(len(t) for t in sample) >= _POOLED_CHARS:
            break
    pooled_text = "\n".join(sample)
    pooled = seen[sample[0]][0] if len(sample) == 1 else detect_text(pooled_text, detector)[0]
    if pooled.lang == lang:
        article.lang = LanguageGuess(lang, share * pooled.confidence, pooled.method)
    else:  # the blocks agree only weakly (context): report the majority with low confidence
        best = max(b.lang.confidence for b in mine if b.lang is not None)
        article.lang = LanguageGuess(lang, share * best, "context")
    return article


def _writes(lang: str, script: str, data: Rules) -> bool | None:
    """Whether ``lang`` is written in ``script`` (by the scripts' ``lang``, ``candidates``,
    ``also`` and letter rules); None when the data knows no script of ``lang`` at all."""
    known = False
    for entry in data.scripts:
        if lang in entry.writers():
            if entry.name == script:
                return True
            known = True
    for rule in data.letters:
        if rule.lang == lang:
            if rule.script == script:
                return True
            known = True
    return False if known else None


def _no_word_of(text: str, lang: str) -> bool:
    """Whether none of the words of ``text`` (3+ letters) is a word or a name of ``lang``'s
    spelling dictionary: evidence against ``lang`` ("Timmar efter protesten" in an English feed).
    False when ``lang`` has no dictionary or ``text`` no such word."""
    from ..glossary.words import language_keys  # loaded only when a short item disagrees

    words = _DICT_WORD.findall(text)
    known = language_keys(lang) if words else None
    if known is None or not known.has_common():
        return False
    return not any(known.common(w.lower()) or known.proper(w.lower()) for w in words)


def _declared_reading(text: str, guess: LanguageGuess, scores: Scores | None, lang: str,
                      detector: Detector, data: Rules) -> str:
    """How a short text's own reading stands against the language its container declares
    (``lang``): ``own`` (it keeps its own language), ``declared`` (it takes ``lang``) or
    ``unsure`` (the evidence points away from ``lang`` but names no language surely).

    Own: a script ``lang`` does not write (Hangul in an English feed, Latin letters in a Russian
    one), or a reading with ``lang`` far behind (below ``keep_own_ratio`` of the best score) that
    is strong (``keep_own``), or that the second model or the reading's dictionary confirms,
    and that neither the second model nor ``lang``'s dictionary reads as ``lang``. Declared: read
    as ``lang``, a script ``lang`` also writes (kanji only in a Japanese feed), or no language
    with nothing against ``lang``. Unsure: another language read weakly, no language in a script
    ``lang`` does not write with a word in lower case, or no language while the model ranks
    another first and not one of the words is a word of ``lang``'s dictionary."""
    if guess.lang == lang:
        return "declared"
    prof = profile(text[:_MAX_CHARS], data)
    # a text of no letters (digits, signs) has no script to say anything against ``lang``
    if prof.by_script and _writes(lang, prof.main_script, data) is False:
        if guess.lang != UNDETERMINED:
            return "own"
        # no language: a lower-case word is some language's, not the feed's; names and
        # capitals only ("iPhone 16 Pro" in a Russian feed) go through any engine as written
        return "unsure" if any(w.islower() for w in _DICT_WORD.findall(text)) else "declared"
    if guess.lang == UNDETERMINED:
        best = scores.ranked[0][0] if scores is not None and scores.ranked else lang
        return "unsure" if best != lang and _no_word_of(text, lang) else "declared"
    if guess.method == "script":
        return "declared"  # the script says nothing against a language that writes it too
    model = guess.method == detector.name
    if _in_dictionary(text, lang) or (model and _second_agrees(text, lang, detector)):
        return "declared"
    behind = scores is None or not scores.ranked or (
        dict(scores.ranked).get(lang, 0.0) < data.keep_own_ratio * scores.ranked[0][1])
    if behind and (
        guess.confidence >= data.keep_own or _in_dictionary(text, guess.lang)
        or (model and _second_agrees(text, guess.lang, detector))
    ):
        return "own"
    return "unsure"


_RULED = ("script", "letters", "neighbours", "none")  # methods of a rule, not of a model
DECLARED_UNSURE = "declared-unsure"  # method of a block given its container's language, unsure


def detect_declared(article: Article, detector: Detector, lang: str) -> Article:
    """Set ``lang`` on every block of a short text whose container declares ``lang`` (a feed
    item under ``SHORT_WORDS`` words, ``translate.feeds.run``), and on the article.

    A block keeps its own language when the evidence is strong (``_declared_reading``), else it
    takes the declared one; when the detector read another language in it, not strongly, it
    takes the declared language with method ``DECLARED_UNSURE``, which the pipeline reports as a
    blocking finding (held for review by the feed's default policy) instead of guessing."""
    data = rules()
    seen: dict[str, LanguageGuess] = {}
    weight: Counter[str] = Counter()
    for block in article.blocks:
        if block.text not in seen:
            text = block.text
            guess, scores = detect_text(text, detector)
            readings: list[tuple[LanguageGuess | None, Scores | None]] = [(guess, scores)]
            capitals = _capitals(text)
            if guess.lang == UNDETERMINED and capitals:
                # capitals read case-folded ("JETSETTER TO CONVICT"), never vouched for
                read, folded_scores = detect_text(text.lower(), detector)
                readings.append((read, folded_scores))
                if read.lang != UNDETERMINED:
                    text, scores = text.lower(), folded_scores
                    guess = LanguageGuess(read.lang, min(read.confidence, data.contested_cap),
                                          read.method)
            reading = _declared_reading(text, guess, scores, lang, detector, data)
            if (reading != "declared" and capitals and guess.lang != UNDETERMINED
                    and guess.method not in _RULED
                    and _no_word_against(text, lang, _read_languages(*readings))):
                reading = "declared"  # labels and names in capitals: nothing against ``lang``
            if reading != "own":
                factor = length_factor(_letters(block.text), data.full_letters, data)
                confidence = guess.confidence if guess.lang == lang else (
                    data.context_confidence * factor)
                method = (guess.method if guess.lang == lang
                          else DECLARED_UNSURE if reading == "unsure" else "context")
                guess = LanguageGuess(lang, confidence, method)
            seen[block.text] = guess
        block.lang = seen[block.text]
        weight[block.lang.lang] += _letters(block.text)
    if not weight:
        article.lang = LanguageGuess(lang, 0.0, "context")
        return article
    best = max(sorted(weight), key=lambda k: weight[k])
    share = weight[best] / max(sum(weight.values()), 1)
    top = max((b.lang for b in article.blocks if b.lang and b.lang.lang == best),
              key=lambda g: g.confidence)
    article.lang = LanguageGuess(best, share * top.confidence, top.method)
    return article
