"""Negation with scope: each form a named unit that runs its own docstring, and is never over-applied."""
from __future__ import annotations

import pytest

from detentio.framing import mentions, negation


def _denied(text: str) -> list[tuple[str, str | None]]:
    return [(r["text"], r["negation"]) for r in mentions.extract(text, source="t", outlet="X")]


@pytest.mark.parametrize("form", negation.FORMS, ids=lambda f: f"{f.code}-{f.name}")
def test_each_form_denies_its_example_and_not_its_counterexample(form):
    assert form.example and form.expected and form.counterexample and form.description
    assert (form.expected, form.name) in _denied(form.example)
    assert all(name != form.name for _, name in _denied(form.counterexample))


@pytest.mark.parametrize("text, expected", [
    ("Not one of the men is a POW.", [("POW", "not_one_of")]),
    ("None of them were hostages.", [("hostages", "not_one_of")]),
    ("None of them has the status of a prisoner of war under the law.", [("prisoner of war", "not_one_of")]),
    ("One of them has the status of a prisoner of war.", [("prisoner of war", None)]),
    ("Baku does not consider them hostages.", [("hostages", "never_regard")]),
    ("Azerbaijan denied that the men were prisoners of war.", [("prisoners of war", "rejected_idea")]),
    # the allegation rejected "as unfounded", its makers named between commas; "victims of" keeps the predicate
    ("The NPM rejects as unfounded the allegations, repeated by certain foreign organisations, that the persons "
     "concerned are political prisoners.", [("political prisoners", "rejected_idea")]),
    ("They are not prisoners of war or victims of enforced disappearance.",
     [("prisoners of war", "not_label"), ("enforced disappearance", "not_label")]),
    ("They are detainees rather than prisoners of war.", [("detainees", None), ("prisoners of war", "anything_but")]),
    ("Azerbaijan holds no prisoners of war and no hostages.",
     [("prisoners of war", "no_label"), ("hostages", "no_label")]),
    # an inverted denial after "nor" or "neither" (its subject between verb and label), but not a label as subject
    ("Nor were the persons concerned hostages within the meaning of the Convention.", [("hostages", "not_label")]),
    ("They are not prisoners of war, nor are they hostages.",
     [("prisoners of war", "not_label"), ("hostages", "not_label")]),
    ("Nor were the hostages released.", [("hostages", None), ("released", None)]),
    # a denied verb of regarding with "any of them" as its object, and "does not make them"
    ("Nor do we describe any of them as terrorists.", [("terrorists", "never_regard")]),
    ("Prosecuting some of them does not make them war criminals.", [("war criminals", "never_regard")]),
    ("The trial made them war criminals in the eyes of the public.", [("war criminals", None)]),
    # a subject that denies for everyone: "no" before a noun of persons, held "as" or "in" the label
    ("No Armenian held in Azerbaijan is a political prisoner.", [("political prisoner", "not_one_of")]),
    ("No captive held in Baku is a political prisoner.", [("captive", None), ("political prisoner", "not_one_of")]),
    ("The delegation said that nobody was held as a hostage.", [("hostage", "not_one_of")]),
    ("The delegation said that no one in Azerbaijan was in arbitrary detention.",
     [("arbitrary detention", "not_one_of")]),
    ("No foreign national in Azerbaijan has been subjected to arbitrary detention.",
     [("arbitrary detention", "not_one_of")]),
    ("There has been no arbitrary detention in this case.", [("arbitrary detention", "not_label")]),
    # ... but not inside what a body asks for
    ("Ensure that no person is subjected to arbitrary detention.", [("arbitrary detention", None)]),
    # an act that did not happen: not part of any exchange, failed to release (and, coordinated, return)
    ("Azerbaijan released 32 of them as a humanitarian gesture, not as part of any exchange.",
     [("released", None), ("exchange", "not_label")]),
    ("Whoever came after 10 November is not covered by any exchange.", [("exchange", "not_label")]),
    ("The respondent Government had failed to release and return them.",
     [("release", "not_label"), ("return", "not_label")]),
    ("The men were outside the exchange agreed in paragraph 8.", [("exchange", "not_label")]),
    ("The release was not part of an exchange.", [("release", None), ("exchange", "not_label")]),
    # the speaker's own withholding: will not say, was not allowed to say, stopped saying, would not call it
    ("I will not say that they are hostages.", [("hostages", "avoided_words")]),
    ("I was not allowed to say prisoners of war.", [("prisoners of war", "avoided_words")]),
    ("We stopped saying hostages.", [("hostages", "no_longer_calls")]),
    ("I would not call that a prisoner swap.", [("prisoner swap", "never_regard")]),
    # ... but someone else's, reported, denies nothing; an imperative is the speaker's own
    ("The ICRC does not say that they are hostages.", [("hostages", None)]),
    ("If Mr Hajiyev prefers not to call it an exchange, that is his choice.", [("exchange", None)]),
    ("Stop calling my brother a \"person held in custody\".", [("person held in custody", "no_longer_calls")]),
    # denying verbs of holding, practising, using people as, turning into; rejected attempts, characterizations, claims
    ("Azerbaijan has not held prisoners of war since November 2020.", [("prisoners of war", "not_label")]),
    ("Azerbaijan does not practise enforced disappearance.", [("enforced disappearance", "not_label")]),
    ("Azerbaijan has never used these people as hostages in any negotiation.", [("hostages", "not_label")]),
    ("The ICRC did not describe them as prisoners of war.", [("prisoners of war", None)]),
    ("Prosecution does not turn a soldier into a terrorist.", [("terrorist", "never_regard")]),
    ("They did not turn up, and the hostages waited.", [("hostages", None)]),
    ("The Azerbaijani side rejects any attempt to present them as \"hostages\".", [("hostages", "rejected_idea")]),
    ("The State party rejected the characterization of the convicted persons as political prisoners.",
     [("political prisoners", "rejected_idea")]),
    ("I reject the claim made by the representative of France that the former leaders are civilians.",
     [("civilians", "rejected_idea")]),
    ("The state has never held a single hostage.", [("hostage", "not_label")]),
    # an act no one underwent: "nobody will be exchanged", "No Armenian was released or returned"
    ("Nobody is held here as a hostage, and nobody will be exchanged for concessions.",
     [("hostage", "not_one_of"), ("exchanged", "not_label")]),
    ("No Armenian was released or returned in 2024.", [("released", "not_label"), ("returned", "not_label")]),
    ("Not one person was returned to Armenia in 2024.", [("returned", "not_label")]),
    ("Nobody doubts that four men were released in January.", [("released", None)]),
    # a denial that asserts nothing: a negative question (held-out 4 decision 10), a condition, an alternative
    ("Are they not prisoners of war?", [("prisoners of war", None)]),
    ("The fifteen men freed in June 2021: was that not an exchange?", [("freed", None), ("exchange", None)]),
    ("And if they are not hostages, why does Baku still hold them?", [("hostages", None)]),
    ("What will it do if there is no further release before the summer?", [("release", None)]),
    ("It is not a judgement that they are or are not prisoners of war.", [("prisoners of war", None)]),
    ("Does Baku still hold them? They are not prisoners of war.", [("prisoners of war", "not_label")]),
    # a denial denied affirms; speaking "instead of" names the words spoken
    ("I have never stopped regarding them as prisoners of war.", [("prisoners of war", None)]),
    ("It is not wrong to call them hostages.", [("hostages", None)]),
    ("That is not because they are not prisoners of war.", [("prisoners of war", None)]),
    ("That is not a finding that they are not hostages.", [("hostages", None)]),
    ("That is because they are not prisoners of war.", [("prisoners of war", "not_label")]),
    ("Soldiers taken in the hostilities cannot be characterized as anything but prisoners of war.",
     [("prisoners of war", None)]),
    ("He spoke instead of \"detainees\".", [("detainees", None)]),
    ("They were treated as criminals instead of prisoners of war.", [("prisoners of war", "anything_but")]),
    # an act set aside for what happened instead, and not an act merely far from a place
    ("Far from being released, a dozen of them have been sentenced.", [("released", "anything_but")]),
    ("They were released far from the border.", [("released", None)]),
    # a denial of the act's condition, not of the act; a request that someone else stop using the label
    ("The delegation replied that no release had ever been conditional on maps.", [("release", None)]),
    ("I can only say that nobody will be freed in return for words.", [("freed", None)]),
    ("No release has taken place since June.", [("release", "not_label")]),
    ("We call on Armenia to stop describing them as persons held in custody.", [("persons held in custody", None)]),
    ("Amnesty International calls on the authorities of Azerbaijan to:\n1. stop describing the detainees as "
     "\"terrorists\" while proceedings are pending;", [("detainees", None), ("terrorists", None)]),
    # no such category; a word named and then rejected (no place, no application, absurd); not a harm named
    ("He said that there is no such category as prisoner of war.", [("prisoner of war", "no_label")]),
    ("Azerbaijani law does not recognise a category of \"war prisoners\".", [("war prisoners", "no_label")]),
    ("\"The word 'prisoner of war' has no place in this courtroom.\"", [("prisoner of war", "wrong_to_call")]),
    ("The ministry added that the term \u201cprisoners of war\u201d no longer applies to anyone.",
     [("prisoners of war", "wrong_to_call")]),
    ("To call them political prisoners is absurd.", [("political prisoners", "wrong_to_call")]),
    ("Holding hostages is wrong.", [("hostages", None)]),
    ("The term \"prisoners of war\" applies to them.", [("prisoners of war", None)]),
    # refusing to write or say a word, or not accepting it, withholds it
    ("I would ask you not to write \"swap\" in your headlines.", [("swap", "avoided_words")]),
    ("I refuse to write \"persons held in custody\".", [("persons held in custody", "avoided_words")]),
    ("Nor does the Ministry accept the words \"arbitrary detention\".", [("arbitrary detention", "avoided_words")]),
    ("We do not accept the fashionable \"persons held in custody\".", [("persons held in custody", "avoided_words")]),
    ("We accept the word \"hostages\".", [("hostages", None)]),
    # a quotation may open right before the "no" that denies the label
    ("Hajiyev said Azerbaijan holds \"no prisoners of war and no political prisoners\".",
     [("prisoners of war", "no_label"), ("political prisoners", "no_label")]),
    ("Bayramov said there are \u201cno prisoners of war in Azerbaijan, only criminals\u201d.",
     [("prisoners of war", "not_label")]),
    ("This report refrains from calling them hostages.", [("hostages", "avoided_words")]),
    ("We stopped calling them prisoners of war.", [("prisoners of war", "no_longer_calls")]),
    ("I would never describe my clients as hostages.", [("hostages", "never_regard")]),
    ("Azerbaijan is not holding prisoners of war.", [("prisoners of war", "not_label")]),
    ("He is not a prisoner of war or a civilian prisoner.", [("prisoner of war", "not_label"), ("civilian prisoner", "not_label")]),
    ("Nobody here is a political prisoner, the official insisted.", [("political prisoner", "not_one_of")]),
    ("Azerbaijan denies holding any prisoners of war.", [("prisoners of war", "rejected_idea")]),
    ("They cannot be described as prisoners of war.", [("prisoners of war", "not_label")]),
    ("It is misleading to describe the men as hostages.", [("hostages", "wrong_to_call")]),
    ("The all-for-all exchange has still not been carried out.",
     [("all-for-all", "act_undone"), ("exchange", "act_undone")]),
    ("The \"all for all\" clause has not been honoured.", [("all for all", "act_undone")]),
    ("No release has taken place since January.", [("release", "not_label")]),
    ("The release of the report was delayed.", []),  # a release of a thing is no mention at all
    # reported non-use by others is not a denial (held-out 4 decision 9); a stance still is
    ("Yerevan stopped calling them prisoners of war.", [("prisoners of war", None)]),
    ("The ICRC does not call them prisoners of war, nor hostages.", [("prisoners of war", None), ("hostages", None)]),
    ("The statement did not refer to them as prisoners of war.", [("prisoners of war", None)]),
    ("The minister avoided the words \"prisoners of war\" throughout.", [("prisoners of war", None)]),
    ("Baku would never call them prisoners of war.", [("prisoners of war", "never_regard")]),
    ("Nobody on our side calls them hostages.", [("hostages", "never_regard")]),
    # forms the development sets showed (third round of issue 13)
    ("We do not accept that a soldier captured after a ceasefire is automatically a saboteur.",
     [("saboteur", "rejected_idea")]),
    ("Nor do we accept the description of any of them as terrorists, or as war criminals.",
     [("terrorists", "rejected_idea"), ("war criminals", "rejected_idea")]),
    ("Nobody in Azerbaijan holds hostages.", [("hostages", "not_one_of")]),
    ("They were released as a gesture, not in exchange for anything.", [("released", None), ("exchange", "not_label")]),
    ("It was a humanitarian step, not an exchange.", [("exchange", "not_label")]),
    ("None of my clients is a terrorist.", [("terrorist", "not_one_of")]),
    ("There is not a single prisoner of war in Azerbaijan.", [("prisoner of war", "not_label")]),
    ('Baku rejected the word "hostages" outright.', [("hostages", "rejected_idea")]),
    ('Stop calling my brother a "person held in custody".', [("person held in custody", "no_longer_calls")]),
    ("We accept that they are prisoners of war.", [("prisoners of war", None)]),
    # never over-applied
    ("No article about releases of prisoners appeared.", [("releases", None), ("prisoners", None)]),
    ("The exchange happened, though it was never announced.", [("exchange", None)]),
    ("The exchange of prisoners, which nobody had expected, took place.", [("exchange", None), ("prisoners", None)]),
    ("Prisoners of war are not bargaining chips.", [("Prisoners of war", None)]),
    ("This does not turn prisoners of war into convicts.", [("prisoners of war", None)]),
    ("They are not only hostages but also witnesses.", [("hostages", None)]),
    ("The committee asked why no detainee is convicted.", [("detainee", None)]),
    ("The ministry rejected the idea of an exchange of hostages.", [("exchange", None), ("hostages", None)]),
    # a rejection itself denied affirms the clause
    ("The respondent does not dispute that the appellant was a prisoner of war.", [("prisoner of war", None)]),
    ("Baku never denied that they were hostages.", [("hostages", None)]),
    ("Azerbaijan disputes that the men were captives.", [("captives", "rejected_idea")]),
    # the detention said to be so, or not, in the label's own words
    ("The Working Group finds that his deprivation of liberty is arbitrary.",
     [("deprivation of liberty is arbitrary", None)]),
    ("Their deprivation of liberty is not arbitrary.", [("deprivation of liberty is not arbitrary", "denied_within")]),
    ("He complained that his detention had been unlawful.", [("detention had been unlawful", None)]),
    ("Any arbitrary deprivation of liberty is prohibited.", [("arbitrary deprivation of liberty", None)]),
])
def test_scoped_denials(text, expected):
    assert _denied(text) == expected


@pytest.mark.parametrize("outlet, negated", [
    # the ICRC's own release: its own withholding of the labels is a denial (hard case 13) ...
    ("International Committee of the Red Cross", True),
    # ... a newspaper reporting the same non-use denies nothing: the words are the reporter's
    ("Daily Courier", False),
])
def test_a_non_use_in_the_speakers_own_voice_is_denied(outlet, negated):
    text = "The ICRC does not use the terms \"prisoners of war\" or \"hostages\" in its public communication."
    rows = mentions.extract(text, source="t", outlet=outlet)
    assert [(r["text"], r["negated"]) for r in rows] == [("prisoners of war", negated), ("hostages", negated)]
    assert {r["speaker"] for r in rows} == {"icrc" if negated else "outlet:Daily Courier"}


@pytest.mark.parametrize("sentence, phrase", [
    # own-voice withholding of a reflexive: the speaker does not call herself so (hard case 13)
    ("But I do not call myself a hostage.", "hostage"),
    ("We never regarded ourselves as captives.", "captives"),
])
def test_a_speaker_withholds_a_label_from_herself(sentence, phrase):
    rows = mentions.extract(sentence, source="t")
    assert [(r["text"], r["negated"]) for r in rows] == [(phrase, True)]


@pytest.mark.parametrize("sentence, phrase", [
    # not speaking of it, never adopting the expression: the speaker withholds the word (hard case 13)
    ("We do not speak of hostages.", "hostages"),
    ('The Board proposed that the Union never adopt the expression "persons held in custody".',
     "persons held in custody"),
])
def test_not_speaking_of_a_label_and_never_adopting_it(sentence, phrase):
    rows = mentions.extract(sentence, source="t")
    assert [(r["text"], r["negated"]) for r in rows] == [(phrase, True)]


def test_speaking_of_a_label_is_no_withholding():
    rows = mentions.extract("We speak of hostages, and we do not speak lightly.", source="t")
    assert [(r["text"], r["negated"]) for r in rows] == [("hostages", False)]


@pytest.mark.parametrize("text, expected", [
    # an adverb of consequence between the negation and the label keeps the denial
    ("A prisoner of war may be prosecuted; he is not thereby a terrorist.", [("prisoner of war", None),
                                                                             ("terrorist", "not_label")]),
    ("A soldier who crossed the line is not automatically a saboteur.", [("saboteur", "not_label")]),
    # a characterisation rejected of the people a possessive names
    ("Armenia rejects the characterisation of its nationals as terrorists.", [("terrorists", "rejected_idea")]),
    ("Armenia accepts the characterisation of its nationals as captives.", [("captives", None)]),
])
def test_adverbs_of_consequence_and_a_rejected_characterisation_of_ones_nationals(text, expected):
    assert _denied(text) == expected
