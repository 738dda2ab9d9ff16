"""`detentio check` for the legal reference data: one clear line per problem."""
from __future__ import annotations

import csv
import textwrap

import yaml

from detentio import cli, lawdata

SOURCE = "002_45120e5011152357"


def _write_events(root, *rows):
    with (root / "data" / "events.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(lawdata.EVENT_COLUMNS)
        writer.writerows(rows)


def _event(eid="e1", date="2021-07-03", kind="release", released="15", conditionality="maps",
           count="", qualifier="", counted="", source=SOURCE):
    return [eid, date, "day", kind, released, "", "", conditionality, "", count, qualifier, counted,
            "", "a description", source]


def _problems(validator):
    return [str(p) for p in validator()]


def test_shipped_reference_data_has_no_problems(workspace):
    assert lawdata.check_instruments() == []
    assert lawdata.check_events() == []
    assert lawdata.check_codebook_links() == []


def test_event_without_source_is_reported(workspace):
    _write_events(workspace, _event(source=""))
    assert _problems(lawdata.check_events) == [
        "data/events.csv:2: source: empty; every event needs a corpus id, law:<instrument id> or a citation"]


def test_event_out_of_date_order_is_reported(workspace):
    _write_events(workspace, _event("e1", "2021-07-03"), _event("e2", "2021-06-12"))
    assert _problems(lawdata.check_events) == [
        "data/events.csv:3: date: 2021-06-12 is out of order (line 2 has 2021-07-03); keep the file in date order"]


def test_unknown_corpus_id_and_law_reference_are_reported(workspace):
    _write_events(workspace, _event(source="999_nosuchsource; law:gc3-999"))
    assert _problems(lawdata.check_events) == [
        "data/events.csv:2: source: '999_nosuchsource' is not a source id in data/sources (a citation has spaces)",
        "data/events.csv:2: source: 'law:gc3-999' names no instrument or provision in data/instruments.yml",
    ]


def test_a_written_citation_needs_no_lookup(workspace):
    _write_events(workspace, _event(source="'Title' (*TASS*, 7 July 2021) <https://tass.com/x>; law:gc3-118"))
    assert _problems(lawdata.check_events) == []


def test_numbers_must_be_non_negative_whole_numbers(workspace):
    _write_events(workspace, _event(released="-3"), _event("e2", count="12.5", qualifier="exact", counted="held"))
    assert _problems(lawdata.check_events) == [
        "data/events.csv:2: released: '-3' is not a non-negative whole number",
        "data/events.csv:3: count_held: '12.5' is not a non-negative whole number",
    ]


def test_invalid_date_and_vocabularies_are_reported(workspace):
    _write_events(workspace, _event(date="2021-13-40", conditionality="goodwill"),
                  _event("e2", kind="count", released="", conditionality="", count="23"))
    assert _problems(lawdata.check_events) == [
        "data/events.csv:2: date: '2021-13-40' is not a real date (month must be in 1..12)",
        "data/events.csv:2: conditionality: 'goodwill' is not one of maps, counter_release, mediation, none, "
        "unknown (required for a release)",
        "data/events.csv:3: count_qualifier: '' is not one of exact, at_least, more_than, at_most, less_than, "
        "about (required with count_held)",
        "data/events.csv:3: counted: say what count_held counts",
    ]


def test_wrong_header_is_one_problem(workspace):
    (workspace / "data" / "events.csv").write_text("id,date,when\ne1,2021-01-01,x\n", encoding="utf-8")
    message = _problems(lawdata.check_events)
    assert len(message) == 1 and message[0].startswith("data/events.csv:1: header must be id,date,")
    assert "unknown 'when'" in message[0]


def _write_instruments(root, text):
    (root / "data" / "instruments.yml").write_text(textwrap.dedent(text), encoding="utf-8")


INSTRUMENTS = """\
    instruments:
      - id: gc3
        kind: treaty
        title: Geneva Convention (III) relative to the Treatment of Prisoners of War
        short: GC III
        adopted: 1949-08-12
        in_force: 1950-10-21
        series: 75 UNTS 135
        source: UNTS
        provisions:
          - id: gc3-118
            pinpoint: art 118
            heading: Release
            summary: Release without delay.
            obligation: Release.
            exceptions: [gc3-119]
            codes: [prisoner_of_war]
"""


def test_instrument_schema_problems_name_line_and_field(workspace):
    _write_instruments(workspace, INSTRUMENTS + """\
      - id: gc3
        kind: treaty
        title: Duplicate
        short: X
        signed: 1949-08-12
        source: UNTS
        provisions: []
""")
    assert _problems(lawdata.check_instruments) == [
        "data/instruments.yml:18: instrument 'gc3': unknown field 'signed' (allowed: id, kind, title, short, "
        "cited_as, adopted, adopted_as, in_force, status, series, body, number, document, court, stage, decision, "
        "report, application, chamber, authors, publisher, year, parties, source, provisions)",
        "data/instruments.yml:18: instrument 'gc3': missing required field 'adopted'",
        "data/instruments.yml:18: instrument 'gc3': missing required field 'in_force'",
        "data/instruments.yml:18: instrument 'gc3': missing required field 'series'",
        "data/instruments.yml:18: duplicate instrument id 'gc3' (first on line 2)",
        "data/instruments.yml:11: provision 'gc3-118': exception 'gc3-119' is not a provision id",
    ]


def _line_of(path, text):
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def test_dangling_codebook_provision_is_reported(workspace):
    book = workspace / "data" / "codebook.yml"
    data = yaml.safe_load(book.read_text(encoding="utf-8"))
    code = next(iter(data["codes"]))
    data["codes"][code]["provisions"].append("gc3-999")
    book.write_text(yaml.safe_dump(data, default_flow_style=None, sort_keys=False, width=1000), encoding="utf-8")
    line = _line_of(book, "gc3-999")
    assert _problems(lawdata.check_codebook_links) == [
        f"data/codebook.yml:{line}: code {code!r}: provision 'gc3-999' is not in data/instruments.yml"]


def test_instruments_may_not_name_codes_the_codebook_lacks(workspace):
    (workspace / "data" / "codebook.yml").write_text("codes:\n  hostage:\n    provisions: [hostages-1]\n",
                                                      encoding="utf-8")
    line = _line_of(workspace / "data" / "instruments.yml", "- id: gc3-4a1")
    problems = _problems(lawdata.check_codebook_links)
    assert f"data/instruments.yml:{line}: provision 'gc3-4a1': code 'prisoner_of_war' is not in data/codebook.yml" in problems
    assert not any(p.startswith("data/codebook.yml") for p in problems)


def test_no_codebook_yet_means_no_link_problems(workspace):
    (workspace / "data" / "codebook.yml").unlink(missing_ok=True)
    assert lawdata.check_codebook_links() == []


def test_detentio_check_lists_each_problem_on_one_line(workspace, capsys):
    _write_events(workspace, _event("e1", "2021-07-03"), _event("e2", "2021-06-12", source=""))
    assert cli.main(["check"]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert "data/events.csv:3: date: 2021-06-12 is out of order (line 2 has 2021-07-03); keep the file in date order" in lines
    assert ("data/events.csv:3: source: empty; every event needs a corpus id, law:<instrument id> or a citation"
            in lines)


def test_checking_legal_data_does_not_import_pandas():
    import subprocess
    import sys

    code = ("import sys; from detentio import lawdata; "
            "lawdata.check_instruments(); lawdata.check_events(); lawdata.check_codebook_links(); "
            "print('pandas' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_events_not_in_utf8_is_one_clear_problem(workspace):
    path = workspace / "data" / "events.csv"
    path.write_bytes(path.read_bytes() + "e9,2026-03-01,day,count,,,,,,,,,,Caf\xe9,x y\n".encode("latin-1"))
    lines = path.read_bytes().count(b"\n")
    assert _problems(lawdata.check_events) == [
        f"data/events.csv:{lines}: not valid UTF-8: byte 0xe9 (save the file as UTF-8)"]


def test_unclosed_quote_in_events_is_reported_not_raised(workspace):
    _write_events(workspace, _event())
    path = workspace / "data" / "events.csv"
    path.write_text(path.read_text(encoding="utf-8") + 'e2,"2021-07-04\n', encoding="utf-8")
    problems = _problems(lawdata.check_events)
    assert len(problems) == 1 and problems[0].startswith("data/events.csv: malformed CSV:")


def test_a_key_written_twice_is_reported_with_its_line(workspace):
    _write_instruments(workspace, INSTRUMENTS.replace("    short: GC III\n", "    short: GC III\n        title: Again\n"))
    assert _problems(lawdata.check_instruments) == ["data/instruments.yml:6: malformed YAML: duplicate key 'title' (first at line 4)"]
