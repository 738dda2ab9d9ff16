"""Nothing from a source or a file name reaches the terminal as a control sequence."""
from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, write_source
from detentio.core import terminal

DETENTIO = str(Path(sys.executable).with_name("detentio"))
# Set the window title, clear the screen (ESC and the one-byte C1 CSI), ring the bell.
TITLE, CLEAR, CSI = "\x1b]0;pwned\x07", "\x1b[2J", "\x9b2J"
BODY = f"Baku{TITLE} holds{CLEAR} twelve prisoners of war{CSI} in custody.\n"
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def run(*args, cwd=None):
    return subprocess.run([DETENTIO, *args], capture_output=True, text=True, cwd=cwd or ROOT, timeout=120)


@pytest.fixture
def hostile(tmp_path):
    return write_source(tmp_path, "escapes.txt", BODY)


def test_escaped_pictured_and_json_safe_forms():
    assert terminal.escaped(f"a{CLEAR}b\nc\u202ed") == "a\\x1b[2Jb\\nc\\u202ed"
    assert terminal.pictured(f"{TITLE}\t{CSI}\r\n") == "\u241b]0;pwned\u2407\t\ufffd2J\u240d\n"
    assert len(terminal.pictured(BODY)) == len(BODY)
    dumped = terminal.json_safe(json.dumps(BODY, ensure_ascii=False))
    assert not RAW.search(dumped) and json.loads(dumped) == BODY


@pytest.mark.parametrize("command", [("kwic", "prisoners of war"), ("mentions",)])
def test_csv_shows_control_characters_as_visible_characters(hostile, command):
    result = run(*command, str(hostile), "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert not RAW.search(result.stdout)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 1
    if command[0] == "kwic":
        start = BODY.index("prisoners of war")
        assert rows[0]["match"] == "prisoners of war" and int(rows[0]["start"]) == start
        assert rows[0]["left"] == terminal.pictured(BODY[:start]) == "Baku\u241b]0;pwned\u2407 holds\u241b[2J twelve "
        assert rows[0]["right"].startswith("\ufffd2J in custody.")


@pytest.mark.parametrize("command", [("kwic", "prisoners of war", "--width", "60"), ("mentions",)])
def test_json_escapes_control_characters_and_keeps_the_text_exact(hostile, command):
    result = run(*command, str(hostile), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert not RAW.search(result.stdout)
    [record] = json.loads(result.stdout)
    if command[0] == "kwic":
        assert record["left"] + record["match"] + record["right"] == BODY.replace("\n", " ")
    else:
        assert BODY[record["start"]:record["end"]] == record["text"] == "prisoners of war"


def test_check_prints_a_hostile_file_name_escaped(tmp_path):
    write_source(tmp_path, f"{CLEAR}x{TITLE}.md", "No front matter here.")
    result = run("check", str(tmp_path), cwd=tmp_path)
    assert result.returncode == 1
    assert not RAW.search(result.stderr)
    assert result.stderr.splitlines()[0] == (
        "\\x1b[2Jx\\x1b]0;pwned\\x07.md:1: missing front matter: a .md source starts with a '---' line "
        "(use .txt for a source without metadata)")


def test_an_error_naming_a_hostile_file_is_escaped(tmp_path):
    path = write_source(tmp_path, f"{CLEAR}.txt", "", raw=b"\xff bad bytes")
    result = run("mentions", str(path), cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr == "error: \\x1b[2J.txt:1: not valid UTF-8: byte 0xff at offset 0 (save the file as UTF-8)\n"


def test_build_progress_lines_are_escaped():
    from detentio.publish.build import _say

    out = io.StringIO()
    _say(out, "FAILED", "survey-all", f"the cell raised ValueError: {TITLE}")
    assert out.getvalue() == "  FAILED   survey-all               the cell raised ValueError: \\x1b]0;pwned\\x07\n"
