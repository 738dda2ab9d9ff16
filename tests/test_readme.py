"""The README's commands, typed as a new user types them: in a fresh shell, after
activating the environment as the README says, from the workspace root."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, copy_workspace

pytestmark = pytest.mark.slow

VENV = Path(sys.executable).parent.parent
# Not run here: make targets (they run everything), whole builds (tests/test_build.py),
# the checks of a built report's PDF (pdfinfo, pdfdetach: tests/test_pdf_pages.py and
# tests/test_archival.py run them on built reports), and the examples that name files,
# a folder or a cluster the reader has to supply.
SKIP = re.compile(r"^make |^detentio build|^detentio add |^pdfinfo |^pdfdetach |archive/|--scheduler")


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = []
    for block in re.findall(r"```sh\n(.*?)```", text, re.S):
        for line in block.splitlines():
            command = re.sub(r"\s+#.*$", "", line).replace(" [PATH...]", "").strip()
            if command and not command.startswith(". ") and not SKIP.search(command):
                commands.append(command)
    return commands


def test_the_readme_gives_commands_to_try():
    commands = readme_commands()
    assert "detentio check" in commands and any(c.startswith("papermill ") for c in commands)


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    """A copy of the workspace with its .venv, and the environment of a new shell (no venv on PATH)."""
    root = copy_workspace(tmp_path_factory.mktemp("readme") / "ws")
    shutil.copytree(ROOT / "tests" / "gold", root / "tests" / "gold")  # what `make eval` scores against
    os.symlink(VENV, root / ".venv")
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "MPLBACKEND")}
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep)
                                  if not p.startswith(str(VENV)) and p != str(Path(sys.executable).parent))
    env["DETENTIO_ROOT"] = str(root)
    return root, env


@pytest.mark.parametrize("command", readme_commands())
def test_a_readme_command_works_as_written_after_activating(fresh, command):
    root, env = fresh
    result = subprocess.run(["bash", "-c", f". .venv/bin/activate && {command}"], cwd=root, env=env,
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, f"{command}\n{result.stderr[-3000:]}"


def test_without_activating_the_readme_says_what_to_type(fresh):
    root, env = fresh
    plain = subprocess.run(["bash", "-c", "detentio check"], cwd=root, env=env, capture_output=True, text=True)
    if plain.returncode == 0:
        pytest.skip("detentio is installed outside .venv on this machine")
    assert plain.returncode == 127  # "command not found": why the README says to activate
    direct = subprocess.run(["bash", "-c", ".venv/bin/detentio check"], cwd=root, env=env, capture_output=True,
                            text=True, timeout=300)
    assert direct.returncode == 0, direct.stderr
