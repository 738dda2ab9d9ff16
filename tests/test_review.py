"""The review queue, the reviewer's decisions (the widget callbacks), agreement, report notes, gold round trip."""
from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest

from conftest import ROOT, detentio_env
from detentio import claims, corpus, mentions
from detentio.analyses import agreement, review
from detentio.framing import corrections
from detentio.framing.corrections import gold
from detentio.publish import reviewed
from detentio.publish.review import Reviewer, page

HEADER = "source,start,end,text,field,value,reason,reviewer,date\n"
SOURCE = "001_b7bfa99757de68eb"


@pytest.fixture
def desk(workspace):
    c = corpus.load()
    queue = review.queue(mentions.find(c), claims.find(c), c)
    return Reviewer(queue, c, reviewer="AB", speakers=["sahakyan", "pashinyan"], codes=["captive", "detainee"],
                    date="2026-12-02")


def written(workspace) -> list[corrections.Correction]:
    return corrections.read(workspace / "data" / "corrections.csv")


def test_queue_puts_the_most_doubtful_first_with_rule_reason_and_context(seed_corpus, seed_mentions, seed_claims):
    q = review.queue(seed_mentions, seed_claims, seed_corpus)
    assert list(q.columns[:8]) == ["priority", "kind", "source", "start", "end", "text", "rule", "reason"]
    assert len(q) == len(seed_mentions) + len(seed_claims)
    assert q["priority"].is_monotonic_decreasing
    top = q.iloc[0]
    # "is not a prisoner of war or a civilian prisoner": the cue is six words before the second label
    assert (top["text"], top["rule"]) == ("civilian prisoner", "pronoun")
    assert top["reason"].startswith("a denial found by a wide scope: 'not' 6 words before")
    assert top["left"].endswith("is not a prisoner of war or a ")
    outlet = q[q["rule"] == "outlet"]
    assert len(outlet) and set(outlet["priority"]) == {60}
    assert set(q.loc[q["rule"] == "reported_speech", "reason"]) == {"not yet checked"}


def test_an_unregistered_or_missing_speaker_is_queued_above_the_rest(seed_corpus, seed_mentions):
    m = seed_mentions.copy()
    m.loc[0, "speaker"], m.loc[1, "speaker"] = "Lilit Avetisyan", None
    q = review.queue(m, None, seed_corpus)
    assert q.iloc[0]["reason"].startswith("no speaker")
    assert q.iloc[1]["reason"].startswith("speaker 'Lilit Avetisyan' is not in data/actors.yml")


def test_accept_writes_a_checked_row_and_the_item_leaves_the_queue(desk, workspace):
    first = desk.item
    row = desk.accept("right")
    assert (row.field, row.value) == ("checked", "speaker=sahakyan; code=civilian; negated=true; quoted=false")
    assert [r.key for r in written(workspace)] == [(first["source"], first["start"], first["end"])]
    assert desk.item is not first and desk.position == 1
    c = corpus.load()
    q = review.queue(mentions.find(c), claims.find(c), c)
    assert (first["source"], first["start"]) not in set(zip(q["source"], q["start"]))


def test_each_control_writes_its_field(desk, workspace):
    desk.set_speaker("Lilit Avetisyan", "named in the sentence")
    desk.toggle_negated()
    desk.set_code("captive")
    desk.not_a_mention("a headline word")
    claim_at = next(i for i, item in enumerate(desk.items) if item["kind"] == "claim")
    desk.position = claim_at
    desk.fix_count(19, "nineteen in the text")
    rows = written(workspace)
    assert [(r.field, r.value) for r in rows] == [
        ("speaker", "Lilit Avetisyan"), ("negated", "true" if not desk.items[1]["negated"] else "false"),
        ("code", "captive"), ("drop", ""), ("claim.value", "19")]
    assert rows[0].reason == "named in the sentence" and rows[0].reviewer == "AB" and rows[0].date == "2026-12-02"
    for row in rows:
        assert corpus.load().text(row.source)[row.start:row.end] == row.text


def test_buttons_call_the_same_callbacks_and_show_errors(desk, workspace):
    pytest.importorskip("ipywidgets")
    desk.widgets()
    view = desk._view
    assert "civilian prisoner" in view.item.value and "wide scope" in view.item.value
    view.buttons["count"].click()  # a mention has no count: an error shown, nothing written
    assert "only a claim has a count" in view.status.value and written(workspace) == []
    view.speaker.value, view.reason.value = "Lilit <b>Avetisyan</b>", "see <script>"
    view.buttons["speaker"].click()
    assert [(r.field, r.value, r.reason) for r in written(workspace)] == \
        [("speaker", "Lilit <b>Avetisyan</b>", "see <script>")]
    assert "<b>Avetisyan" not in view.status.value and "&lt;b&gt;" in view.status.value
    assert desk.position == 1 and view.reason.value == ""


def test_html_page_escapes_source_text(seed_corpus, seed_mentions):
    q = review.queue(seed_mentions, None, seed_corpus).head(2)
    q.loc[0, "left"] = "<script>alert(1)</script>"
    html = page(q)
    assert "<script>alert" not in html and "&lt;script&gt;" in html and html.count("<tr>") == 3


def test_command_line_review_json_lists_the_contract_columns(workspace):
    (workspace / "data" / "corrections.csv").write_text(
        HEADER + f"{SOURCE},100,109,prisoners,checked,speaker=outlet:CivilNet; code=detainee; negated=false; "
        "quoted=false,,AB,2026-12-02\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "detentio.cli", "review", "--format", "json"],
                            env=detentio_env(workspace), capture_output=True, text=True, check=True)
    items = json.loads(result.stdout)
    assert {"source", "start", "end", "text", "rule", "reason", "left", "right", "priority"} <= set(items[0])
    assert (SOURCE, 100) not in {(i["source"], i["start"]) for i in items}
    assert [i["priority"] for i in items] == sorted((i["priority"] for i in items), reverse=True)


def test_agreement_counts_checked_and_corrected_items(workspace):
    (workspace / "data" / "corrections.csv").write_text(
        HEADER
        + f"{SOURCE},100,109,prisoners,checked,speaker=outlet:CivilNet; code=detainee; negated=false; quoted=false,,,\n"
        + f"{SOURCE},1311,1320,prisoners,speaker,Lilit Avetisyan,she speaks,AB,2026-12-02\n"
        + f"{SOURCE},1372,1380,prisoner,checked,speaker=sahakyan; code=detainee; negated=false; quoted=true,,,\n"
        + f"{SOURCE},258,267,prisoners,drop,,,,\n", encoding="utf-8")
    scores = agreement.table(mentions.find(), claims.find()).set_index(["kind", "field"])
    speaker = scores.loc[("mentions", "speaker")]
    assert (speaker["items"], speaker["agree"]) == (3, 2)
    assert speaker["accuracy"] == pytest.approx(2 / 3)
    from sklearn.metrics import cohen_kappa_score
    expected = cohen_kappa_score(["outlet:CivilNet", "sahakyan", "sahakyan"],
                                 ["outlet:CivilNet", "Lilit Avetisyan", "sahakyan"])
    assert speaker["kappa"] == pytest.approx(expected)
    found = scores.loc[("mentions", "found")]
    assert (found["items"], found["agree"]) == (4, 3)
    assert pd.isna(scores.loc[("mentions", "code"), "kappa"])  # one code on both sides: undefined
    assert scores.loc[("claims", "value"), "items"] == 0


def test_report_summary_and_note_on_a_corrected_item(workspace):
    (workspace / "data" / "corrections.csv").write_text(
        HEADER + f"{SOURCE},1311,1320,prisoners,speaker,Lilit Avetisyan,she <speaks>,AB,2026-12-02\n",
        encoding="utf-8")
    m = mentions.find()
    text = reviewed.summary(mentions=m, claims=claims.find())
    assert f"of the **{len(m)}** mentions it uses, **1** were checked by a reviewer and **1** corrected" in text
    assert "none of the **6** claims it uses has been checked" in text
    note = str(reviewed.mark(SOURCE, 1311, 1320))
    assert "Speaker corrected by the reviewer, 2 December 2026: she &lt;speaks&gt;." in note
    assert str(reviewed.mark(SOURCE, 1372, 1380)) == ""


def test_gold_mentions_round_trip_through_the_corrections_format(tmp_path):
    table = pd.read_csv(ROOT / "tests" / "gold" / "mentions.csv", dtype=str, keep_default_na=False)
    rows = gold.to_corrections(table)
    path = tmp_path / "corrections.csv"
    path.write_text(corrections.render(rows), encoding="utf-8")
    back = gold.from_corrections(corrections.read(path))
    pd.testing.assert_frame_equal(back, table)
    assert len(rows) == 4 * len(table)


def test_gold_claims_round_trip(tmp_path):
    table = pd.read_csv(ROOT / "tests" / "gold" / "claims.csv", dtype=str, keep_default_na=False)
    back = gold.from_corrections(corrections.parse(corrections.render(gold.to_corrections(table)).encode())[0],
                                 "claims")
    pd.testing.assert_frame_equal(back, table)


def test_a_text_whose_layout_was_not_recognised_is_queued_with_that_reason(tmp_path):
    # a plain .txt has no kind: the structure stage recognises no layout in these lines
    path = tmp_path / "note.txt"
    path.write_text("Officials said 23 prisoners of war remain held.\n\nThe talks go on.\n", encoding="utf-8")
    c = corpus.load(path)
    queue = review.queue(mentions.find(c), claims.find(c), c)
    pow_row = queue[queue["text"] == "prisoners of war"].iloc[0]
    assert review.UNRECOGNISED[1] in pow_row["reason"]
    # a news source of the seeds is recognised: no such reason there
    seeds = corpus.load()
    seeded = review.queue(mentions.find(seeds), None, seeds)
    assert not seeded["reason"].str.contains("layout was not recognised").any()
