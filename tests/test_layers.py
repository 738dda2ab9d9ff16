"""The package's layers: imports flow one way (the contract in pyproject.toml)."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_imports_flow_one_way_through_the_layers():
    # import-linter's own command, as a contributor runs it: `lint-imports`.
    lint = Path(sys.executable).parent / "lint-imports"
    done = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True,
                          env={"PATH": str(lint.parent), "PYTHONPATH": str(ROOT / "lib")})
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Contracts: 1 kept, 0 broken." in done.stdout


def test_every_layer_says_what_it_owns():
    import importlib

    for layer in ("core", "corpus", "framing", "law", "analyses", "publish"):
        doc = importlib.import_module(f"detentio.{layer}").__doc__
        assert doc and doc.startswith(f"{layer}: "), layer


def test_old_flat_names_still_resolve_for_existing_notebooks():
    import detentio
    from detentio.analyses import clause, counts, labels

    assert detentio.compare is labels and detentio.trace is clause and detentio.ledger is counts
    from detentio import corpus, law

    assert callable(corpus.load) and callable(law.regimes)
