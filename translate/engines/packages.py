"""Argos Translate packages on disk: list, install (from a file or the package index), remove.

A package is a folder in the Argos packages directory holding ``metadata.json``, a CTranslate2
model in ``model/`` and ``sentencepiece.model`` (or ``bpe.model``): the layout argostranslate
itself reads, so packages installed here work with argos-translate and the other way round.

Why not ``argostranslate.package``: importing it creates four folders in the user's home
(``argostranslate.settings`` does that at import time), its ``install_from_path`` extracts an
unchecked zip straight into the live folder (a zip without ``metadata.json`` then breaks its own
``get_installed_packages``, which raises on any folder without one), and its
``get_available_packages`` recurses forever when the index cannot be downloaded. Here a file is
checked before anything is written, extracted into a hidden staging folder, checked again (the
model and tokenizer must load) and renamed into place, so the installed set changes atomically
or not at all. Nothing here touches the network except :func:`install_from_index`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import json
import logging
import os
import re
import shutil
import tempfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, BinaryIO, Literal

from ..regexcache import compile as re_compile

if TYPE_CHECKING:  # imported where a package archive is read: a translation never needs it
    import zipfile

from ..errors import (
    DataError,
    EngineError,
    InputError,
    NetworkError,
    OutputError,
    UnsupportedPairError,
)
from ..fsutil import larger_than, size_words
from ..options import argos_index_url, argos_packages_dir

log = logging.getLogger(__name__)

PACKAGE_SUFFIX = ".argosmodel"
METADATA = "metadata.json"
MODEL_FILE = "model/model.bin"
TOKENIZERS = ("sentencepiece.model", "bpe.model")
MAX_UNPACKED_BYTES = 8 * 1024**3  # real packages are 50-400 MB; refuse zip bombs
# Model weights barely compress (a real package unpacks to ~1.2x its size): an archive that
# unpacks to more than MAX_RATIO times its compressed bytes (past a 1 MiB allowance) is a bomb.
MAX_RATIO = 50
MAX_MEMBERS = 10_000  # a package holds a few dozen files; more is an inode bomb
MAX_DOWNLOAD_BYTES = 2 * 1024**3
MAX_INDEX_BYTES = 64 * 1024**2
DOWNLOAD_DEADLINE = 3600.0  # seconds for one package download (2 GiB at 0.6 MB/s)
USER_AGENT = "newsroom-translate (argos package install)"

_CODE_RE = r"[a-z]{2,3}(?:[_-][A-Za-z0-9]{1,8})*"
_CODE = re_compile(rf"^{_CODE_RE}$")
_PAIR = re_compile(rf"^\s*({_CODE_RE})\s*[:>]\s*({_CODE_RE})\s*$")
_HIDDEN = "."  # staging, trash and download folders start with a dot and are never listed

Tokenizer = Literal["sentencepiece", "bpe"]


@dataclass(frozen=True)
class ArgosPackage:
    """An installed translation package, as read from its ``metadata.json``."""

    path: Path
    from_code: str
    to_code: str
    version: str
    from_name: str = ""
    to_name: str = ""
    argos_version: str = ""
    target_prefix: str = ""
    tokenizer: Tokenizer = "sentencepiece"

    @property
    def pair(self) -> tuple[str, str]:
        return (self.from_code, self.to_code)

    @property
    def name(self) -> str:
        """Argos's package name with its version, e.g. ``translate-en_de-1_9``."""
        version = self.version.replace(".", "_") or "0"
        return f"translate-{self.from_code}_{self.to_code}-{version}"

    @property
    def model_dir(self) -> Path:
        return self.path / "model"

    @property
    def tokenizer_path(self) -> Path:
        return self.path / (
            "sentencepiece.model" if self.tokenizer == "sentencepiece" else "bpe.model"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "from": self.from_code,
            "to": self.to_code,
            "from_name": self.from_name,
            "to_name": self.to_name,
            "version": self.version,
            "argos_version": self.argos_version,
            "tokenizer": self.tokenizer,
            "path": str(self.path),
        }


@dataclass(frozen=True)
class InstallResult:
    package: ArgosPackage
    replaced: list[ArgosPackage] = field(default_factory=list)


def resolve_dir(packages_dir: Path | str | None = None) -> Path:
    """The explicit folder if given, else ``ARGOS_PACKAGES_DIR`` or Argos's default."""
    return Path(packages_dir).expanduser() if packages_dir else argos_packages_dir()


def parse_pair(text: str) -> tuple[str, str] | None:
    """``"en:de"`` (or ``"en>de"``) as ``("en", "de")``; None when ``text`` is not a pair."""
    match = _PAIR.match(text)
    return (match.group(1), match.group(2)) if match else None


def version_key(version: str) -> tuple[tuple[int, str], ...]:
    """Orders "1.10" after "1.9"; non-numeric parts compare as text after numbers."""
    return tuple(
        (int(part), "") if part.isdigit() else (-1, part)
        for part in re.split(r"[._-]", version.strip())
    )


# -- reading ------------------------------------------------------------------------------------


def _metadata_from(data: Any, where: str) -> dict[str, str]:
    """Checked metadata fields, mirroring argostranslate's ``load_metadata_from_json``."""
    if not isinstance(data, dict):
        raise DataError("metadata.json is not a JSON object", path=where)
    kind = data.get("type", "translate")
    if kind != "translate":
        raise DataError(f"not a translation package (type {kind!r})", path=where)
    out: dict[str, str] = {}
    for key in ("from_code", "to_code"):
        value = data.get(key)
        if not isinstance(value, str) or not _CODE.match(value):
            raise DataError(f"metadata.json has no valid {key} (got {value!r})", path=where)
        out[key] = value
    if out["from_code"] == out["to_code"]:
        raise DataError(f"metadata.json translates {out['from_code']} into itself", path=where)
    for key in ("package_version", "argos_version", "from_name", "to_name", "target_prefix"):
        value = data.get(key, "")
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            raise DataError(f"metadata.json field {key} is not a string", path=where)
        out[key] = str(value)
    return out


def read_package(folder: Path) -> ArgosPackage:
    """The package in ``folder``; DataError if it is not a complete translation package."""
    where = str(folder)
    meta_path = folder / METADATA
    try:
        raw = meta_path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataError("no metadata.json: not an Argos package", path=where) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read metadata.json: {exc}", path=where) from None
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise DataError(f"metadata.json is not valid JSON: {exc}", path=where) from None
    meta = _metadata_from(data, where)
    if not (folder / MODEL_FILE).is_file():
        raise DataError("no CTranslate2 model (model/model.bin)", path=where)
    tokenizer: Tokenizer
    if (folder / "sentencepiece.model").is_file():
        tokenizer = "sentencepiece"
    elif (folder / "bpe.model").is_file():
        tokenizer = "bpe"
    else:
        raise DataError("no tokenizer (sentencepiece.model or bpe.model)", path=where)
    return ArgosPackage(
        path=folder,
        from_code=meta["from_code"],
        to_code=meta["to_code"],
        version=meta["package_version"],
        from_name=meta["from_name"],
        to_name=meta["to_name"],
        argos_version=meta["argos_version"],
        target_prefix=meta["target_prefix"],
        tokenizer=tokenizer,
    )


def installed_packages(packages_dir: Path | str | None = None) -> list[ArgosPackage]:
    """Translation packages in the folder, sorted by pair then newest version first.

    Broken or foreign folders (sentence-boundary packages, half-copied folders) are skipped
    with a log message rather than failing every run.
    """
    root = resolve_dir(packages_dir)
    try:
        entries = sorted(root.iterdir())
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise EngineError(f"cannot read the Argos packages folder {root}: {exc.strerror}") from None
    found: list[ArgosPackage] = []
    for entry in entries:
        if entry.name.startswith(_HIDDEN) or not entry.is_dir():
            continue
        try:
            found.append(read_package(entry))
        except DataError as exc:
            log.info("skipping %s: %s", entry, exc.message)
    found.sort(key=lambda p: (p.pair, tuple((-n, s) for n, s in version_key(p.version))))
    return found


def best_packages(packages_dir: Path | str | None = None) -> dict[tuple[str, str], ArgosPackage]:
    """The newest installed package for each language pair."""
    best: dict[tuple[str, str], ArgosPackage] = {}
    for pkg in installed_packages(packages_dir):
        best.setdefault(pkg.pair, pkg)  # sorted newest first
    return best


# -- installing ---------------------------------------------------------------------------------


@contextlib.contextmanager
def _locked(root: Path) -> Iterator[None]:
    """One installer or remover at a time per packages folder (between processes too)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        yield
        return
    try:
        handle = open(root / ".lock", "a")  # noqa: SIM115 - held for the block
    except OSError as exc:
        raise _unwritable(root, exc) from None
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        handle.close()


def _member_parts(name: str, where: str) -> tuple[str, ...]:
    parts = PurePosixPath(name.replace("\\", "/")).parts
    if not parts or name.startswith(("/", "\\")) or ".." in parts or ":" in parts[0]:
        raise DataError(f"unsafe path in archive: {name!r}", path=where)
    return parts


def _member_names(files: list[zipfile.ZipInfo], where: str) -> set[tuple[str, ...]]:
    """Every file's path parts; links, duplicates and a file that is also a folder are refused
    (each would make what is unpacked differ from what was checked)."""
    names: set[tuple[str, ...]] = set()
    for info in files:
        if (info.external_attr >> 16) & 0o170000 == 0o120000:
            raise DataError(f"symbolic link in archive: {info.filename!r}", path=where)
        parts = _member_parts(info.filename, where)
        if parts in names:
            raise DataError(f"archive holds {info.filename!r} twice", path=where)
        names.add(parts)
    folders = {parts[:i] for parts in names for i in range(1, len(parts))}
    clash = next((parts for parts in names if parts in folders), None)
    if clash is not None:
        raise DataError(f"archive holds {'/'.join(clash)!r} as a file and a folder", path=where)
    return names


def _plan_archive(zf: zipfile.ZipFile, where: str) -> tuple[str | None, dict[str, Any]]:
    """The archive's package folder (None when files sit at its root) and its metadata."""
    if len(zf.infolist()) > MAX_MEMBERS:
        raise DataError(
            f"archive holds {len(zf.infolist())} entries (a package has a few dozen); refusing it",
            path=where,
        )
    files = [info for info in zf.infolist() if not info.is_dir()]
    unpacked = sum(info.file_size for info in files)
    if unpacked > MAX_UNPACKED_BYTES:
        raise DataError(f"archive unpacks to more than {size_words(MAX_UNPACKED_BYTES)}; refusing"
                        " it", path=where)
    packed = sum(info.compress_size for info in files)
    if unpacked > MAX_RATIO * max(packed, 1024**2):
        raise DataError(
            f"archive unpacks to {unpacked // 1024**2} MiB from {packed // 1024**2 or '<1'} MiB"
            " (a zip bomb, not a model); refusing it",
            path=where,
        )
    names = _member_names(files, where)
    if ("metadata.json",) in names:
        prefix: str | None = None
    else:
        tops = {parts[0] for parts in names if len(parts) == 2 and parts[1] == METADATA}
        if len(tops) != 1:
            raise DataError(
                "no metadata.json in the archive: not an Argos package"
                if not tops
                else "archive holds several packages; install them one by one",
                path=where,
            )
        prefix = tops.pop()
    inner = {
        parts[1:] if prefix is not None else parts
        for parts in names
        if prefix is None or parts[0] == prefix
    }
    import zipfile

    try:
        raw = zf.read(f"{prefix}/{METADATA}" if prefix else METADATA)
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise DataError(f"metadata.json is not valid JSON: {exc}", path=where) from None
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise DataError(f"corrupt archive: {exc}", path=where) from None
    _metadata_from(data, where)
    if ("model", "model.bin") not in inner:
        raise DataError("no CTranslate2 model (model/model.bin) in the archive", path=where)
    if not any((t,) in inner for t in TOKENIZERS):
        raise DataError(
            "no tokenizer (sentencepiece.model or bpe.model) in the archive", path=where
        )
    return prefix, data


def _extract(zf: zipfile.ZipFile, prefix: str | None, dest: Path, where: str) -> None:
    """Extract the package folder's files into ``dest`` (already checked for unsafe paths)."""
    for info in zf.infolist():
        parts = _member_parts(info.filename, where)
        if prefix is not None:
            if parts[0] != prefix:
                continue
            parts = parts[1:]
        if not parts:
            continue
        target = dest.joinpath(*parts)
        if info.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        with zf.open(info) as src, open(target, "wb") as out:
            shutil.copyfileobj(src, out, 1024 * 1024)


def check_loads(pkg: ArgosPackage) -> None:
    """Load the tokenizer and the CTranslate2 model once: a corrupt package fails here."""
    try:
        if pkg.tokenizer == "sentencepiece":
            import sentencepiece

            sentencepiece.SentencePieceProcessor(model_file=str(pkg.tokenizer_path))
        else:
            pkg.tokenizer_path.read_text(encoding="utf-8")
    except (OSError, RuntimeError, UnicodeDecodeError) as exc:
        raise DataError(f"tokenizer does not load: {_short(exc)}", path=str(pkg.path)) from None
    try:
        import ctranslate2

        translator = ctranslate2.Translator(
            str(pkg.model_dir), device="cpu", inter_threads=1, intra_threads=1
        )
        del translator
    except (RuntimeError, ValueError, OSError) as exc:
        raise DataError(
            f"CTranslate2 model does not load: {_short(exc)}", path=str(pkg.path)
        ) from None


def _unwritable(root: Path, exc: OSError) -> OutputError:
    return OutputError(f"cannot write to the Argos packages folder {root}: {exc.strerror or exc}")


def _short(exc: object) -> str:
    text = " ".join(str(exc).split())
    return text[:200] + ("..." if len(text) > 200 else "")


def install_file(path: Path | str, packages_dir: Path | str | None = None) -> InstallResult:
    """Install a ``.argosmodel`` file; replaces installed packages for the same pair.

    The file is checked (zip, safe paths, metadata, model and tokenizer present) before
    anything is written, and the extracted package must load before it is renamed into place.
    """
    source = Path(path).expanduser()
    where = str(source)
    if not source.is_file():
        raise InputError(
            "no such file", path=where, hint="give a .argosmodel file or a pair like en:de"
        )
    import zipfile

    try:
        if not zipfile.is_zipfile(source):
            raise DataError("not an Argos package (not a zip archive)", path=where)
        zf = zipfile.ZipFile(source)
    except zipfile.BadZipFile as exc:
        raise DataError(f"corrupt archive: {exc}", path=where) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=where) from None
    root = resolve_dir(packages_dir)
    with zf:
        prefix, _ = _plan_archive(zf, where)
        try:
            root.mkdir(parents=True, exist_ok=True)
            staging = Path(tempfile.mkdtemp(prefix=".installing-", dir=root))
        except OSError as exc:
            raise _unwritable(root, exc) from None
        try:
            try:
                _extract(zf, prefix, staging, where)
            except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
                raise DataError(f"corrupt archive: {_short(exc)}", path=where) from None
            except OSError as exc:
                raise OutputError(f"cannot unpack into {root}: {exc.strerror or exc}") from None
            try:
                staged = read_package(staging)
                check_loads(staged)
            except DataError as exc:  # name the archive, not the staging folder just removed
                raise DataError(exc.message.replace(str(staging), where)) from None
            return _commit(staging, staged, root)
        finally:
            shutil.rmtree(staging, ignore_errors=True)


def _commit(staging: Path, staged: ArgosPackage, root: Path) -> InstallResult:
    """Rename the staged package into place and retire older packages for its pair."""
    with _locked(root):
        final = root / staged.name
        older = [p for p in installed_packages(root) if p.pair == staged.pair]
        trash = Path(tempfile.mkdtemp(prefix=".removing-", dir=root))
        moved: list[tuple[Path, Path]] = []
        try:
            if final.exists():  # same name: move the old one out first
                moved.append((final, trash / final.name))
                final.rename(trash / final.name)
            staging.rename(final)
            for pkg in older:
                if pkg.path != final and pkg.path.exists():
                    dest = trash / f"{len(moved)}-{pkg.path.name}"
                    pkg.path.rename(dest)
                    moved.append((pkg.path, dest))
        except OSError as exc:
            for original, dest in reversed(moved):  # put the installed set back as it was
                with contextlib.suppress(OSError):
                    if not original.exists():
                        dest.rename(original)
            raise OutputError(f"cannot install into {root}: {exc.strerror or exc}") from None
        finally:
            shutil.rmtree(trash, ignore_errors=True)
    return InstallResult(dataclasses.replace(staged, path=final), older)


def remove(spec: str, packages_dir: Path | str | None = None) -> list[ArgosPackage]:
    """Remove the packages matching ``spec`` (a pair like ``en:de``, or a package/folder name)."""
    root = resolve_dir(packages_dir)
    pair = parse_pair(spec)
    installed = installed_packages(root)
    matches = [
        p
        for p in installed
        if (pair is not None and p.pair == pair) or spec in (p.name, p.path.name)
    ]
    if not matches:
        names = ", ".join(f"{p.from_code}:{p.to_code}" for p in installed) or "none"
        raise EngineError(
            f"no installed Argos package matches {spec!r}", hint=f"installed: {names}"
        )
    with _locked(root):
        trash = Path(tempfile.mkdtemp(prefix=".removing-", dir=root))
        try:
            for i, pkg in enumerate(matches):
                try:
                    pkg.path.rename(trash / f"{i}-{pkg.path.name}")
                except OSError as exc:
                    raise OutputError(f"cannot remove {pkg.path}: {exc.strerror or exc}") from None
        finally:
            shutil.rmtree(trash, ignore_errors=True)
    return matches


# -- the package index (network, only when the user asks) ---------------------------------------


def _get(url: str, out: BinaryIO, *, timeout: float, total: float, max_bytes: int) -> None:
    """Download ``url`` into ``out`` through :mod:`translate.http`; NetworkError on any failure
    (offline, DNS, HTTP status, deadline, size)."""
    from .. import http  # http.client and ssl: only when a download is asked for

    if not http.is_http_url(url):
        raise NetworkError(f"refusing to download from {url!r}: only http(s) URLs are allowed")
    limits = http.Limits(connect=min(timeout, 10.0), first_byte=timeout, idle=timeout,
                         total=total, max_bytes=max_bytes)
    try:
        http.get(url, out, limits=limits, headers={"User-Agent": USER_AGENT})
    except http.TooLargeError:
        raise NetworkError(f"{url}: download {larger_than(max_bytes)}; refusing it") from None
    except http.FetchError as exc:
        if exc.kind != "unreachable":
            raise
        raise NetworkError(
            f"cannot reach {url}: {exc.reason}",
            hint="check the network, or download the .argosmodel file and install it from disk",
        ) from None


def fetch_index(index_url: str | None = None, timeout: float = 30.0) -> list[dict[str, Any]]:
    """The Argos package index: a list of package metadata objects with download links."""
    url = index_url or argos_index_url()
    buffer = io.BytesIO()
    _get(url, buffer, timeout=timeout, total=timeout, max_bytes=MAX_INDEX_BYTES)
    try:
        data = json.loads(buffer.getvalue().decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise NetworkError(f"{url}: the package index is not valid JSON") from None
    if not isinstance(data, list):
        raise NetworkError(f"{url}: the package index is not a list of packages")
    return [entry for entry in data if isinstance(entry, dict)]


def choose_from_index(index: list[dict[str, Any]], source: str, target: str) -> dict[str, Any]:
    """The newest translation package for ``source -> target`` in the index."""
    candidates = [
        e
        for e in index
        if e.get("type", "translate") == "translate"
        and e.get("from_code") == source
        and e.get("to_code") == target
        and isinstance(e.get("links"), list)
        and e["links"]
    ]
    if not candidates:
        targets = sorted({str(e.get("to_code")) for e in index if e.get("from_code") == source})
        hint = (
            f"the index has {source} -> {', '.join(targets)}"
            if targets
            else f"the index has no package from {source}"
        )
        raise UnsupportedPairError(source, target, hint=hint)
    return max(candidates, key=lambda e: version_key(str(e.get("package_version", "0"))))


def install_from_index(
    source: str,
    target: str,
    packages_dir: Path | str | None = None,
    *,
    index_url: str | None = None,
    timeout: float = 60.0,
) -> InstallResult:
    """Download the pair's package from the Argos index and install it (the only network path)."""
    entry = choose_from_index(fetch_index(index_url, timeout), source, target)
    root = resolve_dir(packages_dir)
    try:
        root.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".download-", suffix=PACKAGE_SUFFIX, dir=root)
    except OSError as exc:
        raise _unwritable(root, exc) from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            errors: list[str] = []
            for link in [str(link) for link in entry["links"]]:
                try:
                    _download(link, out, timeout)
                    break
                except NetworkError as exc:
                    errors.append(exc.message)
                    log.info("download failed: %s", exc.message)
            else:
                raise NetworkError(
                    f"cannot download the {source} -> {target} package: {errors[-1]}"
                )
        return install_file(tmp, root)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _download(url: str, out: BinaryIO, timeout: float) -> None:
    out.seek(0)
    out.truncate()
    _get(url, out, timeout=timeout, total=max(timeout, DOWNLOAD_DEADLINE),
         max_bytes=MAX_DOWNLOAD_BYTES)
    out.flush()
