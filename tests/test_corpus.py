import hashlib
from pathlib import Path

import pandas as pd
import pytest

from conftest import ROOT, write_source
from detentio import corpus
from detentio.core.problems import DetentioError

SEEDS = ROOT.parent / "shared" / "seeds"


def test_load_returns_documents_and_sentences(seed_corpus):
    documents, sentences = seed_corpus
    assert list(documents["id"]) == [
        "000_288279f309da8c33", "001_b7bfa99757de68eb", "002_45120e5011152357",
        "003_5bdef974ad1bb4d4", "004_59c0c21e26c3c404"]
    assert {"source", "index", "start", "end", "text"} <= set(sentences.columns)
    assert documents["published"].dtype.kind == "M"


def test_every_sentence_slices_its_body_exactly(seed_corpus):
    for row in seed_corpus.sentences.itertuples():
        assert seed_corpus.text(row.source)[row.start:row.end] == row.text
    assert seed_corpus.sentences.groupby("source")["index"].apply(lambda s: list(s) == list(range(len(s)))).all()


def test_dates_keep_their_precision(seed_corpus):
    docs = seed_corpus.documents.set_index("id")
    assert docs.loc["002_45120e5011152357", "published"] == pd.Timestamp("2021-07-07")
    assert docs.loc["002_45120e5011152357", "date_precision"] == "day"
    assert docs.loc["000_288279f309da8c33", "date_precision"] == "approximate"
    assert docs.loc["000_288279f309da8c33", "date_granularity"] == "month"
    assert docs.loc["000_288279f309da8c33", "published_text"] == "2025-03"


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared/seeds not beside the workspace")
def test_bodies_are_the_seed_files_byte_for_byte(seed_corpus):
    for row in seed_corpus.documents.itertuples():
        raw = (SEEDS / f"{row.id}.txt").read_bytes()
        assert row.body_sha256 == hashlib.sha256(raw).hexdigest()
        assert seed_corpus.text(row.id) == raw.decode("utf-8")


def test_page_chrome_is_marked_not_deleted(seed_corpus):
    spans = seed_corpus.boilerplate
    got = {(r.source, r.text, r.rule) for r in spans.itertuples()}
    assert ("000_288279f309da8c33", "3 minute read", "reading_time") in got
    assert ("002_45120e5011152357", "All news", "navigation") in got
    assert ("001_b7bfa99757de68eb", "You can find the full version of the discussion here:", "dangling_link") in got
    for r in spans.itertuples():
        assert seed_corpus.text(r.source)[r.start:r.end] == r.text
    chrome = seed_corpus.sentences[seed_corpus.sentences["boilerplate"]]
    assert set(chrome["text"]) >= {"3 minute read", "All news"}
    assert not seed_corpus.sentences[seed_corpus.sentences["text"].str.startswith("Armenia raises")]["boilerplate"].any()


def test_plain_txt_is_a_source_with_its_stem_as_id(tmp_path):
    write_source(tmp_path, "new-article.txt", "Headline\nFifteen were released. More later.")
    c = corpus.load(tmp_path)
    assert list(c.documents["id"]) == ["new-article"]
    assert c.documents.loc[0, "format"] == "txt"
    assert list(c.sentences["text"]) == ["Headline", "Fifteen were released.", "More later."]


def test_byte_order_mark_and_crlf_keep_offsets_exact(tmp_path):
    body = "Title\r\n\r\n\u201cAll for all,\u201d he said.\r\n"
    write_source(tmp_path, "bom.txt", "", raw=b"\xef\xbb\xbf" + body.encode("utf-8"))
    c = corpus.load(tmp_path)
    assert c.text("bom") == body
    row = c.sentences.iloc[1]
    assert body[row.start:row.end] == "\u201cAll for all,\u201d he said."


def test_html_in_a_source_is_kept_as_text(tmp_path):
    body = "<script>alert(1)</script> and <img src=x onerror=alert(2)>"
    write_source(tmp_path, "html.txt", body)
    c = corpus.load(tmp_path)
    assert c.text("html") == body


def test_verify_rejects_a_quote_that_does_not_match(seed_corpus):
    sid = "002_45120e5011152357"
    start = seed_corpus.text(sid).index("all for all")
    seed_corpus.verify(sid, start, start + 11, "all for all")
    with pytest.raises(DetentioError, match="does not match"):
        seed_corpus.verify(sid, start, start + 11, "all for one")


def test_sentences_inside_chrome_lines_are_flagged_on_pages_full_of_chrome(tmp_path):
    page = "All news\n\nYEREVAN, July 3. Fifteen were released.\n\n"
    write_source(tmp_path, "wire.txt", page * 50)
    c = corpus.load(tmp_path)
    flagged = c.sentences[c.sentences["boilerplate"]]
    assert len(flagged) == 50 and set(flagged["text"]) == {"All news"}
    assert not c.sentences[c.sentences["text"] == "Fifteen were released."]["boilerplate"].any()


def test_source_files_of_a_folder_skip_hidden_and_readme_and_sort_as_paths(tmp_path):
    from detentio.corpus.sources import source_files

    for name in ["b/x.md", "a-b/y.md", "a/z.txt", "a/b/w.md", ".hidden/h.md", "a/.h.md", "README.md",
                 "a/readme.MD", "a/notes.csv", "c.md.bak", "top.md"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "d.md").mkdir()  # a folder named like a source is not one
    found = source_files([tmp_path])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == ["a/b/w.md", "a/z.txt", "a-b/y.md", "b/x.md", "top.md"]
    assert found == sorted(found)  # the order Paths sort in ("a/..." before "a-b/...")


def test_malformed_boilerplate_rules_name_the_file_and_line(workspace):
    from detentio import boilerplate
    from detentio.core.problems import DetentioError

    (workspace / "data" / "boilerplate.yml").write_text("rules:\n  - name: x\n    pattern: [unclosed\n", encoding="utf-8")
    with pytest.raises(DetentioError) as error:
        boilerplate.rules()
    assert str(error.value).startswith("data/boilerplate.yml:4: malformed YAML")
