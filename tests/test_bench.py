"""The benchmark harness works end to end on a tiny corpus (timings are never asserted)."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from detentio import check, codebook, mentions
from detentio.corpus.sources import source_files

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


def _load(name: str):
    """A benchmarks/ script as a module, under a name that cannot shadow anything."""
    if str(BENCH) not in sys.path:
        sys.path.append(str(BENCH))  # the scripts import each other by plain name
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


generate = _load("generate")
startup = _load("startup")


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_same_seed_gives_byte_identical_files(tmp_path):
    a = _files(generate.generate(30, tmp_path / "a", seed=7))
    b = _files(generate.generate(30, tmp_path / "b", seed=7))
    assert len(a) == 31  # 30 sources and the stamp
    assert a == b


def test_another_seed_gives_another_corpus(tmp_path):
    a = _files(generate.generate(5, tmp_path / "a", seed=1))
    b = _files(generate.generate(5, tmp_path / "b", seed=2))
    assert [v for k, v in a.items() if k.endswith(".md")] != [v for k, v in b.items() if k.endswith(".md")]


def test_small_corpus_is_the_start_of_a_large_one(tmp_path):
    small = generate.generate(10, tmp_path / "small")
    large = generate.generate(30, tmp_path / "large")
    for path in source_files([small]):
        assert path.read_bytes() == (large / path.relative_to(small)).read_bytes()


def test_existing_corpus_is_reused_not_rewritten(tmp_path):
    folder = generate.generate(5, tmp_path / "c")
    before = {p: p.stat().st_mtime_ns for p in folder.rglob("*.md")}
    generate.generate(5, folder)
    assert {p: p.stat().st_mtime_ns for p in folder.rglob("*.md")} == before


def test_generated_sources_pass_detentio_check(tmp_path):
    folder = generate.generate(60, tmp_path / "c")
    assert len(source_files([folder])) == 60
    assert check.run([folder]) == []


def _genre_corpus(folder: Path, genre: str, docs: int = 4) -> list[Path]:
    """``docs`` generated documents of ``genre``, each with its own id."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(docs):
        doc_id, text = generate.document(3, index, generate.codebook_phrases(), genre=genre)
        paths.append(folder / f"{genre}-{doc_id}.md")
        paths[-1].write_text(text.replace(f"id: {doc_id}", f"id: {genre}-{index}"), encoding="utf-8")
    return paths


@pytest.mark.parametrize("genre", sorted(generate.GENRE_LAYOUTS))
def test_each_generated_genre_is_read_as_its_layout(tmp_path, genre):
    """The benchmark times the structures the engine reads before attribution, not only news prose."""
    from detentio.framing import speakers

    paths = _genre_corpus(tmp_path, genre)
    assert check.run([tmp_path]) == []
    assert speakers.layouts(paths=paths)["layout"].tolist() == [generate.GENRE_LAYOUTS[genre]] * len(paths)


@pytest.mark.parametrize("genre, rule", [
    ("interview", "interview_turn"), ("briefing", "briefing_turn"), ("debate", "debate_turn"),
    ("summary_record", "delegation"), ("live_blog", "blog_entry"), ("op_ed", "author_voice"),
    ("report", "report_voice"), ("call_in", "interview_turn"), ("hansard", "debate_turn"),
    ("memorandum", "issuer"), ("recommendations", "recommended_by"), ("witness_statement", "author_voice"),
    ("talk_page", "signed_comment"), ("separate_opinion", "author_voice"), ("trial", "debate_turn"),
    ("cable", "report_voice"), ("reader_qa", "interview_turn"), ("explanations_of_vote", "debate_turn"),
    ("asylum_decision", "reported_speech"), ("interpreted_press_conference", "speaker_label"), ("homily", "issuer"),
    ("abstracts", "abstract_entry"), ("channel", "blog_entry"), ("list_of_issues", "reply_section"),
    ("written_statement", "author_voice"), ("motion", "author_voice"), ("paired_pieces", "author_voice"),
    ("slide_deck", "headline_says"), ("views", "reply_section"), ("aggregator_thread", "forum_post"),
    ("acceptance_speech", "author_voice"), ("questionnaire_reply", "reply_section"),
    ("audio_room", "speaker_label"), ("agency_translation", "report_voice"),
    ("travel_blog", "author_voice"), ("published_remarks", "author_voice"),
])
def test_each_generated_genre_reaches_its_own_speaker_rule(tmp_path, genre, rule):
    found = mentions.find(paths=_genre_corpus(tmp_path, genre))
    assert set(found.loc[found["rule"] == rule, "source"]) == {f"{genre}-{i}" for i in range(4)}


def test_a_generated_cable_and_survey_read_their_own_forms(tmp_path):
    # the cable's unit head in Baku is the ICRC; the survey's shares of a public are nobody, the institute speaks
    cable = mentions.find(paths=_genre_corpus(tmp_path / "cable", "cable"))
    assert "icrc" in set(cable["speaker"])
    paths = _genre_corpus(tmp_path / "survey", "survey")
    survey = mentions.find(paths=paths)
    # (after the headline: "Baku calls detained Armenians saboteurs" is Baku's naming)
    headline_end = {f"survey-{i}": p.read_text(encoding="utf-8").split("---\n", 2)[2].index("\n")
                    for i, p in enumerate(paths)}
    body = survey[survey["start"] > survey["source"].map(headline_end)]
    first = body[body["text"].str.len() > 0].groupby("source").head(1)
    assert set(first["speaker"]) == {"outlet:Ararat Centre for Social Research"}


def test_a_generated_audio_room_and_translation_read_handles_and_the_original_agency(tmp_path):
    # a handle alone is the name it joined the room with; a translated report is its agency's, its notes the outlet's
    room = mentions.find(paths=_genre_corpus(tmp_path / "room", "audio_room"))
    labelled = set(room.loc[room["rule"] == "speaker_label", "speaker"])
    assert labelled and labelled <= set(generate.PEOPLE)
    translation = mentions.find(paths=_genre_corpus(tmp_path / "translation", "agency_translation"))
    voices = set(translation.loc[translation["rule"] == "report_voice", "speaker"])
    assert voices == {"YugInform", "outlet:Caucasus Press Translations"}


def test_a_generated_travel_blog_and_published_remarks_read_each_writer_and_the_speaker(tmp_path):
    # each dated entry is its writer's; the remarks under the publisher's note are the speaker's, the note the school's
    blog = mentions.find(paths=_genre_corpus(tmp_path / "blog", "travel_blog"))
    assert set(blog.loc[blog["rule"] == "author_voice", "speaker"]) <= set(generate.TRAVELLERS) | {
        "outlet:Storting Delegation to Armenia (blog)"}  # the unsigned introduction is the publisher's
    assert len(set(blog.loc[blog["rule"] == "author_voice", "speaker"]) & set(generate.TRAVELLERS)) >= 2
    remarks = mentions.find(paths=_genre_corpus(tmp_path / "remarks", "published_remarks"))
    voiced = set(remarks.loc[remarks["rule"] == "author_voice", "speaker"])
    assert voiced and voiced <= set(generate.PEOPLE)


def test_a_generated_asylum_decision_reads_its_parties_from_its_head_fields(tmp_path):
    # "Respondent: The Minister for Justice" defines "the respondent"; the tribunal's findings are its own
    found = mentions.find(paths=_genre_corpus(tmp_path, "asylum_decision"))
    said = set(found["speaker"])
    assert {"Minister for Justice", "the appellant", "International Protection Appeals Tribunal"} <= said


def test_generated_tables_are_counted_by_row_with_the_rows_status(tmp_path):
    from detentio.framing import claims

    found = claims.find(paths=_genre_corpus(tmp_path, "table"))
    rows = found[found["shape"] == "table_row"]
    assert rows.groupby("source")["status"].apply(sorted).tolist() == [
        ["convicted", "held", "missing", "released"]] * 4


def test_every_codebook_phrase_occurs_in_the_generated_corpus(tmp_path):
    phrases = codebook.phrases(ignored=True)
    folder = generate.generate(len(phrases), tmp_path / "c")
    texts = [p.read_text(encoding="utf-8") for p in source_files([folder])]
    found = {(code, codebook.normal(text[s:e])) for text in texts for s, e, code in mentions.match_text(text)}
    missing = [(p, c) for p, c in phrases if c and (c, codebook.normal(p)) not in found]
    assert missing == []
    ignored = [p for p, c in phrases if c is None]
    assert all(any(p.lower() in text.lower() for text in texts) for p in ignored)


@pytest.mark.slow  # loads spaCy and matches a generated corpus twice
def test_match_text_equals_the_spacy_baseline_on_every_codebook_phrase(tmp_path):
    agreement = _load("agreement")
    folder = generate.generate(len(codebook.phrases(ignored=True)), tmp_path / "c")
    result = agreement.compare([folder])
    assert result["detentio"] > 0
    assert result["spacy_differences"] == 0, result["spacy_examples"]


def test_command_line_start_up_imports_no_pandas_matplotlib_or_spacy():
    for args in startup.COMMANDS.values():
        heavy = startup.heavy_imports(args)
        assert not set(heavy) & set(startup.FORBIDDEN), (args, heavy)


@pytest.mark.slow
def test_tiny_benchmark_writes_tables_plot_and_finds_the_same_mentions(tmp_path):
    out = tmp_path / "out"
    run = subprocess.run(
        [sys.executable, str(BENCH / "run.py"), "--sizes", "30", "--out", str(out),
         "--corpora", str(tmp_path / "corpus"), "--startup-repeat", "1"],
        capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-3000:]

    results = json.loads((out / "results.json").read_text())
    methods = {row["method"] for row in results["runs"]}
    assert methods == {"read", "detentio", "match", "spacy", "naive", "dask"}
    for row in results["runs"]:
        assert row["docs"] == 30 and row["size"] == 30 and row["bytes"] > 0
        assert {"setup_s", "wall_s", "cpu_s", "peak_rss_mb", "found"} <= set(row)
        # timed on a snapshot of the library, not on the live (possibly changing) lib/
        assert Path(row["library"]) != BENCH.parent / "lib" / "detentio"
    # The same spans are found by every matcher, and the full extraction finds more (claims).
    found = {row["method"]: row["found"] for row in results["runs"]}
    assert found["match"] == found["spacy"] == found["naive"] > 0
    assert found["detentio"] == found["dask"] > found["match"]
    for corpus in results["agreement"].values():
        assert corpus["spacy_differences"] == 0 and corpus["detentio"] == corpus["spacy"] > 0

    table = (out / "results.md").read_text()
    assert "| corpus | method | docs timed | MB | setup s | run s | CPU s | docs/s | MB/s |" in table
    for label in ("detentio mentions + claims", "spaCy PhraseMatcher", "naive regex per phrase",
                  "detentio on Dask (2 processes)"):
        assert f"| 30 | {label} | 30 |" in table
    assert "| 30 | detentio match_text | spaCy PhraseMatcher |" in table
    assert "| `detentio --help` |" in table and "| `detentio check` |" in table
    assert (out / "throughput.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.slow
def test_pdf_cost_prints_a_report_plain_tagged_and_archival(built_workspace, monkeypatch):
    from conftest import run_names

    monkeypatch.setenv("DETENTIO_ROOT", str(built_workspace))
    run = run_names()[0]
    pdf_cost, report = _load("pdf_cost"), _load("report")
    found = pdf_cost.measure(built_workspace, repeat=1, only=[run])
    row, = found["runs"]
    assert row["run"] == run and found["total"]["archival_s"] == row["archival_s"] > 0
    # the archival PDF carries the notebook, tables and sources: it is the larger file
    assert row["archival_bytes"] > row["tagged_bytes"] > row["plain_bytes"]
    table = report._pdf(found)
    assert table[0] == "" and table[-1].startswith("| **all** | ")
