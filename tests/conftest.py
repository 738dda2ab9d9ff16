"""Shared fixtures: a scratch workspace and helpers to write sources."""
from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def write_source(folder: Path, name: str, body: str, front: str | None = None, *, raw: bytes | None = None) -> Path:
    """Write a source file; ``front`` is the YAML between the --- lines (dedented)."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if raw is not None:
        path.write_bytes(raw)
    elif front is None:
        path.write_text(body, encoding="utf-8")
    else:
        path.write_text("---\n" + textwrap.dedent(front).strip() + "\n---\n" + body, encoding="utf-8")
    return path


@pytest.fixture
def workspace(tmp_path, monkeypatch) -> Path:
    """A copy of the workspace's data/ (and runs/notebooks if present) in a temp folder.

    DETENTIO_ROOT points there, so commands and functions use the copy and a
    test can break it freely.
    """
    root = tmp_path / "ws"
    root.mkdir()
    shutil.copytree(ROOT / "data", root / "data")
    (root / "pyproject.toml").write_text((ROOT / "pyproject.toml").read_text())
    for name in ("notebooks",):
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, root / name)
    if (ROOT / "runs.yml").exists():
        shutil.copy(ROOT / "runs.yml", root / "runs.yml")
    monkeypatch.setenv("DETENTIO_ROOT", str(root))
    return root
