"""What the thirty-fifth pass (fuzz35) noticed and left, fixed by fuzz36.

* A malformed JSONL record's error named "line 2, column 1" for line 1 (the decoder counted the
  record's own line ending) and "line 1" for every other line: every JSONL reader (``run
  --jsonl``, ``batch``'s work list, which the cluster runner reads too) names the file's line.
* ``batch --json`` (and every command with ``--json``) printed nothing on stdout when an error
  stopped the whole command: a pipeline reading the JSON report got no JSON.
* A feed fetched with ``Content-Type: ...; charset=...`` had that charset ignored
  (tests/hostile/test_hostile_fuzz36_http.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hostile.helpers import invoke

from translate import jsontext

BAD = b'{"id": "a", "text": "Ol\xc3\xa1"\n\n{"id": x}\n'


def test_a_jsonl_record_error_names_the_line_and_column_of_the_file() -> None:
    with pytest.raises(jsontext.BadJSON, match=r"line 1, column 6: Expecting value"):
        jsontext.loads('{"a":\n', line=1)
    with pytest.raises(jsontext.BadJSON, match=r"line 7, column 5: Expecting"):
        jsontext.loads('{"a"}\r\n', line=7)


def test_run_jsonl_names_the_file_line(tmp_path: Path) -> None:
    (tmp_path / "bad.jsonl").write_bytes(BAD)
    result = invoke("run", "--jsonl", tmp_path / "bad.jsonl", "--to", "pt-BR", "--from", "en",
                    "--db", tmp_path / "t.db")  # fmt: skip
    messages = [json.loads(line)["error"]["message"] for line in result.stdout.splitlines()]
    assert messages == ["not valid JSON (line 1, column 26: Expecting ',' delimiter)",
                        "not valid JSON (line 3, column 8: Expecting value)"]  # fmt: skip


def test_batch_work_list_names_the_file_line(tmp_path: Path) -> None:
    (tmp_path / "bad.jsonl").write_bytes(BAD)
    result = invoke("batch", tmp_path / "bad.jsonl", "--to", "pt-BR", "--from", "en", "--json",
                    "--out", tmp_path / "out", "--db", tmp_path / "t.db")  # fmt: skip
    assert result.code == 3
    errors = [item["error"][13:] for item in json.loads(result.stdout)["items"]]
    assert errors == ["not valid JSON (line 1, column 26: Expecting ',' delimiter)",
                      "not valid JSON (line 3, column 8: Expecting value)"]  # fmt: skip


@pytest.mark.parametrize("args, code, needle", [
    (("batch", "{tmp}/empty.jsonl", "--to", "pt-BR", "--out", "{tmp}/out"), 3, "holds no article"),
    (("batch", "{tmp}/missing.jsonl", "--to", "pt-BR", "--out", "{tmp}/out"), 3, "no such file"),
    (("batch", "{tmp}/empty.jsonl", "--to", "pt-BR", "--out", "{tmp}/empty.jsonl"), 6,
     "not a folder"),
    (("feed", "{tmp}/empty.jsonl", "--to", "pt-BR", "--out", "{tmp}/empty.jsonl"), 6,
     "not a folder"),
    (("run", "{tmp}/missing.txt", "--to", "xx-QQ", "--out", "{tmp}/out"), 5, "unknown locale"),
    (("detect", "{tmp}/missing.txt"), 3, "no such file"),
    (("review", "apply", "{tmp}/missing.po"), 3, "no such file"),
    (("locales", "show", "xx-QQ"), 5, "unknown locale"),
])  # fmt: skip
def test_a_command_level_error_under_json_is_one_json_object(
    tmp_path: Path, args: tuple[str, ...], code: int, needle: str
) -> None:
    (tmp_path / "empty.jsonl").write_bytes(b"")
    argv = [a.format(tmp=tmp_path) for a in args]
    result = invoke(*argv, "--json", "--db", tmp_path / "t.db") if args[0] in (
        "batch", "feed", "run", "review") else invoke(*argv, "--json")
    result.refused(code, needle)
    report = json.loads(result.stdout)
    assert report == {"error": result.stderr.strip(), "code": report["code"], "exit_code": code}
    assert report["code"] == result.stderr[6:10]
