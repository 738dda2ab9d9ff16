from detentio.corpus.sentences import split


def texts(body):
    return [body[s:e] for _, (s, e) in split(body)]


def test_abbreviations_and_dates_do_not_end_a_sentence():
    body = "On Nov. 9 Mr. Smith met the U.S. envoy. Then he left."
    assert texts(body) == ["On Nov. 9 Mr. Smith met the U.S. envoy.", "Then he left."]


def test_initials_do_not_end_a_sentence():
    assert texts("The letter was signed by J. R. Doe. It was short.") == [
        "The letter was signed by J. R. Doe.", "It was short."]


def test_headline_without_full_stop_is_its_own_sentence():
    body = "Return of detainees is a priority\nThe ambassador spoke. He left."
    assert texts(body) == ["Return of detainees is a priority", "The ambassador spoke.", "He left."]


def test_straight_and_curly_quotes_close_the_sentence_they_end():
    body = '"We will act." He said so. \u201cWe refrained.\u201d They waited. \'Yes.\' No.'
    assert texts(body) == ['"We will act."', "He said so.", "\u201cWe refrained.\u201d", "They waited.",
                           "'Yes.'", "No."]


def test_lower_case_after_full_stop_continues_the_sentence():
    assert texts("It cost approx. ten maps. Then more.") == ["It cost approx. ten maps.", "Then more."]


def test_spans_are_exact_with_windows_line_endings_and_indentation():
    body = "  \u2022 October 1, 2025\r\n\r\nFirst one. Second one?\r\nThird!"
    spans = [span for _, span in split(body)]
    assert [body[s:e] for s, e in spans] == ["\u2022 October 1, 2025", "First one.", "Second one?", "Third!"]
    assert [p for p, _ in split(body)] == [0, 1, 1, 2]


def test_a_note_reference_after_the_full_stop_ends_the_sentence():
    body = "Baku acknowledged 72.[2] After the releases it said 38.\u00b9\u2074 Yerevan counted 55.\u201d\u00b3 Done."
    assert texts(body) == ["Baku acknowledged 72.[2]", "After the releases it said 38.\u00b9\u2074",
                           "Yerevan counted 55.\u201d\u00b3", "Done."]
    # a bracketed number inside a sentence is no stop
    assert texts("See note [2] for the list. It is short.") == ["See note [2] for the list.", "It is short."]


def test_a_plain_note_number_after_a_words_or_a_years_stop_ends_the_sentence():
    # a UN document's notes in plain digits: "... on 14 January 2026.87 It considered ..."
    body = "Four were released on 14 January 2026.87 It considered them prisoners of war.88 AI reported abuse."
    assert texts(body) == ["Four were released on 14 January 2026.87", "It considered them prisoners of war.88",
                           "AI reported abuse."]
    # ... never a decimal, a number after an abbreviation, or a number after a short number
    assert texts("It was 1.5 Million. See p.12 The list. In 21.5 Cases.") == [
        "It was 1.5 Million.", "See p.12 The list.", "In 21.5 Cases."]
