"""Extraction on Dask gives the single-process tables: same rows, same order, same errors."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
import yaml

from conftest import ROOT, write_source
from detentio import claims, mentions, scale
from detentio.core.problems import DetentioError

pytestmark = pytest.mark.slow  # starts a local Dask cluster

KEYS = ["source", "start", "end"]


def _sorted(table: pd.DataFrame, extra: str) -> pd.DataFrame:
    return table.sort_values(KEYS + [extra], kind="stable").reset_index(drop=True)


def assert_same(dask_table, single_table, extra="code"):
    assert len(single_table) > 0
    pd.testing.assert_frame_equal(_sorted(dask_table, extra), _sorted(single_table, extra))


@pytest.fixture(scope="module")
def scheduler():
    """The address of a local cluster with 2 worker processes, shared by this module's tests."""
    with scale.local_cluster(2) as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "benchmarks" / "generate.py")
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    return generate.generate(40, tmp_path_factory.mktemp("generated"), seed=3)


def test_mentions_on_dask_equal_the_single_process_table_on_the_seed_corpus(scheduler):
    assert_same(scale.mentions(scheduler=scheduler, partitions=3), mentions.find())


def test_claims_on_dask_equal_the_single_process_table_on_the_seed_corpus(scheduler):
    assert_same(scale.claims(scheduler=scheduler), claims.find(), extra="value")


def test_one_pass_gives_both_tables_on_a_generated_corpus(scheduler, generated):
    tables = scale.extract([generated], scheduler=scheduler, partitions=7)
    assert_same(tables["mentions"], mentions.find(paths=[generated]))
    assert_same(tables["claims"], claims.find(paths=[generated]), extra="value")


@pytest.mark.parametrize("partitions", [1, 2, 40, 500])
def test_partition_count_does_not_change_the_rows_or_their_order(scheduler, generated, partitions):
    single = mentions.find(paths=[generated])
    # Partitions come back in file order, so even the unsorted order is the single-process one.
    pd.testing.assert_frame_equal(scale.mentions([generated], scheduler=scheduler, partitions=partitions),
                                  single)


def test_a_local_cluster_is_started_when_no_scheduler_is_given():
    assert_same(scale.mentions(workers=2), mentions.find())


def test_workers_use_the_callers_workspace(scheduler, workspace):
    # Remove a code from the copied codebook: the workers must see the copy, not the repository's.
    path = workspace / "data" / "codebook.yml"
    book = yaml.safe_load(path.read_text(encoding="utf-8"))
    del book["codes"]["hostage"]
    path.write_text(yaml.safe_dump(book, allow_unicode=True), encoding="utf-8")
    table = scale.mentions(scheduler=scheduler)
    assert "hostage" not in set(table["code"])
    assert_same(table, mentions.find())


def test_duplicate_id_across_partitions_is_the_single_process_error(scheduler, tmp_path):
    front = "id: same\ntitle: T\npublished: '2021-01-01'\ndate_precision: day\nkind: news\nlanguage: en"
    write_source(tmp_path, "a.md", "Ten prisoners of war were released.\n", front)
    write_source(tmp_path, "b.txt", "Hostages.\n")
    write_source(tmp_path, "c.md", "Captives.\n", front)
    with pytest.raises(DetentioError) as single:
        mentions.find(paths=[tmp_path])
    with pytest.raises(DetentioError) as on_dask:
        scale.mentions([tmp_path], scheduler=scheduler, partitions=3)
    assert str(on_dask.value) == str(single.value)
    assert "duplicate id 'same'" in str(on_dask.value)


def test_first_bad_file_in_file_order_is_the_error(scheduler, tmp_path):
    write_source(tmp_path, "a.txt", "Hostages.\n")
    write_source(tmp_path, "b.md", "No front matter here.\n")
    write_source(tmp_path, "c.txt", "")
    with pytest.raises(DetentioError) as single:
        claims.find(paths=[tmp_path])
    with pytest.raises(DetentioError) as on_dask:
        scale.claims([tmp_path], scheduler=scheduler, partitions=3)
    assert str(on_dask.value) == str(single.value)


def test_no_sources_gives_the_empty_typed_table(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    pd.testing.assert_frame_equal(scale.mentions([empty]), mentions.find(paths=[empty]))


def test_unreachable_scheduler_is_one_clear_error(monkeypatch):
    monkeypatch.setattr(scale, "CONNECT_TIMEOUT", 1)
    with pytest.raises(DetentioError, match="cannot reach the Dask scheduler"):
        scale.mentions(scheduler="tcp://127.0.0.1:9")


def test_partition_keeps_order_and_never_makes_an_empty_part():
    files = list(range(10))
    parts = scale.partition(files, 4)
    assert [len(p) for p in parts] == [3, 3, 2, 2]
    assert sum(parts, []) == files
    assert scale.partition(files, 50) == [[f] for f in files]
    assert scale.default_partitions(100_000, 2) == 50 and scale.default_partitions(10, 2) == 8


def test_command_line_dask_output_is_the_serial_output(tmp_path):
    detentio = str(Path(sys.executable).with_name("detentio"))
    for command in ("mentions", "claims"):
        serial = subprocess.run([detentio, command, "--format", "json"], capture_output=True, text=True)
        on_dask = subprocess.run([detentio, command, "--format", "json", "--dask", "--partitions", "2"],
                                 capture_output=True, text=True)
        assert serial.returncode == on_dask.returncode == 0, on_dask.stderr
        assert on_dask.stdout == serial.stdout


def test_command_line_rejects_zero_partitions():
    detentio = str(Path(sys.executable).with_name("detentio"))
    run = subprocess.run([detentio, "mentions", "--partitions", "0"], capture_output=True, text=True)
    assert run.returncode == 1
    assert run.stderr.strip() == "error: --partitions: must be at least 1, got 0"
