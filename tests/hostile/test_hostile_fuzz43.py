"""The forty-third fuzz pass (fuzz43): a sentence in a glossary TOML, and a file of NUL bytes.

* ``glossary import`` refuses a term that is a whole sentence since fuzz42, but a glossary TOML
  holding one (given to ``--glossary``, or checked with ``glossary lint``) was read as written:
  ``glossary lint`` said "0 errors" (exit 0) and ``translate run --glossary`` would write the
  sentence where the entry's name stands. The TOML reader now refuses it with one line naming
  the file, the line and the entry (exit 5), as it refuses a hidden control character; titles
  keep being read.
* A file of NUL bytes (what a crash or a preallocated download leaves) was refused as "UTF-16
  text without a byte-order mark (save the article as UTF-8)": it is binary data, and now says
  so. UTF-16 without a byte-order mark is named as before.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hostile.helpers import invoke

_SENTENCE = "O ministro renunciou na segunda-feira após a votação."
_PARA = "The vote was held on Monday. The council will meet again next week to vote."


def _toml(tmp_path: Path, name: str, form: str) -> Path:
    path = tmp_path / "g.toml"
    path.write_text(f'[[entry]]\nid = "vote"\nname = "{name}"\ntype = "org"\n'
                    f'[entry.forms]\n"pt-BR" = "{form}"\n', encoding="utf-8")  # fmt: skip
    return path


@pytest.mark.parametrize("name, form, line", [
    ("The vote", _SENTENCE, 6),  # a form
    ("The minister resigned on Monday after the vote.", "Renúncia", 3),  # the name
])  # fmt: skip
def test_glossary_lint_refuses_a_sentence(tmp_path: Path, name: str, form: str,
                                          line: int) -> None:
    path = _toml(tmp_path, name, form)
    result = invoke("glossary", "lint", path)
    assert result.code == 5, result.stdout  # was: "0 errors, 0 warnings", exit 0
    assert f"{path}:{line}: error[invalid]:" in result.stdout
    assert "is a sentence" in result.stdout


def test_run_refuses_a_glossary_whose_form_is_a_sentence(tmp_path: Path,
                                                        fake_engine: object) -> None:
    source = tmp_path / "a.md"
    source.write_text(f"# Council\n\n{_PARA}\n", encoding="utf-8")
    out = tmp_path / "out"
    result = invoke("run", source, "--to", "pt-BR", "--engine", "fake", "--from", "en", "-o", out,
                    "--glossary", _toml(tmp_path, "The vote", _SENTENCE))  # fmt: skip
    result.refused(5, "g.toml:6: entry 'vote': form for pt-BR")
    assert "is a sentence" in result.stderr
    assert not out.exists()


@pytest.mark.parametrize("name, form", [
    ("Who Wants to Be a Millionaire?", "Quem Quer Ser um Milionário?"),
    ("Samsung Electronics Holdings Co.", "Samsung Electronics Holdings Co."),
    ("Yahoo!", "Yahoo!"),
    ("The vote", "A votação"),
])  # fmt: skip
def test_names_and_titles_in_a_glossary_are_read_as_before(tmp_path: Path, name: str,
                                                           form: str) -> None:
    result = invoke("glossary", "lint", _toml(tmp_path, name, form))
    assert result.code == 0, result.stdout + result.stderr


@pytest.mark.parametrize("data", [b"\x00" * 64, b"\x00" * 4096, b"\x00" * 9 + b"x" * 3])
def test_a_file_of_nul_bytes_is_binary_data_not_utf16(tmp_path: Path, data: bytes) -> None:
    source = tmp_path / "zeros.md"
    source.write_bytes(data)
    result = invoke("detect", source)
    result.refused(3, "binary data, not a text article")  # was: "UTF-16 text without a BOM"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_still_named(tmp_path: Path, encoding: str) -> None:
    source = tmp_path / "a.md"
    source.write_bytes(f"# Council\n\n{_PARA}\n".encode(encoding))
    invoke("detect", source).refused(3, "UTF-16 text without a byte-order mark")


def test_the_glossary_cli_json_is_unchanged_for_a_clean_file(tmp_path: Path) -> None:
    path = _toml(tmp_path, "The vote", "A votação")
    result = invoke("glossary", "lint", path)
    assert result.code == 0 and "0 errors" in result.stderr
    json.dumps(result.stdout)  # nothing else to read: no issue printed


# -- SIGINT outside the command's own handling ---------------------------------------------------
# fuzz43's seeded run (seed 41): `run` and `feed` stopped by SIGINT at 2.3 s and 5.0 s under load
# ended with status -2 (2 of 16 signal cases), one with Python's KeyboardInterrupt traceback from
# the moment `setup_process` hands SIGINT back to KeyboardInterrupt, before the command's own
# handling. The stand-ins below raise KeyboardInterrupt at the points a signal can land there.

import os  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402

_ROOT = Path(__file__).resolve().parents[2]
_AFTER_SETUP = """
import sys
import translate.cli as c
setup = c.setup_process
def interrupted():
    setup()
    raise KeyboardInterrupt  # SIGINT just after the start's handler was handed back
c.setup_process = interrupted
sys.argv = ["translate", *sys.argv[1:]]
c.main()
"""
_IN_PARSING = """
import sys, click
import translate.cli as c
def interrupted(self, *args, **kwargs):
    raise KeyboardInterrupt  # SIGINT while click reads the command line
click.Group.make_context = interrupted
sys.argv = ["translate", *sys.argv[1:]]
c.main()
"""


@pytest.mark.parametrize("script", [_AFTER_SETUP, _IN_PARSING], ids=["after-setup", "parsing"])
@pytest.mark.parametrize("json_flag", [False, True])
def test_sigint_before_the_command_is_its_line_and_130(tmp_path: Path, script: str,
                                                       json_flag: bool) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(_ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])}  # fmt: skip
    args = ["detect", str(tmp_path / "a.md"), *(["--json"] if json_flag else [])]
    p = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True,
                       env=env, timeout=120, cwd=tmp_path)  # fmt: skip
    assert p.returncode == 130, (p.returncode, p.stderr)  # was: -2 and a traceback, or 1
    assert p.stderr == "error: interrupted\n"
    if json_flag:
        assert json.loads(p.stdout) == {"error": "error: interrupted", "code": None,
                                        "exit_code": 130}  # fmt: skip


_NATIVE_KI = """
import ctypes, runpy, sys, click
def interrupted(self, ctx):  # SIGINT landing in Python code a native extension runs
    run = ctypes.pythonapi.PyRun_StringFlags
    run.restype = ctypes.py_object
    run.argtypes = [ctypes.c_char_p, ctypes.c_int, ctypes.py_object, ctypes.py_object,
                    ctypes.c_void_p]
    run(b"raise KeyboardInterrupt", 257, {}, {}, None)  # 257: Py_file_input
click.Group.invoke = interrupted
sys.argv = ["translate", *sys.argv[1:]]
runpy.run_module("translate", run_name="__main__", alter_sys=True)
"""


def test_python_m_translate_interrupted_in_native_code_exits_130(tmp_path: Path) -> None:
    (tmp_path / "interrupted_m.py").write_text(_NATIVE_KI, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(_ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])}  # fmt: skip
    command = [sys.executable, "-m", "interrupted_m", "detect", str(tmp_path / "a.md")]
    p = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120,
                       cwd=tmp_path)  # fmt: skip
    assert p.stderr == "error: interrupted\n"  # the command handled it and said so
    assert p.returncode == 130  # was: -2, CPython's -m start ending the process by SIGINT
