import subprocess
import sys

from detentio import manifest


def run_check():
    return subprocess.run([sys.executable, "-m", "detentio.cli", "check"], capture_output=True, text=True)


def test_seed_corpus_checks_clean(workspace):
    result = run_check()
    assert result.returncode == 0, result.stderr
    assert manifest.check() == []


def test_edited_source_is_reported(workspace):
    path = workspace / "data/sources/002_45120e5011152357.md"
    path.write_text(path.read_text(encoding="utf-8").replace("15 Armenian", "16 Armenian"), encoding="utf-8")
    problems = [str(p) for p in manifest.check()]
    assert len(problems) == 1
    assert problems[0].startswith("data/sources/002_45120e5011152357.md: changed since ingest")
    assert run_check().returncode == 1


def test_new_and_removed_sources_are_reported(workspace):
    (workspace / "data/sources/new.txt").write_text("A new article.", encoding="utf-8")
    (workspace / "data/sources/004_59c0c21e26c3c404.md").unlink()
    problems = [str(p) for p in manifest.check()]
    assert any(p.startswith("data/sources/new.txt: not in data/MANIFEST") for p in problems)
    assert any("lists data/sources/004_59c0c21e26c3c404.md, which no longer exists" in p for p in problems)


def test_updating_the_manifest_accepts_the_change(workspace):
    (workspace / "data/sources/new.txt").write_text("A new article.", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "detentio.cli", "manifest"], check=True, capture_output=True)
    assert manifest.check() == []


def test_check_of_the_sources_folder_gives_the_verdict_of_check(workspace):
    path = workspace / "data/sources/002_45120e5011152357.md"
    path.write_text(path.read_text(encoding="utf-8").replace("15 Armenian", "16 Armenian"), encoding="utf-8")
    whole = run_check()
    assert whole.returncode == 1
    for given in ("data/sources", "./data/sources/", str(workspace / "data" / "sources")):
        named = subprocess.run([sys.executable, "-m", "detentio.cli", "check", given], capture_output=True,
                               text=True, cwd=workspace)
        assert (named.returncode, named.stderr) == (whole.returncode, whole.stderr), given


def test_check_of_one_source_compares_it_with_its_manifest_entry(workspace):
    path = workspace / "data/sources/002_45120e5011152357.md"
    path.write_text(path.read_text(encoding="utf-8").replace("15 Armenian", "16 Armenian"), encoding="utf-8")
    (workspace / "data/sources/new.txt").write_text("A new article.", encoding="utf-8")

    def check(*names):
        return subprocess.run([sys.executable, "-m", "detentio.cli", "check", *names], capture_output=True,
                              text=True, cwd=workspace)

    edited = check("data/sources/002_45120e5011152357.md")
    assert edited.returncode == 1
    assert edited.stderr.splitlines()[0].startswith(
        "data/sources/002_45120e5011152357.md: changed since ingest: sha256 ")
    assert edited.stderr.splitlines()[1] == "detentio check: 1 problem(s)"
    assert check("data/sources/new.txt").stderr.splitlines()[0] == (
        "data/sources/new.txt: not in data/MANIFEST (new source? run `detentio manifest`)")
    assert check("data/sources/000_288279f309da8c33.md").returncode == 0
