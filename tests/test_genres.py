"""Document structure before attribution: each genre's turns and voices, on invented texts."""
from __future__ import annotations

import pytest

from detentio.framing import claims, mentions, speakers
from detentio.framing.speakers import grammar

INTERVIEW = """Lawyer speaks on detainees

Our correspondent Anna Karapetyan spoke with Vardan Melkonyan, a lawyer who represents several detainees in Baku.

Q: How many of your clients are still held?

A: Eleven. Baku calls them terrorists, but they are prisoners of war.

Q: Are they hostages?

A: In my view they are hostages of a political process.
"""
PODCAST = """Episode 12: the men still in Baku

Tom Reiss spoke to Marine Sargsyan, whose brother has been held since December 2020.

INTERVIEWER: Are they captives, in your view?

SARGSYAN: They are hostages. Nothing else.

INTERVIEWER: And the prisoners of war of the first war?
"""
UNNAMED = """Lawyer on the detainees

Vardan Melkonyan represents several men held in Baku.

Q: Are the detainees allowed visits?

A: No. They are prisoners of war, and they see nobody.
"""
DEBATE = """Parliamentary Assembly, sitting of 12 October 2023

The PRESIDENT: I call Mr. Ruben Hakobyan.

Mr. HAKOBYAN (Armenia): The prisoners of war must be released now.

Moreover, the captives are denied lawyers.

Ms. Leyla ALIYEVA (Azerbaijan): These people are saboteurs.

The PRESIDENT: Thank you. The debate on the detainees is closed.
"""
COUNCIL = """Security Council, 9876th meeting

The PRESIDENT: I give the floor to the representative of Armenia.

Mr. ARAKELYAN (Armenia): The prisoners of war must be released.

Ms. DURAND (France): All detainees must be treated humanely.

Mr. GULIYEV (Azerbaijan): There are no hostages, only criminals.
"""
PACE = """Parliamentary Assembly, third sitting

THE PRESIDENT – I call Mr Grigoryan.

Mr GRIGORYAN (Armenia, SOC) – The prisoners of war must be released.

Ms MAMMADOVA (Azerbaijan, EC/DA) – These saboteurs were caught in our territory.
"""
SUMMARY = """Committee against Torture considers the report of Azerbaijan

The Committee against Torture today concluded its review of the periodic report of Azerbaijan.

A Committee member asked about the detainees held since 2020. Ms. Ruth Lindqvist (Country Rapporteur) noted that the captives had no access to lawyers.

The delegation said that the prisoners were convicted criminals. It added that all were treated humanely.
"""
COURT = """Court indicates provisional measures

The International Court of Justice today delivered its Order.

Armenia contended that the prisoners of war were being tortured. Azerbaijan submitted that the detainees were lawfully held. It denied that they were hostages.

The Court observed that the persons detained must be protected.
"""
BLOG = """Live: prisoners return to Armenia

14:05 — Pashinyan said the captives would land within the hour.

14:20 — The plane carrying the detainees has landed in Yerevan.

14:32 — "These hostages are finally home," Mirzoyan told reporters.

14:40 — Moreover, the hostages will be examined by doctors.
"""
BRIEFING = """Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow

Question (Anna Smith, Reuters): Will the detainees come home before the winter?

We expect the remaining prisoners to be returned soon.

Question: And the hostages?

There are no hostages, only detainees.
"""
OPED = """Why the word matters

These men are prisoners of war, whatever Baku calls them.

"They are terrorists," Hikmet Hajiyev said in 2021.
"""
BYLINE = """The clause nobody honours

By Marta Lindgren, senior fellow at the Caucasus Law Centre

Those still held in Baku are prisoners of war, and the clause says so.

Pashinyan has called them hostages.
"""


WIRE = """Armenia says detainees denied visits

Armenia's Human Rights Defender Anahit Manasyan said on Monday that the prisoners of war were denied visits.

The ombudsperson's office said in a statement that the captives had not seen a lawyer.

Manasyan told reporters the hostages were held incommunicado.
"""
JUDGMENT = """Court delivers judgment in Petrosyan v. Azerbaijan

The applicant, Mr Petrosyan, complained that his son had been held as a hostage since 2020.

The Government submitted that the applicant's son was a saboteur.

The Court observed that the prisoners of war must be released under Article 118.
"""
RECORD = """Human Rights Committee considers report of Azerbaijan

1. Mr. Hans Berger, Country Rapporteur, asked whether the detainees had access to counsel.

2. Responding, the head of delegation stated that there were no political prisoners in Azerbaijan.
"""
WEEKLY = """Weekly briefing of the Ministry of Foreign Affairs of Armenia, spokesperson Ani Badalyan

Question from Azatutyun: Are the captives going to be released?

Badalyan: The prisoners of war must be returned without conditions.

Answer: We never call them hostages.
"""

ASSEMBLY = """Urgent debate on persons deprived of liberty

Parliamentary Assembly of the Council of Europe, verbatim record of the sitting.

The PRESIDENT – The report on the detainees is before us. I call the rapporteur.

Ms Ilse WAGNER (Austria, SOC), rapporteur – These are prisoners of war. This Assembly said so last year. They are civilians too, some of them.
"""

NUMBERED = """Committee against Torture: summary record (extract)

Consideration of the report of Azerbaijan.

1. Mr. Elvin Rzayev (Azerbaijan) said that the prisoners had been tried. After the ceasefire all captives had been returned.

3. Mr. Tadevosyan (Azerbaijan), Deputy Minister of Justice, said that the men were saboteurs. Armenia disagreed. The Government considered that none of them were hostages.

2. Another Committee member said that holding persons for years could amount to hostage-taking. Detainees had been exchanged for maps.
"""

PRESS = """Press briefing of the Ministry of Foreign Affairs of Armenia, spokesperson Ani Badalyan

Caucasus Wire: Are the captives coming home?

Lusine Vardanyan (Radio Lori): Was it an exchange?

Spokesperson: No. There was no exchange, and the detainees were released by Azerbaijan.
"""

PLENARY = """Armenian prisoners of war (debate)

President. – The next item is the debate on the detainees.

Anja Vollmer, on behalf of the PPE Group. – Madam President, these men are prisoners of war.

Katrin Aalto, Member of the Commission. – We call for the release of the hostages.

Jana Novak (PPE). – They are civilians.
"""

# A written explanation of vote names the member and her political group, never a State.
VOTE_EXPLAINED = """Armenian detainees in Azerbaijan

Jana Novak (PPE), in writing. – I voted in favour. The prisoners of war must be released.

Jan Dvorak (S&D), in writing. – These men are hostages.
"""

SHOW = """Borderlines, episode 41

Show notes: Hosts Nora Castell and Vahe Simonyan talk about the words.

NORA: Welcome back. With me as always is Vahe.

VAHE: Hello. The men have been called captives.
"""


CAPACITY = """Security Council, 9999th meeting

The President: I give the floor to the representative of Armenia.

Mr. Hovhannes Ghazaryan (Armenia): Dozens of prisoners of war remain in Baku.

The President: I shall now make a statement in my capacity as the representative of Malta.

We call for the release of all detainees.

I now resume my functions as President of the Council. The captives were discussed.

The President: I speak now in my capacity as the representative of Niger. Niger calls for the return of the hostages. I now resume my functions as President. The detained persons were discussed.
"""


WGAD = """Opinion No. 12/2024 concerning Davit Sargsyan (Azerbaijan)

Opinion adopted by the Working Group on Arbitrary Detention at its 100th session (extract)

1. The communication was submitted by the Yerevan Legal Aid Centre (the source). Mr. Sargsyan is a national of Armenia who was captured in December 2020.

2. The Government states that Mr. Sargsyan is not a prisoner of war but a saboteur.

3. The source submits that he is a hostage.

4. The Working Group recalls that detainees may be held. Under article 118, prisoners of war shall be released.
"""


DELEGATION = """ICRC head of delegation: press conference

Baku, 15 February 2024. Press conference of Pierre Morel, head of the delegation of the International Committee of the Red Cross in Baku.

Question: Do you regard them as prisoners of war?

Answer: We call them detainees, and we visit them regularly.
"""


PROGRAMME = """The Evening Brief: MP Arpine Khachikyan on the prisoners

Dev Radio, 22 September 2025. Elena Markova spoke to Arpine Khachikyan, a member of the National Assembly.

Q: Ms Khachikyan, are they hostages?

A: They are prisoners of war.
"""


YOURS = """Briefing by the spokesperson of the Ministry of Foreign Affairs of Armenia, Ani Badalyan

Q: Ani Torosyan, Dev Radio. Baku's foreign ministry calls them terrorists. Now your ministry says persons deprived of liberty. Why?

A: The ministry speaks of persons held in custody because the term covers all.
"""

REPLY = """Security Council meeting

Mr. BAGHRAMYAN (Armenia): In reply: the delegate of Azerbaijan says that these men are saboteurs. They were soldiers of a regular army. They are prisoners of war.

Mr. ALIYEV (Azerbaijan): What Armenia calls hostage-taking is the enforcement of our law.
"""


CASE = """CASE OF AVAGIMYAN v. AZERBAIJAN (Application no. 48310/20): judgment (extract)

1. The applicant, Mr Hovik Avagimyan, is an Armenian national. The Azerbaijani Government ("the Government") were represented by their Agent.

7. The applicant complained that he was a prisoner of war.

8. The Government contested that argument. In their submission, the men were "terrorists and saboteurs".

B. The Court’s assessment

12. The Court considers that the applicant was a detainee.

13. It does not determine whether he was a civilian or, as the Government maintain, a saboteur, in 2020.
"""

SIGNED = """Naming the Detained

Written by Judith Halvorsen

I want to ask whether the prisoners of war are hostages.
"""


ANCHOR = """'We hold no prisoners of war': an MP on the nineteen

On its evening programme, anchor Sarah Lindgren spoke on Friday with Elchin Mammadli, a member of parliament.

LINDGREN: Mr Mammadli, are they prisoners of war?

MAMMADLI: No. They are saboteurs.

LINDGREN: Armenia's Foreign Minister, Ararat Mirzoyan, told this channel last spring, and I quote, "These are hostages."

MAMMADLI: There are no hostages.
"""


JOINT = """Joint press conference of Foreign Minister Ararat Mirzoyan and Foreign Minister Sanne de Vries of the Netherlands

Yerevan, 14 November 2025. Remarks to the press after the talks.

Minister Mirzoyan: We speak today of persons held in custody.

Minister de Vries: Prisoners of war are not bargaining chips.

Q (Ararat Evening News): Are they hostages?

Minister Mirzoyan: We no longer call them hostages.
"""

HEARING = """Standing Committee on Foreign Relations: hearing (unofficial translation)

Invited: Arsen Hovakimyan, Deputy Minister of Foreign Affairs.

Anahit Khachatryan (Chair, Civil Contract): The sitting is open.

Arsen Hovakimyan (Deputy Minister of Foreign Affairs): Twenty-three are held in custody.

Lilit Manukyan (Armenia Alliance): They are prisoners of war.
"""

# The same hearing with a sign of whose parliament it is, and a guest of the other government.
HOUSE_HEARING = HEARING.replace("(unofficial translation)", "(translated from Armenian)") + """
Elnur Huseynli (Deputy Minister of Foreign Affairs of Azerbaijan): They are terrorists.
"""

# Questions put to someone: a vocative names the addressee; "you say" and "your government" are hers.
ASKED = """Joint press conference of the Foreign Ministers of Armenia and the Netherlands

Minister Mirzoyan: Good afternoon.

Minister de Vries: Thank you.

Q (Ararat Evening News): Minister Mirzoyan, two years ago your government called them prisoners of war. Now you say "persons held in custody". Do you call them hostages? Are they captives?

Minister Mirzoyan: We no longer call them hostages.
"""

ASKED_HEARING = HEARING.replace("(unofficial translation)", "(translated from Armenian)") + """
Lilit Manukyan (Armenia Alliance): Deputy Minister, today you say "persons held in custody". Are they not captives?
"""

# "Since then your officials": the addressee's State; a sentence's opening words are no group's name
ASKED_SINCE = HEARING.replace("(unofficial translation)", "(translated from Armenian)") + """
Lilit Manukyan (Armenia Alliance): Deputy Minister, thank you. Since then your officials speak of "hostages".
"""

# A committee's record of a parliament published by another: "this House" is the house its heading names.
THIS_HOUSE = """Hearing on the detainees

European Parliament – Subcommittee on Human Rights

Brussels, 12 March 2024

Chair (Anna Lind). – We turn to the Armenians in custody. In its resolution of 2021 this House called for the release of all Armenian prisoners of war.

Tomas Berg (Renew). – This House should call them hostages.
"""

# A briefing's head in capitals names the document, and "Speaker: X, post" who answers: her institution.
MEDIA_BRIEFING = """PRESS BRIEFING – TRANSCRIPT

Stepanakert road, 6 May 2025

Speaker: Ingrid Solberg, head of the ICRC delegation in Azerbaijan

Q: (Radio Aras) Are they hostages?

A: We speak of people deprived of liberty in relation to the conflict.
"""

# A UN document's head in two columns: "General Assembly      Distr.: General" is no speaker's label.
COLUMNS = """United Nations                                                    A/80/999

General Assembly                                                  Distr.: General
                                                                  3 March 2026

Letter dated 1 March 2026 from the Permanent Representative of Armenia to the United Nations addressed to the Secretary-General

My Government recalls that they are prisoners of war.
"""

# Hansard online: the member's name and party alone on the line above her words; a minister's office first.
HANSARD_WEB = """Armenian Detainees in Azerbaijan
Volume 840: debated on Tuesday 9 April 2024

Baroness Ashgrove (CB)
My Lords, Baku calls them saboteurs. Are they not prisoners of war?

The Minister of State, Foreign, Commonwealth and Development Office (Lord Fenwick) (Con)
My Lords, we have asked for the release of every detainee.

Lord Harlow of Dene (Lab)
My Lords, 23 remain in custody.
"""

# A committee's record in capitals, its attendance lines before the first turn: the invited deputy minister answers
# for his ministry (hard case 12); "Present:" is no one's turn.
COMMITTEE_CAPS = """NATIONAL ASSEMBLY OF THE REPUBLIC OF ARMENIA
Standing Committee on Human Rights

Transcript of the hearing of 4 March 2025

Present: 7 of the 11 members. Invited: Gor Petrosyan, Deputy Minister of Foreign Affairs.

CHAIR (Anush Melkonyan): The Deputy Minister has the floor.

GOR PETROSYAN: We speak of persons held in custody.
"""

# An agency's interview with an official whose institution's registered name holds commas: he answers for it.
COMMISSION_INTERVIEW = """Official: "No prisoners of war remain"

Baku, 3 March. Caspian Press Agency

The deputy chairman of the State Commission on Prisoners of War, Hostages and Missing Persons, Ramin Quliyev, answered the questions of our correspondent.

Question: Are the men in Baku prisoners of war?

Answer: They are persons who committed crimes, not prisoners of war.
"""

# A parliament's resolution: recitals and operative paragraphs are the house's; "Calls on X to release" addresses
# X, and the operative verb is no one's name.
RESOLUTION = """European Parliament resolution of 9 April 2026 on the detainees

The European Parliament,

A. whereas Parliament has repeatedly called for the release of all prisoners of war;

1. Calls on the Azerbaijani authorities to free the remaining hostages;

2. Rejects the description of the detainees as ‘saboteurs’;

3. Urges Azerbaijan to release the 19;
"""

# A live blog's entry that quotes after a colon: its speaker, and a registered owner of the post speaks in it.
COLON_ENTRIES = """Live: the Council meets on the detainees

13:05 — Azerbaijan's ambassador, Elnur Karimli: "There are no hostages in Azerbaijan."

12:40 — Lilit Sargsyan, speaking by video: "They are prisoners of war."

12:10 — The session opened late; delegates spoke of the captives.
"""

# A firm's own release: its name without "LLP" is the firm, the publisher.
FIRM = """Application lodged in Strasbourg

Petrosyan Lindqvist rejects the description of the applicants as war criminals.
"""

# A print interview with its questions in bold and no labels: the bold asks, the plain paragraph after it answers.
BOLD_QUESTIONS = """"Custody" is a prison's word

Karen Avetyan spoke to Lusine Martirosyan, who represents nine of the detainees.

**Officials now speak of "persons held in custody". Is that a problem?**

Yes. They are prisoners of war, and the law says so.

**Does Baku call them hostages?**

No, it calls them saboteurs.
"""

# ... and with its questions as plain paragraphs of their own: the introduction calls it an interview
PLAIN_QUESTIONS = """Nothing was promised: a conversation with Ilse Brandt

For four years Ilse Brandt, a Danish diplomat, shuttled between the capitals. We met in Copenhagen.

Was the 2021 handover an exchange?

It was a release for maps, whatever anyone called it.

You never said hostages in public. Why not?

A mediator who says that word stops being one.

What do you call them now?

I call them the men. Some are prisoners of war in my view.
"""

# A video explainer's storyboard: its directions are nobody's, a clip's subtitle is the clip's speaker's, the
# narrator the programme's own voice again.
STORYBOARD = """Who are the 19? Explained

EXPLAINER, Episode 4. Storyboard and script.

SCENE 1 (0:00-0:20)
VISUAL: A map draws itself.
ON-SCREEN TEXT: HOSTAGES?
NARRATOR (V.O.): Azerbaijan still holds 19 Armenians.

SCENE 2 (0:20-0:40)
CLIP: Hikmet Hajiyev, assistant to the President of Azerbaijan (archive, 2021)
SUBTITLE: "They are not prisoners of war."
CLIP: Nikol Pashinyan at the UN General Assembly, September 2025 (subtitled)
SUBTITLE: "They are persons held in custody."
NARRATOR (V.O.): Four men were freed in January.
"""

# A broadcast transcript with time codes and labels with brackets: a role's label names its holder, a name's
# label says her role.
RADIO_CODES = """EVENING EDITION – TRANSCRIPT

[00:00:05] PRESENTER (ARMINE TOVMASYAN): Good evening. Four men came home tonight. Are they hostages?

[00:00:19] GAYANE MELIKYAN (MOTHER OF A SOLDIER): My son is a prisoner of war.

[00:00:41] PRESENTER (ARMINE TOVMASYAN): Thank you.
"""

# A broadcast's caption alone on its line, the clip's words below it: the captioned speaker's.
CAPTION_ABOVE = """EVENING BULLETIN – TRANSCRIPT

ANCHOR: Four men came home tonight.

SOT - NIGAR HASANOVA, MOTHER OF A DETAINEE (archive):
"My son is a prisoner of war."

ANCHOR: The families say they are hostages.
"""

# A release's headline that opens with a country and a colon is its topic, no turn of a transcript.
TOPIC_HEADLINE = """PRESS RELEASE

Special Procedures

Armenia: UN expert urges access to people detained in Azerbaijan

GENEVA (3 March 2026) – A UN expert today called for access to the 19 prisoners of war.

The expert met the relatives of the detainees.
"""

# A US congressional hearing: "Mr. SURNAME." turns; the chair the heading says presides speaks for the house, an
# official whose post the witness list gives answers for her government, a member for himself (hard cases 12, 16).
CONGRESS = """ARMENIAN DETAINEES IN AZERBAIJAN

HEARING BEFORE THE SUBCOMMITTEE ON EUROPE OF THE COMMITTEE ON FOREIGN AFFAIRS
HOUSE OF REPRESENTATIVES

Witnesses: Ms. Joan Pryor, Deputy Assistant Secretary, Bureau of European Affairs, U.S. Department of State; Mr. Levon Abrahamian, Director, Legal Aid Yerevan.

The subcommittee met at 10:00 a.m., Hon. Paul Whitcomb (chairman of the subcommittee) presiding.

Mr. WHITCOMB. The subcommittee will come to order. We will hear about the release of the 23.

Ms. PRYOR. We call for the release of all prisoners of war.

Mr. ABRAHAMIAN. They are hostages.

Mr. DELANEY. Are they not political prisoners?
"""

ASKED_GUEST = """Lawyer on the detainees

Our correspondent Anna Karapetyan spoke with Vardan Melkonyan, a lawyer in Yerevan.

Q: You call them hostages. Your government calls them prisoners of war. Why?

A: Because they are hostages.
"""

# A headline quotation whose speaker the headline only describes; the turns name the guest in capitals.
HEADLINED = """'We hold no prisoners of war': Azerbaijani MP on the four released

Anchor Sarah Lindgren spoke with Elchin Mammadli, a member of parliament.

LINDGREN: Are they hostages?

MAMMADLI: No, they are saboteurs.
"""

# An interview of an official in office, introduced by a presenter in apposition; the turns are surnames.
OFFICIAL_GUEST = """After the bridge: Azerbaijan's deputy foreign minister on the 19 men still in Baku

Four men crossed into Armenia a day after Armenia handed two men over to Syria. Lilit Avagyan, presenter of The Crossing on D8 Radio, spoke to Azerbaijan's Deputy Foreign Minister, Elnur Karimov, on 20 January.

AVAGYAN: Deputy Minister, are they prisoners of war?

KARIMOV: Our ministry does not call them prisoners of war. They are saboteurs.
"""

APPLICANT = """Judgment: Mkhitaryan v. Azerbaijan

In today's Chamber judgment in the case of Mkhitaryan v. Azerbaijan (application no. 21945/21) the European Court of Human Rights held that there had been a violation of Article 5.

The applicant, Arman Mkhitaryan, is an Armenian national. The applicant, represented by Tatevik Sargsyan, a lawyer practising in Yerevan, complained that he had been a prisoner of war.
"""

# A PACE record that never names the Assembly: members by country and political group, names in capitals.
PACE_RECORD = """Humanitarian consequences of the conflict: Assembly debate of 27 September 2021 (extract)

The PRESIDENT – I call Mr Pieter van Dam, rapporteur. Nobody here calls them prisoners of war lightly.

Mr VAN DAM (Netherlands, ALDE, rapporteur) – Thank you, Mr President. They are captives.

Ms HASANLI (Azerbaijan, EC/DA) – They are saboteurs.
"""

# A release and a Q&A with an official of a registered institution, introduced by her post.
DELEGATE_QA = """ICRC visits detainees in Baku

"Our role is strictly humanitarian," said the head of the ICRC delegation in Baku, Pierre Lemaire.

The questions below were put to Mr Lemaire by Hannah Ross of the Devnine Wire after the visits.

Q: Are they prisoners of war?

Lemaire: They are people detained in relation to the conflict.
"""

# A hearing whose heading names its guest with her post, and whose turns give only surnames.
INVITED_HEARING = """Standing Committee on Foreign Relations
Record of the hearing of 23 September 2025 (unofficial translation from Armenian)

Present: Armine Tadevosyan (Civil Contract), chair. Invited: Ashot Karapetyan, Deputy Minister of Foreign Affairs.

THE CHAIR: The hearing is open.

KARAPETYAN: Azerbaijan still holds persons held in custody.

GHAZARYAN: They are hostages.
"""

# A blog post signed by a name and a date on their own line.
DATED = """Prisoners of war, hostages or persons held in custody?

Elena Varga, 20 October 2025

In this post I ask whether they are prisoners of war.
"""

# The interviewer named with her post after her name.
CORRESPONDENT = """"None of them is a prisoner of war": an Azerbaijani MP on the Armenians held in Baku

Tural Mammadzade sits in Azerbaijan's Milli Majlis. Sophie Marlow, our Caucasus correspondent, met him in Baku.

Q: Are they hostages?

A: They are convicted saboteurs.
"""

MAJLIS = """Milli Majlis, plenary sitting of 3 May 2024 (translation)

The SPEAKER: The floor is given to the minister on the release of four persons.

Rauf Aliyev (Minister of Justice): The saboteurs were convicted by the courts.

Mr. Huseynov (New Azerbaijan Party): The detainees are terrorists. In Yerevan the Prime Minister speaks of "persons deprived of liberty". What did we get in exchange?
"""

OBSERVATIONS = """Concluding observations on the reports of Azerbaijan

Committee on the Elimination of Racial Discrimination

24. The Committee takes note of the position of the State party that those who remain in its custody are not prisoners of war. The Committee is concerned that civilians are held.
"""


ICJ = """Application of the Convention (Armenia v. Azerbaijan), Judgment of 5 March 2026 (extract)

212. The Court now turns to Armenia's claims.

213. Armenia contends that Azerbaijan holds these persons. Armenia recalls that, before the European Court of Human Rights, it named 249 persons, of whom Azerbaijan acknowledged only 72. It characterizes those captured later as hostages.

220. The Court observes that the detainees have not all been released.
"""

EPISODE = """Episode 41: Coming home from Baku

Show notes: Ani Sargsyan and Mark Whitfield talk to Vahe Hakobyan, one of the 32 servicemen returned in 2023.

ANI: Vahe, welcome. What did they call you?

VAHE HAKOBYAN: An investigator, once. He said, “For you there is no all for all.”

MARK: And now?

VAHE HAKOBYAN: Now I am home.
"""


def _at(text, phrase, nth=0, **front):
    who = speakers.attribute(text, source="t", published="2023-10-12", **{"outlet": "Daily", **front})
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    said = who.at(start)
    return who.layout, said.speaker, said.rule


@pytest.mark.parametrize("text, front, phrase, nth, expected", [
    (INTERVIEW, {}, "terrorists", 0, ("interview", "azerbaijan", "reported_speech")),  # the innermost speaker
    (INTERVIEW, {}, "hostages of", 0, ("interview", "Vardan Melkonyan", "interview_turn")),
    (INTERVIEW, {}, "hostages?", 0, ("interview", "Anna Karapetyan", "interview_turn")),  # the named interviewer
    (PODCAST, {}, "captives", 0, ("interview", "Tom Reiss", "interview_turn")),
    (PODCAST, {}, "hostages", 0, ("interview", "Marine Sargsyan", "interview_turn")),
    (PODCAST, {}, "prisoners of war", 0, ("interview", "Tom Reiss", "interview_turn")),
    (UNNAMED, {}, "detainees", 0, ("interview", "outlet:Daily", "outlet")),  # nobody named asks: the outlet
    (UNNAMED, {}, "prisoners of war", 0, ("interview", "Vardan Melkonyan", "interview_turn")),
    (DEBATE, {}, "prisoners of war", 0, ("debate", "Ruben Hakobyan", "debate_turn")),
    (DEBATE, {}, "captives", 0, ("debate", "Ruben Hakobyan", "continuation")),
    (DEBATE, {}, "saboteurs", 0, ("debate", "Leyla Aliyeva", "debate_turn")),
    (DEBATE, {}, "detainees", 0, ("debate", "The President", "debate_turn")),
    (COUNCIL, {}, "prisoners of war", 0, ("debate", "armenia", "debate_turn")),  # a delegate speaks for her State
    (COUNCIL, {}, "hostages", 0, ("debate", "azerbaijan", "debate_turn")),
    (COUNCIL, {}, "detainees", 0, ("debate", "France", "debate_turn")),  # an unregistered State keeps its name
    (PACE, {}, "prisoners of war", 0, ("debate", "Grigoryan", "debate_turn")),  # a dash closes the name
    (PACE, {}, "saboteurs", 0, ("debate", "Mammadova", "debate_turn")),
    (SUMMARY, {}, "detainees held", 0, ("summary_record", "Committee against Torture", "committee_member")),
    (SUMMARY, {}, "captives", 0, ("summary_record", "Ruth Lindqvist", "reported_speech")),
    (SUMMARY, {}, "prisoners were", 0, ("summary_record", "azerbaijan", "delegation")),
    (COURT, {}, "prisoners of war", 0, ("court", "armenia", "reported_speech")),
    (COURT, {}, "detainees", 0, ("court", "azerbaijan", "reported_speech")),
    (COURT, {}, "hostages", 0, ("court", "azerbaijan", "pronoun")),
    (COURT, {}, "persons detained", 0, ("court", "icj", "reported_speech")),
    (BLOG, {}, "captives", 0, ("live_blog", "pashinyan", "reported_speech")),
    (BLOG, {}, "detainees", 0, ("live_blog", "outlet:Daily", "blog_entry")),
    (BLOG, {}, "hostages", 0, ("live_blog", "mirzoyan", "quote_verb_after")),
    (BLOG, {}, "hostages", 1, ("live_blog", "outlet:Daily", "blog_entry")),  # "Moreover" carries nothing over
    (BRIEFING, {}, "detainees", 0, ("briefing", "Anna Smith", "briefing_turn")),
    (BRIEFING, {}, "prisoners", 0, ("briefing", "zakharova", "briefing_turn")),
    (BRIEFING, {}, "hostages", 0, ("briefing", "outlet:Daily", "outlet")),
    (BRIEFING, {}, "detainees", 1, ("briefing", "zakharova", "briefing_turn")),
    (OPED, {"kind": "opinion", "author": "Lena Holmqvist"}, "prisoners of war", 0,
     ("op_ed", "Lena Holmqvist", "author_voice")),
    (OPED, {"kind": "opinion", "author": "Lena Holmqvist"}, "terrorists", 0, ("op_ed", "hajiyev", "quote_verb_after")),
    (OPED, {"kind": "news"}, "prisoners of war", 0, ("news", "outlet:Daily", "outlet")),
    # a person and the one-person office she holds are one speaker, however the text names them
    (WIRE, {"kind": "news"}, "prisoners of war", 0, ("news", "hrd_armenia", "reported_speech")),
    (WIRE, {"kind": "news"}, "captives", 0, ("news", "hrd_armenia", "reported_speech")),
    (WIRE, {"kind": "news"}, "hostages", 0, ("news", "hrd_armenia", "reported_speech")),
    # a judgment summary that never names its court: the applicant, the respondent Government, the Court
    (JUDGMENT, {}, "hostage", 0, ("court", "Petrosyan", "reported_speech")),
    (JUDGMENT, {}, "saboteur", 0, ("court", "azerbaijan", "reported_speech")),
    (JUDGMENT, {}, "prisoners of war", 0, ("court", "echr_court", "reported_speech")),
    (RECORD, {}, "detainees", 0, ("summary_record", "Hans Berger", "reported_speech")),  # title after the name
    (RECORD, {}, "political prisoners", 0, ("summary_record", "azerbaijan", "delegation")),
    # a briefing's unregistered spokesperson speaks for the ministry its heading names
    (WEEKLY, {}, "captives", 0, ("briefing", "Azatutyun", "briefing_turn")),  # another outlet asks
    (WEEKLY, {}, "prisoners of war", 0, ("briefing", "mfa_armenia", "speaker_label")),
    (WEEKLY, {}, "hostages", 0, ("briefing", "mfa_armenia", "briefing_turn")),  # an "Answer:" turn answers
    (BYLINE, {"kind": "opinion"}, "prisoners of war", 0, ("op_ed", "Marta Lindgren", "author_voice")),
    (BYLINE, {"kind": "opinion"}, "hostages", 0, ("op_ed", "pashinyan", "reported_speech")),
    (BYLINE, {"kind": "news"}, "prisoners of war", 0, ("news", "outlet:Daily", "outlet")),  # signed news: outlet
    # the chair speaks for the body the record's heading names; an office may follow the member's name
    (ASSEMBLY, {}, "detainees", 0, ("debate", "pace", "debate_turn")),
    (ASSEMBLY, {}, "prisoners of war", 0, ("debate", "Ilse Wagner", "debate_turn")),
    (ASSEMBLY, {}, "civilians", 0, ("debate", "Ilse Wagner", "debate_turn")),  # "X said so" looks back only
    # a summary record is reported speech throughout: a paragraph is its speaker's; a delegate in brackets
    # with a State speaks for it
    (NUMBERED, {}, "captives", 0, ("summary_record", "azerbaijan", "reported_speech")),
    (NUMBERED, {}, "saboteurs", 0, ("summary_record", "azerbaijan", "reported_speech")),  # an office after him
    # a record's "the Government" is the State party, not the State named last
    (NUMBERED, {}, "hostages", 0, ("summary_record", "azerbaijan", "reported_speech")),
    # a court its layout implies before a heading's longer name ("B. The Court's assessment")
    (CASE, {"kind": "judgment"}, "detainee", 0, ("court", "echr_court", "reported_speech")),
    # "as the Government maintain, a saboteur": their word is what follows, the rest the Court's
    (CASE, {"kind": "judgment"}, "saboteur,", 0, ("court", "azerbaijan", "reported_speech")),
    (NUMBERED, {}, "Detainees", 0, ("summary_record", "Committee against Torture", "committee_member")),
    # the European Parliament's turns: "President. –", "NAME, on behalf of the ... Group. –"
    (PLENARY, {}, "detainees", 0, ("debate", "european_parliament", "debate_turn")),  # its President
    (PLENARY, {}, "prisoners of war", 1, ("debate", "Anja Vollmer", "debate_turn")),
    (PLENARY, {}, "hostages", 0, ("debate", "eu", "debate_turn")),  # a Member of the Commission: the Union
    (PLENARY, {}, "civilians", 0, ("debate", "Jana Novak", "debate_turn")),  # a political group is no State
    # "Today Parliament says": the house in its own record, a time before it
    (PLENARY + "\nMarek Sobczak (PPE). – Today Parliament says clearly that the captives must go home.\n", {},
     "captives", 0, ("debate", "european_parliament", "reported_speech")),
    # the resolution a house debates is its own text: its call is the house's (hard case 16)
    (PLENARY + "\nMarek Sobczak (PPE). – Paragraph 1 of the resolution calls for the release of the captives.\n",
     {}, "captives", 0, ("debate", "european_parliament", "reported_speech")),
    (VOTE_EXPLAINED, {}, "prisoners of war", 0, ("debate", "Jana Novak", "debate_turn")),  # nor in a record with no
    (VOTE_EXPLAINED, {}, "hostages", 0, ("debate", "Jan Dvorak", "debate_turn")),  # other sign of a parliament
    # a council's president speaking in its national capacity speaks for its State until it resumes
    (CAPACITY, {}, "detainees", 0, ("debate", "Malta", "debate_turn")),
    (CAPACITY, {}, "captives", 0, ("debate", "The President", "debate_turn")),
    (CAPACITY, {}, "hostages", 0, ("debate", "Niger", "debate_turn")),  # both switches in one paragraph
    (CAPACITY, {}, "detained persons", 0, ("debate", "The President", "debate_turn")),
    # an opinion "concerning X (State)": "the Government" is that State, not the last State named
    (WGAD, {}, "saboteur", 0, ("unrecognised", "azerbaijan", "reported_speech")),
    # a term it defines ("the Yerevan Legal Aid Centre (the source)"); the body that adopted it; its short name
    (WGAD, {}, "hostage", 0, ("unrecognised", "Yerevan Legal Aid Centre", "reported_speech")),
    # the law stated after its recall ("Under article 118, ...") is the body's own voice, as its issuer
    (WGAD, {}, "prisoners of war", 0, ("unrecognised", "Working Group on Arbitrary Detention", "issuer")),
    (WGAD, {}, "detainees", 0, ("unrecognised", "Working Group on Arbitrary Detention", "reported_speech")),
    # a body's name joined by "or" keeps its whole name when the text shortens it
    (WGAD.replace("Arbitrary Detention", "Enforced or Involuntary Disappearances"), {}, "detainees", 0,
     ("unrecognised", "Working Group on Enforced or Involuntary Disappearances", "reported_speech")),
    # the spokesperson's post names her institution, not the city of the dateline (Baku)
    (DELEGATION, {}, "detainees", 0, ("briefing", "icrc", "briefing_turn")),
    # "X spoke to Y": Y answers, not the programme the headline names
    (PROGRAMME, {}, "prisoners of war", 0, ("interview", "Arpine Khachikyan", "interview_turn")),
    (PROGRAMME, {}, "hostages", 0, ("interview", "Elena Markova", "interview_turn")),
    # "your ministry" and "the ministry" in a ministry's briefing are the ministry answering
    (YOURS, {}, "persons deprived", 0, ("briefing", "mfa_armenia", "reported_speech")),
    (YOURS, {}, "persons held", 0, ("briefing", "mfa_armenia", "reported_speech")),
    # a turn that reports its opponent goes on in its own voice; "what X calls" is X's word
    (REPLY, {}, "saboteurs", 0, ("debate", "azerbaijan", "reported_speech")),
    (REPLY, {}, "prisoners of war", 0, ("debate", "armenia", "debate_turn")),
    (REPLY, {}, "hostage", 0, ("debate", "armenia", "reported_speech")),
    # a judgment's title in capitals names the applicant and the respondent; "In their submission" is theirs
    (CASE, {"kind": "judgment"}, "prisoner of war", 0, ("court", "Hovik Avagimyan", "reported_speech")),
    (CASE, {"kind": "judgment"}, "terrorists", 0, ("court", "azerbaijan", "pronoun")),
    (SIGNED, {"kind": "opinion"}, "hostages", 0, ("op_ed", "Judith Halvorsen", "author_voice")),  # "Written by"
    # surname turns in capitals; "told this channel" is no "said this"
    (ANCHOR, {}, "prisoners of war?", 0, ("interview", "Sarah Lindgren", "interview_turn")),
    (ANCHOR, {}, "saboteurs", 0, ("interview", "Elchin Mammadli", "interview_turn")),
    (ANCHOR, {}, "hostages", 1, ("interview", "Elchin Mammadli", "interview_turn")),
    # a joint press conference: each minister's titled turns are his or hers; a name may hold a particle
    (JOINT, {}, "persons held", 0, ("briefing", "mirzoyan", "speaker_label")),
    (JOINT, {}, "Prisoners of war", 0, ("briefing", "Sanne de Vries", "speaker_label")),
    (JOINT, {}, "hostages", 1, ("briefing", "mirzoyan", "speaker_label")),
    # a committee hearing: an office in brackets is no State; a faction is no State either
    (HEARING, {}, "held in custody", 0, ("debate", "Arsen Hovakimyan", "debate_turn")),
    (HEARING, {}, "prisoners of war", 0, ("debate", "Lilit Manukyan", "debate_turn")),
    # ... unless the record says whose parliament it is: the house's deputy minister is its ministry, a
    # minister of the other State that one's; a namesake of the President is someone else
    (HOUSE_HEARING, {}, "held in custody", 0, ("debate", "mfa_armenia", "debate_turn")),
    (HOUSE_HEARING, {}, "prisoners of war", 0, ("debate", "Lilit Manukyan", "debate_turn")),
    (HOUSE_HEARING, {}, "terrorists", 0, ("debate", "mfa_azerbaijan", "debate_turn")),
    (MAJLIS, {}, "saboteurs", 0, ("debate", "azerbaijan", "debate_turn")),
    # "Sophie Marlow, our Caucasus correspondent, met him": she asks, he answers
    (CORRESPONDENT, {}, "hostages", 0, ("interview", "Sophie Marlow", "interview_turn")),
    (CORRESPONDENT, {}, "saboteurs", 0, ("interview", "Tural Mammadzade", "interview_turn")),
    # the guest the heading names with a government post answers for the house's ministry under her surname
    (INVITED_HEARING, {}, "persons held", 0, ("debate", "mfa_armenia", "debate_turn")),
    (INVITED_HEARING, {}, "hostages", 0, ("debate", "Ghazaryan", "debate_turn")),
    # "Elena Varga, 20 October 2025": a byline
    (DATED, {"kind": "opinion"}, "prisoners of war", 0, ("op_ed", "Elena Varga", "author_voice")),
    # the head of an institution's delegation answers for it; "were put to X by Y": Y asks
    (DELEGATE_QA, {}, "people detained", 0, ("interview", "icrc", "interview_turn")),
    (DELEGATE_QA, {}, "prisoners of war", 0, ("interview", "Hannah Ross", "interview_turn")),
    # the PACE President speaks for the Assembly; "VAN DAM" is the "Pieter van Dam" she called
    (PACE_RECORD, {}, "prisoners of war", 0, ("debate", "pace", "debate_turn")),
    (PACE_RECORD, {}, "captives", 0, ("debate", "Pieter van Dam", "debate_turn")),
    (PACE_RECORD, {}, "saboteurs", 0, ("debate", "Hasanli", "debate_turn")),
    # a deputy minister in office answers for his ministry (hard case 12); "deputy foreign minister" is not
    # the registered foreign minister; the presenter in apposition asks
    (OFFICIAL_GUEST, {}, "saboteurs", 0, ("interview", "mfa_azerbaijan", "interview_turn")),
    (OFFICIAL_GUEST, {}, "prisoners of war?", 0, ("interview", "Lilit Avagyan", "interview_turn")),
    # "The applicant, represented by X, a lawyer, complained": the applicant, not her lawyer
    (APPLICANT, {"kind": "judgment"}, "prisoner of war", 0, ("court", "Arman Mkhitaryan", "reported_speech")),
    # "'...': Azerbaijani MP on ...": the quotation is the interviewee's, the rest of the headline the outlet's
    (HEADLINED, {}, "prisoners of war", 0, ("interview", "Elchin Mammadli", "headline_says")),
    (HEADLINED, {}, "released", 0, ("interview", "outlet:Daily", "outlet")),
    # a question put to someone: "you say" and "your government" report the addressee (named by a vocative,
    # else the interviewee), never "do you call them"; the question after "you say" is the asker's again;
    # the government of an unregistered guest is nobody the text names
    (ASKED, {}, "prisoners of war", 0, ("briefing", "armenia", "reported_speech")),
    # "your ministry" put to a registered minister is his ministry
    (ASKED.replace("your government called", "your ministry called"), {}, "prisoners of war", 0,
     ("briefing", "mfa_armenia", "reported_speech")),
    (ASKED, {}, "persons held", 0, ("briefing", "mirzoyan", "quote_verb_before")),
    (ASKED, {}, "hostages", 0, ("briefing", "Ararat Evening News", "briefing_turn")),
    (ASKED, {}, "captives", 0, ("briefing", "Ararat Evening News", "briefing_turn")),
    (ASKED_HEARING, {}, "persons held", 0, ("debate", "mfa_armenia", "quote_verb_before")),
    (ASKED_HEARING, {}, "captives", 0, ("debate", "Lilit Manukyan", "debate_turn")),
    (ASKED_SINCE, {}, "hostages", 0, ("debate", "armenia", "quote_verb_before")),
    (CONGRESS, {"outlet": "U.S. Government Publishing Office"}, "release of the 23", 0, ("debate", "usa", "debate_turn")),
    (CONGRESS, {"outlet": "U.S. Government Publishing Office"}, "prisoners of war", 0, ("debate", "usa", "debate_turn")),
    (CONGRESS, {"outlet": "U.S. Government Publishing Office"}, "hostages", 0,
     ("debate", "Levon Abrahamian", "debate_turn")),
    (CONGRESS, {"outlet": "U.S. Government Publishing Office"}, "political prisoners", 0,
     ("debate", "Delaney", "debate_turn")),
    (TOPIC_HEADLINE, {"outlet": "UN Special Procedures", "kind": "statement"}, "detainees.", 0,
     ("statement", "UN Special Procedures", "report_voice")),
    (CAPTION_ABOVE, {}, "prisoner of war", 0, ("interview", "Nigar Hasanova", "continuation")),
    (RADIO_CODES, {}, "hostages", 0, ("interview", "Armine Tovmasyan", "interview_turn")),
    (RADIO_CODES, {}, "prisoner of war", 0, ("interview", "Gayane Melikyan", "interview_turn")),
    (BOLD_QUESTIONS, {}, "prisoners of war", 0, ("interview", "Lusine Martirosyan", "interview_turn")),
    (BOLD_QUESTIONS, {}, "hostages", 0, ("interview", "Karen Avetyan", "interview_turn")),
    (STORYBOARD, {"kind": "news"}, "HOSTAGES", 0, ("debate", "outlet:Daily", "outlet")),
    (STORYBOARD, {"kind": "news"}, "prisoners of war", 0, ("debate", "hajiyev", "debate_turn")),
    (STORYBOARD, {"kind": "news"}, "persons held", 0, ("debate", "pashinyan", "debate_turn")),
    (STORYBOARD, {"kind": "news"}, "freed", 0, ("debate", "outlet:Daily", "outlet")),
    (PLAIN_QUESTIONS, {}, "an exchange", 0, ("interview", "outlet:Daily", "interview_turn")),
    (PLAIN_QUESTIONS, {}, "a release", 0, ("interview", "Ilse Brandt", "interview_turn")),
    (PLAIN_QUESTIONS, {}, "prisoners of war", 0, ("interview", "Ilse Brandt", "interview_turn")),
    # ... its headline's quotation before what the piece is ("“...”: a conversation with X"): hers
    (PLAIN_QUESTIONS.replace("Nothing was promised", '"Hostages is a word I never used"'), {}, "Hostages", 0,
     ("interview", "Ilse Brandt", "headline_says")),
    # ... never an essay's questions, nor a run of questions with no answer between them
    (PLAIN_QUESTIONS.replace("a conversation with", "an essay by").replace("We met", "She lives"), {},
     "prisoners of war", 0, ("unrecognised", "outlet:Daily", "outlet")),
    (PLAIN_QUESTIONS.replace("It was a release for maps, whatever anyone called it.", "Was it a release?"), {},
     "prisoners of war", 0, ("unrecognised", "outlet:Daily", "outlet")),
    (FIRM, {"outlet": "Petrosyan Lindqvist LLP"}, "war criminals", 0,
     ("unrecognised", "outlet:Petrosyan Lindqvist LLP", "reported_speech")),
    # a publisher naming itself in its own release is its own voice, as its narration is (hard case 15); a public
    # body publishing keeps its name
    ("Release\n\nThe Union of Soldiers' Mothers said today that the 19 were hostages.\n", {"outlet": "Union of Soldiers' Mothers"},
     "hostages", 0, ("unrecognised", "outlet:Union of Soldiers' Mothers", "reported_speech")),
    (FIRM, {"outlet": "Petrosyan Lindqvist Review"}, "war criminals", 0,
     ("unrecognised", "Petrosyan Lindqvist", "reported_speech")),
    (COLON_ENTRIES, {}, "hostages", 0, ("live_blog", "azerbaijan", "quote_verb_before")),
    (COLON_ENTRIES, {}, "prisoners of war", 0, ("live_blog", "Lilit Sargsyan", "headline_says")),
    (COLON_ENTRIES, {}, "captives", 0, ("live_blog", "outlet:Daily", "blog_entry")),
    # an unregistered State's representative, with a short predicate before the colon: the State by its name
    (COLON_ENTRIES.replace("12:10 — The session opened late; delegates spoke of the captives.",
                           '12:10 — Norway\'s representative went further than most: "They are captives."'),
     {}, "captives", 0, ("live_blog", "Norway", "quote_verb_before")),
    (RESOLUTION, {"outlet": "European Parliament", "kind": "instrument"}, "prisoners of war", 0,
     ("report", "european_parliament", "reported_speech")),
    (RESOLUTION, {"outlet": "European Parliament", "kind": "instrument"}, "hostages", 0,
     ("report", "european_parliament", "report_voice")),
    (RESOLUTION, {"outlet": "European Parliament", "kind": "instrument"}, "saboteurs", 0,
     ("report", "european_parliament", "report_voice")),
    (RESOLUTION, {"outlet": "European Parliament", "kind": "instrument"}, "release the 19", 0,
     ("report", "european_parliament", "report_voice")),
    (COMMISSION_INTERVIEW, {"outlet": "Caspian Press Agency"}, "prisoners of war", 2,
     ("interview", "state_commission_azerbaijan", "interview_turn")),
    (COMMITTEE_CAPS, {}, "persons held", 0, ("debate", "mfa_armenia", "debate_turn")),
    (HANSARD_WEB, {"outlet": "Hansard"}, "prisoners of war", 0, ("debate", "Baroness Ashgrove", "debate_turn")),
    (HANSARD_WEB, {"outlet": "Hansard"}, "saboteurs", 0, ("debate", "azerbaijan", "reported_speech")),
    (HANSARD_WEB, {"outlet": "Hansard"}, "release", 0, ("debate", "Lord Fenwick", "debate_turn")),
    (HANSARD_WEB, {"outlet": "Hansard"}, "custody", 0, ("debate", "Lord Harlow of Dene", "debate_turn")),
    (MEDIA_BRIEFING, {"outlet": "International Committee of the Red Cross", "kind": "panel"}, "deprived", 0,
     ("briefing", "icrc", "briefing_turn")),
    (MEDIA_BRIEFING, {"outlet": "International Committee of the Red Cross", "kind": "panel"}, "hostages", 0,
     ("briefing", "Radio Aras", "briefing_turn")),
    (COLUMNS, {"outlet": "United Nations", "kind": "statement"}, "prisoners of war", 0,
     ("report", "armenia", "issuer")),
    (THIS_HOUSE, {"outlet": "Committee Record Service", "kind": "panel"}, "prisoners of war", 0,
     ("debate", "european_parliament", "reported_speech")),
    (THIS_HOUSE, {"outlet": "Committee Record Service", "kind": "panel"}, "hostages", 0,
     ("debate", "Tomas Berg", "debate_turn")),
    (ASKED_GUEST, {}, "hostages", 0, ("interview", "Vardan Melkonyan", "reported_speech")),
    (ASKED_GUEST, {}, "prisoners of war", 0, ("interview", "Anna Karapetyan", "interview_turn")),
    (MAJLIS, {}, "terrorists", 0, ("debate", "Huseynov", "debate_turn")),
    # its Speaker speaks for the house, a national parliament for its State (hard case 16)
    (MAJLIS, {}, "release", 0, ("debate", "azerbaijan", "debate_turn")),
    # a question in a turn is the turn's own, not the one its turn reported before
    (MAJLIS, {}, "exchange", 0, ("debate", "Huseynov", "debate_turn")),
    # "the position of the State party that ..." is the State party's; the body keeps its full name
    (OBSERVATIONS, {"kind": "judgment"}, "prisoners of war", 0, ("summary_record", "azerbaijan", "delegation")),
    (OBSERVATIONS, {"kind": "judgment"}, "civilians", 0,
     ("summary_record", "Committee on the Elimination of Racial Discrimination", "committee_member")),
    # an ICJ judgment's "the Court" is the ICJ, whichever court it cites first; "It" is the sentence's subject
    (ICJ, {"kind": "judgment", "outlet": "International Court of Justice"}, "hostages", 0, ("court", "armenia", "pronoun")),
    (ICJ, {"kind": "judgment", "outlet": "International Court of Justice"}, "released", 0, ("court", "icj", "reported_speech")),
    # "Show notes:" is no speaker; an agent named in a turn is the "He" after it
    (EPISODE, {}, "returned", 0, ("debate", "outlet:Daily", "outlet")),
    (EPISODE, {}, "all for all", 0, ("debate", "azerbaijan", "pronoun")),
    # a turn in capitals by first name is the host the show notes name in full
    (SHOW, {}, "captives", 0, ("unrecognised", "Vahe Simonyan", "speaker_label")),
    # an answer turn answers, whatever transcript label ran on before it
    (PRESS, {}, "detainees", 0, ("briefing", "mfa_armenia", "briefing_turn")),
])
def test_each_genre_gives_each_turn_its_speaker(text, front, phrase, nth, expected):
    assert _at(text, phrase, nth, **front) == expected


def test_an_organisations_own_report_is_its_voice():
    text = "Azerbaijan: Free the detainees\n\nWe documented the detention of 23 prisoners of war."
    assert _at(text, "prisoners of war", outlet="Human Rights Watch") == ("report", "hrw", "report_voice")
    assert _at(text, "prisoners of war", outlet="Daily")[1:] == ("outlet:Daily", "outlet")


def test_a_text_of_no_known_layout_is_listed_as_unrecognised(tmp_path):
    source = tmp_path / "x.md"
    source.write_text("---\nid: x\ntitle: X\npublished: 2023-01-01\ndate_precision: day\nkind: news\n"
                      "language: en\n---\nQ: Who?\n\nA: Nobody.\n", encoding="utf-8")
    (tmp_path / "y.txt").write_text("A plain note about the detainees.\n", encoding="utf-8")
    table = speakers.layouts(paths=[tmp_path])
    assert dict(zip(table["source"], table["layout"])) == {"x": "news", "y": "unrecognised"}


PHONEIN = """Evening Line: callers on the men held in Baku
Devset Radio, 9 October 2025. Transcript of the phone-in hour, presented by Tatevik Melkonyan. Callers gave their first names.
HOST: Good evening. Are they hostages?
CALLER (Gayane, Gyumri): For me my son is a prisoner of war.
HOST: Thank you, Gayane.
"""

LETTER = """Letters to the editor
Sir, — You wrote that the men are persons held in custody.
My brother is a prisoner of war.
Armine Tadevosyan, Gyumri
The editor replies
We do not call them hostages in our own voice.
"""


@pytest.mark.parametrize("text, phrase, expected", [
    (PHONEIN, "hostages", "Tatevik Melkonyan"),       # "HOST:" is the presenter the introduction names
    (PHONEIN, "prisoner of war", "Gayane"),           # a caller by the first name her turn gives
    (LETTER, "persons held in custody", "Armine Tadevosyan"),  # a letter is its signer's ...
    (LETTER, "prisoner of war", "Armine Tadevosyan"),
    (LETTER, "hostages", "outlet:Daily"),              # ... and the reply the newspaper's
])
def test_phone_ins_and_letters_give_their_speakers(text, phrase, expected):
    assert _at(text, phrase)[1] == expected


COLUMN = """Why we still say prisoners of war

This newspaper calls them prisoners of war.

Editorial board

Column

The men I met at the bridge

By Tigran Melkonyan

He is a civilian, and he was a civilian in Baku too.
"""


def test_a_signed_column_after_an_editorial_is_its_authors():
    assert _at(COLUMN, "prisoners of war", 1)[1] == "outlet:Daily"
    assert _at(COLUMN, "civilian")[1] == "Tigran Melkonyan"


def test_a_journalist_who_introduces_herself_asks_in_her_name():
    text = ("Press conference of the EU Special Representative after the meeting\n\n"
            "Tbilisi, 20 December 2021. The EU Special Representative, Pieter Doorn, spoke to journalists.\n\n"
            "Q: Narine Avagyan, Aragats TV. Were ten soldiers returned for maps of the minefields?\n\n"
            "A: We do not comment on exchanges.")
    assert _at(text, "minefields")[1:] == ("Narine Avagyan", "briefing_turn")


def test_concluding_observations_after_a_record_are_the_committees():
    text = ("Human Rights Committee considers the report of Azerbaijan\n\nSummary record of the meeting.\n\n"
            "1. The delegation stated that the persons were not prisoners of war.\n\n"
            "Concluding observations (extract)\n\n"
            "23. The State party should release all persons deprived of liberty.")
    assert _at(text, "persons deprived of liberty")[1:] == ("Human Rights Committee", "report_voice")
    assert _at(text, "prisoners of war")[1] == "azerbaijan"


@pytest.mark.parametrize("heading, expected", [
    ("Record of the sitting of the National Assembly of the Republic of Armenia", "armenia"),
    ("Hearing of the Armenian parliament's Standing Committee", "armenia"),
    ("Milli Majlis, plenary sitting", "azerbaijan"),
    ("Standing Committee on Foreign Relations (translated from Azerbaijani)", "azerbaijan"),
    ("Plenary sitting of the European Parliament", None),     # no State's parliament
    ("Standing Committee on Foreign Relations", None),       # nothing says whose
])
def test_a_parliament_record_says_whose_house_it_is(heading, expected):
    from detentio.framing import actors
    from detentio.framing.speakers import houses, vocabulary
    from detentio.framing.speakers.document import Document
    text = f"{heading}\n\nThe CHAIR: The sitting is open.\n\nMs. Avetisyan (Civil Contract): They are hostages.\n"
    doc = Document.build(text, published="2024-03-12", registry=actors.load(), words=vocabulary.current())
    assert houses.house_state(doc) == expected


OBSERVED = """Concluding observations on the combined reports of Azerbaijan

Committee on the Elimination of Racial Discrimination

12. The Committee notes that senior officials of the State party have repeatedly described them as "war criminals".

13. A member said that the President of the State party had publicly called the men terrorists.

14. The Committee notes that the State party's authorities call them saboteurs.

15. Committee members have repeatedly called them hostages.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("war criminals", ("azerbaijan", "delegation")),    # its officials, past the auxiliary and adverb
    ("terrorists", ("aliyev", "delegation")),           # its President, the registered head of State
    ("saboteurs", ("azerbaijan", "delegation")),
    ("hostages", ("Committee on the Elimination of Racial Discrimination", "committee_member")),
])
def test_observations_name_the_state_partys_officials_and_head(phrase, expected):
    assert _at(OBSERVED, phrase, kind="judgment")[1:] == expected


LETTER = """Letter dated 9 April 2025 from the Permanent Representative of Armenia to the United Nations addressed to the Secretary-General

I have the honour to set out the position of my Government.

In that letter, the Permanent Representative of Azerbaijan claims that they are "terrorists". He also rejects the term "hostages" as propaganda.

Azerbaijan asserts that it fulfilled paragraph 8 in full. The record enclosed with this letter shows otherwise. The all-for-all exchange has still not been carried out.

My Government also recalls that they are prisoners of war.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("terrorists", ("azerbaijan", "quote_verb_before")),
    ("hostages", ("azerbaijan", "continuation")),        # "He": the Azerbaijani envoy, never "My Government"
    ("all-for-all", ("armenia", "issuer")),              # the letter answers the assertion in its own voice
    ("prisoners of war", ("armenia", "reported_speech")),  # "My Government" is the letter's State
])
def test_a_states_letter_speaks_for_the_state(phrase, expected):
    assert _at(LETTER, phrase, outlet="United Nations", kind="statement")[1:] == expected


STATEMENTS = """1501st Plenary Meeting of the OSCE Permanent Council, 12 December 2024

Statement by the Delegation of Armenia

Mr Chairperson, the Armenian POWs remain illegally held in Azerbaijan.

Right of reply by the Delegation of Azerbaijan

Mr Chairperson, there are no prisoners of war in Azerbaijan.

The Armenian delegation speaks of "illegally held civilians". There is no such category. The individuals it refers to are terrorists and saboteurs.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("POWs", ("armenia", "issuer")),
    ("prisoners of war", ("azerbaijan", "issuer")),          # the reply's section is its issuer's
    ("civilians", ("armenia", "quote_verb_before")),         # the opponent's words, reported
    ("terrorists", ("azerbaijan", "issuer")),                # "There is no such category": the reply again
])
def test_statements_printed_one_after_another_speak_for_their_issuers(phrase, expected):
    assert _at(STATEMENTS, phrase, outlet="OSCE", kind="statement")[1:] == expected


SUBMITTED = """Concluding observations on the report submitted by Armenia under article 29 (1) of the Convention

1. The Committee on Enforced Disappearances considered the report submitted by Armenia.

4. The delegation stated that the Government no longer used the word "captives".

5. The Committee is not in a position to determine the status of persons held abroad. It recalls, however, that all persons deprived of liberty must be held in recognized places.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("captives", ("summary_record", "armenia", "delegation")),   # "the report submitted by Armenia"
    # "It" after a paragraph the Committee opens as its subject is the Committee, not the delegation before
    ("persons deprived", ("summary_record", "Committee on Enforced Disappearances", "pronoun")),
])
def test_observations_know_the_state_party_and_their_own_it(phrase, expected):
    assert _at(SUBMITTED, phrase, outlet="Committee on Enforced Disappearances", kind="statement") == expected


ASKED_FOR = """Concluding observations on the combined reports of Azerbaijan

Committee on the Elimination of Racial Discrimination

4. A Committee member asked for information on nearly thirty of the missing and whether such cases could amount to enforced disappearance.

11. The Chair, thanking the delegation, said that the Committee would follow the situation of all persons deprived of liberty.

12. In 2021 the delegation of Armenia asked for the release of the prisoners of war.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("enforced disappearance", ("Committee on the Elimination of Racial Discrimination", "committee_member")),
    ("persons deprived", ("Committee on the Elimination of Racial Discrimination", "committee_member")),
    ("prisoners of war", ("Committee on the Elimination of Racial Discrimination", "report_voice")),  # a request
])
def test_a_record_asks_for_information_and_its_chair_speaks_for_the_body(phrase, expected):
    assert _at(ASKED_FOR, phrase, kind="judgment")[1:] == expected


INTER_STATE = """ARMENIA v. AZERBAIJAN (Application no. 48721/20) - JUDGMENT (extract)

212. The applicant Government submitted that by March 2021 the Court had received requests concerning 249 alleged captives, of whom the respondent Government had acknowledged 72. They argued that the servicemen were prisoners of war.

215. The respondent Government maintained that all prisoners had been exchanged. They denied that any of them was a hostage.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("captives", ("court", "armenia", "reported_speech")),
    ("prisoners of war", ("court", "armenia", "pronoun")),   # "They": the applicant Government, not the one it reports
    ("exchanged", ("court", "azerbaijan", "reported_speech")),
    ("hostage", ("court", "azerbaijan", "pronoun")),
])
def test_an_inter_state_judgment_names_both_governments(phrase, expected):
    assert _at(INTER_STATE, phrase, kind="judgment", outlet="Law Reports") == expected


CARRIED = """Summary record of the 2101st meeting

Consideration of reports submitted by States parties: Fifth periodic report of Azerbaijan

2. A representative of the State party said that the 23 persons held were neither prisoners of war nor hostages.

3. All prisoners of war had been repatriated in December 2020 under the "all for all" exchange.

4. Committee members asked about the hostages.
"""


@pytest.mark.parametrize("phrase, nth, expected", [
    ("prisoners of war", 1, ("summary_record", "azerbaijan", "continuation")),  # the numbered paragraph goes on
    ("hostages", 1, ("summary_record", "outlet:Treaty Digest", "outlet")),  # present tense, a voice of its own
])
def test_a_records_numbered_paragraph_in_reported_tense_continues_the_speaker(phrase, nth, expected):
    assert _at(CARRIED, phrase, nth, kind="statement", outlet="Treaty Digest") == expected


RAPPORTEUR = """Summary record of the 2101st meeting

Consideration of reports submitted by States parties: Fifth periodic report of Azerbaijan

4. Mr. Halvorsen (Country Rapporteur) said that the Committee had received information. He noted that the State party had described the detainees as "terrorists". He recalled that prisoners of war were to be released without delay.
"""


def test_a_voice_inside_someones_clause_is_not_the_next_he():
    # "He noted that the State party had described ...": the next "He" is still the rapporteur
    assert _at(RAPPORTEUR, "prisoners of war", kind="statement", outlet="Treaty Digest")[1:] == ("Halvorsen", "pronoun")


ORGAN = """Indictment sent to court

Baku, 20 December 2024. The Prosecutor General's Office of the Republic of Azerbaijan has completed the investigation of 15 persons held in custody.

The Office also reports that no foreign national has been subjected to arbitrary detention.
"""


@pytest.mark.parametrize("outlet, phrase, expected", [
    # an unregistered organ of a registered State publishing its own release speaks for the State, and so does
    # "The Office" it calls itself (GUIDELINES hard case 15, held-out 3 decision 5)
    ("Prosecutor General's Office of the Republic of Azerbaijan", "held in custody", ("azerbaijan", "report_voice")),
    ("Prosecutor General's Office of the Republic of Azerbaijan", "arbitrary", ("azerbaijan", "reported_speech")),
    ("Ministry of Justice of Azerbaijan", "held in custody", ("azerbaijan", "report_voice")),
    # a council or committee of the State, its judiciary's council included
    ("Judicial-Legal Council of the Republic of Azerbaijan", "held in custody", ("azerbaijan", "report_voice")),
    ("State Committee for Refugees of Azerbaijan", "held in custody", ("azerbaijan", "report_voice")),
    # ... not a council of an organisation no State is
    ("Committee of Ministers of the Council of Europe", "held in custody",
     ("Committee of Ministers of the Council of Europe", "report_voice")),
    # its representation abroad too; a union's delegation speaks for the union (hard case 12)
    ("Permanent Mission of the Republic of Azerbaijan to the United Nations", "held in custody",
     ("azerbaijan", "report_voice")),
    ("Delegation of the European Union to the OSCE", "held in custody", ("eu", "report_voice")),
    # a State's name may hold "of": "the United States of America"
    ("Embassy of the United States of America in Baku", "held in custody", ("usa", "report_voice")),
    # an unregistered commissioner is a public body speaking in its own name (hard case 15)
    ("Office of the Commissioner for Detainees", "held in custody", ("Office of the Commissioner for Detainees",
                                                                     "report_voice")),
    # a publisher that is no State's organ keeps its own voice
    ("Caspian Press Service", "held in custody", ("outlet:Caspian Press Service", "outlet")),
    ("Mission Aid Network", "held in custody", ("outlet:Mission Aid Network", "outlet")),
    # a State's pension fund and its audit chamber are its organs; a charity's fund and a bar's chamber are not
    ("Military Pension Fund of the Republic of Azerbaijan", "held in custody", ("azerbaijan", "report_voice")),
    ("Audit Chamber of the Republic of Azerbaijan", "held in custody", ("azerbaijan", "report_voice")),
    ("Azerbaijan Fund", "held in custody", ("outlet:Azerbaijan Fund", "outlet")),
    ("Chamber of Advocates of the Republic of Azerbaijan", "held in custody",
     ("outlet:Chamber of Advocates of the Republic of Azerbaijan", "outlet")),
    # a court's registry issues its releases in the court's name; a registry of no registered court is no court
    ("Registry of the European Court of Human Rights", "held in custody", ("echr_court", "report_voice")),
    ("Registry of Human Rights Defenders", "held in custody", ("outlet:Registry of Human Rights Defenders", "outlet")),
])
def test_a_state_organs_own_release_speaks_for_the_state(outlet, phrase, expected):
    assert _at(ORGAN, phrase, outlet=outlet, kind="statement")[1:] == expected


OPINION = """Opinion No. 52/2024 concerning Arsen Ghukasyan (Azerbaijan)

5. According to the source, Mr. Ghukasyan was captured on 13 December 2020. The source submits that he was a prisoner of war.

11. The Government rejects the term and calls him a "saboteur".
"""


@pytest.mark.parametrize("phrase, expected", [
    ("prisoner of war", "the source"),   # a source the opinion never names is the text's own term
    ("saboteur", "azerbaijan"),          # "the Government" is the State the heading names
])
def test_an_opinions_unnamed_source_is_the_source(phrase, expected):
    assert _at(OPINION, phrase, kind="judgment")[1] == expected


ANSWERS = """Spokesperson of the Ministry of Foreign Affairs of Armenia Lusine Ohanyan answers questions from media representatives

Question: How many Armenian prisoners remain in Baku?

Answer: According to our information, nineteen of our compatriots are still held in Baku.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("prisoners", ("briefing", "outlet:Daily", "outlet")),           # the unnamed journalists: the outlet
    ("held in Baku", ("briefing", "mfa_armenia", "briefing_turn")),  # her answers are her ministry's
])
def test_a_spokespersons_answers_to_media_questions_are_a_briefing(phrase, expected):
    assert _at(ANSWERS, phrase, kind="statement") == expected


WRITTEN = """Parliamentary question - E-003512/2025

Question for written answer E-003512/2025 to the Commission (Vice-President of the Commission / High Representative of the Union for Foreign Affairs and Security Policy)

Ingrid Falk (Renew), Tomasz Wilk (PPE)

Subject: VP/HR - Armenian prisoners of war still held in Azerbaijan

In its resolution of 20 May 2021, Parliament called for the release of all Armenian prisoners. Will the VP/HR call them hostages?

Answer given by High Representative/Vice-President on behalf of the European Commission (2.12.2025)

The EU has consistently called for the release of all Armenian detainees held in Azerbaijan.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("prisoners of war", "Ingrid Falk"),            # the question is its first-named author's
    ("hostages", "Ingrid Falk"),
    ("release of all Armenian prisoners", "european_parliament"),  # "Parliament" in its own text is the EP
    ("detainees", "eu"),                            # the answer on behalf of the Commission is the Union's
])
def test_a_written_question_and_its_answer_speak_for_their_authors(phrase, expected):
    assert _at(WRITTEN, phrase, outlet="European Parliament", kind="statement")[1] == expected


GUEST = """"We said 'people detained', never more and never less"

Claire Dumont was an ICRC detention delegate in Baku from 2021 to 2023. She spoke to Petra Novak a month after the ICRC closed its delegation in Baku.

Q: What does that mean for the detainees still held there?

A: In Baku, a deputy minister once told me: "These are terrorists."
"""


@pytest.mark.parametrize("phrase, expected", [
    ("detainees", "Petra Novak"),    # "She spoke to Petra Novak": the one the guest spoke to asks
    ("terrorists", "azerbaijan"),    # a deputy minister of no ministry the text names: the State
])
def test_the_interviewer_the_guest_spoke_to_and_an_unnamed_deputy(phrase, expected):
    assert _at(GUEST, phrase)[1] == expected


HEARING_REPORT = """Grand Chamber hears Armenia v. Azerbaijan

The European Court of Human Rights held a hearing today. Mr Mammadli, for the Government, said the men were "persons held in custody".

Judge Tomas Rydberg asked whether an arbitrary detention could be cured by a later conviction.

In Baku, the Baku Military Court sat on the same day. Judge Anar Mammadov called the defendants "terrorists".
"""


@pytest.mark.parametrize("phrase, expected", [
    ("arbitrary detention", "echr_court"),   # a judge of the registered court the text names is that court
    ("terrorists", "azerbaijan"),            # a judge of a court of the detaining State is that State
])
def test_a_judge_speaks_for_the_court_the_text_last_named(phrase, expected):
    assert _at(HEARING_REPORT, phrase)[1] == expected


DISSENT = """Court finds a violation in the case of an Armenian soldier

The European Court of Human Rights found that the applicant's detention was arbitrary. The Court observed that he had been captured in uniform.

Judge Tomas Rydberg asked whether the applicant was a prisoner of war.

Judge Maria Lindqvist expressed a dissenting opinion. In her view the detainees had not exhausted domestic remedies.

Judge Lindqvist, dissenting, considered that the captives' complaints were premature.
"""


@pytest.mark.parametrize("phrase, expected", [
    # "The Court observed" names no court of the State: the judge is still the registered court's
    ("prisoner of war", ("echr_court", "reported_speech")),
    # a dissenting judge speaks for herself, by name, the court by its majority (hard case 16)
    ("detainees", ("Maria Lindqvist", "pronoun")),   # "In her view" without a comma
    ("captives", ("Maria Lindqvist", "reported_speech")),
])
def test_a_dissenting_judge_speaks_for_herself(phrase, expected):
    assert _at(DISSENT, phrase, outlet="Daily")[1:] == expected


NATIONAL_RECORD = """Transcript of the plenary sitting of 14 March 2024

The SPEAKER: Dear colleagues, the next item concerns the detainees held in Baku.

ARMEN HOVHANNISYAN (Civil Contract): The prisoners of war must come home.

The SPEAKER: Thank you. The Speaker reminds deputies that the hostages question returns next week.
"""


@pytest.mark.parametrize("outlet, phrase, expected", [
    # a national parliament's chair, and its own record's lines, speak for its State (hard case 16)
    ("National Assembly of the Republic of Armenia", "detainees", "armenia"),
    ("National Assembly of the Republic of Armenia", "hostages", "armenia"),
    ("Milli Majlis of the Republic of Azerbaijan", "detainees", "azerbaijan"),
    ("Armenian Parliament", "detainees", "armenia"),
    # its members speak for themselves
    ("National Assembly of the Republic of Armenia", "prisoners of war", "Armen Hovhannisyan"),
    # a record whose house the text never says keeps the chair's office
    ("Daily", "detainees", "The Speaker"),
])
def test_a_national_parliament_speaks_as_its_state(outlet, phrase, expected):
    assert _at(NATIONAL_RECORD, phrase, outlet=outlet)[1] == expected


@pytest.mark.parametrize("text, expected", [
    # outside its own record, the Milli Majlis and its Speaker are Azerbaijan's organ (hard case 16)
    ("In his letter, the Speaker of the Milli Majlis stated that the two men were hostages.", "azerbaijan"),
    ("The Milli Majlis said the men were hostages.", "azerbaijan"),
    # a member named in her own right still speaks for herself
    ("Rauf Aliyev, a member of the Milli Majlis, said the men were hostages.", "Rauf Aliyev"),
])
def test_the_milli_majlis_named_in_a_report_is_azerbaijan(text, expected):
    assert _at(text, "hostages")[1] == expected


def test_a_short_name_of_a_registered_body_is_that_body():
    text = ("Assembly debates the detainees\n\nThe Parliamentary Assembly of the Council of Europe called on "
            "Azerbaijan to release all prisoners of war.\n\nThe Assembly urged Baku to stop describing the captives "
            "as terrorists.")
    assert _at(text, "captives")[1:] == ("pace", "reported_speech")


TV = """Thirty-two servicemen home after the exchange

ANCHOR: Good evening. Our correspondent Narine Avagyan is at the border.

REPORTER: The buses came through the checkpoint at a quarter past three.

LILIT HAKOBYAN, MOTHER OF A RELEASED SOLDIER: Everyone here said he was a captive.

RAMIL ZEYNALOV, SPOKESMAN, AZERBAIJANI PRESIDENTIAL ADMINISTRATION: These men were returned on humanitarian grounds. The others are not prisoners of war.

ARMEN TOVMASYAN, LAWYER FOR FAMILIES AT THE EUROPEAN COURT OF HUMAN RIGHTS: They are illegally held.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("captive", "Lilit Hakobyan"),          # a caption's role of no institution: the person
    ("prisoners of war", "azerbaijan"),     # an official's post in the caption: the State's organ, so the State
    ("illegally held", "Armen Tovmasyan"),  # a lawyer named with a court is no official of it
])
def test_a_captions_post_says_whom_an_official_speaks_for(phrase, expected):
    assert _at(TV, phrase)[1] == expected


def test_the_interviewer_after_a_sentence_ending_in_a_place():
    text = GUEST.replace("from 2021 to 2023.", "from 2021 to 2023 and now teaches in Geneva.")
    assert _at(text, "detainees")[1] == "Petra Novak"


DROI = """Hearing on the Armenian prisoners in Azerbaijan

European Parliament – Subcommittee on Human Rights (DROI)

Chair (Annelies Vroom). – In its resolution of 20 May 2021 this House called for the release of all Armenian prisoners.

Ilse Raudsepp, invited expert (University of Tartu). – I would not call the men hostages without evidence.

Pierre Lindholm, European External Action Service. – We do not call them terrorists.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("release of all", "european_parliament"),   # a parliament's chair, named or not, speaks for the house
    ("hostages", "Ilse Raudsepp"),               # "Name, post (affiliation). –" is her turn
    ("terrorists", "eu"),                        # the External Action Service is the Union's
])
def test_a_parliament_hearing_gives_its_chair_guests_and_officials_their_voices(phrase, expected):
    assert _at(DROI, phrase, kind="panel", outlet="European Parliament")[1] == expected


ARTICLE = """Between prisoners of war and 'terrorists'

Johanna Kivelä*

Few groups of detained persons have been given as many names as these prisoners of war.
"""


def test_an_articles_author_marked_with_her_note_signs_it():
    assert _at(ARTICLE, "detained persons", kind="opinion")[1:] == ("Johanna Kivelä", "author_voice")


JOINT = """Joint press conference of the Foreign Ministers of Armenia and Austria

Transcript of the press conference given by the Foreign Minister of Armenia, Ararat Mirzoyan, and the Federal Minister of Austria, Clemens Haller.

MINISTER MIRZOYAN: Nineteen Armenians are still held in custody in Baku.

MINISTER HALLER: Prisoners are not bargaining chips.

Question from Lusine Karapetyan, Dev14 Wire: Do you still call them hostages?
"""


@pytest.mark.parametrize("phrase, expected", [
    ("held in custody", "mirzoyan"),        # a label that titles an official: she answers, in her own name
    ("Prisoners", "Clemens Haller"),        # an official of a State the registry does not list keeps his name
    ("hostages", "Lusine Karapetyan"),      # the journalist asks
])
def test_a_joint_press_conferences_titled_labels_answer(phrase, expected):
    assert _at(JOINT, phrase)[1] == expected


POSTS = """What officials posted about the return

Here is what they wrote.

Nikol Pashinyan, Facebook, "Welcome home", 13 December 2023, 19:52

"We will not stop until every captive is returned."

Gurgen Ter-Ghazaryan, opposition MP, Facebook, "Not all for all", 13 December 2023, 22:10

"The remaining 23 are hostages."

The Prime Minister did not use the words "prisoners of war".
"""


@pytest.mark.parametrize("phrase, expected", [
    ("captive", "pashinyan"),                 # a post printed under its author's header is hers
    ("all for all", "Gurgen Ter-Ghazaryan"),  # and so is its title in the header
    ("hostages", "Gurgen Ter-Ghazaryan"),
    ("prisoners of war", "outlet:Daily"),     # the outlet's commentary between the posts
])
def test_social_media_posts_under_their_headers_are_their_authors(phrase, expected):
    assert _at(POSTS, phrase)[1] == expected


PHONE_IN = """Open Line: listeners ask about the release

Transcript of the phone-in programme Open Line, broadcast on Dev Radio. Presenter: Mariam Hovakimyan. Guest: Vahe Petrosyan, lecturer in international law.

HOST: Good evening. Vahe, were these men prisoners of war?

PETROSYAN: Legally, yes. They are captives of a political process.

CALLER (Ruzanna, Vanadzor): My nephew came home. People here call them hostages.

PETROSYAN: I understand.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("prisoners of war", "Mariam Hovakimyan"),   # "Presenter: Mariam Hovakimyan" hosts
    ("captives", "Vahe Petrosyan"),
    ("hostages", "Ruzanna"),                     # a caller's turn ends the guest's, though no layout turn opens it
])
def test_a_phone_in_gives_host_guest_and_callers_their_turns(phrase, expected):
    assert _at(PHONE_IN, phrase)[1] == expected


OSCE_PA = """OSCE Parliamentary Assembly. General Committee. Provisional record of the sitting of 1 July 2025

The CHAIR (Ms Eva LINDGREN, Sweden) – Paragraph 12 of the draft calls for the release of all persons held in custody.

Mr Pieter DE VRIES (Netherlands, Liberal Group) – In 2021 the first exchange returned 44 men.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("held in custody", "OSCE Parliamentary Assembly"),  # the chair of an assembly's sitting speaks for it
    ("exchange", "Pieter de Vries"),                     # a surname's particle in lower case after the first name
])
def test_an_assemblys_chair_and_a_surname_with_a_particle(phrase, expected):
    assert _at(OSCE_PA, phrase, outlet="OSCE Parliamentary Assembly", kind="panel")[1] == expected


def test_the_office_in_the_defenders_own_report_is_the_defender():
    text = "Ad hoc report on the returnees\n\nThe Office regards their deprivation of liberty as illegal detention.\n"
    assert _at(text, "illegal detention", outlet="Human Rights Defender of Armenia", kind="statement")[1] == "hrd_armenia"


ICRC_QA = """ICRC: operational update on people detained in relation to the conflict

Five questions to Ariane Keller

Ariane Keller is the ICRC's regional director for Europe and Central Asia.

Q: Are they prisoners of war?

A: We do not call them prisoners of war in public. We speak of people detained.
"""


def test_an_interviewee_whose_post_a_copula_gives_answers_for_her_institution():
    assert _at(ICRC_QA, "people detained", 1, outlet="International Committee of the Red Cross", kind="statement")[1] \
        == "icrc"


COMMISSION_CHAIR_QA = """"We have no prisoners of war": the head of Azerbaijan's State Commission on the 23

Ramil Safarli has chaired Azerbaijan's State Commission on Prisoners of War, Hostages and Missing Persons since 2023.
We met him in Baku.

Interview by Farid Guliyev

Caspian Review: Does the Commission hold prisoners of war?

Safarli: Azerbaijan holds no prisoners of war. There are 23 persons in our penitentiary system.
"""


@pytest.mark.parametrize("text, expected", [
    # a verb of heading in the present gives the interviewee the body she heads, not the State that owns it; the
    # headline's post, a paragraph before her name, is not read as hers
    (COMMISSION_CHAIR_QA, "state_commission_azerbaijan"),
    # ... and so with no headline
    ("Magnus Berg heads the ICRC delegation in Yerevan. We met him there.\n\nQ: Who is held?\n\n"
     "Berg: We speak of people detained.\n", "icrc"),
    # ... but a post once held is hers no longer
    ("Magnus Berg led the ICRC delegation in Yerevan until 2024. We met him there.\n\nQ: Who is held?\n\n"
     "Berg: We speak of people detained.\n", "Magnus Berg"),
])
def test_an_interviewee_who_heads_a_body_answers_for_it(text, expected):
    phrase = "no prisoners of war. There" if "Safarli" in text else "people detained"
    assert _at(text, phrase, outlet="Caspian Review")[1] == expected


def test_a_past_post_is_hers_no_longer():
    text = ("Claire Dumont was an ICRC detention delegate in Baku. She spoke to Petra Novak.\n\n"
            "Q: What did you call them?\n\nA: We said people detained.\n")
    assert _at(text, "people detained")[1] == "Claire Dumont"


def test_a_headline_of_a_name_then_a_quotation_is_the_named_persons():
    text = ("Vahe Ghazaryan: “I was a prisoner of war, not a criminal”\n\n"
            "In this episode, Lena Morrow talks to Vahe Ghazaryan about his captivity.\n")
    assert _at(text, "prisoner of war")[1:] == ("Vahe Ghazaryan", "headline_says")
    # a place or body before the colon is no person's name
    assert _at(text.replace("Vahe Ghazaryan:", "Baku Military Court:"), "prisoner of war")[1:] == ("outlet:Daily", "outlet")


SIGNED_BLOG = """Nineteen prisoners, four labels

Lena Hartmann, Professor of International Law, Northbridge University

These men are prisoners of war, whatever Baku calls them.
"""


def test_an_author_alone_on_her_line_with_her_post_signs_the_piece():
    assert _at(SIGNED_BLOG, "prisoners of war", kind="opinion")[1:] == ("Lena Hartmann", "author_voice")
    # a news report keeps its outlet's voice (hard case 14)
    assert _at(SIGNED_BLOG, "prisoners of war", kind="news")[1] == "outlet:Daily"


OPINION_ON_THREE = """Opinion No. 12/2024 concerning Armen Galoyan, Davit Hambardzumyan and Gor Ohanyan (Azerbaijan)

3. The source submits that the persons detained had prisoner-of-war status.

4. The Government states that the men are not hostages.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("persons detained", "the source"),   # several people before the State in brackets: still one opinion's parties
    ("hostages", "azerbaijan"),
])
def test_an_opinion_on_several_people_has_its_source_and_government(phrase, expected):
    assert _at(OPINION_ON_THREE, phrase, kind="judgment", outlet="Working Group on Arbitrary Detention")[1] == expected


ORGAN_QA = """Statement of the Presidential Administration on the handover

On the instruction of President Ilham Aliyev, four persons were handed over today.

Following the handover, Aynur Kazimova, head of the Humanitarian Affairs Sector of the Presidential Administration, answered questions from Nigar Rzayeva of Absheron Press.

Q: Will there be another release soon?

A: Nobody was freed; they were handed over as an act of humanism. They were not hostages.
"""


@pytest.mark.parametrize("phrase, expected", [
    # the one the introduction says answers, in a post of the publishing organ: the State (hard case 12),
    # not the president the statement named first; "questions from X": X asks
    ("hostages", "azerbaijan"),
    ("release", "Nigar Rzayeva"),
])
def test_an_official_of_the_publishing_organ_answers_for_its_state(phrase, expected):
    assert _at(ORGAN_QA, phrase, outlet="Presidential Administration of the Republic of Azerbaijan")[1] == expected


PODCAST_PARTICLE = """The Detention Docket, episode 12

Hosts: Nora Castell and Vahe Simonyan. Guest: Pieter Van Acker, a former ICRC delegate.

NORA: Pieter, what did you call them?

PIETER: We said people detained, never hostages.
"""


def test_a_first_name_turn_is_the_whole_name_a_particle_included():
    assert _at(PODCAST_PARTICLE, "hostages")[1] == "Pieter Van Acker"


ANCHORED = """Evening Interview

Meridian 24 broadcast this interview. The anchor, Laura Bennett, spoke from our studio with Rashad Mammadli, a member of the Milli Majlis.

ANCHOR: Were the fifteen men freed in June 2021 not an exchange?

MAMMADLI: Not one of them is a prisoner of war. The men who came later came as saboteurs. Our foreign ministry said so at the time.

ANCHOR: The International Committee of the Red Cross has never used either word. It speaks of people detained in relation to the conflict.

MAMMADLI: The ICRC visited them. Its head of delegation in Baku told us that the detainees were well.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("exchange", ("Laura Bennett", "interview_turn")),        # "ANCHOR:" asks; "The anchor, Laura Bennett,"
    # "Our foreign ministry said so" in a guest's turn: the turn's words stay his (no said_this across them)
    ("prisoner of war", ("Rashad Mammadli", "interview_turn")),
    ("saboteurs", ("Rashad Mammadli", "interview_turn")),
    # "It" after a turn label: the institution that opens the sentence before
    ("people detained", ("icrc", "pronoun")),
    # "Its head of delegation in Baku": its head, in Baku
    ("detainees were", ("icrc", "reported_speech")),
])
def test_an_anchored_interview(phrase, expected):
    assert _at(ANCHORED, phrase, outlet="Meridian 24")[1:] == expected


@pytest.mark.parametrize("byline, at_end", [
    ("By Johanna Reinholt", False), ("Dr Johanna Reinholt", False), ("Johanna Reinholt | 20 February 2026", False),
    ("Johanna Reinholt — Professor of International Law", False), ("Author: Johanna Reinholt", False),
    ("JOHANNA REINHOLT", False), ("Johanna Reinholt", False), ("Posted by Johanna Reinholt on 20 February 2026", False),
    ("Guest post by Johanna Reinholt", False),
    ("Johanna Reinholt is Professor of International Law at Northbridge University.", False),
    ("Johanna Reinholt is Professor of International Law at Northbridge University.", True),
    ("— Johanna Reinholt", True),
])
def test_a_signed_opinion_is_its_authors_whatever_its_byline_looks_like(byline, at_end):
    body = "These men are prisoners of war, whatever Baku calls them."
    text = f"Nineteen prisoners, four labels\n\n{body}\n\n{byline}\n" if at_end else \
        f"Nineteen prisoners, four labels\n\n{byline}\n\n{body}\n"
    assert _at(text, "prisoners of war", kind="opinion")[1:] == ("Johanna Reinholt", "author_voice")
    # a news report's byline names who reported it, not a speaker (hard case 14)
    assert _at(text, "prisoners of war", kind="news")[1] == "outlet:Daily"


DIALOGUE = """Interview: the detainees

Our correspondent Anna Karapetyan spoke with Lilit Hovsepyan, a lawyer in Yerevan.

— How many captives are still in Baku?

— Nineteen, and they are prisoners of war.

— And the hostages?

— They are detainees, nothing else.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("captives", "Anna Karapetyan"), ("prisoners of war", "Lilit Hovsepyan"),
    ("hostages", "Anna Karapetyan"), ("detainees, nothing", "Lilit Hovsepyan"),
])
def test_an_interview_printed_as_dashed_dialogue(phrase, expected):
    assert _at(DIALOGUE, phrase)[:3] == ("interview", expected, "interview_turn")


def test_dashed_paragraphs_outside_an_interview_are_no_turns():
    text = DIALOGUE.replace("Interview: the detainees", "The detainees").replace(
        "Our correspondent Anna Karapetyan spoke with Lilit Hovsepyan, a lawyer in Yerevan.", "Notes from Yerevan.")
    assert _at(text, "prisoners of war") == ("unrecognised", "outlet:Daily", "outlet")


@pytest.mark.parametrize("chair, first, second, expected", [
    # a member whose surname a registered official shares is the member (her group in brackets says so)
    ("The PRESIDENT:", "Mr GRIGORYAN (Armenia, SOC):", "Mr HAJIYEV (Azerbaijan, EC/DA):", ("Hajiyev", "pace")),
    # a chair's label closed by ".–" with no space, and a chair in title case in a parliament's record
    ("THE PRESIDENT.–", "Mr Grigoryan (Armenia) –", "Mr Kerimov (Azerbaijan) –", ("Kerimov", "pace")),
    ("President:", "Armen Grigoryan (Armenia):", "Elchin Hajiyev (Azerbaijan):", ("Elchin Hajiyev", "pace")),
])
def test_an_assembly_record_in_its_label_styles(chair, first, second, expected):
    text = (f"Parliamentary Assembly of the Council of Europe, debate of 25 January 2024\n\n{chair} The debate is "
            f"open.\n\n{first} These men are prisoners of war.\n\n{second} They are saboteurs.\n\n{chair} Thank "
            f"you. The hostages question is closed.\n")
    assert (_at(text, "saboteurs", outlet="PACE Records")[1], _at(text, "hostages", outlet="PACE Records")[1]) \
        == expected


SUMMARY_ORGANS = """Committee against Torture, summary record: consideration of the report of Azerbaijan

1. Replying to questions, a representative of the Ministry of Justice said that the detainees were convicted.

2. A representative of the Ministry of Foreign Affairs said that none of them was a political prisoner.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("detainees", "azerbaijan"),                # a delegate from one of the State party's organs: the State party
    ("political prisoner", "mfa_azerbaijan"),   # ... from its registered foreign ministry: the ministry (case 12)
])
def test_a_delegate_from_an_organ_of_the_state_party(phrase, expected):
    assert _at(SUMMARY_ORGANS, phrase, outlet="Committee against Torture")[1:] == (expected, "delegation")


BROADCAST = """Evening News, 14 January 2026

ANCHOR: Good evening. Four Armenians were handed over at the border today.

SOUNDBITE — ANUSH PETROSYAN, MOTHER OF A SOLDIER: My son was a prisoner of war, not a criminal.

SOUNDBITE — AYKHAN HAJIZADA, SPOKESMAN, AZERBAIJANI FOREIGN MINISTRY: These were convicts, not hostages.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("prisoner of war", "Anush Petrosyan"),   # a captioned clip is its speaker's
    ("hostages", "mfa_azerbaijan"),           # ... an official's, in office, her institution's (hard case 12)
])
def test_a_broadcasts_captioned_clips(phrase, expected):
    assert _at(BROADCAST, phrase, outlet="Channel 5")[1] == expected


NAMEPLATES = """Security Council, 10001st meeting

The President: I give the floor to the representative of Armenia.

Mr. Kirakosyan (Armenia): These men are prisoners of war and must be repatriated.

Mr. Mirzoyan (Armenia): We call them persons held in custody.

Mrs. Huseynova (Azerbaijan): They are terrorists, not hostages.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("prisoners of war", "armenia"),      # a registered scholar's surname behind Armenia's nameplate: its delegate
    ("held in custody", "mirzoyan"),      # the registered minister of the State in brackets keeps his id
    ("terrorists", "azerbaijan"),         # an unregistered delegate speaks for her State
])
def test_a_surname_behind_a_states_nameplate_is_its_delegate_unless_registered_to_it(phrase, expected):
    assert _at(NAMEPLATES, phrase, outlet="United Nations")[1:] == (expected, "debate_turn")


KIN = """Amnesty International is concerned that sixteen Armenian men held in Baku are being tried. Their relatives say they are prisoners of war.

Azerbaijan denies it. Its officials call them saboteurs.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("prisoners of war", "Their relatives"),   # the detainees' kin: no State's, though Baku was named last
    ("saboteurs", "azerbaijan"),               # "Its officials": the State named before
])
def test_their_relatives_are_kin_and_its_officials_an_institutions(phrase, expected):
    assert _at(KIN, phrase, outlet="Amnesty International")[1] == expected


SUBMISSIONS = """CASE OF PETROSYAN v. AZERBAIJAN

THE LAW

A. The parties' submissions

1. The applicant

39. The applicant submitted that he was a prisoner of war entitled to repatriation. For five months he had been held without any charge. In his submission he had been kept as a hostage, to be exchanged when it suited the authorities.

2. The Government

40. The Government argued that the applicant was not a prisoner of war. He had been detained as a criminal suspect. The exchange of prisoners had been completed in December 2020, and the applicant had never been a hostage.

B. The Court's assessment

42. The Court notes that the applicant was held as a captive for five months. On 13 December 2023 he was released.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("hostage,", ("Petrosyan", "continuation")),      # "In his submission he had been kept as a hostage"
    ("exchange of", ("azerbaijan", "continuation")),  # "The exchange ... had been completed": still the Government's
    ("released", ("echr_court", "continuation")),    # the Court's own paragraph stays the Court's
])
def test_a_partys_submission_goes_on_in_reported_tense_past_the_paragraph_number(phrase, expected):
    assert _at(SUBMISSIONS, phrase, kind="judgment", outlet="European Court of Human Rights")[1:] == expected


def test_narration_in_the_past_perfect_is_not_reported_outside_a_court_text():
    text = "Pashinyan said that talks would resume. Ilham Aliyev had travelled to Prague before the exchange in May.\n"
    assert _at(text, "exchange", outlet="Daily")[1] == "outlet:Daily"


MEMORANDUM = """Resolution 2612 (2025)

Armenians deprived of liberty in Azerbaijan

1. The Parliamentary Assembly recalls that soldiers captured in uniform are prisoners of war.

2. The Assembly calls for the release of all detainees.

B. Explanatory memorandum by Ms Ingrid Hallvard, rapporteur

5. I have no doubt that the men captured near Hadrut were prisoners of war. I do not call them hostages.
"""


@pytest.mark.parametrize("outlet, phrase, nth, expected", [
    ("Parliamentary Assembly of the Council of Europe", "prisoners of war", 1, "Ingrid Hallvard"),  # her memorandum
    ("Parliamentary Assembly of the Council of Europe", "hostages", 0, "Ingrid Hallvard"),
    ("Caucasus Daily", "hostages", 0, "outlet:Caucasus Daily"),  # one heading in an outlet's report: still its own
])
def test_a_rapporteurs_memorandum_after_a_resolution_is_hers(outlet, phrase, nth, expected):
    assert _at(MEMORANDUM, phrase, nth, outlet=outlet)[1] == expected


MEMORANDUM_BY_BELOW = """Resolution on Armenians deprived of liberty

1. The Assembly calls for the release of all detainees.

EXPLANATORY MEMORANDUM
by Ms. Sigrid Aalto, Rapporteur

1. I do not call them hostages. In my assessment they are prisoners of war.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("hostages", "Sigrid Aalto"),          # the heading's author on the line below it, an honorific with its stop
    ("prisoners of war", "Sigrid Aalto"),
    ("detainees", "OSCE Parliamentary Assembly"),  # the resolution above stays the assembly's
])
def test_a_memorandums_author_on_the_line_below_its_heading(phrase, expected):
    assert _at(MEMORANDUM_BY_BELOW, phrase, outlet="OSCE Parliamentary Assembly", kind="statement")[1] == expected


DIGEST = """Weekly roundup

1. Four men cross at Hakari
Azerbaijan released four Armenians on Wednesday at the Hakari bridge, OC Media reported (oc-media.org/en/four-armenians-released-at-hakari).

2. Two Syrians
Armenia handed over two Syrian nationals, Reuters reported (reuters.com/world/two-syrian-prisoners-2026-01-13).
"""


@pytest.mark.parametrize("phrase, expected", [
    ("released four", "OC Media"),            # "..., OC Media reported (link).": the digest cites the outlet
    ("handed over", "Reuters"),
])
def test_a_digest_cites_its_outlets_before_their_links(phrase, expected):
    assert _at(DIGEST, phrase, outlet="Border Post")[1] == expected


def test_words_and_numbers_inside_a_web_address_are_neither_mentions_nor_claims():
    found = mentions.extract(DIGEST, source="t", outlet="Border Post", published="2026-01-19")
    assert [(m["text"], m["start"]) for m in found] == [
        ("released", DIGEST.index("released")), ("handed over", DIGEST.index("handed over"))]
    counted = claims.extract(DIGEST, source="t", outlet="Border Post", published="2026-01-19")
    assert [c["text"] for c in counted] == ["Four men", "four Armenians", "Two Syrians", "two Syrian nationals"]


ITEMS = """THE BORDER POST · WEEKLY ROUNDUP

Four home, nineteen left

3. Baku: "not prisoners of war"
Azerbaijan's Foreign Ministry said the four had been pardoned.

5. Defender: "captives, not custody"
Armenia's Human Rights Defender told Azatutyun that her office would keep calling the nineteen "captives".

Lena Petrosyan: "my son is a hostage"
She spoke at the bridge.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("prisoners of war", "azerbaijan"),    # a registered actor's name heads the item
    ("captives,", "hrd_armenia"),          # the one the item goes on to name fits "Defender"
    ("hostage", "Lena Petrosyan"),         # a person's full name
])
def test_an_item_heading_gives_its_quotation_to_the_one_it_names(phrase, expected):
    assert _at(ITEMS, phrase, outlet="Border Post")[1:] == (expected, "headline_says")


PRINT_INTERVIEW = """"They are prisoners of war, whatever the indictment says"

Interview by Jonas Ellery

Tatevik Ohanyan has represented Armenian detainees in Strasbourg since 2020.

**TMR:** Some in Yerevan now prefer "persons held in custody". Is that a concession?

OHANYAN: Not for me. They are prisoners of war.

**TMR:** Hostages, then?

OHANYAN: Not in my filings.
"""


@pytest.mark.parametrize("outlet, phrase, expected", [
    ("The Meridian Review", "held in custody", "Jonas Ellery"),  # the publication's initials in bold: its interviewer
    ("The Meridian Review", "Hostages", "Jonas Ellery"),
    ("The Meridian Review", "prisoners of war.", "Tatevik Ohanyan"),
])
def test_a_print_interview_asks_under_the_publications_initials(outlet, phrase, expected):
    assert _at(PRINT_INTERVIEW, phrase, outlet=outlet)[:2] == ("interview", expected)


NUMBERED_QUESTIONS = """Government of the Republic of Armenia
Press Service

Regular press briefing by the Government Spokesperson, Tatevik Sargsyan
Yerevan, 21 January 2026

Good afternoon. Four of our citizens were returned to Armenia.

Question 1 (Yerevan Daily Courier): The Syrian prisoners were handed over the day before. Was this an exchange?

No. There was no exchange.

Question 2 (Lilit Grigoryan, South Caucasus Wire): Does the Government still call them prisoners of war?

Our position has not changed. We do not call them hostages.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("exchange?", "Yerevan Daily Courier"),       # "Question 1 (outlet):": the outlet asks
    ("prisoners of war", "Lilit Grigoryan"),       # a numbered question by a named journalist
    ("hostages", "armenia"),                      # the Government's spokesperson answers for it (hard case 12)
    ("returned", "armenia"),
])
def test_a_briefing_with_numbered_questions(phrase, expected):
    assert _at(NUMBERED_QUESTIONS, phrase, kind="statement", outlet="Government of the Republic of Armenia")[:2] \
        == ("briefing", expected)


BARE_SPOKESPERSON = """Ministry of Foreign Affairs of the Republic of Azerbaijan
Press Service

Weekly press briefing by the Spokesperson, Nigar Aliyeva
Baku, 9 March 2026

Nigar Aliyeva: Good morning. On Friday four persons of Armenian origin were handed over to Armenia.

Question (Tom Berg, Nordic Wire): Were they hostages?

Nigar Aliyeva: There are no hostages in Azerbaijan.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("handed over", "mfa_azerbaijan"),  # a spokesperson the heading names by no institution: the ministry publishing
    ("hostages?", "Tom Berg"),          # the transcript (hard case 12); the journalist asks
    ("hostages in", "mfa_azerbaijan"),
])
def test_a_bare_spokesperson_answers_for_the_organisation_publishing_the_briefing(phrase, expected):
    assert _at(BARE_SPOKESPERSON, phrase, kind="statement",
               outlet="Ministry of Foreign Affairs of the Republic of Azerbaijan")[:2] == ("briefing", expected)


OFFICE_HOLDERS_OP_ED = """Changing the word will not bring them home

By Tatevik Mkrtchyan

I write as the Human Rights Defender of Armenia. Under Article 4 of the Third Convention they are prisoners of war.
"""


@pytest.mark.parametrize("text, author, expected", [
    # a signed piece whose unregistered author writes as the holder of a registered office: that office (hard case 12)
    (OFFICE_HOLDERS_OP_ED, "Tatevik Mkrtchyan", ("op_ed", "hrd_armenia", "author_voice")),
    (OFFICE_HOLDERS_OP_ED.replace("I write as the Human Rights Defender of Armenia.",
                                  "As Armenia's Human Rights Defender, I have met their families."),
     "Tatevik Mkrtchyan", ("op_ed", "hrd_armenia", "author_voice")),
    # ... not one who writes as anyone else
    (OFFICE_HOLDERS_OP_ED.replace("the Human Rights Defender of Armenia", "a mother"), "Tatevik Mkrtchyan",
     ("op_ed", "Tatevik Mkrtchyan", "author_voice")),
])
def test_an_op_ed_its_author_writes_in_office_is_the_offices(text, author, expected):
    assert _at(text, "prisoners of war", kind="opinion", author=author) == expected


STENOGRAPHIC_RECORD = """CHAMBER OF DEPUTIES
Stenographic record of Sitting No. 41, 3 March 2026

PRESIDENT. The next item is the interpellation of the honourable Marco Rossi on the detainees.

MARCO ROSSI. Thank you, Mr. President. These men are prisoners of war and must be freed.

LUCA BIANCHI, Undersecretary of State for Foreign Affairs. Italy speaks of persons deprived of liberty.

MARCO ROSSI. I am not satisfied. They are hostages.
"""
SHORTHAND_RECORD = """NATIONAL COUNCIL

Shorthand record of the 12th session, 5 February 2026

Novak, Petr, Deputy Speaker of the National Council
We continue with the draft resolution on the detainees in Azerbaijan.

Dvořáková, Jana, Member of the National Council (ANO)
Thank you. They are prisoners of war and civilians.

Král, Tomáš, Member of the National Council (ODS)
I would not call them hostages.
"""


@pytest.mark.parametrize("text, phrase, expected", [
    # a continental house's stenographic record: the name in capitals closed by a full stop, her post after a comma
    (STENOGRAPHIC_RECORD, "prisoners of war", ("debate", "Marco Rossi", "debate_turn")),
    (STENOGRAPHIC_RECORD, "persons deprived", ("debate", "Luca Bianchi", "debate_turn")),
    (STENOGRAPHIC_RECORD, "hostages", ("debate", "Marco Rossi", "debate_turn")),
    # ... or the surname first, her first name and post on the line above her words
    (SHORTHAND_RECORD, "prisoners of war", ("debate", "Jana Dvořáková", "debate_turn")),
    (SHORTHAND_RECORD, "hostages", ("debate", "Tomáš Král", "debate_turn")),
])
def test_a_continental_parliaments_record(text, phrase, expected):
    assert _at(text, phrase, kind="panel", outlet="Chamber")[:3] == expected


def test_a_letters_place_and_date_is_no_members_line():
    # "Glendale, CA, January 20, 2026." above a letter in a parliament's record is no surname-first label
    text = SHORTHAND_RECORD.replace("Král, Tomáš, Member of the National Council (ODS)", "Glendale, CA, January 20, 2026.")
    assert _at(text, "hostages", kind="panel", outlet="Chamber")[1] != "Ca Glendale"
    assert _at(text, "hostages", kind="panel", outlet="Chamber")[1] == "Jana Dvořáková"


UNREGISTERED_PUBLISHERS_SPOKESPERSON = """Press briefing by the Spokesperson of the OSCE Chairpersonship, 15 January 2026

Vienna, 11:30. Spokesperson: Tobias Ammann.

SPOKESPERSON: The Chairpersonship welcomes yesterday's return of four Armenian nationals.

QUESTION (Lena Vogt, Danube Press Agency): Are they prisoners of war?

SPOKESPERSON: We do not call them hostages.
"""


# ... and a State's unregistered ministry's, its heading naming the ministry shorter than the publisher does
MINISTRYS_SPOKESPERSON = UNREGISTERED_PUBLISHERS_SPOKESPERSON.replace(
    "OSCE Chairpersonship", "Ministry of Internal Affairs").replace("Vienna", "Yerevan")
MINISTRY = "Ministry of Internal Affairs of the Republic of Armenia"


@pytest.mark.parametrize("text, outlet, phrase, expected", [
    # the spokesperson of the publisher in its own transcript: the publisher, by its name as it gives it (hard
    # cases 12 and 15), not "Osce Chairpersonship" as if a person
    (UNREGISTERED_PUBLISHERS_SPOKESPERSON, "OSCE Chairpersonship", "return", "OSCE Chairpersonship"),
    (UNREGISTERED_PUBLISHERS_SPOKESPERSON, "OSCE Chairpersonship", "hostages", "OSCE Chairpersonship"),
    (UNREGISTERED_PUBLISHERS_SPOKESPERSON, "OSCE Chairpersonship", "prisoners of war", "Lena Vogt"),
    # ... and of a State's unregistered ministry, that State (hard case 15)
    (MINISTRYS_SPOKESPERSON, MINISTRY, "hostages", "armenia"),
    (MINISTRYS_SPOKESPERSON, MINISTRY, "prisoners of war", "Lena Vogt"),
])
def test_the_spokesperson_of_an_unregistered_publisher_speaks_for_it(text, outlet, phrase, expected):
    assert _at(text, phrase, kind="statement", outlet=outlet)[:2] == ("briefing", expected)


# ... the publisher named in full on a head line with its spokesperson, in capitals or after her post
CAPITALS_SPOKESPERSON = """BRIEFING BY THE SPOKESPERSON OF THE MINISTRY OF FOREIGN AFFAIRS OF MOLDOVA

Friday, 16 January 2026, 12:00
Press Centre of the Ministry, 4 Sh. Rustaveli Street, Chisinau

SPOKESPERSON ANA MUNTEANU: Good afternoon. Moldova welcomes the return of four Armenian citizens.

QUESTION (Ion Popa, Radio Chisinau): Are they hostages?

ANSWER: We speak of persons deprived of liberty.
"""
OFFICE_OF_THE_SPOKESPERSON = """Weekly Press Briefing by Foreign Ministry Spokesperson Ambassador Ion Vasile

Ministry of Foreign Affairs of the Republic of Moldova, Office of the Spokesperson

Chisinau, 12 February 2026, 11:00

AMBASSADOR VASILE: Good morning. We note the return of four Armenian nationals.

Question (Elif Kaya, Yeni Haber): Are they prisoners of war?

Answer: The detained persons must be treated well.
"""


@pytest.mark.parametrize("text, outlet, phrase, expected", [
    # not "Sh. Rustaveli" of the address, nor Armenia's "Foreign Ministry": the publisher, by its name
    (CAPITALS_SPOKESPERSON, "Ministry of Foreign Affairs of Moldova", "return", "Ministry of Foreign Affairs of Moldova"),
    (CAPITALS_SPOKESPERSON, "Ministry of Foreign Affairs of Moldova", "persons deprived",
     "Ministry of Foreign Affairs of Moldova"),
    (CAPITALS_SPOKESPERSON, "Ministry of Foreign Affairs of Moldova", "hostages", "Ion Popa"),
    (OFFICE_OF_THE_SPOKESPERSON, "Ministry of Foreign Affairs of the Republic of Moldova", "return",
     "Ministry of Foreign Affairs of the Republic of Moldova"),
    (OFFICE_OF_THE_SPOKESPERSON, "Ministry of Foreign Affairs of the Republic of Moldova", "detained persons",
     "Ministry of Foreign Affairs of the Republic of Moldova"),
])
def test_a_head_line_naming_the_publisher_and_its_spokesperson(text, outlet, phrase, expected):
    assert _at(text, phrase, kind="statement", outlet=outlet)[:2] == ("briefing", expected)
    # ... never a short name, as a news heading gives its outlet's beside a spokesman
    short = text.replace(outlet, "Daily")
    assert _at(short, phrase, kind="statement", outlet="Daily")[1] != "Daily"


TITLED_SPOKESPERSON = """Briefing by the spokesperson of the Ministry of Defense, 4 December 2021

Baku, 4 December 2021, 11:00. The daily briefing was held by the spokesperson of the Ministry of Defense, Colonel Elnur Safarli. The transcript is published in English.

Colonel Elnur Safarli: Good morning. Today the Azerbaijani side handed over ten servicemen.

Question (Gunel Aliyeva, Caspian Daily Wire): Colonel, were the ten exchanged for the maps of mines?

Colonel Elnur Safarli: They are saboteurs, not prisoners of war.
"""


@pytest.mark.parametrize("phrase, expected", [
    # the heading names her with a title, and a sentence opens right after her name: she is still the briefer,
    # speaking for the State whose ministry publishes the transcript (hard case 12); the journalist asks
    ("handed over", "azerbaijan"),
    ("exchanged", "Gunel Aliyeva"),
    ("saboteurs", "azerbaijan"),
])
def test_a_briefer_named_at_a_sentences_end_answers_for_her_ministry(phrase, expected):
    assert _at(TITLED_SPOKESPERSON, phrase, kind="statement",
               outlet="Ministry of Defense of the Republic of Azerbaijan")[:2] == ("briefing", expected)


CABINET_SESSION = """Prime Minister's opening remarks at the Cabinet session

Prime Minister Nikol Pashinyan chaired the session of the Government. The transcript is published below.

Prime Minister Nikol Pashinyan: Yesterday four of our compatriots returned home.

The four persons held in custody were returned. These are two processes, and the Government has said so.

Minister of Foreign Affairs Ararat Mirzoyan: Thank you. The return of the four took place at the bridge.

Minister of Labour and Social Affairs Lusine Avetyan: Our case workers met all four men after their release.
"""


@pytest.mark.parametrize("phrase, expected", [
    # "the Government has said so" inside the Prime Minister's turn: his words before it stay his
    ("persons held in custody", "pashinyan"),
    # a label that gives the minister's post before her name: a registered holder by her id, an unregistered one
    # the State whose Government publishes the transcript (hard case 12)
    ("return of the four", "mirzoyan"),
    ("release", "armenia"),
])
def test_a_cabinet_transcript_labels_ministers_by_post_and_name(phrase, expected):
    assert _at(CABINET_SESSION, phrase, kind="statement", outlet="Government of the Republic of Armenia")[1] \
        == expected


NEWS_PACKAGE = """EVENING NEWS / SLUG: HAKARI RETURN / PKG / REPORTER: ANI MKRTCHYAN

[ANCHOR ON CAM]
Good evening. Four Armenians held in Azerbaijan are home tonight.

[VO - ANI MKRTCHYAN]
A white minibus crossed the bridge. The ministry confirmed the handover an hour later.

[SOT: Hasmik Danielyan, spokesperson, Ministry of Foreign Affairs of Armenia]
Today four of our citizens returned home.

[VO - ANI MKRTCHYAN]
It was the first release since December 2023.

[SOT: Armen Ghazaryan, international law expert]
The all-for-all principle meant one thing: everyone goes home.

[STAND-UP - ANI MKRTCHYAN, HAKARI BRIDGE]
The four men are now in a hospital in Yerevan, and the exchange is not complete.
"""


@pytest.mark.parametrize("phrase, expected", [
    # a clip's cue in square brackets gives the lines under it to its speaker (her post's, hard case 12) ...
    ("returned home", "mfa_armenia"),
    ("all-for-all", "Armen Ghazaryan"),
    # ... and a bracketed direction gives the programme its own voice again
    ("first release", "outlet:Channel Sevan"),
    ("exchange", "outlet:Channel Sevan"),
    ("held in Azerbaijan", "outlet:Channel Sevan"),
])
def test_a_television_scripts_bracketed_cues_open_and_close_clips(phrase, expected):
    assert _at(NEWS_PACKAGE, phrase, outlet="Channel Sevan", kind="news")[1] == expected


@pytest.mark.parametrize("outlet, expected", [
    # an organisation's office in a country, or one of its accounts, speaks as the organisation
    ("ICRC in Armenia (social media)", "icrc"),
    ("ICRC delegation in Armenia", "icrc"),
    # ... never a State's office so written
    ("Embassy in Armenia (social media)", "outlet:Embassy in Armenia (social media)"),
])
def test_an_organisations_local_account_is_its_own_voice(outlet, expected):
    text = "1/3 This month our colleagues again visited people detained in relation to the conflict."
    assert _at(text, "people detained", outlet=outlet, kind="statement")[1] == expected


@pytest.mark.parametrize("outlet, expected", [
    # a unit named after the body it belongs to speaks as that body
    ("Government of Armenia, Family Support Hotline", "armenia"),
    ("Human Rights Watch, Europe and Central Asia Division", "hrw"),
    # ... not a newspaper's desk named after a place
    ("Armenia Today, Politics Desk", "outlet:Armenia Today, Politics Desk"),
])
def test_a_unit_of_a_registered_body_is_its_voice(outlet, expected):
    text = "Questions and answers\n\n2. How many are held?\n\n19 citizens remain held in custody in Azerbaijan."
    assert _at(text, "held in custody", outlet=outlet, kind="statement")[1] == expected


@pytest.mark.parametrize("outlet, expected", [
    # an intergovernmental organisation's office the registry does not list speaks by its name (hard case 15)
    ("OSCE/ODIHR", "OSCE/ODIHR"),
    ("OSCE Office for Democratic Institutions and Human Rights", "OSCE Office for Democratic Institutions and Human Rights"),
    # ... a monitoring NGO stays the outlet
    ("Caucasus Trial Watch", "outlet:Caucasus Trial Watch"),
])
def test_an_unregistered_intergovernmental_office_speaks_by_its_name(outlet, expected):
    text = "Interim report\n\nThe monitors observed that the detainees were not allowed to address the court."
    assert _at(text, "detainees", outlet=outlet, kind="statement")[1] == expected


@pytest.mark.parametrize("outlet", ["Office of the United Nations High Commissioner for Human Rights", "OHCHR"])
def test_the_un_human_rights_offices_release_is_the_uns(outlet):
    text = "Azerbaijan: UN expert alarmed\n\nGENEVA (18 November 2025) - A UN expert expressed alarm at reports that detainees were ill-treated."
    assert _at(text, "detainees", outlet=outlet, kind="statement")[1] == "un"


def test_a_state_a_post_is_held_in_is_no_institution_of_the_post():
    # "head of our delegation in Armenia": Armenia is where the delegation works, not whose post it is
    text = ('Update\n\n"We do not comment on whether anyone is a prisoner of war," says Marc Dubois, head of our '
            'delegation in Armenia.')
    assert _at(text, "prisoner of war", outlet="Daily", kind="news")[1] == "Marc Dubois"
    text = text.replace("our delegation in Armenia", "the Armenian delegation")
    assert _at(text, "prisoner of war", outlet="Daily", kind="news")[1] == "armenia"


EXPLAINER_SCRIPT = """MERIDIAN EXPLAINS | Who are the Armenians still held in Baku?

[00:02] NARRATOR: Nineteen Armenians are still held in Azerbaijan.

[00:40] SOUNDBITE: Hikmet Hajiyev, foreign policy adviser to the President of Azerbaijan (archive, 2021)
These are not prisoners of war. This is another category of prisoners.

[00:49] NARRATOR: Since then Armenia has got its people back in batches, often in exchange for minefield maps.

[02:36] SOUNDBITE: Karen Avagyan, lecturer in international law
Under the Third Geneva Convention, prisoners of war must be released without delay.
"""


@pytest.mark.parametrize("phrase, expected", [
    # a timed caption line names the clip's speaker, her words on the line below; the narrator is the programme
    ("not prisoners of war", "hajiyev"),
    ("minefield maps", "outlet:Meridian News"),
    ("must be released", "Karen Avagyan"),
])
def test_a_timed_soundbite_caption_gives_the_clip_below_to_its_speaker(phrase, expected):
    assert _at(EXPLAINER_SCRIPT, phrase, outlet="Meridian News", kind="news")[1] == expected


UPDATED_WIRE = """UPDATE 3-Azerbaijan frees four Armenians at border

(Updates with Armenian Foreign Ministry comment in paragraph 5)

EDITOR'S NOTE: An earlier version of this story said the transfer took place on Wednesday. It also referred to a prisoner swap.

By Narine Avetyan

YEREVAN, Jan 14 (Caucasus Newswire) - Azerbaijan freed four Armenian citizens on Wednesday.
"""


@pytest.mark.parametrize("phrase, expected", [
    # an editor's note is the publisher's note, no turn of a speaker called "Note"; a byline over a dateline is
    # the story's, no signed section's (GUIDELINES hard case 14)
    ("prisoner swap", ("outlet:Caucasus Newswire", "outlet")),
    ("freed", ("outlet:Caucasus Newswire", "outlet")),
])
def test_an_editors_note_and_a_wire_byline_leave_the_story_to_its_outlet(phrase, expected):
    assert _at(UPDATED_WIRE, phrase, outlet="Caucasus Newswire", kind="news")[1:] == expected


FOLLOW_UP_LETTER = """Follow-up letter to Azerbaijan on the concluding observations of the Committee against Torture

Excellency,

The Committee thanks the State party for its follow-up reply.

Paragraph 17 (a): persons deprived of liberty

The State party indicates that 23 persons are held in its penitentiary institutions. It states that none of them is a prisoner of war.

Assessment: [B] The Committee takes note of the figure of 23. It recalls that the Convention protects every detainee.
"""


@pytest.mark.parametrize("phrase, expected", [
    # the State party a follow-up letter is addressed to speaks in its reply, "It" after it too ...
    ("prisoner of war", "azerbaijan"),
    # ... and the Committee in its assessment, its "It" after "Assessment: [B] The Committee"
    ("detainee", "Committee against Torture"),
])
def test_a_treaty_bodys_follow_up_letter_reads_the_state_party_and_its_assessment(phrase, expected):
    assert _at(FOLLOW_UP_LETTER, phrase, outlet="Committee against Torture", kind="statement")[1] == expected


OPEN_LETTER = """Open letter to the ICRC

Dear Madam President,

We write on behalf of the families of the Armenian prisoners of war still held in Baku.

Respectfully,

Marine Hovsepyan
Chair, Union of Families of Detained Servicemen
"""


@pytest.mark.parametrize("outlet, expected", [
    # an open letter in "we" signed over a post in the organisation publishing it: the organisation's
    ("Union of Families of Detained Servicemen", "outlet:Union of Families of Detained Servicemen"),
    # ... published by anyone else: its signer's
    ("Daily", "Marine Hovsepyan"),
])
def test_an_open_letter_signed_for_its_publisher_is_the_publishers(outlet, expected):
    assert _at(OPEN_LETTER, "prisoners of war", outlet=outlet, kind="statement")[1] == expected


FEDERATION_STATEMENT = ("Statement on our detained athlete\n\nThe Executive Committee of the Armenian Amateur Wrestling "
                        "Federation, meeting on 13 May, once again calls for the immediate release of Erik Mkrtchyan.\n")


@pytest.mark.parametrize("outlet, expected", [
    # the publisher's governing organ in its own statement: the publisher's voice
    ("Armenian Amateur Wrestling Federation", "outlet:Armenian Amateur Wrestling Federation"),
    # ... another body's organ keeps its name
    ("Daily", "Executive Committee of the Armenian Amateur Wrestling Federation"),
])
def test_a_publishers_governing_organ_speaks_as_the_publisher(outlet, expected):
    assert _at(FEDERATION_STATEMENT, "release", outlet=outlet, kind="statement")[1] == expected


PARTY_DEBATE = """Face to Face: live debate

LIANA GEVORGYAN (moderator): Good evening. With me are two members of parliament.

HOVIK DAVTYAN (Civil Contract): Every one of our captives must come home.

SEDA ARAKELYAN (Ararat Bloc): They are hostages, not persons held in custody.

PIERRE DUMAS (France): France calls for the release of all detainees.
"""


@pytest.mark.parametrize("phrase, expected", [
    # a party or bloc in a debater's brackets: she speaks for herself (hard case 16), as a State's delegate does not
    ("captives", "Hovik Davtyan"),
    ("hostages", "Seda Arakelyan"),
    ("detainees", "France"),
])
def test_a_party_in_a_debaters_brackets_leaves_her_her_own_voice(phrase, expected):
    assert _at(PARTY_DEBATE, phrase, outlet="Horizon 9 TV", kind="panel")[1] == expected


TIMED_PODCAST = """Borderlines, episode 41: The nineteen

[00:00:05] NORA: Welcome to Borderlines. I'm Nora Avetisyan, and with me as always is Karen Simonyan.
[00:00:12] KAREN: Hi Nora. Today we talk about the nineteen Armenians still held in Baku.
[00:00:20] NORA: Our guest is the historian Lilit Danielyan. Lilit, are they prisoners of war?
[00:00:31] LILIT: Most of the soldiers among them are prisoners of war, yes.
[00:01:05] KAREN: And the civilians?
[00:01:09] LILIT: They are hostages in all but name.
"""


@pytest.mark.parametrize("phrase, nth, expected", [
    ("prisoners of war", 0, "Nora Avetisyan"),   # a first-name turn after its time code; "I'm Nora Avetisyan"
    ("prisoners of war", 1, "Lilit Danielyan"),
    ("civilians", 0, "Karen Simonyan"),
    ("hostages", 0, "Lilit Danielyan"),
])
def test_a_podcasts_turns_after_their_time_codes(phrase, nth, expected):
    assert _at(TIMED_PODCAST, phrase, nth, outlet="Borderlines")[1] == expected


def test_a_bracketed_clock_time_before_a_label_is_a_time_code_and_a_heading_in_capitals_no_turn():
    text = ("URGENT ACTION\n\nAmnesty International is concerned that sixteen Armenian men held in Baku are being "
            "tried.\n\nTAKE ACTION: WRITE AN APPEAL IN YOUR OWN WORDS\n\nDear Prosecutor General,\nI urge you to "
            "release the men.\n")
    assert _at(text, "release", outlet="Amnesty International")[1] == "amnesty"
    # a broadcast prints its clock time in brackets before a speaker's label, as a podcast its recording's position
    assert grammar.TIME_CODE.match("[12:03] ARIANNA: Good afternoon.").end() == len("[12:03] ")
    assert grammar.TIME_CODE.match("[00:12:03] ARIANNA: Good afternoon.").end() == len("[00:12:03] ")
    assert grammar.TIME_CODE.match("12:03 ARIANNA: Good afternoon.") is None  # a live blog's entry


RADIO_CALL_IN = """EVENING LINE - Radio Ararat Valley
Broadcast: Thursday 11 September 2025, 19:05-19:55

[19:05] HOST (Tigran Mkhitaryan): Good evening. Tonight: the detainees still held in Baku.

[19:06] ELISE MARCHAND: Thank you, Tigran.

[19:09] MARCHAND: They are prisoners of war in my view.

[19:14] HOST: Let us go to the phones. Are they hostages?

[19:15] GOHAR (Gyumri): My nephew is not a person held in custody. He is a captive.

[19:19] HOST: Vahe is on the line from Kapan.
"""

BRIEFING_SPEAKERS = """MIDDAY BRIEFING

Thursday 15 January 2026, 12:00, Brussels
Speakers: Arianna Dell'Orto, Chief Spokesperson; Lukas Brenner, Spokesperson for Foreign Affairs

[12:03] ARIANNA DELL'ORTO: Good afternoon. Lukas has an announcement.

[12:05] LUKAS BRENNER: The European Union welcomes the release of four detainees.

[12:06] TAMAR (Caucasus Observer): Are they prisoners of war?

[12:07] BRENNER: I will not qualify the legal status of the detainees.
"""


@pytest.mark.parametrize("text, outlet, phrase, expected", [
    (RADIO_CALL_IN, "Radio Ararat Valley", "prisoners of war", "Elise Marchand"),
    (RADIO_CALL_IN, "Radio Ararat Valley", "detainees", "Tigran Mkhitaryan"),  # "HOST (Tigran Mkhitaryan):"
    (RADIO_CALL_IN, "Radio Ararat Valley", "captive", "Gohar"),  # a caller by first name and town
    # spokespersons the head lists with posts of no institution of their own speak for the publisher (hard case 12)
    (BRIEFING_SPEAKERS, "European Commission", "release", "eu"),
    (BRIEFING_SPEAKERS, "European Commission", "detainees", "eu"),
])
def test_turns_after_a_broadcasts_clock_time_and_a_heads_list_of_spokespersons(text, outlet, phrase, expected):
    assert _at(text, phrase, outlet=outlet, kind="statement")[1] == expected


TALK_SHOW = """Evening Debate, 14 January 2026 (transcript)

Presenters: Anna Grigoryan and Tigran Hakobyan. Guests: Arman Tatoyan, former Human Rights Defender, and Gayane Sargsyan, mother of a detained soldier.

ANNA GRIGORYAN: Good evening. Mr Tatoyan, are they prisoners of war?
ARMAN TATOYAN: They are prisoners of war, and Baku holds them as hostages.
GAYANE SARGSYAN: My son is not a terrorist.
"""

HEARING = """Standing Committee on Foreign Relations of the National Assembly of Armenia
Hearing of 20 January 2026 (unofficial translation)

Chair (Sargis Khandanyan): We begin. The Deputy Prosecutor General is with us.
Deputy Anna Petrosyan (Civil Contract): Are the nineteen prisoners of war?
Deputy Prosecutor General Gevorg Hakobyan: Those captured in combat are prisoners of war.
"""

VERDICT = """Baku Military Court delivers verdict

On 5 February 2026 the court found fifteen defendants guilty of terrorism. They had claimed to be prisoners of war, the court noted.
"""


@pytest.mark.parametrize("text, outlet, phrase, nth, expected", [
    (TALK_SHOW, "Channel Five", "hostages", 0, "Arman Tatoyan"),         # a former post is held no longer
    (HEARING, "National Assembly of Armenia", "prisoners of war", 0, "Anna Petrosyan"),  # a deputy: herself
    (HEARING, "National Assembly of Armenia", "prisoners of war", 1, "armenia"),   # the State's official
    (VERDICT, "Baku Military Court", "prisoners of war", 0, "azerbaijan"),  # a State's court is the State
    (VERDICT, "Caucasus Daily", "prisoners of war", 0, "Baku Military Court"),  # in a newspaper: by its name
    (VERDICT, "Press Service of the Baku Military Court", "prisoners of war", 0, "azerbaijan"),  # its press office
])
def test_guests_officials_and_courts_of_a_state(text, outlet, phrase, nth, expected):
    assert _at(text, phrase, nth, outlet=outlet, kind="statement")[1] == expected


PERMANENT_COUNCIL = """OSCE Permanent Council No. 1512, 15 January 2026

EU Statement on the release of Armenian detainees

The European Union welcomes the release of four Armenian detainees. We call for the release of all remaining Armenian prisoners.

Statement by the Delegation of Azerbaijan in response

The persons concerned are convicted terrorists.

Statement by the Delegation of Armenia

Nineteen Armenians remain in detention. They are prisoners of war.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("prisoners.", "eu"),               # "EU Statement on ...": the issuer named before the kind of text
    ("terrorists", "azerbaijan"),       # "... in response": still the Delegation of Azerbaijan's
    ("prisoners of war", "armenia"),
])
def test_delegations_statements_printed_one_after_another(phrase, expected):
    assert _at(PERMANENT_COUNCIL, phrase, outlet="OSCE", kind="statement")[1:] == (expected, "issuer")


def test_a_name_joined_by_without_is_one_name():
    text = "Dialogue\n\nA representative of Lawyers without Borders said at least 80 Armenians were prisoners of war.\n"
    assert _at(text, "prisoners of war", outlet="UN Geneva")[1] == "Lawyers without Borders"


@pytest.mark.parametrize("title", ["Secretary-General", "Assistant Secretary-General", "Under-Secretary-General"])
def test_the_uns_secretaries_general_speak_for_the_organization(title):
    # the registry knows the United Nations by its Secretary-General's post (hard case 12)
    text = f"Council meets\n\n{title} Antonio Ruiz said the 19 were prisoners of war.\n"
    assert _at(text, "prisoners of war", outlet="UN Meetings")[1] == "un"


@pytest.mark.parametrize("sentence, expected", [
    # the writer's own interview: the quotation after "spoke to us" is the one who spoke
    ("Gohar Sahakyan, whose brother is one of them, spoke to us through tears.", "Gohar Sahakyan"),
    # an occasion named, no words reported: the quotation after it is no one's the sentence names
    ("Nikol Pashinyan spoke to journalists after the cabinet meeting.", "outlet:Daily"),
])
def test_spoke_to_us_is_speech_spoke_to_journalists_an_occasion(sentence, expected):
    text = f"Four come home\n\n{sentence} \"They called him a terrorist.\"\n"
    assert _at(text, "terrorist")[1] == expected


def test_a_named_family_speaks_as_the_text_names_it():
    text = "Trial in Baku\n\nRuben Arakelyan's family calls him a political prisoner.\n"
    assert _at(text, "political prisoner")[1:] == ("Ruben Arakelyan's family", "reported_speech")


def test_a_statements_heading_in_capitals_names_its_issuer():
    # a journal's annexes print their headings in capitals ("STATEMENT BY THE DELEGATION OF ARMENIA")
    text = PERMANENT_COUNCIL.replace("Statement by the Delegation of Armenia", "STATEMENT BY THE DELEGATION OF ARMENIA")
    assert _at(text, "prisoners of war", outlet="OSCE", kind="statement")[1:] == ("armenia", "issuer")


def test_a_meetings_summary_gives_a_name_in_capitals_in_ordinary_case():
    text = ("Security Council\n\nMARTA KOVALENKO-RUIZ, Director of the Europe Division, said that 19 prisoners of war "
            "remained in custody.\n")
    assert _at(text, "prisoners of war", outlet="UN Meetings Coverage")[1] == "Marta Kovalenko-Ruiz"


BLUE_CARD = """Situation of Armenian prisoners in Azerbaijan (debate)

President. – The next item is the debate on Armenian prisoners in Azerbaijan.

Jan Novak, on behalf of the PPE Group. – Madam President, these men are prisoners of war.

Aliyev Rashad (NI), blue-card question. – Are you aware that these men are terrorists?

Aliyev Ilham (NI), blue-card question. – Are they saboteurs?
"""


@pytest.mark.parametrize("phrase, expected", [
    ("terrorists", "Aliyev Rashad"),   # the surname first, another first name: a member, not the President
    ("saboteurs", "aliyev"),           # the registered person's own first name
])
def test_a_member_printed_surname_first_is_no_namesake_of_a_registered_person(phrase, expected):
    assert _at(BLUE_CARD, phrase, outlet="European Parliament", kind="statement")[1] == expected


LONG_FORM = """"I never saw a prisoner of war released on time"

Pieter Janssen spent eleven years with the ICRC in the South Caucasus. Sofia Marchetti spoke to him in Geneva.

Marchetti: Were they prisoners of war?

Janssen: I would not call them hostages.
"""

MINISTRY_ANSWERS = """Commentary of the Spokesperson of the Ministry of Foreign Affairs of the Republic of Azerbaijan, on the questions of media

Question (Anna Petrosyan, Armenpress): Will more detainees be released?

Answer: Azerbaijan has always acted on the principles of humanism. There are no prisoners of war in Azerbaijan.
"""


@pytest.mark.parametrize("text, outlet, phrase, expected", [
    (LONG_FORM, "Geneva Review", "prisoner of war", "Pieter Janssen"),   # a quotation alone heads an interview
    (LONG_FORM, "Geneva Review", "prisoners of war", "Sofia Marchetti"),
    (MINISTRY_ANSWERS, "Ministry of Foreign Affairs of the Republic of Azerbaijan", "detainees", "Anna Petrosyan"),
    (MINISTRY_ANSWERS, "Ministry of Foreign Affairs of the Republic of Azerbaijan", "prisoners of war",
     "mfa_azerbaijan"),
])
def test_an_interviews_pull_quote_and_a_named_journalists_question(text, outlet, phrase, expected):
    assert _at(text, phrase, outlet=outlet, kind="statement")[1] == expected


COMMISSION_STATEMENT = """STATE COMMISSION ON PRISONERS OF WAR, HOSTAGES AND MISSING PERSONS OF THE REPUBLIC OF AZERBAIJAN

Baku, 14 January 2026

Guided by the principles of humanism, Azerbaijan today handed over four persons of Armenian origin.

The State Commission stresses that these persons were not prisoners of war.
"""


@pytest.mark.parametrize("phrase", ["handed over", "prisoners of war"])
def test_a_registered_public_body_publishing_in_its_states_formal_style_speaks_for_itself(phrase):
    # hard case 15: the body's own statement is its own, though it is an organ of Azerbaijan
    outlet = "State Commission on Prisoners of War, Hostages and Missing Persons of the Republic of Azerbaijan"
    assert _at(COMMISSION_STATEMENT, phrase, kind="statement", outlet=outlet)[1] == "state_commission_azerbaijan"


AMNESTY_STATEMENT = """AMNESTY INTERNATIONAL
PUBLIC STATEMENT

Index Number: EUR 55/0412/2026
19 February 2026

AZERBAIJAN: QUASH UNFAIR CONVICTIONS AND RELEASE ALL ARBITRARILY DETAINED ARMENIANS

The nineteen Armenians who remain in custody must be released.
"""


@pytest.mark.parametrize("phrase", ["RELEASE", "released"])
def test_a_reference_field_and_a_heading_in_capitals_are_no_turns(phrase):
    # "Index Number: EUR ..." is a field, "AZERBAIJAN: QUASH ..." a heading: the organisation speaks on
    assert _at(AMNESTY_STATEMENT, phrase, kind="statement", outlet="Amnesty International")[1] == "amnesty"


DATA_PAGE = """Conflict-related detention: key figures

KEY FIGURES

Persons held in Azerbaijan ..... 19

PERSONS RETURNED TO ARMENIA, BY YEAR

2023 ..... 32

DEFINITIONS

Held: persons reported by the Government of Armenia as held in custody in Azerbaijan.

Returned: persons released by Azerbaijan and handed over to Armenia, including persons exchanged in 2020.
"""


def test_a_data_pages_definitions_are_its_own_words():
    assert _at(DATA_PAGE, "exchanged", kind="statement", outlet="Humanitarian Response")[1] == \
        "outlet:Humanitarian Response"


@pytest.mark.parametrize("line, expected", [
    ("Index Number: EUR 55/0412/2026", True), ("Date: 19 February 2026", True), ("Symbol: CERD/C/SR.3164", True),
    ("AZERBAIJAN: QUASH UNFAIR CONVICTIONS", True),
    ("Lilit: 23 are held.", False), ("Zakharova: No.", False), ("PASHINYAN: We want all 19 home.", False),
    # a data page's definition of a status is a term's entry
    ("Returned: persons released by Azerbaijan and handed over to Armenia.", True),
    ("Held: persons reported as held in custody in Azerbaijan.", True),
])
def test_heading_or_field(line, expected):
    from detentio.framing.speakers.grammar import LABEL
    from detentio.framing.speakers.heads import heading_or_field
    assert heading_or_field(line, LABEL.match(line)) is expected


COMMISSION_ANSWERS = COMMISSION_STATEMENT + """
Answers to questions from the media

Question (Xazar Press): Were the four part of an exchange?

Answer: No. The handover was not part of any exchange.
"""


def test_a_registered_body_answers_the_questions_after_its_statement():
    outlet = "State Commission on Prisoners of War, Hostages and Missing Persons of the Republic of Azerbaijan"
    assert _at(COMMISSION_ANSWERS, "exchange?", kind="statement", outlet=outlet)[1] == "Xazar Press"
    assert _at(COMMISSION_ANSWERS, "exchange.", kind="statement", outlet=outlet)[1] == "state_commission_azerbaijan"


EXPERTS_RELEASE = """Azerbaijan: UN experts urge release of Armenian detainees

GENEVA (10 July 2025) – UN experts today expressed serious concern about the trial in Baku.

"At least 23 Armenians are still held in Azerbaijan," the experts said. The detainees must be released.
"""


@pytest.mark.parametrize("phrase", ["release of", "detainees must", "Armenians are"])
def test_the_un_experts_own_release_is_theirs_and_its_dateline_is_no_speaker(phrase):
    # an unregistered public body speaks in its own name; "GENEVA (10 July 2025) –" is where, not who
    assert _at(EXPERTS_RELEASE, phrase, kind="statement", outlet="UN Special Procedures")[1] == "UN Special Procedures"


OWN_SPOKESPERSON = """Weekly briefing of the Spokesperson of the Ministry of Foreign Affairs, Anna Grigoryan

15 December 2023, Yerevan

Good afternoon. On 13 December, 32 Armenian servicemen returned home.

Question (Yerevan Courier): Were they prisoners of war?

They were prisoners of war when they were captured.
"""


@pytest.mark.parametrize("phrase, expected", [("returned", "mfa_armenia"), ("prisoners of war?", "Yerevan Courier"),
                                              ("prisoners of war when", "mfa_armenia")])
def test_the_spokesperson_of_the_ministry_publishing_answers_for_it(phrase, expected):
    # "the Spokesperson of the Ministry of Foreign Affairs" in the ministry's own transcript: its voice (hard case 12)
    assert _at(OWN_SPOKESPERSON, phrase, kind="statement", outlet="Ministry of Foreign Affairs of Armenia")[:2] \
        == ("briefing", expected)


DELEGATION_STATEMENT = """Statement by the Delegation of Armenia

Distr.: General
Original: English
Agenda item: 4

Mr. Chair,

Nineteen Armenians are held in Azerbaijan. They are prisoners of war and must be released.
"""

SPEAKER_FIELD = """Statement at the OSCE Permanent Council

Speaker: Ararat Mirzoyan, Minister of Foreign Affairs of Armenia
Check against delivery

Mr. Chairperson,

Nineteen Armenians remain in Azerbaijani prisons. They are prisoners of war.
"""


@pytest.mark.parametrize("text, expected", [
    # "Distr.: General", "Original: English" are a document's fields, not a speaker "Distr" whose turn runs on
    (DELEGATION_STATEMENT, "armenia"),
    # a speech's "Speaker:" field names who delivers it
    (SPEAKER_FIELD, "mirzoyan"),
])
def test_a_documents_head_fields_are_no_turns_and_a_speaker_field_names_the_issuer(text, expected):
    assert _at(text, "prisoners of war", kind="statement", outlet="Permanent Council Journal")[1:] == (expected, "issuer")


@pytest.mark.parametrize("line", ["Distr.: General", "Original: English", "Agenda item: 4", "Subject: Armenian detainees",
                                  "Keywords: detainees, prisoners of war",
                                  # a cable's or a memo's handling: who classified or drafted the paper
                                  "Classified By: Ambassador, for reasons 1.4 (b) and (d)", "Drafted by: PolOff",
                                  "Cleared by: the Deputy Chief of Mission"])
def test_head_fields(line):
    from detentio.framing.speakers.grammar import LABEL
    from detentio.framing.speakers.heads import heading_or_field
    match = LABEL.match(line)
    assert match is None or heading_or_field(line, match)


CABLE = """CONFIDENTIAL

SUBJECT: AZERBAIJAN: FURTHER RELEASES TIED TO MINEFIELD MAPS

Classified By: Ambassador, for reasons 1.4 (b) and (d)

1. (C) Summary: We see no sign that Baku will release the remaining detainees soon. End Summary.
"""


def test_a_cables_classification_line_is_no_turn():
    # "Classified By: Ambassador" names who classified the cable; the numbered paragraphs are the embassy's
    assert _at(CABLE, "detainees", kind="statement", outlet="Northgate Embassy Archive")[1:] == (
        "outlet:Northgate Embassy Archive", "outlet")


ON_BEHALF = """Brussels, 14/01/2026

Statement by the High Representative on behalf of the EU on the release of Armenian detainees

The EU welcomes the release of four Armenian detainees. The remaining nineteen must also be released.
"""


def test_a_statement_on_behalf_of_a_registered_body_is_that_bodys():
    # the Union speaks, and "on the release of ..." is the statement's topic, not part of its issuer's name
    assert _at(ON_BEHALF, "detainees", kind="statement", outlet="Council of the EU press office")[1:] == ("eu", "issuer")


INITIALS = """Q&A

Interviewer: Karen Simonyan (KS)
Interviewee: Lilit Petrosyan (LP), lawyer

KS: Are they hostages?

LP: They are prisoners of war. Nineteen remain in Baku.
"""

CAST_IN_CAPITALS = """TRANSCRIPT

Presenter: Anna Sargsyan
Guest: Levon Petrosyan, lawyer

ANNA SARGSYAN: Four men came home today. Are they hostages who were bought back?

LEVON PETROSYAN: I would call them prisoners of war.
"""


@pytest.mark.parametrize("text, phrase, expected", [
    # the head's cast names the turns' initials, and who asks
    (INITIALS, "hostages", ("interview", "Karen Simonyan", "interview_turn")),
    (INITIALS, "prisoners of war", ("interview", "Lilit Petrosyan", "interview_turn")),
    # a cast line is no turn of its own; the presenter asks, the guest answers
    (CAST_IN_CAPITALS, "hostages", ("interview", "Anna Sargsyan", "interview_turn")),
    (CAST_IN_CAPITALS, "prisoners of war", ("interview", "Levon Petrosyan", "interview_turn")),
])
def test_a_transcripts_cast_in_its_head(text, phrase, expected):
    assert _at(text, phrase, kind="news", outlet="Evening Report") == expected


HANSARD = """House of Commons
Westminster Hall debate: Armenian detainees in Azerbaijan

Mr Speaker: Order. I call Sarah Jones.

Sarah Jones (Cardiff North) (Lab): The nineteen Armenians held in Baku are prisoners of war and should be released.

The Minister for Europe (Helen Marsh): The Government have raised the detainees with Azerbaijan at every level.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("prisoners of war", "Sarah Jones"),
    # Hansard's "The Minister for Europe (Name):" opens the minister's turn; the member before does not run on
    ("detainees with", "Helen Marsh"),
])
def test_a_hansard_minister_labelled_by_office_with_her_name_in_brackets(phrase, expected):
    assert _at(HANSARD, phrase, kind="statement", outlet="Hansard")[1:] == (expected, "debate_turn")


DEFENDER_INTERVIEW = """Anna Petrosyan: "They are prisoners of war"

Interview by Karen Simonyan

Anna Petrosyan, 52, a former judge, became Human Rights Defender in 2024. We met in her office in Yerevan.

**Ms. Petrosyan, are they hostages?**

— No. They are prisoners of war, and I will keep saying so.

**How many are still held?**

— Twenty-three, as far as we can confirm.
"""
ORGANISATION_BRIEFING = """Press briefing by the Regional Director for Europe

Transcript | Geneva, 5 September 2025 | Speaker: Paul Durand, Regional Director for Europe | Moderator: Eva Lind, ICRC spokesperson

EVA LIND: Good morning. Paul Durand will take your questions.

PAUL DURAND: Thank you, Eva. We do not call them prisoners of war in public.

QUESTION (Anna Smith, Daily Post): Are they hostages?

PAUL DURAND: We speak of people detained in relation to the conflict.
"""
COURT_HEARING = """International Court of Justice

Public sitting

The PRESIDENT: Please be seated. I give the floor to the Agent of Armenia, Mr. Hakobyan.

Mr. HAKOBYAN:

1. Madam President, Armenia regards them as prisoners of war.

The PRESIDENT: I thank the Agent of Armenia. I give the floor to Ms. Lindqvist.

Ms. LINDQVIST:

2. Madam President, they are hostages of a negotiation.

The PRESIDENT: I give the floor to the Agent of Azerbaijan, Mr. Karimov.

Mr. KARIMOV:

1. Madam President, they are terrorists and saboteurs.
"""


@pytest.mark.parametrize("text, front, phrase, expected", [
    # a person who "became Human Rights Defender" is the office she holds (hard case 12, one person one speaker)
    (DEFENDER_INTERVIEW, {}, "prisoners of war, and", ("interview", "hrd_armenia", "interview_turn")),
    # the head's "Speaker:" field names the briefer; a post naming no institution in a registered
    # organisation's own transcript is the organisation's; the briefer's own caps label answers
    (ORGANISATION_BRIEFING, {"outlet": "International Committee of the Red Cross"}, "prisoners of war",
     ("briefing", "icrc", "briefing_turn")),
    (ORGANISATION_BRIEFING, {"outlet": "International Committee of the Red Cross"}, "people detained",
     ("briefing", "icrc", "briefing_turn")),
    # a court's verbatim record: a label alone on its line opens a turn; the Agent the President names
    # speaks for his State, and counsel heard after him for the same party
    (COURT_HEARING, {"kind": "statement", "outlet": "International Court of Justice"}, "prisoners of war",
     ("debate", "armenia", "debate_turn")),
    (COURT_HEARING, {"kind": "statement", "outlet": "International Court of Justice"}, "hostages",
     ("debate", "armenia", "debate_turn")),
    (COURT_HEARING, {"kind": "statement", "outlet": "International Court of Justice"}, "terrorists",
     ("debate", "azerbaijan", "debate_turn")),
])
def test_offices_held_by_interviewees_briefers_and_a_courts_pleaders(text, front, phrase, expected):
    assert _at(text, phrase, **front) == expected


THREAD = """A reporter's thread on the four who came home

Lusine Ohanyan, who covers the families, posted a thread on Saturday.

Lusine Ohanyan @lusine_ohanyan · 17 Jan 2026, 21:14

1/ Four men walk across the bridge. A thread on the words we use.

2/ Baku's statement did not say "prisoners of war". I will: these men were prisoners of war.

214 reposts · 1,041 likes

The ministry did not respond. The detainees' families call them hostages.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("these men were prisoners of war", ("Lusine Ohanyan", "social_post")),  # a numbered post of her thread
    ("hostages", ("outlet:Daily", "outlet")),  # the article again after the counts under the post
])
def test_an_embedded_thread_is_its_posters(phrase, expected):
    assert _at(THREAD, phrase)[1:] == expected


COMMITTEE_RECORD = """House of Representatives of the States General

Report of a committee debate (translation)

Chair: Ten Brink

Mr Kuipers (SGP):
Thank you, chair. My group calls them what they are: hostages.

Ms Boukhari (D66):
I would rather speak of detainees.

The Chair:
Thank you. The Minister.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("hostages", ("Kuipers", "debate_turn")),  # a member's label alone on its line, her party in brackets
    ("detainees", ("Boukhari", "debate_turn")),
])
def test_a_members_label_and_party_alone_on_its_line_opens_her_turn(phrase, expected):
    assert _at(COMMITTEE_RECORD, phrase, kind="statement", outlet="Tweede Kamer")[1:] == expected


POST_ARCHIVE = """Archived thread: official accounts on the release of 14 January

Collection CDDA-1 | posts reproduced as published

[1] Ministry of Foreign Affairs of Armenia (@MFA_Armenia) · 13 Jan 2026, 21:40
Our work for the return of all remaining detainees continues.
Reposts 311 · Quotes 97 · Likes 1.2K

The accounts of the other side were silent that night; families spoke of hostages.

[2] Nikol Pashinyan (@NikolPashinyan) · 14 Jan 2026, 11:02
Welcome home, brothers. The captives of 2020 are free.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("detainees", ("mfa_armenia", "social_post")),  # a numbered archive's post under its account's head
    ("hostages", ("outlet:Daily", "outlet")),  # the archive again between posts
    ("captives", ("pashinyan", "social_post")),
])
def test_a_numbered_archive_of_posts_is_its_accounts(phrase, expected):
    assert _at(POST_ARCHIVE, phrase, kind="statement")[1:] == expected


CONCLUDING_OBSERVATIONS = """United Nations
CCPR/C/AZE/CO/5
Distr.: General
21 November 2025

Human Rights Committee

Concluding observations on the fifth periodic report of Azerbaijan

29. The Committee notes the position of the State party that the persons concerned are not prisoners of war.

30. The Committee welcomes the release of 32 persons on 13 December 2023, and the visits of the International Committee of the Red Cross until September 2025.

31. The Committee is concerned about allegations of enforced disappearance.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("release of 32", "Human Rights Committee"),  # the committee its head names, unregistered, not the ICRC named later
    ("enforced disappearance", "Human Rights Committee"),
])
def test_concluding_observations_are_the_committee_its_head_names(phrase, expected):
    assert _at(CONCLUDING_OBSERVATIONS, phrase, kind="statement", outlet="United Nations")[1] == expected


RADIO_BULLETIN = """RADIO SOUTH CAUCASUS – 18:00 NEWS

NEWSREADER: Good evening. Thirty-two Armenian servicemen are back in Armenia tonight.

[REPORT – ARPI MANUKYAN, MARGARA]
ARPI MANUKYAN: Among those handed over were men captured in 2020. Arpi Manukyan, Radio South Caucasus, at Margara.

CLIP – HOVHANNES SARGSYAN: "The 23 who are left are hostages of that trade."
"""


@pytest.mark.parametrize("phrase, expected", [
    ("handed over", "outlet:Radio South Caucasus"),  # the station's own reporter (hard case 14)
    ("hostages", "Hovhannes Sargsyan"),             # a clip of someone else is theirs
])
def test_a_broadcasts_own_reporter_is_the_station(phrase, expected):
    assert _at(RADIO_BULLETIN, phrase, outlet="Radio South Caucasus")[1] == expected


BOLD_TIMED = """**Caspian Dialogue** | Episode 114 | Recorded in Baku

**[00:00:05] Tomas Reiner:** Welcome. My guest is Hikmet Hajiyev. Are they prisoners of war?

**[00:00:24] Hikmet Hajiyev:** No. They are terrorists, convicted by courts.

**[00:00:37] Tomas Reiner:** Armenia calls them hostages.

Tags: Azerbaijan, Armenia, detainees
"""
FOLLOWING_STATEMENT = """PRESS RELEASE

Following his visit to Baku, the EU Special Representative, Henrik Aalto, made the following statement:

"The people still held in Baku are prisoners of war in the eyes of many.

"I call for their release."
"""


@pytest.mark.parametrize("text, phrase, expected", [
    (BOLD_TIMED, "terrorists", "hajiyev"),          # a bold label after its time code
    (BOLD_TIMED, "detainees", "outlet:Daily"),     # the page's tags after the last turn
    # "made the following statement:" and its quotation; the EU's Special Representative speaks for the Union
    (FOLLOWING_STATEMENT, "prisoners of war", "eu"),
])
def test_bold_timed_labels_closing_tags_and_a_statement_that_follows(text, phrase, expected):
    assert _at(text, phrase)[1] == expected


@pytest.mark.parametrize("text, phrase, expected", [
    # an institution's post in a title before the name (hard case 12), in any case
    ("EU Special Representative Henrik Aalto said the prisoners of war must be released.", "prisoners of war", "eu"),
    ("The EU Special Representative, Henrik Aalto, said the prisoners of war must be released.", "prisoners of war",
     "eu"),
    ("ICRC Regional Director Martin Keller said the prisoners of war must be released.", "prisoners of war", "icrc"),
    ("Armenian lawyer Anna Smith said the prisoners of war must be released.", "prisoners of war", "Anna Smith"),
])
def test_an_institutions_post_in_a_title_before_the_name(text, phrase, expected):
    assert _at(text, phrase)[1] == expected


PC_JOURNAL = """Permanent Council, 1453rd plenary meeting

Armenia (Annex 1): welcomed the return of 32 servicemen; called for the release of all remaining detainees.

Azerbaijan: welcomed the return of two Azerbaijani servicemen.

Russian Federation, United States of America: welcomed the release.

4. Next meeting: Thursday, 21 December 2023

Annex 1

**STATEMENT BY THE DELEGATION OF ARMENIA**

Mr. Chairperson,

Yet we cannot speak of closure. They are prisoners of war.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("release of all", ("armenia", "speaker_label")),   # a label with a note in brackets
    # several delegations: no one speaker, not the one before; the journal's own voice, the OSCE's by its name
    # (an intergovernmental organisation the registry does not list is a public body, hard case 15)
    ("welcomed the release", ("OSCE", "report_voice")),
    ("prisoners of war", ("armenia", "issuer")),         # the annexed statement is its issuer's
])
def test_a_councils_journal_its_summarised_turns_and_an_annexed_statement(phrase, expected):
    assert _at(PC_JOURNAL, phrase, kind="statement", outlet="OSCE")[1:] == expected


TV_DEBATE = """"ARENA" - Yerevan TV, Wednesday 14 January 2026

MODERATOR (ANI GEVORGYAN): Good evening. Four men crossed the bridge today. Were they exchanged?

BALASANYAN (NAREK BALASANYAN, INTERNATIONAL LAWYER): Formally, no. But they were prisoners of war.

MODERATOR: Ms Karapetyan?

KARAPETYAN (LUSINE KARAPETYAN, FORMER DEPUTY FOREIGN MINISTER): I would not call them hostages.

BALASANYAN: Nineteen remain in Baku.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("prisoners of war", "Narek Balasanyan"),  # a surname label with the full name in brackets
    ("hostages", "Lusine Karapetyan"),         # a former official speaks for herself
])
def test_a_surname_label_with_the_full_name_in_brackets(phrase, expected):
    assert _at(TV_DEBATE, phrase, outlet="Yerevan TV")[1] == expected


def test_a_bold_time_coded_label_with_an_affiliation():
    text = ("**Arev Debate** | Episode 9\n\n"
            "**[00:00:05] Vahe Simonyan:** Are the men prisoners of war?\n\n"
            "**[00:00:41] Gohar Martirosyan, Caucasus Policy Forum:** They are hostages, in my view.\n")
    assert _at(text, "hostages", outlet="Arev Channel")[1:] == ("Gohar Martirosyan", "speaker_label")


DASHED_BOLD = """INTERVIEW | SOCIETY

Tigran Aslanyan: "Nobody told us we were prisoners of war"

*Tigran Aslanyan, 29, was one of four Armenians released on 14 January. We met him in Yerevan.*

— **Tigran, were you a prisoner of war?**

— Nobody told us. The guards called us terrorists.

— **What will you do now?**

— Talk about the nineteen hostages still there.
"""
LIVE_BOLD_TIMES = """LIVE: Baku Military Court sentences 13 Armenian servicemen

**16:52**

That's where we'll end our live coverage. Families still wait for the hostages.

**16:30**

Defence counsel said the men were prisoners of war, and he will appeal.
"""


@pytest.mark.parametrize("text, phrase, expected", [
    (DASHED_BOLD, "terrorists", ("interview", "azerbaijan")),     # the guards: agents of the detaining State
    (DASHED_BOLD, "hostages", ("interview", "Tigran Aslanyan")),  # a dashed answer, after a dashed bold question
    (DASHED_BOLD, "prisoner of war", ("interview", "outlet:Daily")),  # the question, asked by the outlet
    (LIVE_BOLD_TIMES, "hostages", ("live_blog", "outlet:Daily")),  # bold times open entries
])
def test_a_dashed_interview_under_a_quoted_headline_and_bold_times_of_a_live_page(text, phrase, expected):
    assert _at(text, phrase)[:2] == expected


PANEL_EVENT = """Transcript

Armenian detainees in Baku after the Washington text

Chair:
Dr Helen Marlowe, Director, Kensington Institute

Dr Helen Marlowe:
Welcome, everyone. Are the detainees prisoners of war?

Tatevik Sargsian:
It is simple. They are prisoners of war, and some are hostages.

Professor Jonas Ekstrom:
Labels do not change the law. Baku calls them terrorists.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("some are hostages", "Tatevik Sargsian"),  # a name alone on its line, her words below
    ("Labels", "Jonas Ekstrom"),               # ... with a title before it
])
def test_names_alone_on_their_lines_above_their_words(phrase, expected):
    assert _at(PANEL_EVENT, phrase, outlet="Kensington Institute")[1] == expected


def test_an_issuer_heading_naming_an_organ_of_a_state_is_that_state():
    text = ("Joint information of the Prosecutor General's Office of the Republic of Azerbaijan and the State Security "
            "Service\n\nThe accused are terrorists and saboteurs.\n")
    assert _at(text, "terrorists", kind="statement", outlet="Prosecutor General's Office")[1:] == ("azerbaijan", "issuer")


def test_an_ngos_report_that_cites_a_delegation_is_no_summary_record():
    text = ("\"THEY CALL THEM TERRORISTS\"\n\nHuman Rights Watch considers that the servicemen remain prisoners of "
            "war.\n\nIn May 2024 the delegation of Azerbaijan told the Committee against Torture that no one was held "
            "as a hostage.\n\nHuman Rights Watch documented the cases of 23 detainees.\n")
    assert _at(text, "23 detainees", kind="statement", outlet="Human Rights Watch")[:2] == ("report", "hrw")


NOTES = """The words of the detention

The men were detained after the ceasefire [4], and HRW documented their treatment [12].

Notes

[4] Interview with Hikmet Hajiyev, ‘There are no prisoners of war in Azerbaijan’, Caspian Wire, 21 December 2020.

[12] Human Rights Watch, ‘Azerbaijan: Armenian Prisoners of War Badly Mistreated’, 19 March 2021.

15 Address of the Prime Minister of Armenia to the UN General Assembly, September 2025 (‘persons deprived of liberty’).

[16] Caucasus Review, ‘Armenian hostages’, 2022.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("prisoners of war in Azerbaijan", ("hajiyev", "reference_entry")),  # "Interview with X": X's words
    ("Prisoners of War", ("hrw", "reference_entry")),  # an organisation's report title (held-out 3 decision 2)
    ("persons deprived", ("pashinyan", "reference_entry")),  # a title held on the date of publication
    ("hostages", ("outlet:Daily", "outlet")),  # an unregistered journal's title stays the writer's
])
def test_a_notes_quoted_title_is_its_registered_authors(phrase, expected):
    assert _at(NOTES, phrase)[1:] == expected


EXTRACTS = """Case study: the words used

Extracts of sources

(iv) Prime Minister Nikol Pashinyan, address to the United Nations General Assembly, September 2025: “persons deprived of liberty due to a long-standing conflict”.

(v) The ICRC's standing formula: “people detained in relation to the conflict”.

(vi) Caucasus Review, editorial of 3 March 2022: “hostages”.

(vii) The Review's standing formula: “captives”.
"""


@pytest.mark.parametrize("phrase, expected", [
    # an extract listed under a roman numeral: its words are the registered speaker the line opens with
    ("persons deprived", ("pashinyan", "reference_entry")),
    ("people detained", ("icrc", "owned_term")),  # "X's standing formula:" names the words' owner
    ("hostages", ("outlet:Daily", "outlet")),  # an unregistered journal stays the writer's
    ("captives", ("outlet:Daily", "outlet")),
])
def test_an_extract_listed_under_a_roman_numeral_is_its_registered_speakers(phrase, expected):
    assert _at(EXTRACTS, phrase)[1:] == expected


INITIALS_QA = """INTERVIEW | The Ombudsman on the detainees

BAKU (Caspian Wire) - Orkhan Talibli spoke to Gunel Rzayeva, the Ombudsman, in her office.

O.T.: Are the Armenians prisoners of war?

G.R.: They are not prisoners of war. Nobody here is a hostage.
"""


@pytest.mark.parametrize("phrase, expected", [
    # a label of initials is the one person the text names with them
    ("prisoners of war?", ("Orkhan Talibli", "speaker_label")),
    ("hostage", ("Gunel Rzayeva", "speaker_label")),
])
def test_a_label_of_initials_is_the_person_named_with_them(phrase, expected):
    assert _at(INITIALS_QA, phrase, outlet="Caspian Wire")[1:] == expected


def test_a_label_of_initials_answers_for_the_post_written_before_the_name():
    # "the Commissioner for Human Rights of the Republic of Azerbaijan, Gunel Rzayeva (G.R.)": an unregistered
    # holder of a State's post answers for it (hard case 12)
    text = ("INTERVIEW | The Ombudsman on the detainees\n\nBAKU (Caspian Wire) - Orkhan Talibli (O.T.) spoke with "
            "the Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan, Gunel Rzayeva (G.R.).\n\n"
            "O.T.: Are the Armenians prisoners of war?\n\nG.R.: They are not prisoners of war. Nobody here is a "
            "hostage.\n")
    assert _at(text, "hostage", outlet="Caspian Wire")[1:] == ("azerbaijan", "speaker_label")
    assert _at(text, "prisoners of war?", outlet="Caspian Wire")[1:] == ("Orkhan Talibli", "speaker_label")


@pytest.mark.parametrize("item, expected", [
    # a numbered recommendation closing with its State in brackets (a Universal Periodic Review report)
    ("119.1 Release without delay all Armenian prisoners of war (Armenia);", "armenia"),
    ("119.2 Release all prisoners of war immediately (Netherlands (Kingdom of the));", "Netherlands"),
    ("119.3 Ensure that all prisoners of war are promptly repatriated (United States of America);", "usa"),
    # a year, a body's name or an unnumbered sentence in brackets are no recommending State's
    ("119.4 Release all prisoners of war, as agreed (2020);", "outlet:UPR"),
    ("119.5 Allow access to all prisoners of war (Committee against Torture);", "outlet:UPR"),
    ("Release all prisoners of war, said one delegation (France).", "outlet:UPR"),
    # ... nor an abbreviation in capitals: a treaty's short name closing a numbered paragraph
    ("1. I was asked whether they were prisoners of war under the Third Geneva Convention (GC III).", "outlet:UPR"),
])
def test_a_recommendation_is_the_state_in_its_brackets(item, expected):
    text = f"Report of the Working Group\n\nII. Conclusions and recommendations\n\n{item}\n"
    assert _at(text, "prisoners of war", outlet="UPR")[1] == expected


@pytest.mark.parametrize("item, expected", [
    # a list item closing with its source in brackets (a data story's chart, a factbox)
    ("- November 2023: 55 prisoners of war, including former leaders (Armenian government).", "armenia"),
    ("- January 2026: 19 prisoners of war (source: ICRC).", "icrc"),
    # an abbreviation after the full name it shortens, an unregistered name, an age: no source
    ("- January 2026: 19 prisoners of war visited by the International Committee of the Red Cross (ICRC).",
     "outlet:Datawise"),
    ("- January 2026: 19 prisoners of war, among them Davit Sargsyan (Gyumri).", "outlet:Datawise"),
    ("- January 2026: 19 prisoners of war (aged 20 to 45).", "outlet:Datawise"),
    # ... and a sentence of prose, not a list item
    ("In January 2026 there were 19 prisoners of war (Armenian government).", "outlet:Datawise"),
    # a list item that opens with its source and the source's date before a colon
    ("- Government of Armenia, 15 January: 19 prisoners of war held.", "armenia"),
    ("- Azerbaijan's State Commission on Prisoners of War, Hostages and Missing Persons, 14 January: 4 prisoners of "
     "war handed over.", "state_commission_azerbaijan"),
    ("- Union of Families of the Missing, 20 February: at least 26 prisoners of war held.", "outlet:Datawise"),
    ("- Gyumri, 15 January: 19 prisoners of war held.", "outlet:Datawise"),  # a place, no source
])
def test_a_list_item_is_the_source_it_closes_with_in_brackets_or_opens_with(item, expected):
    text = f"Armenians held in Azerbaijan, as reported\n\n{item}\n"
    assert _at(text, "prisoners of war", outlet="Datawise")[1] == expected


_FLOOR = """Q&A after the screening of "After Captivity"

ELISE BRANDT: Questions from the floor. Yes, in the third row.

{label}: The press here mostly writes prisoners of war. Why?

LILIT GHAZARYAN: Because that is what they were.
"""


@pytest.mark.parametrize("label, expected", [
    # a voice from the audience named in brackets after its role is the person named
    ("AUDIENCE MEMBER (Tomasz, journalism student)", "Tomasz"),
    ("QUESTION FROM THE FLOOR (Tatevik Sargsyan, mother of a detained serviceman)", "Tatevik Sargsyan"),
    ("POINT OF INFORMATION (Leyla Hasanova, opposition)", "Leyla Hasanova"),
    # ... or the State whose organ the person the brackets describe speaks for
    ("QUESTION FROM THE FLOOR (a representative of the Permanent Mission of Azerbaijan)", "azerbaijan"),
    ("QUESTION FROM THE FLOOR (a representative of the ICRC)", "icrc"),
    # a live audio room's speaker by her name before her handle
    ("[00:02:05] Vahe Karapetyan (@vahe_k_gyumri)", "Vahe Karapetyan"),
    ("[00:06:02] Mariam (@mariam_g, listener)", "Mariam"),
])
def test_a_voice_from_the_floor_is_the_person_its_label_names(label, expected):
    assert _at(_FLOOR.format(label=label), "prisoners of war", outlet="Festival")[1] == expected


def test_a_handle_alone_is_the_name_it_first_came_with_else_the_handle():
    text = ("Live audio room: What do we call the nineteen?\n\n[00:00:41] Sona Abrahamyan (@sona_reports, host): "
            "Good evening, we are live.\n\n[00:04:12] @sona_reports: Arpi, are they prisoners of war?\n\n"
            "[00:04:20] @narek1999: Why does nobody say hostages any more?\n")
    assert _at(text, "prisoners of war", outlet="Open Mic")[1:] == ("Sona Abrahamyan", "speaker_label")
    assert _at(text, "hostages", outlet="Open Mic")[1:] == ("@narek1999", "speaker_label")


_RECORD_ENTRY = """CALLING FOR THE RELEASE OF ARMENIAN PRISONERS OF WAR

HON. ROBERT T. KESSLER
of california
in the house of representatives

Mr. KESSLER. Mr. Speaker, I ask unanimous consent to enter into the Record the following article and a letter.

[From the Valley Sentinel, Jan. 16, 2026]

FOUR ARMENIANS FREED AT BORDER

Four Armenian men were handed over at the Hakari bridge. Nineteen detainees are still held.

Armenian Families Council of Glendale,
Glendale, CA, January 20, 2026.

Dear Congressman Kessler: We ask you to call them prisoners of war and hostages.

Sincerely,
Talin Boyajian, Chair.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("detainees", "Valley Sentinel"),        # the article entered under its source's line in brackets
    ("FREED", "Valley Sentinel"),
    ("hostages", "Talin Boyajian"),          # the letter, addressed "Dear Congressman X:", its signer's
    ("PRISONERS OF WAR", "Robert T. Kessler"),  # the member's own remarks
])
def test_an_article_and_a_letter_entered_into_a_record_are_their_sources(phrase, expected):
    assert _at(_RECORD_ENTRY, phrase, outlet="Congressional Record", kind="statement",
               author="Robert T. Kessler")[1] == expected


_TRANSLATION = """Azerbaijan hands over ten Armenian servicemen

[Translated from Russian by Caucasus Press Translations. Original report by the YugInform agency, published on 4 \
December 2021. Translator's notes are given in square brackets.]

MOSCOW, December 4. /YugInform/. Azerbaijan on Saturday handed over ten servicemen in exchange for maps of minefields.

[Translator's note: the agency uses "plenniye", which we render as "captives".]

Since December 2020 Azerbaijan has handed over more than 90 prisoners of war.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("exchange", "YugInform"),             # the report a translation renders: its agency's words
    ("prisoners of war", "YugInform"),
    ("captives", "outlet:Caucasus Press Translations"),  # the translator's note: the translation's publisher
])
def test_a_translated_report_is_its_agencys_and_the_translators_notes_the_outlets(phrase, expected):
    assert _at(_TRANSLATION, phrase, outlet="Caucasus Press Translations")[1] == expected


@pytest.mark.parametrize("heading, expected", [
    ('GUEST CONTRIBUTION: "We are told to choose our words", by Aram Tadevosyan, chair of the Association',
     "Aram Tadevosyan"),
    ("Viewpoint: ‘Words matter’ by Anna Petrosyan", "Anna Petrosyan"),
    # a heading with no author's name after its title is no signed piece
    ('GUEST CONTRIBUTION: "We are told to choose our words"', "Helen Marsh"),
])
def test_a_signed_piece_set_into_a_newsletter_is_its_authors(heading, expected):
    text = ("Westbridge Update\n\nI have written again to the Minister about the detainees.\n\n"
            "Casework: we have met four families this month.\n\nThe office is open on Tuesdays.\n\n"
            f"{heading}\n\n"
            "My nephew was a prisoner of war. He was never a hostage.\n")
    assert _at(text, "hostage", outlet="Westbridge Update", kind="opinion", author="Helen Marsh")[1] == expected


INTERPRETER = """The words I carried

By Irina Volkova

I interpreted at the Baku Military Court in 2021.

JUDGE: Defendant S. A., do you understand the charge?

S. A.: I understand the words. We are prisoners of war.

PROSECUTOR: These men are not hostages.

Here I made my first choice. I rendered the word as captive.

R. M.: Then why were forty-four of our men exchanged?
"""


@pytest.mark.parametrize("phrase, expected", [
    ("prisoners of war", ("S. A.", "speaker_label")),  # a label of initials no name in the text has: the initials
    ("exchanged", ("R. M.", "speaker_label")),
    ("hostages", ("azerbaijan", "speaker_label")),     # the prosecutor's turn: the detaining State (hard case 12)
    ("captive", ("Irina Volkova", "author_voice")),    # the signed piece's author speaks again after the excerpt
])
def test_an_excerpts_turns_in_a_signed_piece_end_where_its_author_speaks_again(phrase, expected):
    assert _at(INTERPRETER, phrase, outlet="The Booth Quarterly", kind="opinion", author="Irina Volkova")[1:] == expected


@pytest.mark.parametrize("post, expected", [
    ("Chairperson of the ad hoc sub-committee", "pace"),   # a committee's chair speaks for the house
    ("Rapporteur", "Edda Thorvaldsdottir"),                # a rapporteur for herself
])
def test_a_committees_report_its_chair_signs_is_the_houses(post, expected):
    text = ("Visit of the ad hoc sub-committee to Armenia: information report\n\n"
            "1. The sub-committee met the families of the detainees in Goris.\n\n"
            "2. The sub-committee calls for the release of all prisoners of war.\n\n"
            f"Edda Thorvaldsdottir\n{post}\n")
    assert _at(text, "prisoners of war", outlet="Parliamentary Assembly of the Council of Europe", kind="statement",
               author="Edda Thorvaldsdottir")[1] == expected


@pytest.mark.parametrize("entry, expected", [
    # a note giving a piece's title first and its publisher after it, in brackets with the date
    ("[6] ‘15 Armenian detainees handed over for minefield maps’ (Caspian Wire, 12 June 2021).", "Caspian Wire"),
    ("[6] ‘15 Armenian detainees handed over for minefield maps’ (International Committee of the Red Cross, "
     "12 June 2021).", "icrc"),
    # ... not a bracket without a date (a place, a comment)
    ("[6] ‘15 Armenian detainees handed over for minefield maps’ (Yerevan).", "Lena Holm"),
])
def test_a_notes_title_before_its_publisher_in_brackets_is_the_publishers(entry, expected):
    text = ("Chapter 4: Naming the detained\n\nThe families speak of prisoners of war.\n\nNotes\n\n"
            f"{entry}\n")
    assert _at(text, "detainees", outlet="University Press", kind="opinion", author="Lena Holm")[1] == expected


@pytest.mark.parametrize("outlet, expected", [
    ("Research and Library Service of the National Assembly of Armenia", "armenia"),  # a State organ's own paper
    ("Daily", "azerbaijan"),  # a newspaper: the State just named
])
def test_the_government_in_a_state_organs_paper_is_that_states(outlet, expected):
    text = ("Armenian nationals held in Azerbaijan\n\nAzerbaijan treats most of those it holds as defendants.\n\n"
            "The Government said that 19 prisoners of war remain held.\n")
    assert _at(text, "prisoners of war", outlet=outlet, kind="statement")[1] == expected


_ARCHIVE = """CAUCASUS ORAL HISTORY ARCHIVE
Collection "After the War", item 17
Interviewee: Gor Sargsyan (b. 2001), former conscript
Interviewer: Lena Vartanian
Recorded: 6 February 2026, Goris.

[00:00:08] INTERVIEWER: Gor, how do you describe yourself today?

[00:00:21] SARGSYAN: As a former prisoner of war.

[00:02:02] INTERVIEWER: Did anyone in prison use the word hostage?

[00:02:09] SARGSYAN: Never the guards. I do not call myself a captive.
"""


@pytest.mark.parametrize("phrase, expected", [
    # an archive's head of one field per line names the interviewer whose "INTERVIEWER:" turns ask
    ("hostage", "Lena Vartanian"),
    ("prisoner of war", "Gor Sargsyan"),
    ("captive", "Gor Sargsyan"),
])
def test_an_archive_interviews_head_names_the_interviewer(phrase, expected):
    assert _at(_ARCHIVE, phrase, outlet="Caucasus Oral History Archive")[1] == expected


def test_a_single_name_with_a_state_in_brackets_is_no_caller():
    text = ("Security Council, 9 October 2025\n\nThe PRESIDENT: I give the floor to the representative of Armenia.\n\n"
            "KARAPETYAN (Armenia): Nineteen prisoners of war remain in Baku.\n\n"
            "The PRESIDENT: I give the floor to the representative of Azerbaijan.\n")
    turns = speakers.attribute(text, source="t", published="2025-10-09", outlet="UN").doc.layout.turns
    assert "caller" not in [t.kind for t in turns]


# A short name a text defines after a party's full name: a quoted one ('the Republic of Arzen ("Arzen")') is the
# name the text speaks of it by; an acronym ("the Caspian Rights Monitor (CRM)") stands for the full name. Either
# form, and the full name, is one speaker; an undefined name alone at a sentence's start stays nobody's.
SHORT_NAMES = """1. The Republic of Arzen ("Arzen") and the Republic of Kuravia ("Kuravia") are neighbouring States.

2. Kuravia maintains that these men are "terrorists". Arzen maintains that they are prisoners of war.

3. The Republic of Arzen rejects the word saboteurs. Has Arzen described them as hostages? It has.

4. The Caspian Rights Monitor (CRM) visited the border. CRM said that the men were captives.

5. Varsia said that the men were detainees.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("terrorists", ("Kuravia", "reported_speech")),
    ("prisoners of war", ("Arzen", "reported_speech")),
    ("saboteurs", ("Arzen", "reported_speech")),             # the full name is the short one's speaker
    ("captives", ("Caspian Rights Monitor", "reported_speech")),  # an acronym stands for the full name
    ("detainees", ("outlet:Daily", "outlet")),               # an undefined word is no speaker
])
def test_a_short_name_the_text_defines_is_its_party(phrase, expected):
    assert _at(SHORT_NAMES, phrase)[1:] == expected


# A subject given its short name in brackets is still the subject its verb has, and "it" in the next sentence is
# that body: a registered one ("the International Committee of the Red Cross ("ICRC")") or one the text defines.
DEFINED_SUBJECTS = """7. The Ministry of Foreign Affairs of Kuravia stated that the persons were saboteurs.

8. The International Committee of the Red Cross ("ICRC") has visited the men. In a statement of 2 March it referred to them as "people detained in relation to the conflict".

9. The Ministry of Foreign Affairs of Kuravia stated that the persons were terrorists.

10. The Caspian Rights Monitor (CRM) has visited the men regularly. In a statement it referred to them as "hostages".
"""


@pytest.mark.parametrize("phrase, expected", [
    ("people detained", ("icrc", "pronoun")),
    ("hostages", ("Caspian Rights Monitor", "pronoun")),   # not the ministry named before it
])
def test_a_subjects_short_name_in_brackets_keeps_it_the_subject(phrase, expected):
    assert _at(DEFINED_SUBJECTS, phrase)[1:] == expected


# A press conference held with interpretation: the label's brackets say how the words reached the transcript
# ("MR. LAVROV (Interpretation from Russian):"), not whom the speaker speaks for; the minister speaks.
INTERPRETED = """Transcript of the joint press conference of the foreign ministers

MODERATOR: Good afternoon. The ministers will take questions.

MR. MIRZOYAN (Interpretation from Armenian): We discussed the return of the prisoners of war.

MR. LAVROV (Interpretation from Russian): Russia wants every detainee to go home.

QUESTION (Armenpress): Are they hostages?

MR. LAVROV (through an interpreter): Nobody here speaks of hostages.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("prisoners of war", "mirzoyan"),
    ("detainee", "lavrov"),
    ("of hostages", "lavrov"),
])
def test_an_interpreted_label_is_its_speakers(phrase, expected):
    assert _at(INTERPRETED, phrase, outlet="Ministry of Foreign Affairs of Armenia", kind="statement")[1] == expected


# A text delivered aloud and printed in full under its heading ("Homily of Bishop X") after a publisher's news
# note is its speaker's, up to the note's resuming ("After the service, ..."); the note is the publisher's.
HOMILY = """Service for the captives

On Sunday Bishop Vahan Ghazaryan led a service of intercession for the captives held in Azerbaijan.

Homily of Bishop Vahan Ghazaryan

Dear brothers and sisters,

Some call them prisoners of war, some call them hostages. I will not argue about words.

Let us pray for the release of the captives.

After the service the faithful gave money for the families of the detainees.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("captives held", ("outlet:Daily", "outlet")),          # the diocese's note before the heading
    ("prisoners of war", ("Vahan Ghazaryan", "issuer")),
    ("release", ("Vahan Ghazaryan", "issuer")),
    ("detainees", ("outlet:Daily", "outlet")),              # the note resumes after the service
])
def test_a_homily_printed_in_full_is_the_preachers(phrase, expected):
    assert _at(HOMILY, phrase, kind="statement")[1:] == expected


def test_a_single_statement_heading_in_a_news_report_stays_the_outlets():
    # a statement's heading alone in an outlet's report is not a text delivered aloud: no section of its own
    text = HOMILY.replace("Homily of Bishop Vahan Ghazaryan", "Statement of Bishop Vahan Ghazaryan")
    assert _at(text, "prisoners of war", kind="statement")[1:] == ("outlet:Daily", "outlet")


# A book of abstracts: each abstract, title to keywords, is its one author's; a co-authored one is no one
# speaker's; the chair's introduction is the chair's the head names; what follows the keywords is the programme's.
ABSTRACTS = """Law and Society Conference 2025

Book of Abstracts

Chair: Elene Kapanadze, Tbilisi Institute of Public Law

Chair's introduction

What the detainees are called depends on who is speaking.

1. From Prisoners of War to Persons Held in Custody
Anahit Sargsyan, Yerevan Centre for Humanitarian Law

I argue that the men remain prisoners of war.
Keywords: captives; diplomatic language

Coffee break and exchange of views

2. Hostage-Taking without Hostages?
Jonas Weber and Lara Kessler, University of Northmarsh

We test whether the word hostages fits.
Keywords: hostage-taking
"""


@pytest.mark.parametrize("phrase, expected", [
    ("detainees", ("Elene Kapanadze", "abstract_entry")),
    ("Prisoners of War", ("Anahit Sargsyan", "abstract_entry")),   # the title is the abstract's
    ("prisoners of war", ("Anahit Sargsyan", "abstract_entry")),
    ("captives", ("Anahit Sargsyan", "abstract_entry")),           # its keywords too
    ("exchange", ("outlet:Daily", "outlet")),                      # the programme's line after the keywords
    ("word hostages", ("outlet:Daily", "outlet")),                 # two authors: no one speaker
])
def test_an_abstract_is_its_authors(phrase, expected):
    assert _at(ABSTRACTS, phrase, kind="panel")[1:] == expected


def test_a_title_over_an_author_line_is_no_abstract_without_a_book_of_them():
    # a report's sections under their authors' names, no keywords and no "abstracts" in its head: no abstracts
    text = ABSTRACTS.replace("Book of Abstracts", "Report").replace("Keywords:", "See also:")
    assert _at(text, "prisoners of war", kind="panel")[2] != "abstract_entry"


# A fundraising page: its own dated updates are its signed organiser's, a supporter's comment under her gift is
# hers ("Karen Petrosyan donated €100 · 3 days ago"), an anonymous one the page's.
FUNDRAISER = """Bring Vahe home

Organiser: Nune Harutyunyan, Yerevan

My brother is a civilian, not a prisoner of war.

Update · 15 December 2023
Thirty-two servicemen came home in an exchange. Vahe was not among them.

Update · 2 March 2024
The ICRC visited Vahe in February.

Karen Petrosyan donated €100 · 3 days ago
Praying for Vahe and for all the captives.

Anonymous donated €50 · 1 month ago
Free all the hostages.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("prisoner of war", ("Nune Harutyunyan", "author_voice")),
    ("exchange", ("Nune Harutyunyan", "forum_post")),         # the page's update: its organiser's
    ("captives", ("Karen Petrosyan", "forum_post")),          # a supporter's comment under her gift
    ("hostages", ("outlet:Daily", "forum_post")),             # an anonymous gift's comment: the page's
])
def test_a_fundraisers_updates_and_comments(phrase, expected):
    assert _at(FUNDRAISER, phrase, kind="opinion", author="Nune Harutyunyan")[1:] == expected


# A rally's part-transcript: the crowd's words in square brackets are nobody's turn (the organisers' report's), and
# a member's letters after her name ("JANE CORRIGAN MP:") are no part of it.
RALLY = """Report: rally at the embassy

MC (Narek Aslanian): Good afternoon! Our first speaker is Sona Avetisyan.

SONA AVETISYAN: My brother is a prisoner of war, not a terrorist.

[Crowd: "Free the hostages!"]

JANE CORRIGAN MP: The detainees must come home.

[Applause]

Every one of the captives.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("prisoner of war", ("Sona Avetisyan", "debate_turn")),
    ("hostages", ("outlet:Daily", "outlet")),                  # the crowd: nobody's turn
    ("detainees", ("Jane Corrigan", "debate_turn")),           # "MP" after her name is no part of it
    ("captives", ("Jane Corrigan", "debate_turn")),            # a note of applause leaves her turn running
])
def test_a_rallys_crowd_and_speakers(phrase, expected):
    assert _at(RALLY, phrase, kind="news")[1:] == expected

LAW_REPORT = """HOVSEPYAN v AZERBAIJAN

European Court of Human Rights (First Section)

Held, by six votes to one, that the applicant's detention after the ceasefire was unlawful detention.

Per Judge Marta Kowalczyk (dissenting in part): the applicant was a prisoner of war.

APPLICATION

The applicant lodged his application while he was held in custody in Baku.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("prisoner of war", "Marta Kowalczyk"),          # the dissenting judge's paragraph
    ("held in custody", "outlet:Law Reports"),       # ... ends at the report's next heading in capitals
])
def test_a_turn_ends_at_a_heading_in_capitals(phrase, expected):
    assert _at(LAW_REPORT, phrase, outlet="Law Reports", kind="judgment")[1] == expected


INTERPELLATION = """Interpellation on the fate of Armenian citizens held in custody in Azerbaijan

National Assembly of the Republic of Armenia. Sitting of 22 October 2025. Verbatim record (extract).

Interpellation No. 14, tabled by deputies Narek Zakaryan and Samvel Barseghyan

THE CHAIR: The floor is given to the Minister of Foreign Affairs, Ararat Mirzoyan.

MIRZOYAN: The term "persons held in custody" is not a concession.

(BARSEGHYAN, from his seat: "Then say it: hostages!")

MIRZOYAN: I will not use that word from this rostrum. Their release is owed without delay.

(A voice from the opposition benches: "And the 'all for all'?")

Since November 2020, more than 160 people have been returned.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("hostages", ("Samvel Barseghyan", "speaker_label")),  # a member's interjection from his seat: his
    ("all for all", ("armenia", "speaker_label")),         # an unnamed voice from the benches: the house (hard case 16)
    ("release", ("mirzoyan",)),                              # the turn runs on after an interjection
    ("returned", ("mirzoyan",)),
])
def test_an_interjection_in_brackets_is_its_members_and_the_turn_runs_on(phrase, expected):
    found = _at(INTERPELLATION, phrase, outlet="National Assembly of the Republic of Armenia", kind="statement")
    assert found[1:][:len(expected)] == expected


# A petition's page: its text above "Created by X" is X's; the government's answer is the body signing it.
PETITION = """Petitions

Petition
Release all Armenian prisoners of war

We ask the Government to press Azerbaijan to free all detainees.

Created by Mariam Torosyan

114,702 signatures

Government responded

The UK welcomed the release of 32 servicemen and continues to raise the question of the captives.

Foreign, Commonwealth and Development Office

Parliament debated the hostages on 11 March.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("prisoners of war", ("Mariam Torosyan", "petition")),     # the petition's title
    ("detainees", ("Mariam Torosyan", "petition")),
    ("captives", ("Foreign, Commonwealth and Development Office", "petition")),   # the answer, by its signer
    ("hostages", ("outlet:Daily", "outlet")),                  # the page after the answer
])
def test_a_petitions_text_is_its_creators(phrase, expected):
    assert _at(PETITION, phrase, kind="statement")[1:] == expected


def test_a_parliaments_petition_site_says_who_created_it_in_a_sentence():
    text = PETITION.replace("Created by Mariam Torosyan", "This petition was created by Mariam Torosyan.")
    assert _at(text, "detainees", kind="statement")[1:] == ("Mariam Torosyan", "petition")


def test_a_page_without_its_creator_is_no_petition():
    text = PETITION.replace("Created by Mariam Torosyan", "Sign this petition")
    assert _at(text, "detainees", kind="statement")[2] != "petition"


# A broadcast script's directions: "NAT SOUND:" and "GRAPHIC (MAP):" open nobody's turn and end the one before;
# "REPORTER (VO):" is the unnamed reporter heard over pictures, the outlet's voice, not a person called "Vo".
SCRIPT_DIRECTIONS = """EVENING NEWS – SCRIPT

ANCHOR: Three men came home tonight.

REPORTER (VO): At the border crossing, families waited for hours for the released men.

NAT SOUND: crowd chanting "bring back the hostages"

GAYANE MELKONYAN (MOTHER OF A DETAINEE): My son is a prisoner of war.

REPORTER (VO): The government calls the others detainees.

GRAPHIC (MAP): nineteen captives still held in Baku
"""


@pytest.mark.parametrize("phrase, expected", [
    ("released men", ("outlet:Daily", "interview_turn")),     # the reporter's voice-over: the outlet's
    ("hostages", ("outlet:Daily", "outlet")),                 # the crowd under NAT SOUND: nobody's turn
    ("detainees", ("outlet:Daily", "interview_turn")),
    ("captives", ("outlet:Daily", "outlet")),                 # a graphic's words: the script's own
])
def test_a_scripts_directions_are_nobodys_turns(phrase, expected):
    assert _at(SCRIPT_DIRECTIONS, phrase)[1:] == expected


# A script with its labels alone on their lines, the words below: "REPORTER (VO):" is the outlet's voice-over;
# a clip's speaker in brackets after its tag ("[00:31] SOT (Name, post):") or after the clip's language
# ("SOUNDBITE (Armenian) Name, post:") says the line below; a lower third ("L3:") is the script's caption.
SCRIPT_LINES = """LATE BULLETIN | 10 MAR 2025

[00:00] ANCHOR (ON CAM):
Two men held in Azerbaijan came home today.

REPORTER (VO):
The two detainees crossed the bridge at noon.

[00:31] SOT (Hikmet Hajiyev, foreign policy adviser to the President of Azerbaijan):
“They were never prisoners of war. They are terrorists convicted by our courts.”
L3: HIKMET HAJIYEV | ADVISER TO THE PRESIDENT | ON THE CAPTIVES

SOT (Ani Grigoryan, spokesperson, Armenian Foreign Ministry): “They must be released now.”

SOUNDBITE (Armenian) Narine Petrosyan, mother of one of the men:
"My son is a hostage, nothing else."

SOUNDBITE: (English) Thomas Weber, delegate:
"We ask for access to all detainees."

REPORTER (VO):
The hostages' families wait.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("two detainees", ("outlet:Daily", "interview_turn")),     # the reporter's voice-over, label alone on its line
    ("prisoners of war", ("hajiyev", "continuation")),          # the clip below "SOT (Hikmet Hajiyev, ...)"
    ("terrorists", ("hajiyev", "continuation")),
    ("CAPTIVES", ("outlet:Daily", "outlet")),                   # the lower third: the script's own caption
    ("released", ("mfa_armenia", "interview_turn")),            # the clip after the bracket's colon, same line
    ("hostage,", ("Narine Petrosyan", "continuation")),         # after the clip's language in brackets
    ("all detainees", ("Thomas Weber", "continuation")),
    ("hostages'", ("outlet:Daily", "interview_turn")),          # the voice-over again, no clip's speaker's
])
def test_a_scripts_clips_are_their_speakers(phrase, expected):
    assert _at(SCRIPT_LINES, phrase)[1:] == expected


# An exhibition's audio guide: the narrator is the museum's voice; a recorded voice is the one its brackets name,
# a first name alone when a post follows it.
AUDIO_GUIDE = """Unreturned: audio guide, room 3

NARRATOR: This room tells of the men who came back from Baku.

RECORDED VOICE (Arsen, returned in December 2023): In the cell we were six detainees.

NARRATOR: The panels show the words of officials.

VOICE (Hasmik, mother of Davit): For me he is a captive.

NARRATOR: Each of these men was a prisoner for three years.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("came back", ("outlet:Daily", "outlet")),
    ("detainees", ("Arsen", "debate_turn")),
    ("captive", ("Hasmik", "debate_turn")),
    ("prisoner for", ("outlet:Daily", "outlet")),
])
def test_an_audio_guides_recorded_voices_are_the_names_in_their_brackets(phrase, expected):
    assert _at(AUDIO_GUIDE, phrase, kind="statement")[1:] == expected



@pytest.mark.parametrize("label, expected", [
    ("GAYANE MELKONYAN (MOTHER OF A DETAINEE)", "Gayane Melkonyan"),  # who she is, in capitals: no State
    ("ARAM PETROSYAN (LAWYER)", "Aram Petrosyan"),
    ("Mr. ARAKELYAN (Armenia)", "armenia"),                           # a delegate speaks for the State in brackets
    ("Tomas Reiner (Chief Executive)", "Tomas Reiner"),                # a company's post is no State either
    ("Ingrid Falk (Chair of the Board)", "Ingrid Falk"),
])
def test_a_role_in_a_labels_brackets_is_no_state(label, expected):
    text = SCRIPT_DIRECTIONS.replace("GAYANE MELKONYAN (MOTHER OF A DETAINEE)", label)
    assert _at(text, "prisoner of war")[1] == expected


# A trial's transcript: the detaining State's judge and prosecutor, labelled by their function, speak for it
# (hard case 12); a label that names a judge keeps her name, and defence counsel is the lawyer in brackets.
TRIAL = """BAKU MILITARY COURT
Transcript of the hearing of 12 March 2024 (English translation)

[The hearing opens at 10:05.]

PRESIDING JUDGE: The hearing is open. The accused remain in custody.

STATE PROSECUTOR: Your Honour, these men are not prisoners of war.

DEFENCE COUNSEL (Elchin Mammadov): My client is a prisoner of war.

JUDGE ALIYEVA: The detainees will be heard tomorrow.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("in custody", "azerbaijan"),
    ("prisoners of war", "azerbaijan"),
    ("prisoner of war", "Elchin Mammadov"),
    ("detainees", "Aliyeva"),            # a judge named by her label: hers, not the State's by her function
])
def test_a_trials_officers_speak_for_the_detaining_state(phrase, expected):
    assert _at(TRIAL, phrase, outlet="Court Transcripts")[1] == expected


# A role word the record names once in brackets ("WITNESS (Major Elvin Mammadli):") is that person under the bare
# label too, not the speaker of the turn before it.
EXAMINATION = """BAKU MILITARY COURT

PROSECUTOR: Where were you on 13 December 2020?

WITNESS (Major Elvin Mammadli): In the area of Hin Tagher.

PROSECUTOR: How many persons were detained?

WITNESS: Sixty-two. In my report I described them as saboteurs.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("persons were detained", "azerbaijan"),
    ("saboteurs", "Elvin Mammadli"),
])
def test_a_bare_role_word_is_the_person_its_bracketed_label_names(phrase, expected):
    assert _at(EXAMINATION, phrase, outlet="Court Transcripts")[1:3] == (expected, "speaker_label")


# A briefing's askers and answerers speak for the post their brackets give (hard case 12): a ministry of a State
# for the State ("Sweden" unregistered), a registered institution for itself, a bare post in the organisation's own
# transcript for the organisation, and so do their later bare turns; a journalist keeps her name.
DONOR_CALL = """Donor briefing call: detention-related activities (transcript)

Wednesday 8 October 2025, 14:00 CET. Transcript prepared by the Donor Relations Unit.

MODERATOR (Claire Fontaine, Donor Relations): Good afternoon. Over to Matthias.

MATTHIAS KELLER (Regional Director, Eurasia): Thank you. Our last visit to the people detained took place in June.

INGRID LUND (Ministry for Foreign Affairs, Sweden): Are these men hostages?

MATTHIAS KELLER: We do not call them prisoners of war in public.

ANNA SMITH (Aragats TV, Yerevan): Is an exchange planned?

PIERRE LEMAIRE (European Commission, DG ECHO): Could some of the detainees be freed?
"""


@pytest.mark.parametrize("phrase, expected", [
    ("people detained", "icrc"),
    ("hostages", "Sweden"),
    ("prisoners of war", "icrc"),
    ("exchange", "Anna Smith"),      # a journalist in a place: no post
    ("detainees", "eu"),
])
def test_a_briefing_turn_speaks_for_the_post_its_brackets_give(phrase, expected):
    front = {"outlet": "International Committee of the Red Cross", "kind": "panel"}
    assert _at(DONOR_CALL, phrase, **front)[1:] == (expected, "briefing_turn")


# A Westminster Hall record prints the time alone on its line ("4.30 pm", "5.28 pm"): two times do not make its
# members' turns a live blog's entries.
WESTMINSTER_HALL = """Armenian Prisoners in Azerbaijan

Westminster Hall

[Sir Martin Hale in the Chair]

4.30 pm

Laura Bennett (Cardiff East) (Lab): I beg to move, that this House has considered e-petition 709214, relating to Armenian prisoners of war.

Mark Lewis (Shrewsbury West) (Con): Does the hon. Lady accept that Baku calls these men "terrorists and saboteurs"?

Laura Bennett: I accept the first half of that. Words are all the families of the hostages have left.

Fiona Rae (Edinburgh Leith) (SNP): The former leaders are political prisoners.

5.28 pm

Sitting adjourned.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("prisoners of war", ("Laura Bennett", "debate_turn")),
    ("political prisoners", ("Fiona Rae", "debate_turn")),
    ("hostages", ("Laura Bennett", "speaker_label")),
])
def test_a_records_times_on_their_own_lines_make_no_live_blog(phrase, expected):
    assert _at(WESTMINSTER_HALL, phrase, outlet="House of Commons Hansard", kind="panel") == ("debate", *expected)


# A broadcaster's caption log: "SOT MIRZOYAN:" is the one heard on tape, by the full name the name line gave.
CAPTION_LOG = """ARAX NEWS 24 - CAPTION AND PRESENTER LOG
Captions as broadcast. PRES = presenter, NL = name line, SOT = sound on tape.

21:02:15 NL: ARARAT MIRZOYAN / FOREIGN MINISTER OF ARMENIA
21:02:17 SOT MIRZOYAN: "We will continue until all those held in custody are back."
21:05:10 NL: LUSINE HAKOBYAN / MOTHER OF A SOLDIER STILL HELD
21:05:12 SOT HAKOBYAN: "My son has been a prisoner for five years."
"""


@pytest.mark.parametrize("phrase, expected", [
    ("held in custody", "mirzoyan"),
    ("prisoner", "Lusine Hakobyan"),
])
def test_a_caption_logs_sound_on_tape_is_the_one_heard(phrase, expected):
    assert _at(CAPTION_LOG, phrase, outlet="Arax News 24", kind="news")[1:] == (expected, "speaker_label")


# A conference's live thread: each numbered post ("14:11 · 3/") is whom its label reports, an ambassador or a minister
# for her State (its foreign ministry, for a foreign minister), an institution's adviser for it, a scholar by name;
# a surname alone is whom a label gave in full before; an unlabelled post stays the account's.
LIVE_THREAD = """Geneva IHL Watch @GenevaIHLWatch · 16 Oct 2025

14:02 · 1/ Live from the forum. Thread below.

14:11 · 3/ Amb. Elnur Gasimli (Azerbaijan): "There are no prisoners of war in Azerbaijan."

14:19 · 5/ Dep. FM Lilit Hovakimyan (Armenia): we now say "persons deprived of liberty".

14:22 · 6/ Hovakimyan: 23 people. All 23 must be released.

14:30 · 7/ Dr Mette Lund, ICRC legal adviser: the last visit to the detainees was in June.

14:41 · 9/ Prof. Lea Brunner (Univ. of Bern): a trial does not end POW status.

15:05 · 13/ Our take: nobody used the word "hostages" except to reject it.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("prisoners of war", "azerbaijan"),
    ("deprived of liberty", "mfa_armenia"),
    ("released", "mfa_armenia"),
    ("detainees", "icrc"),
    ("POW status", "Lea Brunner"),
    ("hostages", "outlet:Geneva IHL Watch"),
])
def test_a_live_threads_post_is_whom_its_label_reports(phrase, expected):
    assert _at(LIVE_THREAD, phrase, outlet="Geneva IHL Watch", kind="news")[:3] == ("live_blog", expected, "blog_entry")


# A registry's summary of an inter-State application: "the applicant Government" and "the respondent Government"
# are the States its heading names ("Armenia v. Azerbaijan"); its complaints are the applicant's, its own lines the
# court's.
APPLICATION_SUMMARY = """Armenia v. Azerbaijan (no. 47319/21)

Summary of the application prepared by the Registry. It does not bind the Court.

The facts as submitted by the applicant Government

The applicant Government state that on 14 December 2020 44 Armenian servicemen were returned in the first exchange.

The complaints

The applicant Government allege:

1. under Article 5, the unlawful detention of the persons still held;

The position of the respondent Government

The respondent Government contest the application. They submit that all prisoners of war were returned in 2020.

Procedure

The Court has not taken any position on whether the persons concerned are prisoners of war.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("returned in the first", "armenia"),
    ("unlawful detention", "armenia"),
    ("all prisoners of war", "azerbaijan"),
    ("are prisoners of war", "echr_court"),
])
def test_an_inter_state_summary_gives_each_government_its_words(phrase, expected):
    front = {"outlet": "European Court of Human Rights", "kind": "statement"}
    assert _at(APPLICATION_SUMMARY, phrase, **front)[1] == expected


# A messenger export's forwarded note is its original sender's, not the member's who posted it.
FORWARDED_NOTES = """Voice notes from a relatives' group

[13 Jan, 22:02] Gohar V.:
Forwarded voice note from Ashot Mkrtchyan, lawyer:
"Do not tell any journalist that your son is a terrorist because Baku says so."

[14 Jan, 12:05] Seda H.:
Forwarded from the group "Families of Hadrut 2020":
"They were captives then, they are captives now."

[14 Jan, 12:07] Seda H.:
"They are hostages."
"""


@pytest.mark.parametrize("phrase, expected", [
    ("terrorist", "Ashot Mkrtchyan"),
    ("captives", "Families of Hadrut 2020"),
    ("hostages", "Seda H."),
])
def test_a_forwarded_note_is_its_senders(phrase, expected):
    assert _at(FORWARDED_NOTES, phrase, outlet="Lori Dispatch", kind="news")[1] == expected


# A record's bracketed note of words from the dock ("[From the dock, the appellant Hayk Sargsyan: "..."]") is the
# appellant's, not the presiding judge's whose turn it interrupts.
DELIVERY = """PRESIDING JUDGE: Please be seated. The Court will now deliver its judgment in the case of the nine appellants.

[From the dock, the appellant Hayk Sargsyan: "We are prisoners of war!"]

PRESIDING JUDGE: Order in the dock. The Court does not accept that the appellants are hostages.

[The appellant Arman Petrosyan: "Then exchange us!"]
"""


@pytest.mark.parametrize("phrase, expected", [
    ("prisoners of war", ("Hayk Sargsyan", "quote_verb_before")),
    ("exchange", ("Arman Petrosyan", "quote_verb_before")),
    ("hostages", ("azerbaijan",)),
])
def test_words_from_the_dock_are_the_appellants(phrase, expected):
    assert _at(DELIVERY, phrase, outlet="Caucasus Trial Monitor", kind="news")[1:1 + len(expected)] == expected


# A statement that prints two speeches under their own headings: each is its speaker's, an unregistered State's
# minister speaking for it by its name.
TWO_SPEECHES = """Remarks at the reception on the anniversary of the Independence of the Republic of Armenia

Remarks by H.E. Karine Harutyunyan, Ambassador of the Republic of Armenia to Ireland

Good evening. Our prisoners of war must come home.

Remarks by Declan Moriarty, T.D., Minister of State at the Department of Foreign Affairs of Ireland

Ambassador, thank you. Ireland has supported the release of all Armenian detainees.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("prisoners of war", "armenia"),
    ("detainees", "Ireland"),
])
def test_each_of_two_speeches_is_its_speakers(phrase, expected):
    front = {"outlet": "Embassy of the Republic of Armenia in Ireland", "kind": "statement"}
    assert _at(TWO_SPEECHES, phrase, **front)[1:] == (expected, "author_voice")


# A memo's list of attendees by body ("Arax Legal Aid: the undersigned; ...") names no turn: the memo stays its
# author's; an attendee listed under a registered body speaks for it (hard case 12), any other keeps her name.
MEMO = """MEMO TO FILE

1. Attendees

Ministry of Foreign Affairs: Mr Tigran Hakobyan, Head of the Consular Department; Ms Lilit Sargsyan, legal adviser.
Office of the Human Rights Defender: Mr Vahe Grigoryan, adviser.
Arax Legal Aid: the undersigned; K. Melkonyan, paralegal (notes).

2. What was said

Mr Grigoryan said the Defender's Office continues to call them captives.

Ms Sargsyan said the Ministry does not regard the term "prisoners of war" as abandoned.

I raised our two files on enforced disappearance.

M.A.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("enforced disappearance", ("Mariam Asatryan", "author_voice")),
    ("prisoners of war", ("Lilit Sargsyan", "reported_speech")),
    ("captives", ("hrd_armenia", "reported_speech")),
])
def test_a_list_of_attendees_names_no_turn(phrase, expected):
    front = {"outlet": "Arax Legal Aid", "kind": "statement", "author": "Mariam Asatryan"}
    assert _at(MEMO, phrase, **front)[1:] == expected


# A role of several words works the same ("DEFENCE COUNSEL (Ms Sabina Karimova):", then "DEFENCE COUNSEL:"); a
# label of a person's name with her State in brackets names no role.
CROSS_EXAMINATION = """BAKU MILITARY COURT

PRESIDING JUDGE: The defence may cross-examine.

DEFENCE COUNSEL (Ms Sabina Karimova): Major, did any of them fire?

WITNESS (Major Elvin Mammadli): No.

DEFENCE COUNSEL: Were they registered by the Red Cross as prisoners of war?

JANE DOE (United Kingdom): We call them hostages.

JANE DOE: Still hostages, as I said.
"""


@pytest.mark.parametrize("phrase, nth, expected", [
    ("prisoners of war", 0, "Sabina Karimova"),
    ("hostages", 0, "United Kingdom"),
    ("hostages", 1, "Jane Doe"),
])
def test_a_bare_role_of_several_words_is_the_person_its_bracketed_label_names(phrase, nth, expected):
    assert _at(CROSS_EXAMINATION, phrase, nth, outlet="Court Transcripts")[1:3] == (expected, "debate_turn")


# A witness statement: "I, NAME, ... say as follows" names who makes it; its words are hers wherever nobody else
# is named for them, a quoted official's stay his.
WITNESS_STATEMENT = """IN THE EUROPEAN COURT OF HUMAN RIGHTS

WITNESS STATEMENT OF NARINE GEVORGYAN

I, NARINE GEVORGYAN, of 3 Abovyan Street, Kapan, Republic of Armenia, say as follows:

1. I am the wife of the applicant. My husband is a prisoner of war.

2. An official of the Ministry told me that Azerbaijan would not return the detainees.

3. The prosecutor said: "These men are terrorists."
"""


@pytest.mark.parametrize("text, phrase, expected", [
    (WITNESS_STATEMENT, "prisoner of war", ("testimony", "Narine Gevorgyan", "author_voice")),
    (WITNESS_STATEMENT, "terrorists", ("testimony", "azerbaijan", "quote_verb_before")),
    # "I, for one, say": no name, no statement of a witness
    (WITNESS_STATEMENT.replace("I, NARINE GEVORGYAN, of 3 Abovyan Street, Kapan, Republic of Armenia, say as follows:",
                               "I, for one, say what I saw."), "prisoner of war", ("statement", "outlet:Daily", "outlet")),
])
def test_a_witness_statement_is_its_makers(text, phrase, expected):
    assert _at(text, phrase, kind="statement") == expected


# The ICRC's delegation in a city is an office: a committee's report that mentions it is no summary record, and its
# "We" stays the committee's after a witness's evidence.
COMMITTEE_EVIDENCE = """Armenian detainees in Azerbaijan

21. A mother told us that no letter came after the delegation of the International Committee of the Red Cross in Baku closed (Q41).

22. The Caucasus Justice Initiative told us that forty Armenians remain missing (KAR0012). We consider that these are cases of enforced disappearance.
"""


def test_the_icrcs_delegation_makes_no_summary_record():
    layout, speaker, _ = _at(COMMITTEE_EVIDENCE, "enforced disappearance", outlet="Foreign Affairs Committee")
    assert (layout, speaker) == ("unrecognised", "Foreign Affairs Committee")
    # a State party's delegation that speaks still makes one
    record = COMMITTEE_EVIDENCE.replace("the delegation of the International Committee of the Red Cross in Baku closed",
                                        "the delegation said that the prisoners of war were well")
    assert _at(record, "prisoners of war", outlet="Foreign Affairs Committee")[0] == "summary_record"


# A judge's separate opinion is her own, by name (hard case 16; ICJ Statute art 57, ECHR art 45(2)): not the
# court's, though the court publishes it; a party it reports keeps its words.
SEPARATE_OPINION = """CASE OF ARMENIA v. AZERBAIJAN

{heading}

1. I voted against point 4 of the operative provisions. In my view the applicants were prisoners of war.

2. The respondent Government submitted that the men were saboteurs.
"""


@pytest.mark.parametrize("heading, phrase, expected", [
    ("PARTLY DISSENTING OPINION OF JUDGE KOVÁCS", "prisoners of war", ("separate_opinion", "Kovács")),
    ("Concurring opinion of Judge Anna Lindqvist", "prisoners of war", ("separate_opinion", "Anna Lindqvist")),
    ("PARTLY DISSENTING OPINION OF JUDGE KOVÁCS", "saboteurs", ("separate_opinion", "azerbaijan")),
    # a joint opinion names no one author; the judgment itself is the court's
    ("JOINT DISSENTING OPINION OF JUDGES KOVÁCS AND LINDQVIST", "prisoners of war", ("court", "echr_court")),
    ("JUDGMENT", "prisoners of war", ("court", "echr_court")),
])
def test_a_judges_separate_opinion_is_hers(heading, phrase, expected):
    layout, speaker, _ = _at(SEPARATE_OPINION.format(heading=heading), phrase,
                             outlet="European Court of Human Rights", kind="judgment")
    assert (layout, speaker) == expected


@pytest.mark.parametrize("signature, front, expected", [
    # the heading's surname is the judge the front matter or the signature names in full: one speaker, not two
    ("", {"author": "Zsófia Kovács"}, "Zsófia Kovács"),
    ("(Signed) Zsófia KOVÁCS.", {}, "Zsófia Kovács"),
    # ... another judge's name is no fuller form of hers
    ("", {"author": "Anna Lindqvist"}, "Kovács"),
])
def test_a_separate_opinions_judge_by_her_full_name(signature, front, expected):
    text = SEPARATE_OPINION.format(heading="PARTLY DISSENTING OPINION OF JUDGE KOVÁCS") + "\n" + signature + "\n"
    layout, speaker, _ = _at(text, "prisoners of war", outlet="European Court of Human Rights", kind="judgment",
                             **front)
    assert (layout, speaker) == ("separate_opinion", expected)


READER_QA = """Live Q&A: our correspondent Anahit Voskanyan answers your questions on the detainees

Moderator: Welcome. Anahit is with us for the next hour.

Davit_M (Gyumri): Is it giving up to stop calling them prisoners of war?

Anahit Voskanyan: Officials reject that reading. They still say the men must be released.

guest_4410 (Vanadzor): Will anyone be freed before the treaty is signed?

Anahit Voskanyan: No one can say.
"""


@pytest.mark.parametrize("phrase, expected", [
    # a reader's handle and her town: the reader, by the handle, not the town
    ("prisoners of war", "Davit_M"), ("freed", "guest_4410"),
    # the correspondent answers under her name
    ("released", "Anahit Voskanyan"),
])
def test_a_readers_handle_and_town_is_the_reader(phrase, expected):
    assert _at(READER_QA, phrase, outlet="The Caucasus Courier")[1] == expected


ICJ_OPINION = """APPLICATION OF THE INTERNATIONAL CONVENTION ON THE ELIMINATION OF ALL FORMS OF RACIAL DISCRIMINATION
(ARMENIA v. AZERBAIJAN)

SEPARATE OPINION OF JUDGE KOVACS

1. The Respondent contended that the men were saboteurs.

2. The Applicant pleaded that they were prisoners of war.

3. Counsel for the Respondent answered that they were "terrorists".
"""


@pytest.mark.parametrize("phrase, expected", [
    # an inter-State case's "the Applicant" and "the Respondent" are the States its title names, and a party's
    # counsel speaks for the party
    ("saboteurs", "azerbaijan"), ("prisoners of war", "armenia"), ("terrorists", "azerbaijan"),
])
def test_the_applicant_and_the_respondent_of_an_inter_state_case(phrase, expected):
    assert _at(ICJ_OPINION, phrase, outlet="International Court of Justice", kind="judgment")[1] == expected


PACE_TURNS = """Parliamentary Assembly: debate on humanitarian consequences

Ms Anahit GRIGORYAN (Armenia, SOC) – Eight of the men were sentenced after short trials. My government now speaks of "persons held in custody". I call them hostages.

Mr Lars BERG (Sweden, EPP/CD) – Our government has never used the word "hostages".
"""


@pytest.mark.parametrize("phrase, expected", [
    # a delegate's "my government" is the State her label gives; what she says herself stays hers
    ("persons held in custody", "armenia"), ("I call them hostages", "Anahit Grigoryan"),
    # ... and a State the registry does not know leaves the words with the one who speaks them
    ('word "hostages"', "Lars Berg"),
])
def test_a_delegates_own_government_is_her_labels_state(phrase, expected):
    text = PACE_TURNS
    start = text.index(phrase)
    start = start + phrase.index("hostages") if "hostages" in phrase else start
    who = speakers.attribute(text, source="t", published="2025-10-01", outlet="PACE Records", kind="panel")
    assert who.at(start).speaker == expected


VISIT_STATEMENT = """Public statement concerning Azerbaijan

5. The Azerbaijani authorities informed the delegation that all the persons concerned were held lawfully, and rejected any suggestion of arbitrary detention. The Committee takes note of this position.

6. Since the visit, four persons were released on 14 January 2026.
"""


def test_a_visiting_bodys_delegation_makes_no_summary_record():
    # "informed the delegation": the body's own delegation is told things; no State party's delegation speaks
    assert _at(VISIT_STATEMENT, "released", kind="statement", outlet="Committee for the Prevention of Torture") == (
        "statement", "Committee for the Prevention of Torture", "report_voice")
    # ... while "The delegation said" in a record still makes one
    record = "Summary of the dialogue\n\n2. The delegation said that the prisoners of war had been returned.\n"
    assert _at(record, "prisoners of war", outlet="Committee Records")[0] == "summary_record"


MANY_CASES = """Court continues interim measures for Armenians held in Azerbaijan

The European Court of Human Rights has decided to continue to apply interim measures in the cases concerning
Armenians captured during the hostilities. The Court noted that the requests concerned 249 persons.

The applicants argued that their return had been made conditional on the handing over of minefield maps.
"""


def test_the_applicants_of_a_release_on_many_cases_are_the_applicants():
    # no one case is named: "the applicants" still speak, as the text calls them
    assert _at(MANY_CASES, "minefield maps", outlet="Strasbourg Bulletin", kind="statement")[1] == "the applicants"


WRITTEN_STATEMENT = """Statement made on 3 March 2026

Release of detainees

{office}

I wish to inform the House that four Armenian detainees were released yesterday.

The Government welcomes the release. In 2023 Armenia and Azerbaijan exchanged prisoners, an outcome this
Government welcomed. It does not call them hostages.

The Azerbaijani authorities describe them as "terrorists".
"""


@pytest.mark.parametrize("office, front, phrase, expected", [
    # a statement whose front matter names its maker is hers, not its publisher's
    ("Made by: Jane Holloway (Minister for Europe)", {"author": "Jane Holloway"}, "detainees were",
     ("signed_statement", "Jane Holloway", "author_voice")),
    # ... and a minister's "the Government" and "this Government" are the one she speaks for
    ("Made by: Jane Holloway (Minister for Europe)", {"author": "Jane Holloway"}, "hostages",
     ("signed_statement", "Jane Holloway")),
    ("Made by: Jane Holloway (Minister for Europe)", {"author": "Jane Holloway"}, "exchanged",
     ("signed_statement", "Jane Holloway")),
    ("Made by: Jane Holloway (Minister for Europe)", {"author": "Jane Holloway"}, "terrorists",
     ("signed_statement", "azerbaijan")),  # another's word stays another's
    # without a maker, the publisher's statement
    ("Foreign Office", {}, "detainees were", ("statement", "UK Parliament")),
])
def test_a_written_statement_is_its_makers(office, front, phrase, expected):
    layout, speaker, rule = _at(WRITTEN_STATEMENT.format(office=office), phrase, outlet="UK Parliament",
                                kind="statement", **front)
    assert (layout, speaker, rule)[:len(expected)] == expected


OBSERVATIONS = """Hovsepyan and Others v. Azerbaijan (application no. 42816/21)

Observations of the Government on the admissibility and merits

5. The applicants were apprehended as members of a sabotage group; they are not prisoners of war.

6. The "all for all" principle concerned those captured during the hostilities.

Samira Huseynli
{post}
Baku, 15 November 2022
"""


@pytest.mark.parametrize("post, expected", [
    # a State's Agent signs its observations for the State (hard case 12)
    ("Agent of the Republic of Azerbaijan before the European Court of Human Rights", "azerbaijan"),
    ("Co-Agent of the Government of Armenia", "armenia"),
    # any other signer speaks in her own name
    ("Counsel for the applicants", "Samira Huseynli"),
])
def test_a_states_agent_signs_for_the_state(post, expected):
    text = OBSERVATIONS.format(post=post)
    assert _at(text, "all for all", kind="statement", author="Samira Huseynli", outlet="Registry")[1:] == \
        (expected, "author_voice")


def test_a_lawyers_signed_statement_speaks_for_no_government():
    text = ("Statement of counsel\n\nArmine Tadevosyan, counsel for the applicant\n\n"
            "My client is a prisoner of war. Azerbaijan has charged him. The Government calls him a terrorist.\n")
    layout, speaker, _ = _at(text, "terrorist", outlet="Legal Aid Centre", kind="statement", author="Armine Tadevosyan")
    assert (layout, speaker) == ("signed_statement", "azerbaijan")  # the State named before, not the lawyer
    assert _at(text, "prisoner of war", outlet="Legal Aid Centre", kind="statement",
               author="Armine Tadevosyan")[1] == "Armine Tadevosyan"


LIST_OF_ISSUES = """Committee against Torture
List of issues in relation to the fifth periodic report of Azerbaijan

12. Please comment on reports that the detainees are prisoners of war.

{head}
(a) No persons deprived of liberty are held as prisoners of war.
(b) The persons concerned are terrorists.

Nobody is held as a hostage.

13. Please clarify whether releases depended on maps of minefields.
"""


@pytest.mark.parametrize("head, phrase, expected", [
    # a reply under its heading is the State's, to the next numbered question
    ("Reply of Azerbaijan to paragraph 12", "terrorists", ("azerbaijan", "reply_section")),
    ("Reply of Azerbaijan to paragraph 12", "hostage", ("azerbaijan", "reply_section")),
    ("Replies of the State party", "terrorists", ("azerbaijan", "reply_section")),  # the State the text reviews
    ("Response of the Government:", "persons deprived of liberty", ("azerbaijan", "reply_section")),
    # the Committee's questions stay the Committee's
    ("Reply of Azerbaijan to paragraph 12", "releases", ("Committee against Torture",)),
    ("Reply of Azerbaijan to paragraph 12", "detainees", ("Committee against Torture",)),
])
def test_a_reply_under_its_heading_is_the_states(head, phrase, expected):
    layout, speaker, rule = _at(LIST_OF_ISSUES.format(head=head), phrase, outlet="Committee against Torture",
                                kind="statement")
    assert (speaker, rule)[:len(expected)] == expected


# A rebuttal's items quoting the report it answers ("Claim 1: "..."") are the report's author's, whom the head
# names; its answers ("Fact: ...") stay the ministry's; one "Claim:" alone is no point-by-point rebuttal.
REBUTTAL = """Response of the Ministry of Foreign Affairs of the Republic of Azerbaijan to the report of the Caucasus Justice Initiative

On 3 June 2025 the Caucasus Justice Initiative published a report. It repeats allegations refuted many times.

Claim 1: "Azerbaijan holds at least 23 Armenian hostages."

Fact: There are no hostages in Azerbaijan.

Claim 2: "The detainees are prisoners of war."

Fact: All prisoners of war were returned in December 2020.
"""


@pytest.mark.parametrize("text, phrase, expected", [
    (REBUTTAL, "Armenian hostages", ("Caucasus Justice Initiative", "reply_section")),
    (REBUTTAL, "detainees", ("Caucasus Justice Initiative", "reply_section")),
    (REBUTTAL, "no hostages", ("mfa_azerbaijan", "report_voice")),
    (REBUTTAL, "All prisoners of war", ("mfa_azerbaijan", "report_voice")),
    (REBUTTAL.split("Claim 2")[0], "Armenian hostages", ("mfa_azerbaijan", "report_voice")),
])
def test_a_rebuttals_items_are_the_rebutted_reports(text, phrase, expected):
    front = {"outlet": "Ministry of Foreign Affairs of the Republic of Azerbaijan", "kind": "statement"}
    assert _at(text, phrase, **front)[1:] == expected


# A letter's reply printed after it under a numbered, dated heading is the replying ministry's, to the next numbered
# part (the publisher's comment on it).
LETTER_AND_REPLY = """Our letter to the Government of Azerbaijan, its reply and our comment

1. Our letter of 10 October 2025

We urge you to release the detainees and to refrain from describing them as terrorists.

2. The reply of the Ministry of Foreign Affairs of Azerbaijan, 3 November 2025

There are no prisoners of war in Azerbaijan, and the persons concerned are not hostages.

3. Our comment on the reply

The Ministry's answer does not address the exchange.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("prisoners of war", ("mfa_azerbaijan", "reply_section")),
    ("hostages", ("mfa_azerbaijan", "reply_section")),
    ("exchange", ("outlet:Observatory", "outlet")),
])
def test_a_letters_reply_under_its_dated_heading_is_the_ministrys(phrase, expected):
    assert _at(LETTER_AND_REPLY, phrase, outlet="Observatory", kind="statement")[1:3] == expected


IPU_DECISION = """Azerbaijan: AZE-C-01, Mr. Aram Sargsyan

The Committee on the Human Rights of Parliamentarians,

1. Referring to the submissions of the complainant, the Caucasus Legal Clinic, dated 4 November 2025,

Considering the following information on file from the complainant:

2. Mr. Sargsyan is a political prisoner.

3. Nineteen Armenians remain held as hostages in Baku.

Considering the following information provided by the authorities of Azerbaijan:

4. The accused are persons on trial, lawfully detained.

The Committee,

5. Notes that the rights of persons deprived of liberty do not depend on the label chosen;
"""


@pytest.mark.parametrize("phrase, expected", [
    # each party's section under its heading is that party's, over its numbered paragraphs
    ("political prisoner", ("Caucasus Legal Clinic", "reply_section")),  # "the complainant, the X," names it
    ("hostages", ("Caucasus Legal Clinic", "reply_section")),
    ("lawfully detained", ("azerbaijan", "reply_section")),  # "the authorities of Azerbaijan": the State
    # ... and the body's own part after "The Committee," is not the last party's
    ("persons deprived of liberty", ("outlet:Inter-Parliamentary Union", "outlet")),
])
def test_a_decisions_section_of_a_partys_information_is_that_partys(phrase, expected):
    assert _at(IPU_DECISION, phrase, outlet="Inter-Parliamentary Union", kind="judgment")[1:] == expected


@pytest.mark.parametrize("head, phrase, expected", [
    # a decision its head says a committee adopted is that committee's voice, by its name (hard case 15) ...
    ("Decision adopted by consensus by the Committee on the Human Rights of Parliamentarians at its 177th session",
     "persons deprived of liberty", ("Committee on the Human Rights of Parliamentarians", "report_voice")),
    ("Decision adopted by consensus by the Committee on the Human Rights of Parliamentarians at its 177th session",
     "released", ("Committee on the Human Rights of Parliamentarians", "reported_speech")),  # "The Committee notes"
    # ... and without that head the publisher's
    ("Case AZE-C-01", "persons deprived of liberty", ("outlet:Inter-Parliamentary Union", "outlet")),
])
def test_a_decision_adopted_by_a_committee_is_the_committees(head, phrase, expected):
    text = (f"Azerbaijan: AZE-C-01\n\n{head}\n\n9. Recalls that the rights of persons deprived of liberty do not "
            "depend on the label chosen;\n\n10. The Committee notes that four Armenians were released in January.\n")
    assert _at(text, phrase, outlet="Inter-Parliamentary Union", kind="judgment")[1:] == expected


VIEWS = """Mkrtchyan v. Azerbaijan

Communication submitted by: Anahit Mkrtchyan (represented by counsel, Lilit Baghdasaryan)
State party: Azerbaijan

The facts as submitted by the author

2.1 Her son was captured in December 2020 and has been held as a hostage ever since.

2.2 The Government of Armenia put the number of Armenians still held at 23.

State party's observations on admissibility and the merits

4.2 The State party submits that all persons captured were returned under the "all for all" principle.

4.3 It states that it handed over a further 32 persons in exchange for two servicemen.

Author's comments on the State party's observations

5.1 The son is a prisoner of war, not a saboteur.

Issues and proceedings before the Committee

7.2 The Committee notes that the son has been detained for years. It observes that the State party released five.
"""


@pytest.mark.parametrize("phrase, expected", [
    # the facts as the author submitted them are hers, by the name the head gives her ...
    ("hostage", ("Anahit Mkrtchyan", "reply_section")),
    ("23", ("armenia", "reported_speech")),  # ... but for what she reports another saying
    # "The State party" is the State the head names, and so is the "It" after it
    ("all for all", ("azerbaijan", "delegation")),
    ("handed over", ("azerbaijan", "pronoun")),
    ("prisoner of war", ("Anahit Mkrtchyan", "reply_section")),  # her comments
    # the Committee's own part is the Committee's, its "It" too
    ("released five", ("Human Rights Committee", "pronoun")),
])
def test_a_views_sections_are_the_author_and_the_state_party(phrase, expected):
    assert _at(VIEWS, phrase, outlet="Human Rights Committee", kind="judgment")[1:] == expected


def test_a_list_of_issues_without_a_reply_heading_is_the_bodys():
    text = LIST_OF_ISSUES.format(head="The replies follow below.")
    assert _at(text, "terrorists", outlet="Committee against Torture", kind="statement")[1] == "Committee against Torture"


CHANNEL = """Border News
News from the border. 12,400 subscribers

[14.01.2026 08:15]
{forwarded}Four persons of Armenian origin will be handed over today. They are not prisoners of war.
31.2K views

[14.01.2026 08:22]
Note the wording. Our boys are captives, whatever the other channels write.
29.8K views
"""


@pytest.mark.parametrize("forwarded, phrase, expected", [
    # a channel's posts under their dates and times are entries: each the channel's own ...
    ("", "prisoners of war", ("live_blog", "outlet:Border News", "blog_entry")),
    ("", "captives", ("live_blog", "outlet:Border News", "blog_entry")),
    # ... or the channel's it was forwarded from, by its registered name or as written
    ("Forwarded from Caspian Pulse\n", "prisoners of war", ("live_blog", "Caspian Pulse", "blog_entry")),
    ("Forwarded from Armenian MFA\n", "prisoners of war", ("live_blog", "mfa_armenia", "blog_entry")),
    ("Forwarded from Caspian Pulse\n", "captives", ("live_blog", "outlet:Border News", "blog_entry")),
])
def test_a_channels_posts_and_those_it_forwards(forwarded, phrase, expected):
    assert _at(CHANNEL.format(forwarded=forwarded), phrase, outlet="Border News", kind="news") == expected


LETTERS = """Letters from Baku

Introduction

The letters below reached the families through the Red Cross. The authorities call the writers saboteurs.

{head}

Dear Mama,

I am alive. They told us we are not prisoners of war. I am a prisoner of war, whatever they write.

Your son, Gor

Notes

[1] He was returned in 2021, one of 15 captives handed over for maps.
"""


@pytest.mark.parametrize("head, phrase, expected", [
    # a letter under a heading that names its writer is his, to the editor's notes
    ("1. Gor Avagyan to his mother, 2 March 2021 [1]", "a prisoner of war", "Gor Avagyan"),
    ("Letter from Gor Avagyan to his mother", "a prisoner of war", "Gor Avagyan"),
    ("1. Gor Avagyan to his mother, 2 March 2021 [1]", "captives", "Ruzan Melkonyan"),  # the editor's note
    ("1. Gor Avagyan to his mother, 2 March 2021 [1]", "saboteurs", "Ruzan Melkonyan"),  # her introduction
    # without the heading, the signed editor's piece
    ("1. From the archive", "a prisoner of war", "Ruzan Melkonyan"),
])
def test_letters_under_headings_that_name_their_writers(head, phrase, expected):
    layout, speaker, _ = _at(LETTERS.format(head=head), phrase, outlet="Daily", kind="opinion", author="Ruzan Melkonyan")
    assert speaker == expected


MOTION = """Early day motion 312: Armenian detainees in Azerbaijan

Tabled by Jane Holloway.

That this House is concerned that Armenian prisoners of war remain in Baku; notes that the Government of \
Azerbaijan describes them as terrorists; calls on the Government to press for the release of all captives.
"""
RESOLUTION = """Resolution

The Assembly notes that Azerbaijan calls the detainees saboteurs; further urges the release of the hostages.
"""


@pytest.mark.parametrize("text, phrase, expected", [
    (MOTION, "terrorists", "azerbaijan"),  # the clause reported
    (MOTION, "captives", "House"),  # the motion's next clause, on its own verb, is the House's again
    (RESOLUTION, "saboteurs", "azerbaijan"),
    (RESOLUTION, "hostages", "Assembly"),
])
def test_a_motions_next_clause_is_its_makers_again(text, phrase, expected):
    assert _at(text, phrase)[1] == expected


EDM = """Early day motion 212

Armenian prisoners held in Azerbaijan

Primary sponsor: Eleanor Whitcombe (Hartwell and Dene)
Sponsors: Gareth Pryce (Carrick Vale)

That this House welcomes the release of 32 servicemen; notes that the Government of Azerbaijan describes \
several of them as terrorists; calls on the Government to press for the release of all hostages.

Amendment 212A1
Tabled by: Richard Oakes (Fenwick Moor)

At end add ‘; notes that the ICRC refers to them as people detained; further notes that the captives \
have no lawyers’.

Signatures

31 Members had signed the motion; the detainees' families welcomed it.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("prisoners held", "Eleanor Whitcombe"),  # the motion's title, tabled with it
    ("release of 32", "Eleanor Whitcombe"),  # "That this House welcomes": the sponsor's, not the House's
    ("terrorists", "azerbaijan"),
    ("hostages", "Eleanor Whitcombe"),  # the motion's next clause
    ("people detained", "icrc"),
    ("captives", "Richard Oakes"),  # the amendment's next clause, inside its quotation, is its mover's
    ("detainees'", "outlet:Daily"),  # the page's note of signatures is no Member's
])
def test_a_motion_is_its_sponsors_and_an_amendment_its_movers(phrase, expected):
    assert _at(EDM, phrase)[1] == expected


PAIRED = """Point / Counterpoint

Should Armenia still call them prisoners of war?

Words matter. We asked two contributors whether the detainees are still prisoners of war in law.

POINT: Yes

By Lilit Mkrtchyan, a lawyer who has represented Armenian families in Strasbourg

They are prisoners of war.

COUNTERPOINT: No

By Hrant Avagyan, a former diplomat

I no longer call them captives in public.

Mkrtchyan replies

Calling them persons held in custody concedes the point.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("detainees", "outlet:Daily"),  # the paper's own introduction above the first byline
    ("They are prisoners of war", "Lilit Mkrtchyan"),  # a byline with who she is after the comma
    ("captives", "Hrant Avagyan"),
    ("persons held", "Lilit Mkrtchyan"),  # "Mkrtchyan replies": the author of the pair by her surname
])
def test_paired_pieces_are_each_authors_and_the_introduction_the_papers(phrase, expected):
    assert _at(PAIRED, phrase, kind="opinion", author="Lilit Mkrtchyan and Hrant Avagyan")[1] == expected


def test_a_byline_of_two_authors_is_no_byline_with_a_description():
    text = PAIRED.replace("By Hrant Avagyan, a former diplomat", "By Hrant Avagyan, Daniel Achebe")
    assert _at(text, "captives", kind="opinion", author="Lilit Mkrtchyan and Hrant Avagyan")[1] == "Lilit Mkrtchyan"


UNGA = """United Nations A/76/PV.12
General Assembly
Seventy-sixth session

The President: I give the floor to the representative of Azerbaijan in exercise of the right of reply.

Mr. Nasirli (Azerbaijan): The persons now held are saboteurs, whatever the European Parliament says.

Mr. Margaryan (Armenia): They are prisoners of war.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("saboteurs", "azerbaijan"),  # a UN organ's record: its delegates speak for their States
    ("prisoners of war", "armenia"),
])
def test_a_un_record_that_cites_a_parliament_is_no_parliaments(phrase, expected):
    assert _at(UNGA, phrase)[1:] == (expected, "debate_turn")


SLIDE = """Detention after the war

Slide 2
Who says what
- Armenia (2020-2024): "prisoners of war", "hostages"
- Azerbaijan: "terrorists and saboteurs"
- ICRC: "people detained in relation to the conflict"
- Notes: "captives" is nobody's word here
"""


@pytest.mark.parametrize("phrase, expected", [
    ("prisoners of war", "armenia"),  # a bullet, a period in brackets, then the speaker's words
    ("hostages", "armenia"),  # ... each quotation listed on its line
    ("terrorists", "azerbaijan"),
    ("people detained", "icrc"),
    ("captives", "outlet:Daily"),  # a bullet that names no speaker
])
def test_a_slides_bullets_give_their_quotations_to_the_speaker_they_open_with(phrase, expected):
    assert _at(SLIDE, phrase)[1] == expected


TICKER = """LORI 24 NEWS TICKER | Releases and detainees

14 JAN 11:10 | Pashinyan: "Four of our compatriots are home. Nineteen persons held in custody remain in Baku, \
and we will work for the return of every one of them, whatever it takes and however long it takes."

15 JAN 08:30 | Gayane Arzumanyan, mother of one of the 19: "They are hostages."

15 JAN 09:00 | Families gather: "captives" is the word on their placards.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("persons held in custody", "pashinyan"),  # a ticker's item: the quotation after its time and speaker
    ("hostages", "Gayane Arzumanyan"),  # who she is after her name
    ("captives", "outlet:Daily"),  # a lead that names no speaker
])
def test_a_tickers_quotation_after_its_time_and_speaker_is_the_speakers(phrase, expected):
    assert _at(TICKER, phrase)[1] == expected


COMMUNIQUE = """JOINT COMMUNIQUE

following the meeting of the Ministers of Foreign Affairs

1. The Russian side recalled the exchange of prisoners of war on the principle of "all for all".

2. The Ministers agreed to prepare proposals on the release of detainees.
"""


@pytest.mark.parametrize("text, phrase, expected", [
    (COMMUNIQUE, "prisoners of war", "russia"),  # a side named speaks for its State
    (COMMUNIQUE, "detainees", "outlet:Ministry of Foreign Affairs of the Russian Federation"),  # the joint text
    (COMMUNIQUE.replace("JOINT COMMUNIQUE", "STATEMENT"), "detainees", "russia"),  # the ministry's own
])
def test_a_joint_communique_is_no_voice_of_the_state_that_publishes_it(text, phrase, expected):
    assert _at(text, phrase, outlet="Ministry of Foreign Affairs of the Russian Federation", kind="statement")[1] == expected


CHAT = """Live Q&A: what happens to the 19? Ask our expert

Moderator (Hasmik Danielyan), 13:00: Welcome. Yesterday four captives came home.

Lilit_from_Gyumri, 13:02: Who decides which prisoners are released?

Mariam Tonoyan, 13:04: Nobody outside the two governments knows. They are prisoners of war.

Narek V., 13:07: Are the 19 hostages?

Mariam Tonoyan, 13:10: In law, some of the detainees may be.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("captives", "outlet:Daily"),  # the paper's moderator
    ("released", "Lilit_from_Gyumri"),  # a reader's handle, as the chat prints it
    ("prisoners of war", "Mariam Tonoyan"),
    ("hostages", "Narek V."),  # a first name and an initial, the stop kept
    ("detainees", "Mariam Tonoyan"),
])
def test_a_live_chats_turns_are_their_names_with_the_time_after_them(phrase, expected):
    assert _at(CHAT, phrase)[1] == expected


POOL = """Pool report #3

10:30 - Armenian Foreign Ministry spokesperson Tatevik Asatryan briefs the pool. She says 23 persons are held in custody.

10:40 - Anna Petrosyan, a mother from Goris, waits at the gate. She says her son is a prisoner of war.

11:05 - A senior Azerbaijani official, who asked not to be named, stops by the pen. He says the men are hostages of no one.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("held in custody", "mfa_armenia"),  # introduced in her post, then "she": the ministry (hard case 12)
    ("prisoner of war", "Anna Petrosyan"),  # no post: her name
    ("hostages", "azerbaijan"),  # an unnamed official of a State, then "he": the State, not the "she" before
])
def test_a_she_introduced_in_her_post_speaks_for_its_institution(phrase, expected):
    assert _at(POOL, phrase)[1] == expected


VIDEO_PAGE = """Who are the prisoners still held? Explained
Daily · 12,000 views · 16 Jan 2026

Pinned by Daily
@Daily · 16 Jan 2026
We use the ICRC's wording for the detainees in our own voice.
  ♥ 20 · Reply

@anna_k_gyumri · 16 Jan 2026
They are prisoners of war. Full stop.
  ♥ 1.2K · Reply · 4 replies

    @ruslan.m.az · 16 Jan 2026
    That is a saboteur, not a soldier.
    ♥ 87 · Reply
"""


@pytest.mark.parametrize("phrase, expected", [
    ("prisoners of war", ("@anna_k_gyumri", "forum_post")),  # a comment under its handle, the "@" as printed
    ("saboteur", ("@ruslan.m.az", "forum_post")),  # an indented reply under its own handle
    ("detainees", ("outlet:Daily", "forum_post")),  # the channel's own handle is the publisher
])
def test_a_video_pages_comments_are_their_handles(phrase, expected):
    assert _at(VIDEO_PAGE, phrase)[1:] == expected


NEWS_COMMENTS = """Four men return; nineteen still held

Comments (40)

Gor_Y · 15 Jan 2026, 09:14
They are hostages, and everyone knows it.
Reply · Like (37)

Anahit K. · 15 Jan 2026, 10:20
The government gave up on calling them prisoners of war.
Reply

Davit_M · 15 Jan 2026, 10:41
The ICRC cannot visit the detainees any more.

Narine_H replied to Davit_M · 10:55
My brother was one of the 44 freed in December 2020.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("hostages", ("Gor_Y", "forum_post")),
    ("prisoners of war", ("Anahit K.", "forum_post")),  # a first name and an initial, as the site prints it
    ("detainees", ("Davit_M", "forum_post")),
    ("freed", ("Narine_H", "forum_post")),  # a reply's head gives the replier first, then only the time
])
def test_a_news_sites_comments_and_replies_are_their_posters(phrase, expected):
    assert _at(NEWS_COMMENTS, phrase)[1:] == expected


CAPTURED_NEAR = """ORBIS · MARCH 2026 · THE CONVERSATION

“In Baku I had a number”

Hayk Mnatsakanyan was nineteen when he was captured near Hin Tagher in December 2020. He came home three years later.

Interview by Clara Jansen

**Do you remember the day?**

Every minute. We were sent to hold positions near Hin Tagher. Some were returned a few weeks later.

**What did they call you?**

The investigator called me a terrorist.
"""


def test_a_place_the_introduction_names_is_no_interviewee():
    # "captured near Hin Tagher": a place, though the answers name it again; the man captured there answers
    assert _at(CAPTURED_NEAR, "returned", outlet="Orbis")[:3] == ("interview", "Hayk Mnatsakanyan", "interview_turn")


SMS_ALERTS = """HRD Alerts: text messages on detained persons, September 2025 to February 2026
Office of the Human Rights Defender of the Republic of Armenia

03.09.2025 19:05
HRD ALERT: The Defender calls for continued visits to Armenian detainees.

12.11.2025 09:00
HRD INFO: Relatives of prisoners of war may register for the family meeting.

14.01.2026 14:52
ALERT: Four Armenians held in Azerbaijan have been returned.

FREQUENTLY ASKED QUESTIONS (subscribers)

Why do you not write "persons held in custody"?
The Defender does not use that phrase. We write "captives".
"""


@pytest.mark.parametrize("phrase", ["detainees", "prisoners of war", "returned", "persons held", "captives"])
def test_a_message_services_tags_are_no_speakers(phrase):
    # "HRD ALERT:" opens the sender's message: the office that sends it, never a speaker called "Hrd Alert"; nor is a
    # section's heading in capitals with brackets ("FREQUENTLY ASKED QUESTIONS (subscribers)") a speaker's line
    assert _at(SMS_ALERTS, phrase, kind="statement", outlet="Human Rights Defender of Armenia")[1] == "hrd_armenia"


COURSE_FORUM = """Week 4 discussion: Who is a prisoner of war?
International Humanitarian Law in Practice > Week 4 > Discussion forum
Pinned · 6 replies · Last activity 9 March 2026, 21:14

Miriam Okafor · Instructor · 2 March 2026, 09:00
Welcome. This week we ask which label fits the men held in Baku.
Reply · Upvote (12)

TigranV · Learner · 2 March 2026, 11:37
Prisoners of war. They were soldiers, taken near Hadrut.
Reply · Upvote (9)

Nigar.A · Learner · replying to TigranV · 3 March 2026, 08:15
In our media they are called saboteurs.
Reply

Jonas Berg · Teaching Assistant · Summary · 6 March 2026, 16:30
Most of you used detainees; two of you used hostages.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("held in Baku", ("Miriam Okafor", "forum_post")),  # a full name, then the poster's role, between dots
    ("Prisoners of war", ("TigranV", "forum_post")),
    ("saboteurs", ("Nigar.A", "forum_post")),           # ... and a reply's target before the date
    ("hostages", ("Jonas Berg", "forum_post")),
])
def test_a_course_forums_posts_under_name_role_and_date_are_their_posters(phrase, expected):
    assert _at(COURSE_FORUM, phrase, kind="panel")[1:] == expected


SPEECH = """Bergen Prize 2025: acceptance speech by Tatevik Ghazaryan

Introduction by Elin Strand, Chair of the Jury

Good evening. This year we chose a lawyer whose clients were released from detention. Ladies and gentlemen, Tatevik Ghazaryan.

[Applause]

Thank you. I will call them prisoners of war here, as I did in court.
"""


@pytest.mark.parametrize("text, front, phrase, expected", [
    (SPEECH, {"kind": "statement"}, "prisoners of war", ("signed_statement", "Tatevik Ghazaryan", "author_voice")),
    # the introducer's words under her heading, up to the stage line
    (SPEECH, {"kind": "statement"}, "released", ("signed_statement", "Elin Strand", "author_voice")),
    # a news story that reports a speech is no speech's transcript
    ("Bergen Prize 2025: acceptance speech by Tatevik Ghazaryan\n\nThe men are prisoners of war.\n",
     {"kind": "news"}, "prisoners of war", ("news", "outlet:Daily", "outlet")),
    # a sentence about a speech is no heading
    ("Protests followed the speech by Tatevik Ghazaryan.\n\nThe men are prisoners of war.\n",
     {"kind": "statement"}, "prisoners of war", ("statement", "outlet:Daily", "outlet")),
    # a State's office after the speaker's name in the heading: the State speaks (hard case 12)
    ("Reception in Dublin\n\nRemarks by H.E. Karine Harutyunyan, Ambassador of the Republic of Armenia to Ireland\n\n"
     "Twenty-three of our compatriots remain prisoners of war in Baku.\n",
     {"kind": "statement"}, "prisoners of war", ("signed_statement", "armenia", "author_voice")),
    # an opinion with no byline under a dateline that opens with the speech's name: the speaker's own words
    ("Words at the gate\n\nKeynote address by Judge Helena Markovic (retired) at the Tbilisi Law Forum, 19 November "
     "2025. As delivered.\n\nThese men are prisoners of war.\n",
     {"kind": "opinion"}, "prisoners of war", ("signed_statement", "Helena Markovic", "author_voice")),
    # a sentence that names a speech further on opens no speech's text
    ("Words at the gate\n\nProtests followed the keynote address by Judge Helena Markovic at the Forum.\n\n"
     "These men are prisoners of war.\n",
     {"kind": "opinion"}, "prisoners of war", ("opinion", "outlet:Daily", "outlet")),
    # the speaker's post before her name, and a retired officer's rank: still the speech's heading
    ("Until the last comes home\n\nSpeech by the Chairman of the Board, Colonel (ret.) Aram Sargsyan, at the memorial "
     "ceremony, Yerevan, 27 September 2026\n\nOur sons are prisoners of war in Baku.\n",
     {"kind": "statement"}, "prisoners of war", ("signed_statement", "Aram Sargsyan", "author_voice")),
    ("Until the last comes home\n\nAddress by Major (retired) Aram Sargsyan at the memorial\n\n"
     "Our sons are prisoners of war in Baku.\n",
     {"kind": "statement"}, "prisoners of war", ("signed_statement", "Aram Sargsyan", "author_voice")),
    # a post and no name names no speaker
    ("Until the last comes home\n\nSpeech by the Chairman of the Board at the memorial ceremony\n\n"
     "Our sons are prisoners of war in Baku.\n",
     {"kind": "statement"}, "prisoners of war", ("statement", "outlet:Daily", "outlet")),
])
def test_a_speechs_transcript_is_its_speakers_and_the_introduction_the_introducers(text, front, phrase, expected):
    assert _at(text, phrase, **front) == expected


PICTURE_BOOK = """The Bridge in Winter
Words by Anahit Sargsyan
Little Apricot Press

Page 1
Lilit counted the birds on the wire.

Page 3
Papa was far away, in a place he could not leave.

A note for parents and carers
by Karine Melkonyan, child psychologist

This book was written for children whose father has been in captivity. When a father is released, he has changed.

About the illustrator
Hayk Vardanyan drew the hostages' families for a newspaper.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("captivity", ("Karine Melkonyan", "author_voice")),  # a later section's own byline under its heading
    ("released", ("Karine Melkonyan", "author_voice")),
    ("hostages", ("Anahit Sargsyan", "author_voice")),  # ... up to the next short heading: the book's byline again
])
def test_a_later_sections_byline_under_its_heading_makes_it_the_bylines(phrase, expected):
    assert _at(PICTURE_BOOK, phrase, kind="opinion", outlet="Little Apricot Press")[1:] == expected


LESSON = """Lesson 4: Who is a prisoner of war?

Source B. Hikmet Hajiyev, Assistant to the President of Azerbaijan, on the servicemen captured in December 2020
The men were "not prisoners of war" but "another category of prisoners".

Source C. Anna Petrosyan, teacher in Goris, interviewed for these materials
They are hostages, whatever the word.

Source F. A mother in Goris, interviewed for these materials
My son is a captive.

Activity 1. Read the sources. Then discuss: does Source B deny that the men are detainees?
"""


@pytest.mark.parametrize("phrase, expected", [
    ("prisoners of war", ("hajiyev", "reply_section")),  # a registered speaker the label opens with
    ("hostages", ("Anna Petrosyan", "reply_section")),  # an unregistered person before her post
    ("captive", ("outlet:Daily", "outlet")),  # a label that names nobody leaves its extract alone
    ("detainees", ("outlet:Daily", "outlet")),  # after the blank line, and "Source B" is nobody's name
])
def test_an_extract_set_out_for_study_is_the_speaker_its_label_names(phrase, expected):
    assert _at(LESSON, phrase)[1:] == expected


LINES_TO_TAKE = """Lines to take: nationals held abroad

TOP LINES

- We refer to them as "persons held in custody".

IF ASKED: Are they prisoners of war or not?

- Their status is a matter of law.

IF ASKED: Why not a stronger word?

- We do not use the word "hostages" in official statements.

AGREED WORDING (use verbatim)

"Armenia expects the return of all detainees."
"""


@pytest.mark.parametrize("phrase", ["prisoners of war", "hostages", "detainees"])
def test_a_lines_to_takes_headings_are_no_ones_turns(phrase):
    layout, speaker, _rule = _at(LINES_TO_TAKE, phrase, kind="statement")
    assert (layout, speaker) == ("statement", "outlet:Daily")


QUESTIONNAIRE = """Reply of the Republic of Armenia to the questionnaire of the Working Group on Enforced or Involuntary Disappearances on persons deprived of liberty

Permanent Mission of the Republic of Armenia to the United Nations Office at Geneva

Question 1. Please indicate the number of persons deprived of liberty who are nationals of your State.

Reply: Nineteen citizens are held in custody in Azerbaijan; they are prisoners of war.
"""


@pytest.mark.parametrize("phrase, expected", [
    # the body's question the reply reprints is the body's, by its name as the heading gives it
    ("persons deprived of liberty who", ("Working Group on Enforced or Involuntary Disappearances", "reply_section")),
    # a State's permanent mission "to the United Nations Office at Geneva" is the State's organ, not an office
    ("prisoners of war", ("armenia", "report_voice")),
])
def test_a_questionnaires_questions_are_the_bodys_and_the_missions_reply_its_states(phrase, expected):
    outlet = "Permanent Mission of the Republic of Armenia to the United Nations Office at Geneva"
    assert _at(QUESTIONNAIRE, phrase, kind="statement", outlet=outlet)[1:] == expected


OPEN_LETTERS = """An exchange of open letters

Yerevan, 20 January 2026

Dear Ms. Mammadli,

I call them what the law calls them: prisoners of war.

Respectfully,
Tatevik Harutyunyan
Human Rights Defender of the Republic of Armenia

Baku, 26 January 2026

Dear Ms. Harutyunyan,

The persons you mention are not hostages.

Respectfully,
Gunay Mammadli
Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan

Dear Mr. Petrosyan,

They are captives, and I will say so.

Sincerely,
Anna Petrosyan
"""


@pytest.mark.parametrize("phrase, expected", [
    ("prisoners of war", ("hrd_armenia", "author_voice")),  # signed over a registered office: the office
    ("hostages", ("azerbaijan", "author_voice")),  # over a State's unregistered public office: the State
    ("captives", ("outlet:Daily", "outlet")),  # a private signer's letter to a named addressee is left alone
])
def test_an_open_letter_signed_over_a_public_office_is_that_offices(phrase, expected):
    assert _at(OPEN_LETTERS, phrase, kind="statement")[1:] == expected


KEYNOTE = """Keynote lecture: What the law calls them

The following is the text of the keynote lecture delivered on 23 October 2025 by Judge Annika Solheim, who served nine years on an international court.

Naming is not neutral

A soldier captured in an international armed conflict is a prisoner of war.
"""

READOUTS = """One meeting, two readouts

The deputy prime ministers met on 4 December 2025.

Readout of the Office of the Deputy Prime Minister of the Republic of Armenia

The Deputy Prime Minister raised the return of the persons held in custody.

Readout of the Office of the Deputy Prime Minister of the Republic of Azerbaijan

These persons are not prisoners of war but convicted criminals.

Note from Daily

The two texts agree on little; neither speaks of an exchange.
"""

EVIDENCE = """Oral evidence: detention in the South Caucasus

Q14 Tom Aldous: Would the Government call them hostages?

Dr Marsh: We would not. They are detainees.

Q15 Priya Mandal: And is the exchange still on the table?
"""


@pytest.mark.parametrize("text, front, phrase, expected", [
    # an editor's note naming who delivered the lecture: her words, in a text of kind panel too
    (KEYNOTE, {"kind": "panel"}, "prisoner of war", ("signed_statement", "Annika Solheim", "author_voice")),
    # each government's readout under its heading is its State's, up to the publisher's note
    (READOUTS, {"kind": "news"}, "held in custody", ("news", "armenia", "reply_section")),
    (READOUTS, {"kind": "news"}, "prisoners of war", ("news", "azerbaijan", "reply_section")),
    (READOUTS, {"kind": "news"}, "exchange", ("news", "outlet:Daily", "outlet")),
    # a select committee's question number is no part of its asker's label
    (EVIDENCE, {"kind": "panel"}, "hostages", (None, "Tom Aldous", None)),
    (EVIDENCE, {"kind": "panel"}, "exchange", (None, "Priya Mandal", None)),
])
def test_a_lecture_an_editor_introduces_readouts_under_their_headings_and_numbered_questions(text, front, phrase,
                                                                                             expected):
    found = _at(text, phrase, **front)
    assert tuple(f if e is not None else None for f, e in zip(found, expected)) == expected


RADIO_SCRIPT = """The Bridge at Hakari

NARRATOR: On 14 January four men walked across the bridge. The exchange of 2020 was long over.

GRIGOR MOVSISYAN: My son is a prisoner of war.

[ARCHIVE: Armenian Public Television, evening news, 14 December 2020]

NEWSREADER: Tonight forty-four Armenians have come home from captivity.

[ARCHIVE: ICRC spokesperson, Baku, 2021]

ICRC SPOKESPERSON: We continue to visit people detained in relation to the conflict.

NARRATOR: Families in Goris still say captives.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("exchange", "outlet:Daily"),  # the script's narrator: the programme's own voice
    ("prisoner of war", "Grigor Movsisyan"),
    ("captivity", "Armenian Public Television"),  # an archive clip's newsreader: the broadcaster its cue names
    ("people detained", "icrc"),  # "ICRC SPOKESPERSON": the ICRC, its initials kept
    ("captives", "outlet:Daily"),  # "Families in Goris": a place is nobody's name
])
def test_a_documentary_scripts_narrator_archive_clips_and_places(phrase, expected):
    assert _at(RADIO_SCRIPT, phrase, kind="news")[1] == expected


def test_a_registered_ministers_titled_label_is_the_minister_not_another_namesake():
    text = ("After Washington\n\nRemarks by Ararat Mirzoyan, Minister of Foreign Affairs of the Republic of Armenia.\n\n"
            "DR. WHITFIELD: Good morning. Minister, the floor is yours.\n\n"
            "MINISTER MIRZOYAN: Thank you. They are prisoners of war.\n\nDR. WHITFIELD: Thank you.")
    assert _at(text, "prisoners of war", kind="statement")[1:] == ("mirzoyan", "debate_turn")


NEWSLETTER = """Newsletter of the Union of Families, No. 31

YOUR QUESTIONS

Are our sons prisoners of war or not? Baku says terrorists. (Gayane, Gyumri)

Your sons were captured as soldiers; they are detainees in Baku.

A MESSAGE FROM OUR CHAIR

Dear families,

Peace is not made by renaming captives.

With you always,
Nvard Tonoyan
Chair of the Union
"""


@pytest.mark.parametrize("phrase, expected", [
    ("prisoners of war", ("Gayane", "signed_comment")),  # a reader's question signed with her name and town
    ("detainees", ("outlet:Daily", "outlet")),  # the answer under it is the newsletter's
    ("captives", ("Nvard Tonoyan", "author_voice")),  # the chair's message under its heading, signed at its foot
])
def test_a_newsletters_signed_questions_and_its_chairs_message(phrase, expected):
    assert _at(NEWSLETTER, phrase, kind="statement")[1:] == expected


HEARING_RECORD = """COMMISSION ON HUMAN RIGHTS

HEARING
Armenian Prisoners in Azerbaijan

WITNESS LIST

- Ms. Lilit Gasparyan, Executive Director, Araks Centre

Written statements are published as received.

WRITTEN TESTIMONY OF LILIT GASPARYAN
Executive Director, Araks Centre

Co-Chairs, thank you for this hearing.

Four men were released in January; nineteen remain.
"""


@pytest.mark.parametrize("front, phrase, expected", [
    ({"kind": "panel"}, "released", ("Lilit Gasparyan", "author_voice")),  # her testimony under its heading
    ({"kind": "panel"}, "Prisoners in", ("outlet:Daily", "outlet")),  # the hearing's head above it is the record's
    ({"kind": "news"}, "released", ("outlet:Daily", "outlet")),  # a news story's subheading is no testimony's head
])
def test_a_hearing_records_one_written_testimony_under_its_heading_is_the_witnesss(front, phrase, expected):
    assert _at(HEARING_RECORD, phrase, **front)[1:] == expected


ANNUAL_REPORT = """Annual Report 2025

## Foreword from the Director

Dear friends, we still call them hostages, as the law does.

Marine Gasparyan, Director

## 1. Legal work

Our lawyers represented 11 detainees before the Court.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("hostages", ("Marine Gasparyan", "author_voice")),  # a report's foreword under its heading, signed at its foot
    ("detainees", ("outlet:Daily", "outlet")),  # the report's own sections after it
])
def test_an_annual_reports_foreword_signed_by_its_director_is_hers(phrase, expected):
    assert _at(ANNUAL_REPORT, phrase, kind="statement")[1:] == expected


CHAPLAINCY_BULLETIN = """CHAPLAINCY BULLETIN
No. 2 (2026)

MESSAGE OF THE CHIEF CHAPLAIN

Dear brothers and sisters, four of our sons came home after two years in captivity.

With my blessing,
Very Reverend Father Aram Sargsyan, Chief Chaplain

SERVICES AND VISITS

Chaplains visited the families of the 19 detainees.
"""


@pytest.mark.parametrize("phrase, expected", [
    # a bulletin's "Message of the Chief Chaplain", signed with his titles at its foot
    ("captivity", ("Aram Sargsyan", "author_voice")),
    ("detainees", ("outlet:Daily", "outlet")),  # the bulletin's own news after it
])
def test_a_bulletins_message_of_its_chief_chaplain_is_his(phrase, expected):
    assert _at(CHAPLAINCY_BULLETIN, phrase, kind="statement")[1:] == expected


STAMP_ISSUE = """New stamp: Until all return

Designer: Anna Vardanyan

From the designer

I did not put the words prisoner of war or hostage on the stamp.

- Anna Vardanyan, designer

At the launch

The Deputy Minister presented the stamp to the families of the 19 detainees.
"""


@pytest.mark.parametrize("phrase, expected", [
    # a stamp issue's note "From the designer", signed at its foot after a dash with her post in lower case
    ("prisoner of war", ("Anna Vardanyan", "author_voice")),
    ("detainees", ("outlet:Daily", "outlet")),
])
def test_a_note_from_the_designer_signed_after_a_dash_is_hers(phrase, expected):
    assert _at(STAMP_ISSUE, phrase, kind="statement")[1:] == expected


def test_a_paper_written_together_by_staff_of_a_state_organ_is_its_states():
    text = ("Armenian nationals held in Azerbaijan\n\nBriefing Paper No. 14/2026\n\n"
            "The persons concerned are prisoners of war under the Third Geneva Convention.\n")
    front = {"kind": "statement", "outlet": "Research and Library Service of the National Assembly of Armenia"}
    assert _at(text, "prisoners of war", author="Anahit Sedrakyan and Tigran Melkumyan", **front)[1] == "armenia"
    assert _at(text, "prisoners of war", author="Anahit Sedrakyan", **front)[1] == "Anahit Sedrakyan"


def test_a_statement_its_publishers_own_board_signs_is_the_publishers():
    text = "Statement on our comrades\n\nThe men still held in Baku are prisoners of war.\n"
    front = {"kind": "statement", "outlet": "Veterans' Association"}
    assert _at(text, "prisoners of war", author="Board of the Veterans' Association", **front)[1] == \
        "outlet:Veterans' Association"
    assert _at(text, "prisoners of war", author="Anna Petrosyan", **front)[1] == "Anna Petrosyan"


CASE_SUMMARY = """Baku Court of Appeal upholds sentences of three servicemen

Case summary 2021/17 | Daily | 5 October 2021

Court: Baku Court of Appeal, Criminal Chamber (panel of three judges)
Outcome: appeals dismissed; sentences upheld

1. Background

The appellants were captured near Hadrut; the families call them captives.

2. The ruling

The Court held that the appellants were not prisoners of war.

3. Comment

Strasbourg's Court has yet to rule on the detainees.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("captives", "outlet:Daily"),  # a case summary's head fields are no one's turns: the summary is the publisher's
    ("prisoners of war", "azerbaijan"),  # "the Court" of a State's own court its heading names: that State
])
def test_a_case_summarys_head_fields_and_a_state_courts_ruling(phrase, expected):
    assert _at(CASE_SUMMARY, phrase, kind="judgment")[1] == expected


NATIONAL_COURT_RELEASE = """Constitutional Court of the Republic of Armenia

PRESS RELEASE

3 March 2026

The Constitutional Court declares unconstitutional the exclusion of families of civilians deprived of liberty

The applicant relied on the case law of the European Court of Human Rights.
"""


def test_a_states_court_named_before_its_state_in_its_own_release_is_that_state():
    # "the Court" of a court named by its kind and then its State ("Constitutional Court of the Republic of
    # Armenia"), not the Strasbourg court the release cites
    assert _at(NATIONAL_COURT_RELEASE, "civilians deprived", kind="judgment",
               outlet="Constitutional Court of the Republic of Armenia")[1] == "armenia"


STAKEOUT = """Stakeout: Ambassador Karen Lindholm after Security Council consultations

UNITED NATIONS, New York. Remarks to the press by Ambassador Karen Lindholm, Permanent Representative of Denmark.

AMBASSADOR LINDHOLM: Good afternoon. For us these men are prisoners of war.

QUESTION: Baku says they are terrorists. Does Denmark accept that?

AMBASSADOR LINDHOLM: No. They are detainees owed release.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("prisoners of war", "Denmark"),  # a diplomat in her post speaks for the State she represents, by its name
    ("detainees", "Denmark"),  # and not "Does Denmark": a question's auxiliary is no first name
])
def test_a_diplomats_turns_are_the_state_she_represents(phrase, expected):
    assert _at(STAKEOUT, phrase, kind="statement")[1] == expected


DELIVERED = """Commencement address to the Class of 2026

Sevan Law School publishes the remarks delivered by Lilit Vardazaryan at the graduation ceremony on 12 June 2026. Ms. Vardazaryan has represented Armenian detainees since 2020.

Dean Harutyunyan, members of the faculty, parents, and graduates,

I had never heard anyone use the word "captivity" about a person. By March 2021 the Court had requests for 249 alleged captives.

Azerbaijan calls them terrorists.

After the speech, the Dean thanked the speaker for her work with the detainees.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("captivity", ("Lilit Vardazaryan", "author_voice")),  # the speech its publisher's note names
    ("249 alleged captives", ("Lilit Vardazaryan", "author_voice")),
    ("terrorists", ("azerbaijan", "reported_speech")),  # whom she reports keeps their words
    ("Armenian detainees", ("outlet:Sevan Law School", "outlet")),  # the note is the publisher's
    ("detainees.\n", ("outlet:Sevan Law School", "outlet")),  # ... and so is its narration after the speech
])
def test_a_speech_its_publishers_note_names_is_its_speakers(phrase, expected):
    assert _at(DELIVERED, phrase, kind="statement", outlet="Sevan Law School")[1:] == expected


NPM_REPORT = """National Preventive Mechanism against Torture

Report on the follow-up visit to Baku Pre-Trial Detention Facility No. 1

1.1. A group of the National Preventive Mechanism (NPM) visited the facility. It found 11 persons of Armenian origin held there, none of them described by the administration as prisoners of war.

3.4. The NPM explained that the persons concerned are not hostages.

3.5. Ms. Ruth Lindqvist, a lawyer, said they were "political prisoners".
"""
NPM_OUTLET = "Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan"


@pytest.mark.parametrize("outlet, phrase, expected", [
    # an unregistered ombudsman of a registered State publishing its report is that State (hard case 15) ...
    (NPM_OUTLET, "prisoners of war", ("azerbaijan", "report_voice")),
    (NPM_OUTLET, "11 persons", ("azerbaijan", "report_voice")),
    # ... and so is its own unit, named at the report's head, by its short name
    (NPM_OUTLET, "hostages", ("azerbaijan", "reported_speech")),
    (NPM_OUTLET, "political prisoners", ("Ruth Lindqvist", "quote_verb_before")),
    # a publisher that is no organ of a State keeps its name, and the unit its own
    ("Caucasus Detention Monitor", "prisoners of war", ("outlet:Caucasus Detention Monitor", "outlet")),
    ("Caucasus Detention Monitor", "hostages", ("National Preventive Mechanism", "reported_speech")),
])
def test_a_states_ombudsman_and_its_unit_named_at_the_head_speak_for_the_state(outlet, phrase, expected):
    assert _at(NPM_REPORT, phrase, kind="statement", outlet=outlet)[1:] == expected


TRAVEL_BLOG = """Storting delegation in Armenia: our travel blog

Three members of the Storting are visiting Armenia. Each of us writes one entry a day.

Monday, 9 February - Kari Nystad

We met the Deputy Foreign Minister about the 19 Armenians still held in Baku. I call them prisoners of war.

Tuesday, 10 February - Espen Lunde

A prisoner is not a bargaining chip, whatever the governments agree on an exchange.

Wednesday, 11 February - Sigrid Berg

The hostages were not discussed.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("prisoners of war", ("Kari Nystad", "author_voice")),  # each dated entry its writer's, named at its head
    ("19 Armenians", ("Kari Nystad", "author_voice")),
    ("bargaining chip", ("Espen Lunde", "author_voice")),
    ("exchange", ("Espen Lunde", "author_voice")),
    # a name the front matter does not list is no writer of the blog: the entry stays the signed authors'
    ("hostages", ("Kari Nystad, Espen Lunde and Marte Aasheim", "author_voice")),
])
def test_a_blogs_dated_entry_is_the_writer_its_head_names(phrase, expected):
    assert _at(TRAVEL_BLOG, phrase, kind="opinion", author="Kari Nystad, Espen Lunde and Marte Aasheim")[1:] == expected


# A printed email chain: each message, from its "From:" header to the next one's (quoted with ">" or not), is its
# sender's, or the registered office she signs for under her name (hard case 12).
EMAIL_CHAIN = """From: Mariam Aslanyan <m.aslanyan@opendoor.example>
Sent: Tuesday, 11 February 2025 09:14
To: Casework file
Subject: Fwd: Re: request for information

For the file. We will discuss whether the appeal should speak of hostage-taking.

---------- Forwarded message ----------
From: Ani Zakaryan <ani@mail.example>
Date: Mon, 10 Feb 2025, 22:41
To: Mariam Aslanyan
Subject: Re: request for information

He is a civilian and he is a hostage.

> From: Vahagn Simonyan <v.simonyan@mfa.example>
> Date: Mon, 10 Feb 2025, 17:05
> Subject: Re: request for information
>
> The Ministry raises the return of all persons deprived of liberty at every contact.
>
> Vahagn Simonyan
> Head of Division, Humanitarian Issues
> Ministry of Foreign Affairs of the Republic of Armenia
"""


@pytest.mark.parametrize("phrase, expected", [
    ("hostage-taking", "Mariam Aslanyan"),
    ("hostage.", "Ani Zakaryan"),
    ("persons deprived of liberty", "mfa_armenia"),
])
def test_each_message_of_an_email_chain_is_its_senders(phrase, expected):
    assert _at(EMAIL_CHAIN, phrase, outlet="Open Door Centre")[1:3] == (expected, "author_voice")


# A case file's head field names the party its role word stands for: "Caller: Karine Avetyan (mother)" makes "Caller
# says" and "The caller says" hers.
INTAKE = """LEGAL AID CLINIC - INTAKE NOTES
Intake lawyer: Hasmik Ter-Grigoryan
Caller: Karine Avetyan (mother), Vanadzor, tel. on file

1. CALLER'S ACCOUNT

Caller says her son is a prisoner of war. The caller says he was sentenced as a saboteur.
"""


@pytest.mark.parametrize("phrase", ["prisoner of war", "saboteur"])
def test_a_files_head_field_names_the_party_its_role_word_stands_for(phrase):
    assert _at(INTAKE, phrase, outlet="Legal Aid Clinic")[1:3] == ("Karine Avetyan", "reported_speech")


# Minutes' attendance list: a person named with a registered State or body in brackets speaks for it wherever the
# minutes name her (hard case 12).
MINUTES = """Minutes of the fourth session

Bilateral Commission on Missing Persons

PRESENT

2. Mr. Tadevosyan recalled that paragraph 8 had provided for an exchange of prisoners of war.

3. Mr. Gasimov stated that the persons now held were terrorists and saboteurs.

4. Ms. Moser said that the ICRC had visited the detainees.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("prisoners of war", "armenia"),
    ("saboteurs", "azerbaijan"),
    ("detainees", "icrc"),
])
def test_an_attendance_list_says_whom_each_present_speaks_for(phrase, expected):
    present = ("Present: Mr. Hovhannes Tadevosyan (Co-Chair, Armenia), with four members; Mr. Rashad Gasimov "
               "(Co-Chair, Azerbaijan); Ms. Elisabeth Moser (International Committee of the Red Cross), as observer.")
    assert _at(MINUTES.replace("PRESENT", present), phrase, outlet="Commission")[1] == expected


# A paper's fact check set in square brackets between an interview's answers is the paper's, not the one answering.
FACT_CHECKED = """"We hold criminals"

Azerbaijan's Defence Minister, Elchin Mammadli, on the Armenians in Baku's prisons. Interview by Kristin Aas in Baku.

Q: Why are Armenians still held?

A: They are not prisoners of war; they are criminals.

[Fact check: The text initialled on 8 August contains no provision on prisoners of war.]

Q: And the exchange?

A: The exchange was carried out in December 2020.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("criminals.", "azerbaijan"),
    ("provision on prisoners of war", "outlet:The Nordic Observer"),
    ("carried out", "azerbaijan"),
])
def test_a_papers_bracketed_fact_check_between_answers_is_its_own(phrase, expected):
    assert _at(FACT_CHECKED, phrase, outlet="The Nordic Observer")[:2] == ("interview", expected)


# A messenger group's export: "[13 Jan, 21:14] Gohar V.:" on a line of its own, her message on the lines under it,
# up to the next sender's label.
VOICE_NOTES = """Voice notes from a relatives' group

Editor's note: the notes below were sent in a messenger group of relatives.

[13 Jan, 21:14] Gohar V.:
Girls, they say there will be an exchange tomorrow, ours for them.

[13 Jan, 21:20] Seda H.:
It is not an exchange. They are hostages.
"""


@pytest.mark.parametrize("phrase, expected", [("ours for them", "Gohar V."), ("hostages", "Seda H.")])
def test_a_messengers_timed_label_on_its_own_line_gives_the_message_under_it(phrase, expected):
    assert _at(VOICE_NOTES, phrase, outlet="Lori Dispatch")[1:3] == (expected, "speaker_label")


# A symposium's proceedings: the editors' summary of a paper, under its head, is the presenter's, to the next heading.
PROCEEDINGS = """Labels and Law after 2020: proceedings of a symposium

Session 1: Papers

1.1 Dr. Tamar Lomidze (Ilia Institute of Law), "The Afterlife of Paragraph 8"

Dr. Lomidze traced the formula to the releases of 2021. No exchange of all for all ever took place.

Session 2: Discussion

A participant asked about minefield maps.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("releases of 2021", ("Tamar Lomidze", "abstract_entry")),
    ("minefield maps", ("outlet:Centre", "outlet")),
])
def test_a_papers_summary_in_proceedings_is_its_presenters(phrase, expected):
    assert _at(PROCEEDINGS, phrase, outlet="Centre", kind="panel")[1:3] == expected


STREAM = """Live: the handover at the bridge

[10:01] TIGRAN AVAGYAN: Good morning. With me is Mariam Hakobyan.

[10:11] TIGRAN AVAGYAN: The Prime Minister has posted on his page. Let me read it as it is: "Today four of our \
compatriots return home from captivity."

[10:19] TIGRAN AVAGYAN: Comments are coming fast. From Artsakh_forever: "They're hostages, plain and simple."

[10:26] MARIAM HAKOBYAN: I call them prisoners of war.

[10:41] TIGRAN AVAGYAN: The State Security Service of Azerbaijan has issued a statement; I'll read it from the \
screen: "Today four persons were handed over."

[10:50] TIGRAN AVAGYAN: The Foreign Ministry now, on screen: "We welcome the return of our citizens."

[11:05] TIGRAN AVAGYAN: And a comment from ani.s.1991: "Nineteen detainees still there." From Baku: "No \
exchange took place."
"""


@pytest.mark.parametrize("phrase, expected", [
    ("from captivity", ("pashinyan", "quote_verb_before")),          # a post its issuer "has posted", read out
    ("hostages", ("Artsakh_forever", "quote_verb_before")),          # a viewer's comment "from" its handle
    ("prisoners of war", ("Mariam Hakobyan", "speaker_label")),      # the guest's own turn
    ("handed over", ("azerbaijan", "quote_verb_before")),            # an organ's statement read from the screen
    ("the return", ("mfa_armenia", "quote_verb_before")),            # "The Foreign Ministry now, on screen:"
    ("detainees", ("ani.s.1991", "quote_verb_before")),
    ("exchange", ("Tigran Avagyan", "speaker_label")),               # "From Baku:" is a place, not a writer
])
def test_a_hosts_read_outs_are_whose_words_she_reads(phrase, expected):
    assert _at(STREAM, phrase, outlet="Bridge Live")[1:] == expected


def test_a_signed_pieces_first_person_ends_the_report_before_it():
    # "... spoke ... of "..."." then "Words matter, ... and I will keep pressing": the author's again
    text = ("Still waiting\n\nArmenia's Prime Minister spoke at the United Nations in September of \"persons deprived "
            "of liberty\". Words matter, but families matter more, and I will keep pressing for the release of the "
            "nineteen.\n")
    found = speakers.attribute(text, source="t", outlet="Westbridge Update", published="2026-02-20",
                               kind="opinion", author="Helen Marsh")
    assert found.at(text.index("persons deprived")).speaker == "pashinyan"
    assert found.at(text.index("release")).speaker == "Helen Marsh"


def test_an_interviewees_name_may_hold_a_particle():
    text = ("Four years of counting\n\nMaarten de Groot presented his credentials in Yerevan in 2021 and leaves this "
            "week. He spoke to Tatev Mkrtchyan between packing boxes.\n\nQ: And the words?\n\n"
            "A: Each government kept its vocabulary: prisoners of war in one capital, terrorists in the other.\n")
    assert _at(text, "prisoners of war", outlet="The Yerevan Courier")[1:] == ("Maarten de Groot", "interview_turn")
    assert _at(text, "And the words", outlet="The Yerevan Courier")[1] == "Tatev Mkrtchyan"


def test_a_questions_asker_with_her_outlet_in_brackets_is_the_journalist():
    text = ("Spokesperson's channel\n\n14 January 2026, 14:20\nReply to media\nQuestion from Leyla Mammadova (Caspian "
            "Daily): Was this an exchange?\nAnswer: There was no exchange.\n\n14 January 2026, 16:00\nReply to media\n"
            "Question from Anar Aliyev (Baku Post): Are they prisoners of war?\nAnswer: They are not.\n")
    assert _at(text, "an exchange", outlet="Ministry of Foreign Affairs of Azerbaijan",
               kind="statement")[1] == "Leyla Mammadova"


QFR = """Questions for the Record Submitted to Jonas P. Hartley, Nominee to be Ambassador of the United States to Armenia
Committee on Foreign Affairs
Questions Submitted by Senator Ruth Calloway

Question 1. Do you regard the men still held in Baku as hostages?

Answer. Thank you, Senator. I will not describe them as hostages; that is a legal determination.

Question 2. Will you call for their release?

Answer. Yes. I will call for the release of every Armenian still held.
"""


@pytest.mark.parametrize("phrase, expected", [
    # a legislature's written questions: "Question 1." / "Answer." close with a full stop, the asker and the one
    # who answers named in the heading; a nominee speaks for himself, not yet for the post he is named to
    ("hostages?", ("interview", "Ruth Calloway", "interview_turn")),
    ("as hostages;", ("interview", "Jonas P. Hartley", "interview_turn")),
    ("the release", ("interview", "Jonas P. Hartley", "interview_turn")),
])
def test_written_questions_and_answers_are_the_askers_and_the_nominees(phrase, expected):
    assert _at(QFR, phrase, outlet="Committee on Foreign Affairs", kind="statement") == expected


def test_a_sections_letter_is_no_answer():
    text = ("The facts\n\nA. The applicants were captured in 2020 and are prisoners of war.\n\nB. The Government "
            "calls them terrorists.\n")
    assert _at(text, "prisoners of war", outlet="Legal Review", kind="statement")[1] == "outlet:Legal Review"


OBSERVER_NOTES = """Observer notes: interactive dialogue with the Special Rapporteur
Notes taken from the webcast; paraphrase unless in quotation marks.

15:05 The President opened the dialogue.

15:19 Armenia (Deputy Foreign Minister). Thanked the Rapporteur. Called the men "persons deprived of their liberty".

15:23 Azerbaijan (Permanent Representative). Said that there are "no prisoners of war in Azerbaijan".

15:29 France. Did not call the men hostages.

16:03 Amnesty International (joint statement). Called them "political prisoners".

16:20 Dialogue closed. Our comment: no delegation used "hostages".
"""


@pytest.mark.parametrize("phrase, expected", [
    # an observer's notes: each entry opened by whom it reports and a full stop, her words without their subject
    ("persons deprived", ("live_blog", "armenia", "blog_entry")),
    ("no prisoners", ("live_blog", "azerbaijan", "blog_entry")),
    ("hostages.", ("live_blog", "France", "blog_entry")),  # a State the registry does not hold, by its name
    ("political prisoners", ("live_blog", "amnesty", "blog_entry")),
    ("used \"hostages", ("live_blog", "outlet:Geneva Monitor", "blog_entry")),  # no head: the notes' own
])
def test_an_observers_notes_entries_are_whom_each_opens_with(phrase, expected):
    assert _at(OBSERVER_NOTES, phrase, outlet="Geneva Monitor") == expected


def test_a_programmes_times_are_no_notes():
    text = ("School assembly\n\n10:00 National anthem\n10:05 Welcome: Anahit Poghosyan, head teacher\n\n"
            "The head teacher said the prisoners of war must come home.\n")
    assert _at(text, "prisoners of war", outlet="School News")[0] != "live_blog"


HELPLINE = """Helpline: chat transcript No. 7 (anonymised)

Published for the training of volunteer advisers.

[18:04] CLIENT: hello. my brother is in baku. is he a hostage??

[18:05] ADVISER (Lilit): Good evening. A soldier captured in the war is a prisoner of war.

[18:07] CLIENT: ok. the ministry says persons held in custody.
"""


@pytest.mark.parametrize("phrase, expected", [
    # a chat's turns under their time codes: the adviser by the name in her label's brackets, the anonymised client
    # by the role the transcript gives him
    ("hostage", "Client"),
    ("prisoner of war", "Lilit"),
    ("persons held", "Client"),
])
def test_a_helpline_chats_turns_are_the_adviser_and_the_client(phrase, expected):
    assert _at(HELPLINE, phrase, outlet="Iravunq Legal Helpline")[1:] == (expected, "speaker_label")


def test_a_forms_caller_field_is_no_turn():
    text = ("Intake notes\n\nCaller: Karine Avetyan (mother), Vanadzor, tel. on file\n\n"
            "Her son is a prisoner of war, the notes say.\n")
    assert _at(text, "prisoner of war", outlet="Legal Aid")[1] != "Caller"


def test_a_presenters_direction_in_brackets_names_no_one():
    text = ("Fact check, episode 112\n\nSegment script. Sevan TV, broadcast 23 January 2026.\n\nPRESENTER (to camera): "
            "Good evening. Tonight's claim is about the hostages.\n\nMANUKYAN: \"Eighty prisoners of war are still "
            "held.\"\n\nPRESENTER (VO): Two numbers, so two checks.\n\nPRESENTER (to camera): False. More than 160 "
            "people were returned.\n")
    assert _at(text, "returned", outlet="Sevan TV")[1] == "outlet:Sevan TV"  # the programme's voice, not "to camera"


def test_a_commissioners_long_office_line_opens_her_turn():
    text = ("Debates, Thursday 20 May 2021\n\nAnja Vollmer, on behalf of the PPE Group. – Mr President, they are "
            "hostages.\n\nTomasz Wierzbicki, on behalf of the ECR Group. – Mr President, Baku says it holds no prisoners "
            "of war.\n\nLena Korhonen, Member of the Commission, on behalf of the Vice-President of the Commission / "
            "High Representative of the Union for Foreign Affairs and Security Policy. – Mr President, 53 Armenians "
            "have been returned since December.\n")
    assert _at(text, "returned", outlet="European Parliament")[1:] == ("eu", "debate_turn")


BULLETIN = """Evening News, 14 January 2026, 21:00 (transcript)

ANCHOR (Sevinj Huseynova): Good evening. Azerbaijan today handed over four persons of Armenian origin.

REPORTER (Elnur Qasimov): The four men crossed to the Armenian side at 14:00.

SOUNDBITE (Vugar Ismayilov, Deputy Chairman of the State Commission): "These persons were not prisoners of war."

ANCHOR (Sevinj Huseynova): In Yerevan the handover was welcomed.
"""


@pytest.mark.parametrize("phrase, expected", [
    # a bulletin's anchor and reporter narrate for the programme (hard case 14), whatever names their labels give
    ("handed over", "outlet:Respublika TV"),
    ("four men", "outlet:Respublika TV"),
])
def test_a_bulletins_anchor_and_reporter_are_the_programmes_voice(phrase, expected):
    assert _at(BULLETIN, phrase, outlet="Respublika TV")[1:] == (expected, "interview_turn")



def test_a_clips_cue_names_the_voice_heard():
    text = ("Morning show\n\nANNA: Good morning.\n\nVAHAGN: Better.\n\nTIGRAN: We have the pictures.\n\n[CLIP, 14 "
            "JANUARY: the Hakari bridge. Voice of the Foreign Ministry spokesperson:] \"Nineteen persons held in custody "
            "remain.\"\n\nANNA: Thank you.\n")
    assert _at(text, "persons held", outlet="Arev TV")[1:] == ("mfa_armenia", "quote_verb_before")


def test_a_questionnaires_reprinted_questions_are_no_written_answers():
    # "Question 1." closes with a full stop only where "Answer." does too; a reply under "Reply:" is no interview
    text = ("Reply of the Republic of Armenia to the questionnaire of the Working Group\n\nQuestion 1. Please indicate "
            "whether persons are held as hostages.\n\nReply: They are prisoners of war.\n\nQuestion 2. Please indicate "
            "the number of detainees.\n\nReply: Nineteen remain.\n")
    assert _at(text, "prisoners of war", outlet="Government of Armenia", kind="statement")[0] != "interview"


@pytest.mark.parametrize("text, phrase, expected", [
    # a one-person office, then its holder after a comma: her "she" and her surname speak for the office
    ("The Human Rights Defender of Armenia, Anahit Manasyan, visited the border town on Monday. In her view, the men "
     "are prisoners of war.", "prisoners of war", ("hrd_armenia", "pronoun")),
    ("We met the Human Rights Defender of Armenia, Anahit Manasyan, on Monday. \"They are prisoners of war,\" Manasyan "
     "said.", "prisoners of war", ("hrd_armenia", "quote_verb_after")),
    # ... and with no comma, the office as her title
    ("We met Human Rights Defender Anahit Manasyan on Monday. \"They are prisoners of war,\" Manasyan said.",
     "prisoners of war", ("hrd_armenia", "quote_verb_after")),
    # a post no longer held is hers no longer (hard case 12)
    ("We met former Human Rights Defender Arman Tatoyan on Monday. \"They are prisoners of war,\" Tatoyan said.",
     "prisoners of war", ("Arman Tatoyan", "quote_verb_after")),
])
def test_a_one_person_office_before_its_holders_name_is_hers(text, phrase, expected):
    assert _at(text, phrase)[1:] == expected


AZ_MFA_ANSWERS = ("Answers of the Spokesperson of the Ministry of Foreign Affairs Elnur Mammadli to questions from media "
                  "representatives\n\nThe weekly briefing was held on 16 January. Spokesperson Elnur Mammadli answered "
                  "questions.\n\nQuestion (Ilkin Rzayev, Caspian Wire): Four men were handed over. Comment?\n\nAnswer: "
                  "There are no hostages in Azerbaijan.\n")


@pytest.mark.parametrize("outlet, expected", [
    # the ministry's own transcript: its spokesperson, named after the start of its name, speaks for it
    ("Ministry of Foreign Affairs of the Republic of Azerbaijan", "mfa_azerbaijan"),
    # ... and elsewhere she keeps her name, not the ministry's words run into it ("Foreign Affairs Elnur Mammadli")
    ("Caspian Daily", "Elnur Mammadli"),
])
def test_a_briefings_spokesperson_named_after_her_ministrys_name(outlet, expected):
    assert _at(AZ_MFA_ANSWERS, "hostages", outlet=outlet, kind="statement") == ("briefing", expected, "briefing_turn")


def _background_call(moderator):
    return ("Background Briefing\n\nSpecial Briefing\nSenior State Department Official\n\nMODERATOR: Thank you. This "
            "call is on background.\n\nSENIOR STATE DEPARTMENT OFFICIAL: Thanks. Azerbaijan released four Armenian "
            f"detainees.\n\nMODERATOR: {moderator}\n\nQUESTION: Does the United States consider them prisoners of "
            "war?\n\nSENIOR STATE DEPARTMENT OFFICIAL: We do not call them hostages either.\n")


@pytest.mark.parametrize("moderator, phrase, expected", [
    # a background call's briefer is named by the body she serves alone: she speaks for it (hard case 12)
    ("Next question.", "hostages", ("usa", "speaker_label")),
    ("Next question.", "detainees", ("usa", "speaker_label")),
    # a bare "QUESTION:" is the journalist the moderator has just called, however he calls her
    ("Let's go to the line of Daniel Okafor, Meridian Wire.", "prisoners of war", ("Daniel Okafor", "briefing_turn")),
    ("Next, Lusine Avagyan, Armenian Weekly Review.", "prisoners of war", ("Lusine Avagyan", "briefing_turn")),
    ("We have time for one more. Tom Reyes, Capitol Desk.", "prisoners of war", ("Tom Reyes", "briefing_turn")),
    # ... and nobody's when he calls no one
    ("Thank you. The call is now over.", "prisoners of war", ("usa", "report_voice")),
])
def test_a_background_calls_briefer_and_the_journalists_its_moderator_calls(moderator, phrase, expected):
    text = _background_call(moderator)
    assert _at(text, phrase, outlet="U.S. Department of State", kind="statement") == ("briefing", *expected)


@pytest.mark.parametrize("sentence, expected", [
    # a State's delegate described by its adjective, with no one named who fits: the State (hard case 12)
    ("The Armenian Co-Chair stated that they are hostages.", ("armenia", "reported_speech")),
    ("The Armenian representative said that they are hostages.", ("armenia", "reported_speech")),
    ("The Armenian Deputy Foreign Minister said that they are hostages.", ("mfa_armenia", "reported_speech")),
    # ... her later "she" too
    ("The Armenian Co-Chair stated that the list was long. She recalled that they are hostages.",
     ("armenia", "pronoun")),
    # ... but not a lawyer, who holds no post of the State
    ("The Armenian lawyer said that they are hostages.", ("outlet:Daily", "outlet")),
])
def test_a_states_delegate_described_by_its_adjective_speaks_for_it(sentence, expected):
    assert _at(f"Talks in Tbilisi\n\n{sentence}", "hostages")[1:] == expected


COMMITTEE_DIGEST = ("Committee digest, 18 November 2025\n\nNational Assembly, Press and Public Relations Department. Daily digest "
          "of standing committee meetings.\n\nSTANDING COMMITTEE ON FOREIGN RELATIONS\n\nDeputy Minister of Foreign "
          "Affairs Aram Baghdasaryan informed the committee about the talks. He said the term \"persons held in "
          "custody\" prejudges nothing.\n")


@pytest.mark.parametrize("outlet, expected", [
    # a State organ's own digest: an official whose post names no State holds it in the organ's State (hard case 12)
    ("National Assembly of the Republic of Armenia", "mfa_armenia"),
    # ... elsewhere he keeps his name, without his ministry's ("Affairs Aram Baghdasaryan")
    ("Daily", "Aram Baghdasaryan"),
])
def test_an_unnamed_states_post_in_a_state_organs_own_text(outlet, expected):
    assert _at(COMMITTEE_DIGEST, "persons held", outlet=outlet)[1] == expected


TOWN_HALL = ("Town hall\n\nMODERATOR: Welcome.\n\nAMBASSADOR HRACHYA POGHOSYAN: They are hostages.\n\nMODERATOR: "
             "Next.\n\nANNA SMITH: Are they?\n\nAMBASSADOR HRACHYA POGHOSYAN: Yes.\n")


@pytest.mark.parametrize("outlet, expected", [
    # an ambassador's label in his embassy's own transcript: he speaks for its State (hard case 12)
    ("Embassy of the Republic of Armenia in Canada", "armenia"),
    ("Daily", "Hrachya Poghosyan"),
])
def test_an_ambassadors_label_in_his_embassys_transcript(outlet, expected):
    assert _at(TOWN_HALL, "hostages", outlet=outlet, kind="statement")[1:] == (expected, "interview_turn")


@pytest.mark.parametrize("heading, expected", [
    # a case's heading names the State it is brought against: "the State party" of its record is that State
    ("Urgent action No. 1921/2024 (Azerbaijan): follow-up note of the Committee on Enforced Disappearances",
     "azerbaijan"),
    ("Communication No. 3412/2023 (Hakobyan v. Azerbaijan): follow-up note of the Committee on Enforced "
     "Disappearances", "azerbaijan"),
])
def test_the_state_party_a_case_heading_names(heading, expected):
    text = (f"{heading}\n\nII. Replies of the State party\n\n2. In its note verbale of 2 August 2024, the State party "
            "stated that the communication repeats the narrative of \"hostages\".\n")
    assert _at(text, "hostages", outlet="Committee on Enforced Disappearances", kind="statement")[1] == expected


POSTS_BLOG = ("Live: handover at the bridge\n\n13:05\nHikmet Hajiyev, foreign policy aide to President Ilham Aliyev, "
              "writes on X:\n\n> The release of these four is not part of any exchange.\n\n12:10\nPrime Minister Nikol "
              "Pashinyan on Facebook:\n\n> Today four of our compatriots returned home.\n\n09:52\nForeign Ministry "
              "spokesperson Sona Harutyunyan writes on X:\n\n> We continue to demand the release of all Armenians.\n\n"
              "08:40\nGood morning and welcome to our live coverage.\n")


@pytest.mark.parametrize("phrase, expected", [
    # a post set as a block quotation under "X writes on X:" is X's
    ("exchange", ("hajiyev", "said_this")),
    ("release of all", ("mfa_armenia", "said_this")),
    # ... and under a verbless "X on Facebook:" closing the entry's line
    ("returned", ("pashinyan", "blog_entry")),
    # an entry that introduces no post stays the outlet's
    ("live coverage", ("outlet:South Caucasus Daily", "blog_entry")),
])
def test_a_live_blogs_posts_quoted_under_their_authors_line(phrase, expected):
    assert _at(POSTS_BLOG, phrase, outlet="South Caucasus Daily") == ("live_blog", *expected)


PLENARY = ("Transcript of the sitting of the National Assembly of the Republic of Armenia\n\nPRESIDING: The floor is given "
           "to Gohar Melkonyan.\n\nGOHAR MELKONYAN (Armenia faction): Are they hostages?\n\nDEPUTY MINISTER OF FOREIGN "
           "AFFAIRS TIGRAN AVAGYAN: They must be returned home.\n\nGOHAR MELKONYAN: You did not answer.\n\nTIGRAN "
           "AVAGYAN: The Government raises their release at every contact.\n")


@pytest.mark.parametrize("phrase, expected", [
    # a record's label of a post and a name in capitals, seven words long: the official speaks for his ministry
    ("returned", ("mfa_armenia", "speaker_label")),
    # ... and so do his later turns under his name alone
    ("release", ("mfa_armenia", "debate_turn")),
    ("hostages", ("Gohar Melkonyan", "debate_turn")),
])
def test_a_records_long_label_of_a_post_and_a_name(phrase, expected):
    found = _at(PLENARY, phrase, outlet="National Assembly of the Republic of Armenia", kind="panel")
    assert found == ("debate", *expected)


@pytest.mark.parametrize("phrase, expected", [
    # a concessive clause after a quotation opens a clause of its own: its speaker owns only what follows
    ("prisoners of war", "outlet:Daily"),
    ("persons deprived", "pashinyan"),
])
def test_a_speaker_in_a_concessive_clause_owns_only_its_clause(phrase, expected):
    text = ("Analysis\n\nArmenia has for five years described its nationals in Baku as \"prisoners of war\", although "
            "in 2025 its Prime Minister spoke instead of \"persons deprived of liberty\".")
    assert _at(text, phrase)[1] == expected


APPEAL_AUDIO = ("Baku Court of Appeal, hearing of 21 September 2021 (translated audio transcript)\n\nDefence counsel was "
                "Nigar Rzayeva, appointed by the court; the defendants are Sergey Manukyan and Vardan Hakobyan.\n\n"
                "[00:00:10] PROSECUTOR (E. Mammadov): They are saboteurs.\n\n[00:00:14] PRESIDING JUDGE: The Court of "
                "Appeal is in session.\n\n[00:04:40] DEFENCE COUNSEL (N. Rzayeva): A soldier captured in uniform is a "
                "prisoner of war.\n\n[00:08:40] DEFENDANT MANUKYAN (through the interpreter): We are prisoners of war."
                "\n\n[00:10:00] CHAIR (Anna Berg): Some call them hostages.\n")


@pytest.mark.parametrize("phrase, expected", [
    # a role's label names its holder in brackets, by the full name the text gave her
    ("prisoner of war", "Nigar Rzayeva"),
    # ... brackets that say how he spoke leave the label's own name, without his role
    ("prisoners of war", "Sergey Manukyan"),
    # ... an agent of the detaining State speaks for it, whoever the brackets name (hard case 12)
    ("saboteurs", "azerbaijan"),
])
def test_a_transcripts_bracketed_labels(phrase, expected):
    assert _at(APPEAL_AUDIO, phrase, outlet="Caucasus Legal Monitor", kind="statement")[1:] == (expected, "speaker_label")


def test_a_meetings_chair_is_never_the_name_in_her_brackets():
    # a chair (or a programme's presenter) is read as the layout reads her, never as the name in her brackets
    assert _at(APPEAL_AUDIO, "hostages", outlet="Caucasus Legal Monitor", kind="statement")[1] != "Anna Berg"


@pytest.mark.parametrize("headline, expected", [
    # a headline's one-person office and its holder before a colon: the quotation is the office's
    ("Human Rights Defender Araksya Melkonyan: \"The men in Baku are prisoners of war\"", "hrd_armenia"),
    # ... a name alone is hers, as before
    ("Araksya Melkonyan: \"The men in Baku are prisoners of war\"", "Araksya Melkonyan"),
])
def test_a_headlines_office_and_holder_before_its_quotation(headline, expected):
    text = f"{headline}\n\nOur reporter spoke to her in Yerevan.\n\nQ: Why?\n\nA: Because the law says so.\n"
    assert _at(text, "prisoners of war", outlet="The Yerevan Chronicle")[1:] == (expected, "headline_says")


MINISTER_BRIEFING = ("Transcript of the Defence Minister's press briefing\n"
                     "Yerevan, 16 January 2026. Minister of Defence Vahan Melkonyan held a press briefing.\n\n"
                     "MINISTER: Good afternoon. Four servicemen were handed over to us.\n\n"
                     "CAUCASUS WIRE: Minister, was this an exchange?\n\n"
                     "MINISTER: No. It was not an exchange.\n\n"
                     "Question (Lusine Barseghyan, Hayk TV): Are they prisoners of war?\n\n"
                     "THE MINISTER: They are prisoners of war.\n")


@pytest.mark.parametrize("phrase, nth, expected", [
    # a bare "MINISTER:" answers the briefing as its minister's State, after a question labelled by its outlet too
    ("exchange", 1, "armenia"),
    ("prisoners of war", 1, "armenia"),
    # ... the question stays the asker's
    ("exchange", 0, "Caucasus Wire"),
])
def test_a_briefings_bare_minister_label_is_an_answer(phrase, nth, expected):
    got = _at(MINISTER_BRIEFING, phrase, nth, outlet="Ministry of Defence of the Republic of Armenia", kind="statement")
    assert got[0] == "briefing" and got[1] == expected


def test_a_press_secretary_is_a_spokesperson_of_the_house_that_issues_the_transcript():
    # "PRESS BRIEFING BY PRESS SECRETARY DANA WHITCOMB" from the White House: her answers are her State's
    text = ("PRESS BRIEFING BY PRESS SECRETARY DANA WHITCOMB\n\nJames S. Brady Press Briefing Room\n\n"
            "January 15, 2026\n1:12 P.M. EST\n\nTHE PRESS SECRETARY: Good afternoon. Four Armenian prisoners were "
            "handed over.\n\nQ (Arax News Agency): Was this an exchange?\n\nTHE PRESS SECRETARY: It was not an "
            "exchange.\n")
    assert _at(text, "not an exchange", outlet="The White House", kind="statement") == ("briefing", "usa",
                                                                                          "briefing_turn")
    # ... in a paper's copy of the transcript, no registered house issues it: she keeps her name
    assert _at(text, "not an exchange", outlet="Daily", kind="statement")[1] == "Dana Whitcomb"


def test_a_numbered_sections_heading_ends_the_turns_before_it():
    # "4. Exercises" after a list of the parties' words under their names: the handout's own voice again
    text = ("Handout 3: Naming the detained\n\n3. The parties' words\n\nArmenia (Government): “persons held in custody”; "
            "earlier “captives”.\n\nRussia: “all for all”, “detainees”.\n\n4. Exercises\n\nExercise 2 (20 minutes). "
            "Paragraph 8 provides for an exchange of prisoners of war.\n")
    outlet = "Centre for Human Rights Education"
    assert _at(text, "detainees", outlet=outlet)[1] == "russia"
    assert _at(text, "exchange of", outlet=outlet)[1:] == (f"outlet:{outlet}", "outlet")


def test_a_party_after_its_pleadings_name_and_date_is_the_subject_an_it_stands_for():
    # "In its Counter-Memorial, filed on 23 January 2025, Azerbaijan presented ...": Azerbaijan opens the clause,
    # so the next sentence's "it" is Azerbaijan, not the Court that issues the release
    text = ("THE HAGUE, 4 July 2025. The International Court of Justice today made an Order on the counter-claims.\n\n"
            "In its Counter-Memorial, filed on 23 January 2025, Azerbaijan presented three counter-claims. In the "
            "first, it contended that Armenia had held prisoners of war in bad conditions.\n")
    assert _at(text, "prisoners of war", outlet="International Court of Justice")[1:] == ("azerbaijan", "pronoun")


@pytest.mark.parametrize("title, expected", [
    # a heading that gives a speech its speaker's own name: a transcript of her words
    ("Transcript: Pashinyan's video address on the return of four citizens (translated from Armenian)", "pashinyan"),
    ("Anna Petrosyan's remarks at the vigil", "Anna Petrosyan"),
    # ... one word that names no registered person is no speaker
    ("Transcript: Yerevan's address book of the missing", "outlet:Caucasus Transcripts"),
])
def test_a_speech_heading_in_the_speakers_possessive(title, expected):
    text = (f"{title}\n\nThe following is our translation of a video posted on 14 January 2026.\n\n"
            "[00:00] Dear compatriots, good evening. Four of our citizens came home. We do not call them "
            "“terrorists”.\n")
    assert _at(text, "terrorists", outlet="Caucasus Transcripts", kind="statement")[1] == expected


def test_a_numbered_sections_heading_ends_a_quoted_returnees_turn():
    # "R-48, aged 27, ...: "..."" reads as a record's turn; "4.4 Replies of the authorities" after it is the report's
    text = ("4.3 In their words\n\nR-22, aged 31, returned in December 2023: \"The guards told us every day that we were "
            "terrorists.\"\n\nR-48, aged 27, returned in January 2026: \"I was never a hostage.\"\n\n4.4 Replies of the "
            "authorities\n\nWe have no access to the 19 men still held in Baku as prisoners of war.\n")
    outlet = "Ararat Medical Rehabilitation Foundation"
    assert _at(text, "hostage", outlet=outlet, kind="report")[1] == "R-48"
    assert _at(text, "prisoners of war", outlet=outlet, kind="report")[1] == f"outlet:{outlet}"


def test_a_member_who_moved_a_motion_speaks_its_text_and_his_speech():
    # "Mr. X (riding, party) moved:" on a line of its own: the motion and the speech under it are his
    text = ("House of Commons Debates\n\nTuesday, November 4, 2025\n\nMr. Raffi Demirjian (Laval—Les Îles, Lib.) moved:"
            "\n\nThat, in the opinion of the House, the government should call for the release of all Armenian prisoners "
            "of war.\n\nHe said: Mr. Speaker, these are hostages.\n\nThe Speaker: Questions and comments.\n\nMs. Priya "
            "Nair (Vancouver East, NDP): Mr. Speaker, they are political prisoners.\n")
    outlet = "House of Commons of Canada"
    assert _at(text, "prisoners of war", outlet=outlet) == ("debate", "Raffi Demirjian", "debate_turn")
    assert _at(text, "hostages", outlet=outlet)[1] == "Raffi Demirjian"
    assert _at(text, "political prisoners", outlet=outlet)[1] == "Priya Nair"


def test_a_summary_records_committee_is_its_publisher_when_the_heading_names_none():
    # the heading names no committee and the ICRC is named later: the record's members are its publisher's
    text = ("Summary record of the 2101st meeting: fifth periodic report of Azerbaijan (continued)\n\nChair: Mr. Ferreira "
            "Lima\n\n1. At the invitation of the Chair, the delegation of Azerbaijan took places at the Committee table.\n\n"
            "2. The International Committee of the Red Cross had no access to the detainees.\n\n3. A Committee member "
            "asked whether the State party regarded them as prisoners of war.\n\n4. The delegation said that they were "
            "not prisoners of war.\n")
    outlet = "Committee against Torture"
    assert _at(text, "prisoners of war", outlet=outlet, kind="statement") == ("summary_record", outlet,
                                                                                "committee_member")
    assert _at(text, "prisoners of war", 1, outlet=outlet, kind="statement")[1] == "azerbaijan"


@pytest.mark.parametrize("line, expected", [
    # the Chair speaking as a member is the member the head names as Chair, by name
    ("5. The Chair, speaking in his capacity as a member of the Committee, asked whether the State party regarded "
     "them as prisoners of war.", "Ferreira Lima"),
    # ... in the chair, the Chair is the Committee's voice
    ("5. The Chair asked whether the State party regarded them as prisoners of war.", "Committee against Torture"),
])
def test_a_chair_speaking_as_a_member_is_named(line, expected):
    text = ("Summary record of the 2101st meeting: fifth periodic report of Azerbaijan\n\nChair: Mr. Ferreira Lima\n\n"
            "1. At the invitation of the Chair, the delegation of Azerbaijan took places at the Committee table.\n\n"
            f"{line}\n\n6. The delegation said that they were not prisoners of war.\n")
    assert _at(text, "prisoners of war", outlet="Committee against Torture", kind="statement")[1] == expected


@pytest.mark.parametrize("heading", ["OUR POSITION", "WHAT THE LAW SAYS"])
def test_a_heading_in_capitals_ends_the_turns_before_it(heading):
    # a factsheet's list of the parties' words under their names, then its own section in capitals
    text = ("Factsheet: the Armenians held in Baku\n\nWHAT THE PARTIES CALL THEM\n\n"
            "Armenia: the Prime Minister spoke of persons deprived of liberty.\n\nRussia: Moscow speaks of “detainees”.\n\n"
            "ICRC: “people detained in relation to the conflict”.\n\n"
            f"{heading}\n\nWe call them prisoners of war where they were captured as combatants.\n")
    outlet = "Caucasus Detention Watch"
    assert _at(text, "people detained", outlet=outlet)[1] == "icrc"
    assert _at(text, "prisoners of war", outlet=outlet)[1:] == (f"outlet:{outlet}", "outlet")


def test_by_the_numbers_is_a_rubric_not_a_byline():
    text = ("South Caucasus Weekly | Issue 214\n\nGood morning from Tbilisi. This week: the verdicts in Baku.\n\n"
            "THE BIG PICTURE\n\nFive weeks after four Armenians walked across the bridge, the trials closed.\n\n"
            "BY THE NUMBERS\n\n19 - Armenians held in Azerbaijan after 14 January\n"
            "4 - returned on 14 January\n")
    outlet = "Caucasus Policy Lab"
    assert _at(text, "returned", outlet=outlet, kind="news")[1] == f"outlet:{outlet}"


ADDRESSES = ("Addresses at the funeral of Zaruhi Danielyan\n\nChurch of the Holy Mother of God, Gyumri, 12 June 2026.\n\n"
             "FATHER GHEVOND SARGSYAN:\n\nBrothers and sisters, we bury a mother who waited.\n\n"
             "We pray for all the nineteen hostages.\n\n"
             "ANI DANIELYAN, her daughter:\n\nThank you all for coming. He is a prisoner of war.\n\n"
             "TIGRAN GRIGORYAN, who served with Arman:\n\nI was in captivity with Arman before the first exchange.\n")


@pytest.mark.parametrize("phrase, expected", [
    ("hostages", "Ghevond Sargsyan"),     # a name in capitals on a line of its own, over the paragraphs below it
    ("prisoner of war", "Ani Danielyan"),  # ... who she is after a comma
    ("captivity", "Tigran Grigoryan"),
])
def test_a_name_in_capitals_on_its_own_line_opens_a_turn(phrase, expected):
    assert _at(ADDRESSES, phrase, outlet="Family")[1:] == (expected, "speaker_label")


def test_one_heading_in_capitals_with_a_colon_is_no_speaker():
    text = ("Factsheet: the Armenians held in Baku\n\nKEY FACTS:\n\nNineteen Armenians are held as prisoners of war.\n\n"
            "OUR POSITION:\n\nWe call them hostages.\n")
    assert _at(text, "prisoners of war", outlet="Watch")[1] == "outlet:Watch"
    assert _at(text, "hostages", outlet="Watch")[1] == "outlet:Watch"


def test_answers_of_the_ministrys_spokesperson_are_the_ministrys():
    # the head names no one, only the post of the ministry publishing the transcript; "Foreign Affairs" is no name
    text = ("Answers of the Spokesperson of the Ministry of Foreign Affairs to questions of media representatives at "
            "the weekly briefing\n\nNo:071/26\n\nBaku, 20 February 2026\n\n"
            "Question (Anar Rzayev, Caspian Today): Was it an exchange?\n\n"
            "Answer: This was not an exchange, and Azerbaijan holds no hostages.\n")
    outlet = "Ministry of Foreign Affairs of the Republic of Azerbaijan"
    assert _at(text, "hostages", outlet=outlet, kind="statement")[1:] == ("mfa_azerbaijan", "briefing_turn")
    assert _at(text, "Was it an exchange", outlet=outlet, kind="statement")[1] != "Foreign Affairs"


RECORD_3081 = ("Summary record of the 3081st meeting\n\n"
               "4. Mr. Ferreira (Country Rapporteur) said that 23 persons were held. Submissions from non-governmental "
               "organizations described them as prisoners of war and, in several cases, as hostages.\n\n"
               "8. Mr. Huseynov (Azerbaijan) said that his Government categorically rejected the allegation that the "
               "persons in question were prisoners of war. All persons captured during the hostilities had been "
               "returned.\n")


@pytest.mark.parametrize("phrase, nth, expected", [
    ("hostages", 0, "Ferreira"),            # what unnamed NGOs sent, relayed by the member: his
    ("prisoners of war", 1, "azerbaijan"),  # "his Government" is the State of the delegate who speaks
    ("returned", 0, "azerbaijan"),
])
def test_a_records_relayed_submissions_and_a_delegates_own_government(phrase, nth, expected):
    assert _at(RECORD_3081, phrase, nth, outlet="Committee on the Elimination of Racial Discrimination")[1] == expected


RECORD_3184 = ("Summary record of the 3184th meeting\n\n"
               "2. Mr. Tadevyan (Armenia), introducing the information submitted by his Government, said that Armenia "
               "had adopted a new law. Nineteen Armenians remained in Baku. His Government referred to them as persons "
               "held in custody, a term chosen to facilitate the negotiations.\n")


BUNDESTAG_RECORD = """German Bundestag, 21st electoral term, 58th sitting, Berlin, 26 February 2026 (unofficial translation)

Vice-President Katrin Albers: I open the debate. The first speaker is Sabine Kellner.

Sabine Kellner (BÜNDNIS 90/DIE GRÜNEN): These men are prisoners of war and must come home.

Vice-President Katrin Albers: The last speaker is the Minister of State at the Federal Foreign Office.

Anna Lehner, Minister of State at the Federal Foreign Office: The Federal Government raises the fate of the detainees at every meeting.
"""

SEJM_RECORD = """Sejm of the Republic of Poland, Xth term. Stenographic record of the 49th sitting (extract)

Deputy Marshal Agnieszka Dabrowa:
Thank you. The Secretary of State has asked for the floor.

Secretary of State in the Ministry of Foreign Affairs Piotr Zielny:
Madam Marshal! High Chamber! The Government calls for the release of all remaining detainees.
"""


@pytest.mark.parametrize("text, phrase, expected", [
    # a member of the government in the parliament of a State the registry does not list answers for it, by name
    (BUNDESTAG_RECORD, "the detainees", "Germany"),
    (BUNDESTAG_RECORD, "prisoners of war", "Sabine Kellner"),  # a member speaks for herself
    (BUNDESTAG_RECORD.replace("Minister of State", "Shadow Minister"), "the detainees", "Anna Lehner"),
    # ... and his post, then his name, alone on the line above his words open his turn
    (SEJM_RECORD, "remaining detainees", "Poland"),
])
def test_a_government_member_in_the_parliament_of_an_unlisted_state_answers_for_it(text, phrase, expected):
    assert _at(text, phrase, outlet="Parliament")[1] == expected


ADJOURNMENT_DEBATE = """HOUSE OF REPRESENTATIVES
Sitting No. 412

ADJOURNMENT DEBATE: ARMENIAN DETAINEES IN AZERBAIJAN

THE SPEAKER: Under Standing Order 15 the Hon. Marija Farrugia raises the question of the detainees.

HON. MARIJA FARRUGIA: Mr Speaker, these men are hostages.

THE MINISTER FOR FOREIGN AFFAIRS (Hon. Rita Zammit): Mr Speaker, we welcomed the return of four servicemen.
"""


@pytest.mark.parametrize("text, outlet, phrase, expected", [
    # a "House of Representatives" its publisher says is Malta's is no Congress: the chair and the minister are Malta
    (ADJOURNMENT_DEBATE, "Parliament of Malta", "detainees", "Malta"),
    (ADJOURNMENT_DEBATE, "Parliament of Malta", "return", "Malta"),
    (ADJOURNMENT_DEBATE, "Parliament of Malta", "hostages", "Marija Farrugia"),
    # ... and Spain's Congress of Deputies is no Congress of the United States
    (ADJOURNMENT_DEBATE.replace("HOUSE OF REPRESENTATIVES", "JOURNAL OF SESSIONS OF THE CONGRESS OF DEPUTIES"),
     "Congress of Deputies", "detainees", "Spain"),
])
def test_a_house_its_publisher_or_name_gives_to_an_unlisted_state_is_that_states(text, outlet, phrase, expected):
    assert _at(text, phrase, outlet=outlet)[1] == expected


PEACE_AGENDA_ADDRESS = """Address by the Prime Minister of Georgia, Nodar Kipiani, to the Parliament of Georgia

[Unofficial translation from Georgian]

CHAIRMAN OF THE PARLIAMENT: Dear colleagues, the floor is given to the Prime Minister.

PRIME MINISTER NODAR KIPIANI: Mr. Chairman, honourable Members of Parliament,

In June 2021 Georgia helped to bring about the release of 15 Armenian detainees.

DEPUTY TAMAR BERIDZE: Are they hostages?
"""


@pytest.mark.parametrize("phrase, expected", [
    # the head names the house of a State the registry does not list; the post before a member of the government's
    # name in her label makes her answer for it (hard case 12)
    ("release", "Georgia"),
    ("hostages", "Tamar Beridze"),   # ... a member of the house speaks for herself
])
def test_a_government_post_in_the_label_of_an_unlisted_states_house_answers_for_it(phrase, expected):
    assert _at(PEACE_AGENDA_ADDRESS, phrase, outlet="Government of Georgia", kind="statement")[1] == expected


MODEL_UN = """Third Committee
Session III: record of proceedings

CHAIR: The delegate of Armenia has the floor.

DELEGATE OF ARMENIA: Paragraph 8 promised an exchange of all for all. These men are hostages.

DELEGATE OF AZERBAIJAN: Point of order! The delegate calls saboteurs prisoners of war.
"""


@pytest.mark.parametrize("outlet, phrase, expected", [
    # students playing States at a Model United Nations speak for no State: the label as the record gives it
    ("Northfield University Model United Nations", "hostages", "Delegate of Armenia"),
    ("Northfield University Model United Nations", "saboteurs", "Delegate of Azerbaijan"),
    # ... a real committee's delegates speak for theirs
    ("United Nations", "hostages", "armenia"),
])
def test_a_model_uns_delegates_speak_for_no_state(outlet, phrase, expected):
    assert _at(MODEL_UN, phrase, outlet=outlet, kind="panel")[1] == expected


THREAD_ARCHIVE = """Archived thread: sentencing day at the Baku Military Court

Trial Watch Caucasus · Thread archive
Posted by our trial monitor Nara Abrahamova (@nara_monitors) in 3 posts on 5 February 2026.

1/ Good morning. The court is expected to sentence the former leaders today.

2/ 11:30. I use prisoners of war for the soldiers captured in 2020.

Update, 17 February 2026: in a separate case, the appeal of four detainees was rejected.
"""

POST_SERIES = """Seda Tumanova · Member of the National Assembly of Armenia · Public posts, translated from Armenian

[1/2] 24 September 2025, 09:41
Five years ago paragraph 8 promised "all for all".
1.2K reactions · 348 comments

[2/2] 29 September 2025, 21:48
Our government calls them "persons held in custody".
Reply from Elvin Gasimli: They are war criminals.
4.1K reactions · 2.3K comments
"""


@pytest.mark.parametrize("text, phrase, expected", [
    (THREAD_ARCHIVE, "prisoners of war", "Nara Abrahamova"),  # a numbered post of the archived thread: its poster's
    (THREAD_ARCHIVE, "detainees", "outlet:Trial Watch Caucasus"),  # the archive's later note: the publisher's
    (POST_SERIES, "all for all", "Seda Tumanova"),  # the lines under a series' numbered head
    # her post relays her government's wording, and the translation sets the text in Armenia (hard case 3)
    (POST_SERIES, "persons held", "armenia"),
    (POST_SERIES, "war criminals", "Elvin Gasimli"),  # a reply printed under her post
])
def test_an_archive_of_one_posters_thread_or_series_is_hers_post_by_post(text, phrase, expected):
    outlet = "Facebook" if text is POST_SERIES else "Trial Watch Caucasus"
    assert _at(text, phrase, outlet=outlet, kind="opinion")[1] == expected


RECORD_2099 = ("Committee against Torture\n\nSummary record (partial) of the 2099th meeting\n\n"
               "1. At the invitation of the Chair, the delegation of Azerbaijan joined the meeting.\n\n"
               "2. Mr. Gasimli (Azerbaijan), replying to the questions put under paragraph 24 of the list of issues, said "
               "that all persons captured during the hostilities had been repatriated. They were not prisoners of war.\n")


@pytest.mark.parametrize("phrase", ["repatriated", "prisoners of war"])
def test_a_delegate_named_before_a_participle_and_his_verb_is_his_state_for_both(phrase):
    # one noun phrase, one speaker: the participle's cue ("replying to ...") takes the State the verb's cue resolved
    assert _at(RECORD_2099, phrase, outlet="Committee against Torture")[1] == "azerbaijan"


def test_his_government_in_a_later_sentence_of_a_delegates_paragraph():
    # "His Government" opening a later sentence of the delegate's paragraph: the State he speaks for, never a
    # speaker called "His Government"
    outlet = "Committee on the Elimination of Racial Discrimination"
    assert _at(RECORD_3184, "persons held in custody", outlet=outlet)[1:] == ("armenia", "reported_speech")


CLIP_BULLETIN = ("RADIO SEVAN INTERNATIONAL / ENGLISH SERVICE\n\nBULLETIN 1300 / WED 14 JAN 2026 / READER: DAVID ORBELI\n\n"
            "READER: Four men crossed the Hakari bridge this morning.\n\n"
            "The Human Rights Defender, Nune Davtyan, was at the bridge. She told our correspondent that the work was "
            "far from over.\n\n"
            "[CLIP: DAVTYAN / IN: \"Today four families...\" / OUT: \"...forgotten.\" / DUR 0'19\"]\n"
            "\"Today four families can hold their sons again. But nineteen of our captives are still in Baku, and not "
            "one of them is forgotten.\"\n\n"
            "[CLIP: MELIKYAN / IN: \"We were...\" / OUT: \"...hostages.\" / DUR 0'09\"]\n"
            "\"We were never told why. They are hostages.\"\n")


@pytest.mark.parametrize("phrase, expected", [
    ("captives are", "hrd_armenia"),   # the clip's speaker by surname: the one named in full before, in her post
    ("They are hostages", "outlet:Radio Sevan International"),  # a surname the text never gave in full: no one
])
def test_a_bulletins_clip_cue_names_its_speaker_by_surname(phrase, expected):
    assert _at(CLIP_BULLETIN, phrase, outlet="Radio Sevan International", kind="news")[1] == expected


BRACKETED_PHONE_IN = ("Open Line, Radio Yerevan, 21 January 2026 (transcript)\n\n"
            "KAREN MELKONYAN (presenter): Good evening. With me is the Human Rights Defender.\n\n"
            "HRIPSIME DAVTYAN (Human Rights Defender): Good evening. Nineteen are still held.\n\n"
            "KAREN MELKONYAN: Our first caller is Susanna, from Gyumri. Go ahead, Susanna.\n\n"
            "SUSANNA (Gyumri): My nephew is a hostage. Why does nobody say it?\n\n"
            "HRIPSIME DAVTYAN: Susanna, I understand the word.\n\n"
            "WITNESS (Hasanli): The men were prisoners of war, he said.\n")


def test_a_callers_turn_in_a_phone_in_read_as_a_record_is_hers():
    # the host's and the guest's posts in brackets make the transcript read as a record; a caller still calls
    assert _at(BRACKETED_PHONE_IN, "hostage", outlet="Radio Yerevan", kind="news")[1:] == ("Susanna", "debate_turn")
    assert _at(BRACKETED_PHONE_IN, "prisoners of war", outlet="Radio Yerevan", kind="news")[1] != "Witness"


OBSERVERS_STATEMENT = """JOINT STATEMENT
Baku trial: observers say the proceedings fell short

The undersigned organisations followed the proceedings before the Baku Military Court.

Marta Kowalska, the coalition's lead observer, said: "The men in the dock were called war criminals."

Jan Horak, a member of the coalition's board, added: "We saw no trial of individual acts."

Our coalition does not use the label hostages in this statement.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("war criminals", "Marta Kowalska"),
    # a name, her post and "said:" is narration before a quotation, not a debate's turn that runs on
    ("hostages", "outlet:Observation Coalition"),
])
def test_a_name_her_post_and_said_before_a_colon_is_no_debate_turn(phrase, expected):
    assert _at(OBSERVERS_STATEMENT, phrase, kind="statement", outlet="Observation Coalition")[1] == expected


ISSUED_ENTRY = """Reburial in Yerablur: live

11:48

The Human Rights Defender of Armenia has issued a statement to mark the ceremony.

"While we bury our dead with dignity, at least 19 people remain illegally held in Azerbaijan."

12:05

The families gathered at the gate.

"The prisoners of war must come home," one banner read.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("illegally held", "hrd_armenia"),  # the statement under the paragraph saying who issued it
    ("prisoners of war", "outlet:Evening Post"),  # a quotation under narration naming no issuer
])
def test_a_statement_quoted_under_the_paragraph_saying_who_issued_it(phrase, expected):
    assert _at(ISSUED_ENTRY, phrase, outlet="Evening Post")[1] == expected


MINISTER_ON_TV = """Deputy Foreign Minister: "Nineteen of our compatriots are still in Baku"

[Translated from Armenian. Transcript of the programme "Face to Face", broadcast on Sevan TV.]

GAYANE ARZUMYAN, presenter: Good evening. How does the Foreign Ministry respond?

RUBEN ASLANOV, Deputy Foreign Minister: We regard the continued detention of all of them as arbitrary detention.

GAYANE ARZUMYAN: Are they hostages?

LILIT MARTIROSOVA, lawyer: They are prisoners of war.
"""


@pytest.mark.parametrize("phrase, expected", [
    ("arbitrary detention", "mfa_armenia"),  # a minister's post by portfolio alone, in the State the text is set in
    ("prisoners of war", "Lilit Martirosova"),  # a lawyer holds no post of a State
])
def test_a_turn_label_with_a_portfolio_ministers_post_and_no_state(phrase, expected):
    assert _at(MINISTER_ON_TV, phrase, outlet="Sevan TV")[1] == expected


MINISTER_TRANSLATED = """Deputy Foreign Minister: "Nineteen of our compatriots are still in Baku"

[Translated from Armenian. Transcript of the programme "Face to Face", broadcast on Sevan TV.]

GAYANE ARZUMYAN, presenter: Good evening. On Thursday a court in Baku sentenced five men. How does the ministry respond?

RUBEN ASLANOV, Deputy Foreign Minister: We regard the continued detention of all of them as arbitrary detention.

GAYANE ARZUMYAN: Are they hostages?

RUBEN ASLANOV: They are prisoners of war.

LILIT MARTIROSOVA, lawyer: They are captives.

LILIT MARTIROSOVA: They are persons deprived of liberty.
"""


@pytest.mark.parametrize("text, phrase, expected", [
    # no State named near the post: the language the transcript was translated from sets it in Armenia
    (MINISTER_TRANSLATED, "arbitrary detention", "mfa_armenia"),
    (MINISTER_TRANSLATED.replace("Translated from Armenian. ", ""), "arbitrary detention", "Ruben Aslanov"),
])
def test_a_portfolio_ministers_post_in_a_transcript_translated_from_a_states_language(text, phrase, expected):
    assert _at(text, phrase, outlet="Sevan TV")[1] == expected


@pytest.mark.parametrize("phrase, expected", [
    ("prisoners of war", "mfa_armenia"),  # his later turn under his name alone: still in office
    ("persons deprived", "Lilit Martirosova"),  # a lawyer's post is no office: her later turn is hers
])
def test_an_officials_later_turns_under_his_name_alone_keep_his_post(phrase, expected):
    assert _at(MINISTER_TRANSLATED, phrase, outlet="Sevan TV")[1] == expected


BULLETIN_TRANSLATED = """Ministry of Defense of the Republic of Azerbaijan: daily information bulletin, 13 December 2023 (translation)
Translated from Azerbaijani by the Caucasus Digest. Words in square brackets are the translator's.

INFORMATION OF THE MINISTRY OF DEFENSE
Baku, 13 December 2023

1. On the return of servicemen
Today 32 servicemen of Armenian origin were handed over to the Armenian side.

2. On the statements of certain media
Certain media continue to describe the persons handed over as "hostages". These claims are groundless.
"""


@pytest.mark.parametrize("text, phrase, expected", [
    # a translator's print of a State organ's bulletin: the organ's words are its State's, the translator's head his
    (BULLETIN_TRANSLATED, "hostages", "azerbaijan"),
    (BULLETIN_TRANSLATED, "32 servicemen", "azerbaijan"),
    (BULLETIN_TRANSLATED, "Words in square", "outlet:Caucasus Digest"),
    # no translator named: the publisher's own page, as before
    (BULLETIN_TRANSLATED.replace("Translated from Azerbaijani by the Caucasus Digest. ", ""), "hostages",
     "outlet:Caucasus Digest"),
])
def test_a_translators_print_of_a_state_organs_bulletin_is_the_organs(text, phrase, expected):
    assert _at(text, phrase, outlet="Caucasus Digest", kind="statement")[1] == expected


GUEST_IN_POST = """CAUCASUS TONIGHT — TRANSCRIPT

Broadcast 21 January 2026. Presenter: Lilit Arutyunova. Guest: Marco Bellini, head of the delegation of the International Committee of the Red Cross (ICRC) in Armenia.

ARUTYUNOVA: Good evening. Our viewers call them prisoners of war. What does the Red Cross call them?

BELLINI: We call them people detained in relation to the conflict.
"""


@pytest.mark.parametrize("text, phrase, expected", [
    # the guest's post where the head first named him: his surname's turns speak for the ICRC (hard case 12)
    (GUEST_IN_POST, "people detained", "icrc"),
    (GUEST_IN_POST.replace("head of the delegation of the International Committee of the Red Cross (ICRC) in Armenia",
                           "a lawyer in Yerevan"), "people detained", "Marco Bellini"),
])
def test_a_guests_surname_turns_speak_in_the_post_the_head_gave_him(text, phrase, expected):
    assert _at(text, phrase, outlet="Horizon 24")[1] == expected


PROSECUTOR_BRIEFING = """Transcript of the press briefing of the Prosecutor General's Office on the verdict of 5 February 2026

Baku, 6 February 2026, press centre of the Prosecutor General's Office. Unofficial English translation prepared by the Press Service.

Participants: Deputy Prosecutor General Rashad Huseynov; Head of the Press Service Nargiz Aliyeva; accredited representatives of national and foreign media.

NARGIZ ALIYEVA: Good morning. The Deputy Prosecutor General will make a short statement and then take your questions.

RASHAD HUSEYNOV: Thank you. I want to be precise about words. They are not prisoners of war.

QUESTION (Julia Weber, Alpine Public Radio): How many people of Armenian origin does Azerbaijan hold today?

RASHAD HUSEYNOV: The number is not a secret. I would not use the word prisoners for people under investigation.
"""


@pytest.mark.parametrize("text, phrase, expected", [
    # a prosecutor's post with no State before his name, at a briefing set in Baku: the State's (hard case 12)
    (PROSECUTOR_BRIEFING, "prisoners of war", "azerbaijan"),
    (PROSECUTOR_BRIEFING.replace("Deputy Prosecutor General Rashad", "Rashad"), "prisoners of war", "Rashad Huseynov"),
    # ... and so are his turns after a journalist's question, under his name alone
    (PROSECUTOR_BRIEFING, "word prisoners", "azerbaijan"),
    (PROSECUTOR_BRIEFING.replace("Deputy Prosecutor General Rashad", "Rashad"), "word prisoners", "Rashad Huseynov"),
    (PROSECUTOR_BRIEFING, "Armenian origin", "Julia Weber"),
])
def test_a_participant_named_after_a_prosecutors_post_with_no_state_is_the_state_the_briefing_is_set_in(
        text, phrase, expected):
    assert _at(text, phrase, outlet="Prosecutor General's Office of the Republic of Azerbaijan")[1] == expected


RUBRIC_BYLINE = """All for all, then some for something

Analysis | Henrik Aalborg | 25 February 2026

In more than twenty years with the OSCE I sat through many negotiations. I do not call them hostages; they are prisoners of war.
"""


@pytest.mark.parametrize("text, expected", [
    (RUBRIC_BYLINE, "Henrik Aalborg"),  # the rubric, then the author's name among the head's fields
    (RUBRIC_BYLINE.replace("Henrik Aalborg", "Politics"), "outlet:Vienna Security Review"),  # a section, no name
])
def test_a_rubric_and_a_name_among_the_heads_fields_sign_the_piece(text, expected):
    assert _at(text, "prisoners of war", outlet="Vienna Security Review", kind="opinion")[1] == expected


def test_a_publications_name_over_the_byline_signs_nothing():
    # "Frontline Law Blog | Analysis" is the publisher's line, not a name: the headline is the byline's author's too
    text = ("Soldiers, not saboteurs: why they are still prisoners of war\n\nFrontline Law Blog | Analysis\n10 March 2026\n"
            "By Hanna Korhonen\n\nThe men are detainees.\n")
    assert _at(text, "saboteurs", outlet="Frontline Law Blog", kind="opinion")[1] == "Hanna Korhonen"


COUNSEL_SUMMARY = """Trial Observation Summary No. 41

2. Summary of the closing speech of defence counsel Elnur Mammadli

2.1 Status. Counsel opened by saying that his client was no prisoner of war. The Ombudsman called them hostages.

2.2 Paragraph 8. Counsel recalled that the exchange of all for all was agreed. Defence counsel added that they were captives.
"""


@pytest.mark.parametrize("text, phrase, expected", [
    # "Counsel", with no article as a trial report writes it: the counsel the report introduced by name
    (COUNSEL_SUMMARY, "exchange", "Elnur Mammadli"),
    (COUNSEL_SUMMARY, "captives", "Elnur Mammadli"),
    (COUNSEL_SUMMARY.replace("defence counsel Elnur Mammadli", "Elnur Mammadli, the defendant's counsel"), "exchange",
     "Elnur Mammadli"),
    # no counsel introduced by name: nobody the phrase names, so the report's own voice
    (COUNSEL_SUMMARY.replace("defence counsel Elnur Mammadli", "the defence"), "exchange", "outlet:SCTOP"),
    # a name given without a counsel noun introduces no counsel
    (COUNSEL_SUMMARY.replace("defence counsel Elnur Mammadli", "the defence, Elnur Mammadli"), "exchange",
     "outlet:SCTOP"),
])
def test_bare_counsel_opening_a_sentence_is_the_counsel_the_report_introduced_by_name(text, phrase, expected):
    assert _at(text, phrase, outlet="SCTOP")[1] == expected


STORTING_HOUR = """Storting, ordinary question hour, Wednesday 4 March 2026

Question 2

The President: We move on to question 2, from Representative Eva Lunde to the Minister of Foreign Affairs.

Eva Lunde (V) [11:02:10]: Will the Minister call them prisoners of war?

Minister of Foreign Affairs Kari Nordby [11:02:40]: The Government does not call them hostages.

Eva Lunde (V) [11:04:05]: They are captives.
"""


@pytest.mark.parametrize("phrase, expected", [
    # a member's label with a one-letter party and the record's time stamp opens her turn
    ("prisoners of war", "Eva Lunde"),
    ("captives", "Eva Lunde"),
    # a government member's post and name before her words on their line: the unlisted State's (hard case 12)
    ("hostages", "Norway"),
])
def test_a_translated_question_hours_time_stamped_labels_open_turns(phrase, expected):
    assert _at(STORTING_HOUR, phrase, outlet="Stortinget")[1] == expected


CZECH_CHAMBER = """Stenographic record of the 4th sitting of the Chamber of Deputies (translation)

Parliament of the Czech Republic
Chamber of Deputies
Unofficial translation from Czech. The Czech text alone is authentic.

Deputy Speaker Jana Malá: We continue with the draft resolution. The Milli Majlis has not answered our letter.

Deputy Ondřej Král: The Chamber should call them prisoners of war.

Minister of Foreign Affairs Karel Dvořák: The Government does not call them hostages.

Deputy Speaker Jana Malá: Thank you. Deputy Ondřej Král once more.

Deputy Ondřej Král: They are captives.
"""


@pytest.mark.parametrize("text, phrase, expected", [
    # "Deputy X:" is a member's turn, "Deputy Speaker X:" the chair's, in a translated continental record
    (CZECH_CHAMBER, "prisoners of war", "Ondřej Král"),
    (CZECH_CHAMBER, "captives", "Ondřej Král"),
    # the minister answers for the record's State, named by its language and its house, not by a house it cites
    (CZECH_CHAMBER, "hostages", "Czech Republic"),
    (CZECH_CHAMBER.replace("Parliament of the Czech Republic\nChamber of Deputies", "Parliament of the Czech Republic"),
     "hostages", "Czech Republic"),
])
def test_a_translated_continental_records_titled_labels_and_its_state(text, phrase, expected):
    assert _at(text, phrase, outlet="Chamber of Deputies")[1] == expected


NATIONAL_COUNCIL = """Stenographic record, 12th session of the National Council, XXVIII Legislative Period (translated)

Item 3: motion for a resolution on the prisoners

President Eva Moser: The first speaker is Member Huber. - Please.

10.02

Member Anna Huber (Greens): Madam President! Honourable House! They are prisoners of war, and they must come home.

President Eva Moser: Member Gruber. - Please.

10.09

Member Felix Gruber (ÖVP): We do not call them hostages.

10.15

President Eva Moser: The debate is closed.
"""


@pytest.mark.parametrize("phrase, expected", [
    # a record's times in the margin, each alone on its line before a member's turn, open no blog entries; and
    # "Member X (Party):" is her turn, by her name
    ("prisoners of war", ("debate", "Anna Huber", "debate_turn")),
    ("hostages", ("debate", "Felix Gruber", "debate_turn")),
])
def test_a_records_margin_times_before_members_turns_keep_it_a_debate(phrase, expected):
    assert _at(NATIONAL_COUNCIL, phrase, outlet="Parliament of Austria") == expected


JOINT_MINISTERS = """Joint press conference of Foreign Minister Armen Tadevosyan and Foreign Minister of Finland Aino Lehtonen

Yerevan, 10 March 2026

Moderator: Good afternoon. The ministers will make statements and then take questions.

Armen Tadevosyan: Welcome to Yerevan, dear Aino.

Nineteen Armenians remain in Baku. We speak of persons held in custody.

Aino Lehtonen: Thank you. I do not use the word hostages.

Question (Lilit Sargsyan, Hraparak Today): Are they prisoners of war?

Armen Tadevosyan: Under the Convention they are prisoners of war.
"""


@pytest.mark.parametrize("outlet, phrase, expected", [
    # the publishing ministry's own minister, whom the head names by the post its registered holder has, speaks for
    # the ministry to the next label, her second paragraph too; the visiting minister for her unregistered State
    ("Ministry of Foreign Affairs of Armenia", "persons held in custody", "mfa_armenia"),
    ("Ministry of Foreign Affairs of Armenia", "Convention they are prisoners", "mfa_armenia"),
    ("Ministry of Foreign Affairs of Armenia", "hostages", "Finland"),
    ("Ministry of Foreign Affairs of Armenia", "Are they prisoners", "Lilit Sargsyan"),
    # ... but in another publisher's transcript each keeps her name
    ("Daily", "hostages", "Aino Lehtonen"),
])
def test_a_joint_press_conferences_ministers_speak_in_the_posts_its_head_gives(outlet, phrase, expected):
    assert _at(JOINT_MINISTERS, phrase, outlet=outlet)[1] == expected


FOURTH_LINE_BRIEFER = """Press briefing of the spokesperson of the State Commission

Baku, 19 February 2026, 11:00

Unofficial translation from the Azerbaijani. In case of discrepancy, the Azerbaijani text prevails.

Briefing by Elnur Gasimov, spokesperson of the State Commission. Moderator: Sevinj Alakbarova, press service.

GASIMOV: Good morning. There are no hostages in Azerbaijan.

QUESTION (Rena Mammadli, Baku Evening Post): Are they prisoners of war?

GASIMOV: They are convicts, not prisoners of war.
"""


@pytest.mark.parametrize("phrase, expected", [
    # the heading's fourth line names the briefer and her post (after a title, a dateline and a translator's
    # note): she speaks for the publishing commission, labelled by her surname
    ("hostages", "state_commission_azerbaijan"),
    ("not prisoners of war", "state_commission_azerbaijan"),
    ("Are they prisoners", "Rena Mammadli"),
])
def test_a_briefer_named_on_the_headings_fourth_line_answers(phrase, expected):
    outlet = "State Commission on Prisoners of War, Hostages and Missing Persons"
    assert _at(FOURTH_LINE_BRIEFER, phrase, outlet=outlet)[1] == expected


TRANSLATED_DECISION = (
    "Government Decision No. 214-N: support for persons returned from captivity (unofficial translation)\n\n"
    "[Unofficial translation from Armenian by the Legal Translation Project. Translator's notes are in square "
    "brackets.]\n\nGOVERNMENT OF THE REPUBLIC OF ARMENIA\nDECISION\nNo. 214-N of 26 February 2026\n\n"
    "1. One family member of each person held in custody shall receive an allowance. [Translator's note: the term "
    "replaces a decision of 2021 that spoke of detainees.]\n\n"
    "2. Support is provided whether the person concerned was a serviceman or a civilian.\n\n"
    "Prime Minister of the Republic of Armenia N. Pashinyan\n")


@pytest.mark.parametrize("phrase, expected", [
    # an instrument's head (its organ in capitals, then "DECISION") gives its text to the organ, though another
    # publishes its translation; the title and the note before the head, and the translator's bracketed notes,
    # are the publisher's
    ("person held in custody", "armenia"),
    ("civilian", "armenia"),
    ("captivity", "outlet:Legal Translation Project"),
    ("detainees", "outlet:Legal Translation Project"),
])
def test_a_translated_instruments_head_gives_its_text_to_the_issuing_organ(phrase, expected):
    assert _at(TRANSLATED_DECISION, phrase, outlet="Legal Translation Project", kind="instrument")[1] == expected


STAKEHOLDER_SUMMARY = """Summary of stakeholders' submissions on Azerbaijan

Report of the Office of the United Nations High Commissioner for Human Rights

5. The Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan stated that the persons were not \
prisoners of war.3 It noted that four persons had been handed over to Armenia.

38. JS3 stated that nineteen were still held.87 It considered that they were prisoners of war.

39. AI reported that civilians had been ill-treated. CLDC noted that the men were hostages.

Annex

Civil society

AI      Amnesty International, London (United Kingdom)
CLDC    Centre for Law and Detention in the Caucasus, Tbilisi (Georgia)
JS3     Joint submission 3 submitted by: Lori Rights Forum; Open Caucasus
"""


@pytest.mark.parametrize("phrase, expected", [
    # an annex's list of abbreviations names the stakeholders the summary cites by them: a registered one is itself,
    # another speaks by its abbreviation
    ("civilians", "amnesty"),
    ("hostages", "CLDC"),
    # ... and "It" after its sentence (a plain note number ends that sentence) is the stakeholder
    ("they were prisoners of war", "JS3"),
    # ... as it is a State's organ the sentence names by its body and its State, though "the Commissioner" alone
    # would be the High Commissioner the head names
    ("handed over", "azerbaijan"),
])
def test_a_summarys_annex_of_abbreviations_names_its_stakeholders(phrase, expected):
    assert _at(STAKEHOLDER_SUMMARY, phrase, outlet="Office of the United Nations High Commissioner for Human Rights")[1] == expected


TESTIMONIES = """Back from Baku: excerpts from the testimony collection

Editor's note

At the request of the witnesses, names are replaced by initials.

Testimony 3. A.K., 21 at the time of capture. Released 13 December 2023.

In the cell we were 14. I thought we were prisoners of war.

Some of the boys said we were hostages.

Testimony 7. G.H., 38 at the time of capture. Handed over on 14 January 2026.

I am not a prisoner of war. I am a civilian.

Most witnesses call themselves captives; none used the official term persons held in custody.
"""


@pytest.mark.parametrize("phrase, expected", [
    # each testimony under its label is the witness's the label names, over its paragraphs in the first person
    ("prisoners of war", "A.K."),
    ("hostages", "A.K."),
    ("civilian", "G.H."),
    # ... the editor's closing paragraph in the third person is the collection's again
    ("captives", "outlet:Return Archive"),
])
def test_a_collections_testimonies_are_their_witnesses(phrase, expected):
    assert _at(TESTIMONIES, phrase, outlet="Return Archive")[1] == expected


LORDS_QUESTION = """Armenia and Azerbaijan: Armenian Detainees

Question for Short Debate

House of Lords, Grand Committee

The Deputy Chairman of Committees (Baroness Fennimore) (Con)

My Lords, the Committee will adjourn if there is a Division.

Asked by Lord Carrow

To ask His Majesty's Government what representations they have made for the release of the hostages.

Lord Carrow (CB)

My Lords, most of them are prisoners of war.
"""


@pytest.mark.parametrize("phrase, expected", [
    # the Lords' "Asked by Lord Carrow" over his question: the question is his, not the chair's turn run on
    ("hostages", "Lord Carrow"),
    ("prisoners of war", "Lord Carrow"),
])
def test_the_lords_asked_by_line_gives_the_question_to_its_asker(phrase, expected):
    assert _at(LORDS_QUESTION, phrase, outlet="Hansard (House of Lords)")[1] == expected


POST_LABEL_BRIEFING = """Press briefing by the Special Representative of the OSCE Chairperson-in-Office for the South Caucasus

Vienna, 22 January 2026

MODERATOR (Jonas Pichler, OSCE Press Office): Good morning. Ambassador Margit Halonen will make a statement.

SPECIAL REPRESENTATIVE (Margit Halonen): Thank you. Four men were released on 14 January.

I do not call them hostages.

QUESTION (Katrin Moser, Donau Kurier): Are they prisoners of war?

SPECIAL REPRESENTATIVE: In this building we say persons deprived of liberty.
"""
CHAIR_IN_OFFICE = """Press conference by the OSCE Chairperson-in-Office

QUESTION (Anna Lee, Radio Nord): Were they hostages?

Nobody here calls them prisoners of war.
"""


@pytest.mark.parametrize("text, phrase, expected", [
    # the post the heading gives the briefer, then that post's label with her name in brackets: she answers
    (POST_LABEL_BRIEFING, "released", "Margit Halonen"),
    (POST_LABEL_BRIEFING, "hostages", "Margit Halonen"),  # her turn's next paragraph
    (POST_LABEL_BRIEFING, "persons deprived", "Margit Halonen"),  # the post's label alone, later
    (POST_LABEL_BRIEFING, "prisoners of war", "Katrin Moser"),
    # a post with its institution in a heading ("OSCE Chairperson-in-Office") names no one who answers; a
    # journalist's question is hers all the same
    (CHAIR_IN_OFFICE, "hostages", "Anna Lee"),
    (CHAIR_IN_OFFICE, "prisoners of war", "OSCE"),
])
def test_a_briefings_post_label_is_the_person_its_brackets_name(text, phrase, expected):
    assert _at(text, phrase, outlet="OSCE")[1] == expected


WITNESS_TESTIMONY = """Testimony of Dr. Lena Marcoux

Director, Program on Detention and Armed Conflict, Halvorsen Institute for International Law

Before the Commission on Security and Cooperation in Europe

Chairman, Co-Chairman, and distinguished Commissioners:

Thank you for the invitation to testify. I do not call them hostages; in law most of them are prisoners of war.
"""


@pytest.mark.parametrize("text, expected", [
    # a witness's testimony, headed with her name, is in her own voice, not the hearing body's that prints it
    (WITNESS_TESTIMONY, "Lena Marcoux"),
    (WITNESS_TESTIMONY.replace("Testimony of Dr.", "Prepared statement of Dr."), "Lena Marcoux"),
    (WITNESS_TESTIMONY.replace("Testimony of Dr.", "Written testimony of"), "Lena Marcoux"),
    # testimony headed with no one's name: the printing body's
    (WITNESS_TESTIMONY.replace("Testimony of Dr. Lena Marcoux", "Testimony on detention"),
     "Commission on Security and Cooperation in Europe"),
])
def test_a_witnesss_testimony_headed_with_her_name_is_hers(text, expected):
    assert _at(text, "hostages", outlet="Commission on Security and Cooperation in Europe", kind="statement")[1] == expected


CAPTURED_POSTS = """Ministry of Defense of the Republic of Azerbaijan on X: posts of December 2020

Azerbaijan MOD @wwwmodgovaz
Translated from Azerbaijani
A sabotage group was neutralised. Its members are terrorists, not prisoners of war.
10:14 AM · Dec 15, 2020 · 211.4K Views

Azerbaijan MOD @wwwmodgovaz
The claims of the other side are a lie.
Quote
Ministry of Defence of Armenia @ArmeniaMODTeam · Dec 14, 2020
Contact has been lost with our servicemen, who may have been taken as captives.
4:51 PM · Dec 15, 2020 · 96.7K Views

Community note: in 2021 the servicemen were listed as hostages.
"""


@pytest.mark.parametrize("text, phrase, expected", [
    # a captured post's lines under its account's head, a State organ's account being that State's (hard case 12)
    (CAPTURED_POSTS, "prisoners of war", "azerbaijan"),
    # a post it quotes is the quoted account's, from the quoted head to the foot
    (CAPTURED_POSTS, "captives", "armenia"),
    # after the foot, the capture's own note: the publisher's
    (CAPTURED_POSTS, "hostages", "outlet:X"),
    # an account that is no State's organ keeps its display name
    (CAPTURED_POSTS.replace("Azerbaijan MOD @wwwmodgovaz\nTranslated from Azerbaijani", "Leyla Huseynova @leyla_h"),
     "prisoners of war", "Leyla Huseynova"),
])
def test_a_captured_accounts_posts_are_the_accounts_line_by_line(text, phrase, expected):
    assert _at(text, phrase, outlet="X")[1] == expected


DEFENDER_BRIEFING = """Transcript of the press briefing of the Human Rights Defender on Armenians held in Azerbaijan

Yerevan, 21 January 2026, 11:00. Office of the Human Rights Defender of the Republic of Armenia, 56a Pushkin Street, conference hall. Unofficial translation from Armenian, prepared by the press service of the Office.

Participants: Human Rights Defender Tatevik Sargsyan; Aram Khachatryan, head of the press service (moderator); journalists.

ARAM KHACHATRYAN: Good morning. The Defender will make a short statement.

TATEVIK SARGSYAN: Thank you. Four of our compatriots came home.

QUESTION (Lilit Harutyunyan, Sevan TV): Will the others come home?

TATEVIK SARGSYAN: I hope so.

The other nineteen are still hostages in Baku.
"""


@pytest.mark.parametrize("text, expected", [
    # a street in the head's address is no one's name: the Defender the participants' list names answers
    (DEFENDER_BRIEFING, "hrd_armenia"),
    (DEFENDER_BRIEFING.replace("Pushkin Street", "Pushkin Avenue"), "hrd_armenia"),
])
def test_a_street_in_a_briefings_address_is_no_ones_name(text, expected):
    assert _at(text, "hostages", outlet="Human Rights Defender of Armenia")[1] == expected


SEMINAR_REPORT = """Seminar report

The seminar was chaired by Professor Helen Marsh. "We call them detainees," she said.

The first speaker, Dr Anahit Sargsyan of the Institute for Humanitarian Law in Yerevan, argued that they were prisoners of war.
"""


@pytest.mark.parametrize("text, expected", [
    # a name and the unregistered institution she is of, in an appositive: the person
    (SEMINAR_REPORT, "Anahit Sargsyan"),
    (SEMINAR_REPORT.replace("of the Institute for Humanitarian Law in Yerevan", "of Yerevan State University"),
     "Anahit Sargsyan"),
    # ... a registered body there is left to the post rules (the ICRC's delegate speaks for it, hard case 12)
    (SEMINAR_REPORT.replace("Dr Anahit Sargsyan of the Institute for Humanitarian Law in Yerevan",
                            "Thomas Berger of the ICRC"), "icrc"),
])
def test_a_name_and_the_body_she_is_of_in_an_appositive_is_the_person(text, expected):
    assert _at(text, "prisoners of war", outlet="Centre")[1] == expected


CASSATION_RELEASE = """Supreme Court release

The Criminal Collegium of the Supreme Court considered the appeals.

In the cassation appeals, the defence counsel, lawyer Farid Aslanov, argued that his clients were prisoners of war.
"""


@pytest.mark.parametrize("text, expected", [
    # a description, then a counsel's role and her name in apposition: hers
    (CASSATION_RELEASE, "Farid Aslanov"),
    (CASSATION_RELEASE.replace("lawyer Farid Aslanov", "the journalist Farid Aslanov"), "Farid Aslanov"),
    # a role with no name after it names no one: the court's own voice
    (CASSATION_RELEASE.replace("lawyer Farid Aslanov", "a lawyer from Baku"), "azerbaijan"),
])
def test_a_role_then_a_name_in_apposition_after_a_description_is_the_named(text, expected):
    assert _at(text, "prisoners of war", outlet="Supreme Court of the Republic of Azerbaijan")[1] == expected


SATIRE_COLUMN = """THE BACK PAGE
Notes for the Careful Minister
By Aram Petrosyan

Our ministers still say prisoners of war in their speeches.
"""


@pytest.mark.parametrize("text, expected", [
    # a column's rubric in capitals over the byline names no one: the byline's author writes
    (SATIRE_COLUMN, "Aram Petrosyan"),
    (SATIRE_COLUMN.replace("THE BACK PAGE\n", ""), "Aram Petrosyan"),
    # ... and a name in capitals alone over the title is still the author's
    (SATIRE_COLUMN.replace("THE BACK PAGE", "ARAM PETROSYAN").replace("By Aram Petrosyan\n", ""), "Aram Petrosyan"),
])
def test_a_rubric_in_capitals_over_a_byline_is_no_author(text, expected):
    assert _at(text, "prisoners of war", outlet="Evening Courier", kind="opinion")[1:] == (expected, "author_voice")


DEDICATION_SPEECHES = """Speeches at the unveiling of the mural

By Gor Alaverdyan, Daily

MASTER OF CEREMONIES (Anna Petrosyan, director of the Cultural Centre)

Welcome. They are prisoners of war.

THE ARTIST (Nare Tadevosyan)

I painted the detainees.

THE MAYOR (Arsen Babayan, Mayor of Goris)

The hostages must come home.

THE MOTHER (Hasmik Poghosyan, mother of Levon Poghosyan, returned in June 2021)

My son was a captive.

PRODUCER'S NOTES (Siranush Harutyunyan, for the broadcasters)

We do not say exchange anywhere.
"""


@pytest.mark.parametrize("phrase, expected", [
    # a printed speech's heading in capitals names its speaker in brackets, with her post after a comma
    ("prisoners of war", "Anna Petrosyan"),
    ("detainees", "Nare Tadevosyan"),
    ("hostages", "Arsen Babayan"),
    ("captive", "Hasmik Poghosyan"),  # (a long description after the name too)
    ("exchange", "Siranush Harutyunyan"),  # (a possessive heading: "PRODUCER'S NOTES")
])
def test_a_role_heading_in_capitals_with_a_name_in_brackets_opens_her_speech(phrase, expected):
    assert _at(DEDICATION_SPEECHES, phrase, kind="panel")[1:] == (expected, "debate_turn")


COOKBOOK = """THE EMPTY CHAIR AT THE TABLE
Recipes and stories from the families

Foreword
This book began at a kitchen table in Gyumri.

Gata (sweet bread with butter filling)
Serves 8
My son was taken prisoner in 2020. I bake gata for his return.

Ghapama (pumpkin stuffed with rice)
Serves 6
My husband is a hostage in Baku.
"""


def test_a_one_word_heading_with_a_description_in_brackets_opens_no_turn():
    # a recipe's name and what it is ("Gata (sweet bread ...)") is no member's name line over her words
    assert _at(COOKBOOK, "prisoner", outlet="Tonir Kitchen Collective", kind="opinion")[1:] == (
        "outlet:Tonir Kitchen Collective", "outlet")


ORGAN_BRIEFING = """Press briefing by the Head of the Migration Service, Tigran Avagyan, on returnees

Transcript. Yerevan, 21 January 2026

TIGRAN AVAGYAN: Four of our compatriots were released last week.

QUESTION (Anna Berg, Reuters): Are they prisoners of war?

TIGRAN AVAGYAN: They were detainees.
"""


@pytest.mark.parametrize("outlet, expected", [
    # the head of the State organ that publishes the briefing answers for its State (hard cases 12 and 15)
    ("Migration Service of Armenia", "armenia"),
    # ... not when a newspaper publishes it, nor the head of another body
    ("Daily", "Tigran Avagyan"),
    ("Border Service of Armenia", "Tigran Avagyan"),
])
def test_the_head_of_the_publishing_organ_briefs_for_its_state(outlet, expected):
    for phrase in ("released", "detainees"):
        assert _at(ORGAN_BRIEFING, phrase, outlet=outlet, kind="statement")[1:] == (expected, "briefing_turn")
    assert _at(ORGAN_BRIEFING, "prisoners of war", outlet=outlet, kind="statement")[1] == "Anna Berg"


POST_LABEL_BRIEFING = """Transcript: Press briefing by the UN Resident Coordinator in Armenia

Yerevan, 19 February 2026

Speakers: Elena Marchetti, United Nations Resident Coordinator in Armenia. Moderated by Lilit Hovakimyan, Communications Officer.

MODERATOR: Good morning. We go to questions.

RESIDENT COORDINATOR: Thank you. The detainees must be treated humanely.

QUESTION (Armen Sargsyan, Armenpress): Are they prisoners of war?

RESIDENT COORDINATOR: The status of each detainee is a legal question.
"""


@pytest.mark.parametrize("phrase, expected", [
    # a turn labelled by the post the head gives the briefer answers for her body; the head's "Speakers:" line
    # naming her is no turn
    ("detainees must", "un"),
    ("each detainee", "un"),
    ("prisoners of war", "Armen Sargsyan"),
])
def test_a_turn_labelled_by_the_briefers_post_answers(phrase, expected):
    assert _at(POST_LABEL_BRIEFING, phrase, outlet="United Nations Armenia", kind="statement")[1:] == (
        expected, "briefing_turn")


SCHOOL_CIRCULAR = """Goris Secondary School No. 2
12 Syuniki Street, Goris

16 February 2026

Dear parents,

Three of our pupils have fathers who are prisoners of war in Baku.

With respect and gratitude,

Marine Abrahamyan
Head Teacher

ATTACHMENT: GUIDANCE FROM THE SCHOOL COUNSELLOR

1. Use the words the family uses. Some say detainee.
"""


@pytest.mark.parametrize("text, phrase, expected", [
    # a circular to a group in lower case, closed over its signature, is its signer's, to the signature
    (SCHOOL_CIRCULAR, "prisoners of war", ("Marine Abrahamyan", "author_voice")),
    (SCHOOL_CIRCULAR.replace("Dear parents,", "Dear parents and guardians,"), "prisoners of war",
     ("Marine Abrahamyan", "author_voice")),
    (SCHOOL_CIRCULAR, "detainee", ("outlet:Goris Secondary School No. 2", "outlet")),
    # ... not with no closing line over the signature, nor when the line under it names an institution
    (SCHOOL_CIRCULAR.replace("With respect and gratitude,\n\n", ""), "prisoners of war",
     ("outlet:Goris Secondary School No. 2", "outlet")),
    (SCHOOL_CIRCULAR.replace("Head Teacher", "Director, Goris Families Association"), "prisoners of war",
     ("outlet:Goris Secondary School No. 2", "outlet")),
])
def test_a_circular_to_a_group_closed_over_a_signature_is_its_signers(text, phrase, expected):
    assert _at(text, phrase, outlet="Goris Secondary School No. 2", kind="statement")[1:] == expected


MEMBERS_BUSINESS = """Official Report, Meeting of the Parliament

The Deputy Presiding Officer (Morag Lindsay): The final item of business is a members' business debate on motion S6M-20931, in the name of Fiona Drummond, on Armenian prisoners in Azerbaijan.

Motion debated,

That the Parliament welcomes the release of four Armenian men; recalls the exchange of prisoners of war.

17:06

Fiona Drummond (Glasgow Kelvin) (SNP): I thank members. They are hostages.
"""


@pytest.mark.parametrize("text, phrase, expected", [
    # a debated motion's text under "Motion debated," is the member's in whose name it stands, not the chair's
    (MEMBERS_BUSINESS, "prisoners of war", ("Fiona Drummond", "author_voice")),
    (MEMBERS_BUSINESS, "hostages", ("Fiona Drummond", "debate_turn")),
    (MEMBERS_BUSINESS, "members' business", ("Morag Lindsay", "debate_turn")),
    # ... and with no such line the chair's turn runs on
    (MEMBERS_BUSINESS.replace("Motion debated,\n\n", ""), "prisoners of war", ("Morag Lindsay", "debate_turn")),
])
def test_a_debated_motions_text_is_its_sponsors(text, phrase, expected):
    assert _at(text, phrase, outlet="Scottish Parliament", kind="panel")[1:] == expected


COMMA_COMMITTEE_RECORD = """Committee on Economic, Social and Cultural Rights
Seventy-eighth session

Summary record of the 48th meeting

Chair: Mr. Castellanos

1. The Chair said that the Committee had selected recommendations on persons returned from captivity.
"""


@pytest.mark.parametrize("text, outlet, expected", [
    # the committee a record is of, by the publisher's full name when its heading's name runs on past a comma
    (COMMA_COMMITTEE_RECORD, "Committee on Economic, Social and Cultural Rights",
     "Committee on Economic, Social and Cultural Rights"),
    (COMMA_COMMITTEE_RECORD.replace("Committee on Economic, Social and Cultural Rights", "Committee on Enforced "
                                    "Disappearances"), "Committee on Enforced Disappearances",
     "Committee on Enforced Disappearances"),
])
def test_a_records_committee_named_past_a_comma_is_named_in_full(text, outlet, expected):
    assert _at(text, "captivity", outlet=outlet, kind="panel")[1:] == (expected, "committee_member")


NESTED_SENTENCES = """Families

“Baku told him he was a terrorist. Now the Armenian government says ‘persons held in custody’,” Anna Petrosyan said.
"""


@pytest.mark.parametrize("text, phrase, expected", [
    # an inner quotation a sentence after a quoted speaker's verb is not that speaker's: its own sentence's speaker
    (NESTED_SENTENCES, "persons held", ("armenia", "reported_speech")),
    (NESTED_SENTENCES, "terrorist", ("azerbaijan", "reported_speech")),
    # ... one in the verb's own sentence is still hers ("The investigator said to me, ‘...’")
    ("Trial\n\n“The investigator said to me, ‘You are not prisoners of war.’ Then he left,” Aram Sargsyan said.\n",
     "prisoners of war", ("azerbaijan", "reported_speech")),
])
def test_an_inner_quotation_after_a_sentence_end_is_not_the_earlier_verbs(text, phrase, expected):
    assert _at(text, phrase)[1:] == expected


GUEST_MINUTES = """Subcommittee on Human Rights, minutes of the meeting of 29 January 2026

3. Exchange of views on the situation of Armenian detainees held in Azerbaijan

Guest speakers:
- Jean-Luc Moreau, Head of Division for the Eastern Partnership, European External Action Service
- Ani Baghdasaryan, lawyer, Centre for Legal Initiatives, Yerevan

Jean-Luc Moreau said that the text initialled in August did not deal with the return of detained persons.

Ani Baghdasaryan said that the men were prisoners of war.
"""


@pytest.mark.parametrize("phrase, expected", [
    # a guest the meeting's list gives a post in a registered body speaks for it wherever the minutes name her
    ("return", "eu"),
    # ... not for the State whose capital her unregistered centre sits in
    ("prisoners of war", "Ani Baghdasaryan"),
])
def test_a_listed_guest_with_a_post_in_a_registered_body_speaks_for_it(phrase, expected):
    assert _at(GUEST_MINUTES, phrase, outlet="European Parliament", kind="panel")[1] == expected


def test_a_bodys_name_in_full_ends_at_a_sentences_full_stop():
    # "the Ministry" refers back to the unregistered body named in full, its name cut at the sentence's end
    text = ("Flight home\n\nThe flight was arranged by the Ministry of Foreign Affairs. It was a charter.\n\n"
            "The Ministry, which arranged the flight, wrote that the return of the four was a step.\n")
    assert _at(text, "return")[1:] == ("Ministry of Foreign Affairs", "reported_speech")


COMMISSIONER_PRESS = """Commissioner for Human Rights: press conference at the end of the visit

Yerevan, 14 November 2025. Transcript.

The Commissioner for Human Rights, Teodora Vasilescu, held a press conference at the end of a visit to Baku and Yerevan. Her spokesperson, Jonas Lund, moderated.

COMMISSIONER VASILESCU: I met the detainees in both capitals.

QUESTION (Rashad Aliyev, APA): Do you call them hostages?

COMMISSIONER VASILESCU: I do not use the word hostages myself.
"""


@pytest.mark.parametrize("phrase, expected", [
    # a briefing of the one-person office that publishes it: its holder answers by her name, never for a State the
    # heading names as a place she went to ("a visit to Baku")
    ("detainees", "Teodora Vasilescu"),
    ("the word hostages", "Teodora Vasilescu"),
])
def test_the_holder_of_the_publishing_one_person_office_answers_by_her_name(phrase, expected):
    front = {"outlet": "Council of Europe Commissioner for Human Rights", "kind": "panel"}
    assert _at(COMMISSIONER_PRESS, phrase, **front)[1:] == (expected, "speaker_label")


RAPPORTEUR_RECORD = """SUMMARY RECORD OF THE SECOND SITTING

Chair: Ms. Kristina Halvorsen (Norway)
Rapporteur: Mr. Pierre-Yves Lambert (Belgium)

1. Mr. LAMBERT (Belgium), Rapporteur, introducing his report, said that the prisoners of war had to be released.

2. Mr. LAMBERT (Belgium) said that the hostages were still held.
"""


@pytest.mark.parametrize("phrase", [
    # the participle clause after his post as after his country: "..., Rapporteur, introducing his report, said"
    "prisoners of war",
    # ... and his compound first name whole: "Pierre-Yves Lambert", never "Yves Lambert"
    "hostages",
])
def test_a_delegates_post_and_participle_clause_before_his_verb(phrase):
    assert _at(RAPPORTEUR_RECORD, phrase, outlet="OSCE Parliamentary Assembly", kind="panel")[1:] == (
        "Pierre-Yves Lambert", "reported_speech")


LECTURE_DECK = """Baltic School of Law · IL 412 International Humanitarian Law · Week 9
Lecturer: Dr Hanna Korhonen · exported with speaker notes · 10 February 2026

Slide 2/10 · Why the name matters
• Prisoner of war → GC III (status art 4)
• Hostage → GC IV art 34
Moscow: "all for all"
Speaker notes: Stress that every label on this slide is somebody's claim, even detainee.
"""


@pytest.mark.parametrize("phrase, expected", [
    # a deck whose head names its lecturer: her slides and notes are her own words
    ("Prisoner of war", ("signed_statement", "Hanna Korhonen", "author_voice")),
    ("Hostage", ("signed_statement", "Hanna Korhonen", "author_voice")),
    # ... a line that gives one quotation to its source is that source's, and her "Speaker notes:" after it hers
    ("all for all", ("signed_statement", "russia", "headline_says")),
    ("detainee", ("signed_statement", "Hanna Korhonen", "author_voice")),
])
def test_a_lecture_deck_is_its_lecturers_and_her_speaker_notes_end_a_turn(phrase, expected):
    assert _at(LECTURE_DECK, phrase, outlet="Baltic School of Law", kind="panel") == expected


def test_a_registered_bodys_press_service_publishes_in_the_bodys_name():
    text = ("Rules for the accreditation of journalists\n\nThese Rules govern the coverage of the handover of four "
            "persons to Armenia. The word \"hostages\" is not used in accredited coverage.\n")
    outlet = "Press Service of the State Commission on Prisoners of War, Hostages and Missing Persons"
    assert _at(text, "handover", outlet=outlet, kind="statement")[1:] == ("state_commission_azerbaijan",
                                                                          "report_voice")


def test_a_surname_with_its_particle_is_the_full_name_the_text_gives():
    text = ("Visit to Baku\n\n16:20\nThe Dutch Foreign Minister Pieter van Aalst met his counterpart.\n\n"
            "16:38\nVan Aalst: \"I will not speculate about exchanges.\"\n")
    assert _at(text, "exchanges")[1] == "Pieter van Aalst"


def test_a_turn_closed_by_the_audiences_reaction_is_no_heading():
    text = ("Podval Comedy Club — Thursday Late Show\n"
            "Set transcript: Narek Tovmasyan, \"Persons Held in Vocabulary\"\n\n"
            "NAREK: Good evening! Not prisoners of war, that's too aggressive. [laughter]\n\n"
            "So I've been reading the news again. Not hostages, that's too emotional.\n")
    front = {"outlet": "Podval Comedy Club", "kind": "panel"}
    assert _at(text, "prisoners of war", **front)[1:] == ("Narek Tovmasyan", "speaker_label")
    assert _at(text, "hostages", **front)[1:] == ("Narek Tovmasyan", "speaker_label")


EXAM_PAPER = """Northbridge University School of Law
LAW 3041 Public International Law, June 2026

QUESTION 4

Advise the Government of Armenia whether the men captured in December 2020 are prisoners of war.

MODEL ANSWER
Prepared by the examiner, Dr Helen Marsh. Not for circulation to candidates.

(a) Status. A good answer starts from GC III art 4A(1): such men are prisoners of war.

(b) Release. Article 118 requires release without delay.

EXAMINERS' COMMENTS

Weaker scripts called the men hostages without argument.
"""


@pytest.mark.parametrize("phrase, nth, expected", [
    # a section in capitals whose first line says who prepared it is hers, to the next heading in capitals
    ("prisoners of war", 1, ("Helen Marsh", "author_voice")),
    ("release without", 0, ("Helen Marsh", "author_voice")),
    ("prisoners of war", 0, ("outlet:Northbridge University School of Law", "outlet")),
    ("hostages", 0, ("outlet:Northbridge University School of Law", "outlet")),
])
def test_a_section_prepared_by_a_named_person_is_hers_to_the_next_capital_heading(phrase, nth, expected):
    assert _at(EXAM_PAPER, phrase, nth, outlet="Northbridge University School of Law", kind="opinion")[1:] == expected


CHILDRENS_LETTERS = """Letters to Baku
Children write to their fathers. Published by Hope Bridge Armenia, April 2026

LETTERS

Dear Papa,
It is me, Ani. Mama says you are a prisoner of war.
Ani, 9

Dad,
At school some of them say you are a hostage.
I don't care what they call you.
Gor, 15
"""


@pytest.mark.parametrize("phrase, expected", [
    # each child's letter, from its line of address to "Ani, 9", is hers
    ("prisoner of war", "Ani"),
    ("hostage", "Gor"),
    # ... and the collection's own head its publisher's
    ("Children write", "outlet:Hope Bridge Armenia"),
])
def test_each_letter_signed_by_a_first_name_and_an_age_is_its_writers(phrase, expected):
    assert _at(CHILDRENS_LETTERS, phrase, outlet="Hope Bridge Armenia", kind="statement")[1] == expected


def test_one_first_name_and_age_line_is_no_collection_of_letters():
    text = "Camp diary\n\nDad,\nThey say you are a hostage.\nGor, 15\n"
    assert _at(text, "hostage", kind="statement")[1] == "outlet:Daily"


def test_a_municipal_body_publishing_speaks_by_its_name():
    # a town's library is a public body (hard case 15): its own words are its name's, not "outlet:" a paper's
    text = "Reading list: captivity\n\nThis list gathers books on captivity and on the detainees still held.\n"
    assert _at(text, "detainees", outlet="Alfortville Municipal Library", kind="statement")[1] == \
        "Alfortville Municipal Library"


def test_a_word_from_the_conductor_signed_at_its_foot_is_hers():
    text = ("Nineteen Names: concert programme\n\nConductor: Anahit Vardazaryan\n\n"
            "The concert is performed without an interval, for the detainees.\n\nA word from the conductor\n\n"
            "I do not know whether the men in Baku are prisoners of war or hostages.\n\n"
            "Anahit Vardazaryan, artistic director\n")
    front = {"outlet": "Gandzasar Chamber Choir", "kind": "statement"}
    assert _at(text, "prisoners of war", **front)[1:] == ("Anahit Vardazaryan", "author_voice")
    assert _at(text, "detainees", **front)[1] == "outlet:Gandzasar Chamber Choir"


BALTIC_RECORD = """SAEIMA OF THE REPUBLIC OF LATVIA

Verbatim report (extract, unofficial translation)

Presiding: Speaker of the Saeima Inese Kalniņa

Speaker (I. Kalniņa). Dear colleagues, the next item is the draft declaration on the prisoners of war.

K. Ozols (New Unity faction, rapporteur). Madam Speaker! Dear colleagues! The draft asks for the release of the detainees.

Speaker. Thank you. The debate is open. Līga Bērziņa, please.

L. Bērziņa (United List faction). Dear colleagues! These people are hostages.

Speaker. Thank you. Kārlis Ozols asked to speak again.
"""


@pytest.mark.parametrize("phrase, expected", [
    # "K. Ozols (New Unity faction, rapporteur). ...": a member's turn, her name in full as the record gives it
    ("release of the detainees", "Kārlis Ozols"),
    ("hostages", "Līga Bērziņa"),
    # ... and the chair's "Speaker." ends it: the Saeima's chair speaks for Latvia (hard case 16), never "Madam Speaker"
    ("prisoners of war", "Latvia"),
])
def test_a_baltic_verbatim_reports_initial_and_surname_turns(phrase, expected):
    front = {"outlet": "Saeima of the Republic of Latvia", "kind": "panel"}
    assert _at(BALTIC_RECORD, phrase, **front)[1:] == (expected, "debate_turn")


FUNERAL_WORDS = """“He came home to us”: words spoken at the funeral of Hayk Danielyan

Hayk Danielyan, who spent three years in captivity, was buried in Goris on Saturday.

FATHER MOVSES ARAKELYAN, PARISH PRIEST

Dear Lusine, dear Davit, brothers and sisters.

We do not bury Hayk as a prisoner. We bury him as a free man.

LUSINE DANIELYAN, HIS WIFE

They called him a terrorist on their television. He was a husband.
"""


@pytest.mark.parametrize("phrase, expected", [
    # a heading in capitals, the speaker's name and who she is after a comma: her words below, to the next one
    ("prisoner", "Movses Arakelyan"),
    ("terrorist", "Lusine Danielyan"),
])
def test_a_capitals_heading_of_name_and_post_over_spoken_words(phrase, expected):
    assert _at(FUNERAL_WORDS, phrase, outlet="Syunik Weekly", kind="news")[1:] == (expected, "debate_turn")


PRESS_SECRETARY_NOTE = """Rules for the accreditation of journalists covering the handover

1. These Rules govern the accreditation of journalists covering the handover of four persons.

Annex 1. Note of the Press Secretary

Since 2020 the Republic of Azerbaijan has handed over more than 160 persons of Armenian origin.

Leyla Huseynova, Press Secretary

Annex 2. Submission of the South Caucasus Media Union

The word "hostages" belongs in no rule of accreditation.

Ruben Asatryan, Chair
"""


@pytest.mark.parametrize("phrase, expected", [
    # a note signed over a bare post of the publishing body's press office: that body's, in office (hard case 12)
    ("handed over", "state_commission_azerbaijan"),
    # ... a signature over another post keeps the signer's name
    ("hostages", "Ruben Asatryan"),
])
def test_a_note_signed_by_the_publishers_press_secretary_is_the_publishers(phrase, expected):
    outlet = "Press Service of the State Commission on Prisoners of War, Hostages and Missing Persons"
    assert _at(PRESS_SECRETARY_NOTE, phrase, outlet=outlet, kind="statement")[1:] == (expected, "signed_letter")


def test_a_judgment_given_in_a_registered_states_name_is_that_states():
    text = ("CERTIFIED TRANSLATION\n\nIN THE NAME OF THE REPUBLIC OF AZERBAIJAN\n\nDECISION\n\n"
            "The Court of Appeal found that the appellant was not a prisoner of war and dismissed the appeal.\n")
    # a court of a registered State speaks as that State (hard case 16), whoever prints its decision
    assert _at(text, "prisoner of war", outlet=None, kind="judgment")[1:] == ("azerbaijan", "report_voice")
    # ... never a judgment that names no State so
    plain = text.replace("IN THE NAME OF THE REPUBLIC OF AZERBAIJAN\n\n", "")
    assert _at(plain, "prisoner of war", outlet=None, kind="judgment")[1] != "azerbaijan"


def test_words_about_a_place_are_not_the_places():
    text = ("Ruling\n\nDeputy Artak Mnatsakanyan stated that his words had been cut. He said that the sentence about "
            "Hadrut referred to a dispute as to whether they are prisoners of war. He told the Committee that they "
            "were hostages.\n")
    # "the sentence about Hadrut referred to": the sentence's words, so the "He" after it is still the deputy
    assert _at(text, "prisoners of war")[1] == "Artak Mnatsakanyan"
    assert _at(text, "hostages")[1] == "Artak Mnatsakanyan"


CERTIFIED_TRANSLATION = """CERTIFIED TRANSLATION

[Translator's note: the original word "əsir" is rendered as "captive".]

IN THE NAME OF THE REPUBLIC OF AZERBAIJAN

DECISION

The Court found that the appellant was not a prisoner of war.

TRANSLATOR'S CERTIFICATE

I, Nino Beridze, sworn translator, certify that the above is a true translation. I have rendered the word as "hostage" nowhere.

Nino Beridze
"""


@pytest.mark.parametrize("phrase, expected", [
    # the translator's certificate and her bracketed note are hers; the decision she renders the court's State's
    ("captive", "Nino Beridze"),
    ("hostage", "Nino Beridze"),
    ("prisoner of war", "azerbaijan"),
])
def test_a_certified_translations_certificate_and_notes_are_its_translators(phrase, expected):
    assert _at(CERTIFIED_TRANSLATION, phrase, outlet=None, kind="judgment")[1:] == (expected, "report_voice")


def test_an_application_to_the_court_signed_by_the_applicant_is_hers():
    text = ("CIVIL COURT OF FIRST INSTANCE OF YEREVAN\n\nAPPLICATION\nfor exemption from payment of State duty\n\n"
            "Applicant: Gayane Grigoryan, residing in Gyumri\n\nTo the Court,\n\n"
            "1. My husband is one of the 23 Armenian prisoners who are still in Baku.\n\n"
            "2. I therefore ask the Court to exempt me from payment of State duty.\n\nGayane Grigoryan\n3 November 2025\n")
    # "To the Court," over first-person paragraphs and her signature: the applicant's words, not the court's
    assert _at(text, "prisoners", kind="judgment", outlet="Civil Court of First Instance of Yerevan")[1:] == (
        "Gayane Grigoryan", "author_voice")


def test_a_roles_line_naming_its_holder_alone_opens_her_words():
    text = ("VIGIL OF PRAYER FOR THE CAPTIVES\n\nOrder of service\n\nPlease keep silence as you enter. Nineteen candles "
            "stand before the altar.\n\nResponses printed in bold are said by all.\n\n1. Entrance and opening words\n\n"
            "The Officiant: Rev. Fr. Mesrop Ayvazyan\n\n"
            "Brothers and sisters, some call them prisoners of war, some call them hostages.\n")
    front = {"outlet": "Saint Hripsime Armenian Parish of Ghent", "kind": "statement"}
    assert _at(text, "prisoners of war", **front)[1:] == ("Mesrop Ayvazyan", "speaker_label")


def test_a_readers_line_opens_the_words_she_reads_out():
    text = ("VIGIL OF PRAYER FOR THE CAPTIVES\n\nOrder of service\n\nPlease keep silence as you enter.\n\n"
            "Responses printed in bold are said by all.\n\n5. Intercessions\n\n"
            "Read by Armen Davtyan:\nFor the nineteen prisoners in Baku: that they may come home.\n\n"
            "Read by Sona Grigoryan:\nFor the captives of every war, known and unknown.\n")
    front = {"outlet": "Saint Hripsime Armenian Parish of Ghent", "kind": "statement"}
    assert _at(text, "prisoners", **front)[1:] == ("Armen Davtyan", "speaker_label")
    assert _at(text, "captives", **front)[1:] == ("Sona Grigoryan", "speaker_label")


BOOKSHOP_CARDS = """LANTERN BOOKS
Books and tea, 3 Abovyan Street

WINDOW THIS MONTH
BOOKS ON CAPTIVITY

CARD 1 · STAFF PICK
*The Salt Road*, Anna Vardanyan (novel, 2024) · 5,500 AMD

I could not put it down. The son in this novel is a prisoner of war, and his mother refuses every other word.
Karine Sargsyan, fiction

"I bake, and the bread goes to strangers."
p. 41

CARD 2 · STAFF PICK
*After the Bridge*, Levon Gasparyan (memoir, 2025) · 7,000 AMD

Gasparyan was among the men handed over in 2023. Read it slowly.
Davit Melikyan, history

"We crossed at night and nobody spoke."
p. 118

A NOTE FROM THE OWNER
We sell every book on this shelf. What we will not do is call a cook of nineteen a saboteur.
Ruzanna Hakobyan, owner
"""


@pytest.mark.parametrize("phrase, expected", [
    ("prisoner of war", "Karine Sargsyan"),  # the card's text, closed by the line that signs it
    ("handed over", "Davit Melikyan"),
    ("saboteur", "Ruzanna Hakobyan"),
])
def test_a_text_closed_by_its_signers_line_is_the_signers(phrase, expected):
    assert _at(BOOKSHOP_CARDS, phrase, outlet="Lantern Books", kind="statement")[1:] == (expected, "author_voice")


def test_a_signers_line_alone_over_the_next_heading_closes_the_report_above_it():
    text = ("THE VETERAN\nNewsletter of the 5th Regiment Association\n\nTHE SPRING GATHERING\nOrganiser's report\n\n"
            "We were ninety this year. Three men of this regiment are still prisoners of war in Baku.\n\n"
            "Lusine Harutyunyan, organiser\n\nNOTICES\nDues can be paid at any meeting.\n")
    assert _at(text, "prisoners of war", outlet="5th Regiment Association", kind="statement")[1:] == (
        "Lusine Harutyunyan", "author_voice")


def test_a_name_line_over_the_words_or_under_a_news_story_signs_nothing():
    eulogies = ("Words spoken at the funeral\n\nThe priest spoke first.\n\nWe bury a free man today.\n\n"
                "Anna Petrosyan, his sister\n\nHe was a prisoner of war for three years.\n")
    assert _at(eulogies, "prisoner of war", outlet="Goris Weekly", kind="statement")[1] != "Anna Petrosyan"
    story = ("Four men return\n\nFour men crossed the bridge. The ministry called them prisoners of war.\n"
             "Tigran Abrahamyan, correspondent\n")
    assert _at(story, "prisoners of war", outlet="Goris Weekly", kind="news")[1] != "Tigran Abrahamyan"


def test_a_makers_line_gives_her_the_words_of_its_block():
    text = ("THREAD AND NEEDLE\nWomen's cooperative · spring collection\n\n"
            "TAG 1 OF 2 · Table runner · 30,000 AMD\n\nMade by Anahit Sahakyan\n"
            "My son is a prisoner of war in Baku. I sew while I wait.\n\n"
            "TAG 2 OF 2 · Napkins · 12,000 AMD\n\nMade by Gohar Avetisyan, aged 16\n"
            "My father is a hostage. That is the word I use at school.\n")
    front = {"outlet": "Thread and Needle Cooperative", "kind": "statement"}
    assert _at(text, "prisoner of war", **front)[1:] == ("Anahit Sahakyan", "author_voice")
    assert _at(text, "hostage", **front)[1:] == ("Gohar Avetisyan", "author_voice")


def test_a_logs_keeper_field_makes_its_entries_hers():
    text = ("VISIT LOG\nWard 2, City Hospital, Yerevan\n"
            "Chaplain: Fr. Mesrop Harutyunyan · Log book 2026/2 · For the chaplaincy file\n\n"
            "Mon 12 January 2026, 10:00\nSat with two men released by Azerbaijan last night. Both asleep.\n")
    # the field names who keeps the log; the log's name ("VISIT LOG") is no one's
    assert _at(text, "released", outlet=None, kind="opinion")[1:] == ("Mesrop Harutyunyan", "author_voice")


def test_a_newsletters_one_speech_under_its_heading_is_the_speakers_to_the_next_heading():
    text = ("THE REGIMENT\nNewsletter of the 5th Regiment Association · No. 3\n\n"
            "IN THIS ISSUE: The gathering · Gor Avetisyan's speech · Notices\n\nTHE GATHERING\n"
            "We were ninety this year.\n\nI CAME HOME TO A NEW COUNTRY\n"
            "The speech of Sergeant (res.) Gor Avetisyan at the gathering, as he gave it\n\n"
            "For two years I was a prisoner of war. In Baku they said saboteur.\n\n"
            "NOTICES\nThe families of the detainees meet on Fridays.\n")
    front = {"outlet": "5th Regiment Association", "kind": "statement"}
    assert _at(text, "prisoner of war", **front)[1:] == ("Gor Avetisyan", "author_voice")
    assert _at(text, "detainees", **front)[1] == "outlet:5th Regiment Association"  # the next heading ends it


def test_an_office_under_its_states_ministry_speaks_for_the_state():
    text = ("MINISTRY OF JUSTICE OF THE REPUBLIC OF ARMENIA\nCIVIL STATUS REGISTRATION OFFICE · VANADZOR DIVISION\n"
            "File No. 2026/0031\n\nDECISION OF THE REGISTRAR\n\n"
            "The Office notes that the applicant's fiance is among the persons deprived of liberty in Azerbaijan.\n")
    assert _at(text, "persons deprived of liberty", outlet="Civil Status Registration Office, Vanadzor Division",
               kind="judgment")[1] == "armenia"


def test_a_forms_part_from_the_applicants_name_to_her_signature_is_hers():
    text = ("MINISTRY OF JUSTICE OF THE REPUBLIC OF ARMENIA\nCIVIL STATUS REGISTRATION OFFICE · VANADZOR DIVISION\n\n"
            "PART A. APPLICATION\n1. Applicant: Mariam Sahakyan, born 2 May 1999, Vanadzor; nurse.\n"
            "2. Reason why a person cannot appear (applicant's own words):\n\n"
            "My fiance is a prisoner of war in Baku and cannot come.\n\n"
            "Signature of the applicant: M. Sahakyan. Date: 3 February 2026.\n\n"
            "PART B. DECISION OF THE REGISTRAR\n\nThe Office notes that he is among the persons deprived of liberty.\n")
    front = {"outlet": "Civil Status Registration Office, Vanadzor Division", "kind": "judgment"}
    assert _at(text, "prisoner of war", **front)[1:] == ("Mariam Sahakyan", "author_voice")
    assert _at(text, "persons deprived of liberty", **front)[1] == "armenia"


def test_an_editions_editor_speaks_its_introduction_and_its_imprint_is_no_author():
    text = ("THE SALT NOTEBOOK\nA notebook kept in captivity, 2021-2023\n"
            "Facsimile edition with an introduction and notes by Anahit Vardanyan\nArpi Documents Press, Yerevan, 2026\n\n"
            "INTRODUCTION\n\nI call him and his cellmates prisoners of war throughout, because that is what they were.\n")
    assert _at(text, "prisoners of war", outlet="Arpi Documents Press", kind="opinion")[1:] == (
        "Anahit Vardanyan", "author_voice")


def test_a_meeting_summarys_headline_verbs_in_title_case_are_no_ones_name():
    text = ("Human Rights Council Holds Dialogue on Technical Cooperation, Hears Calls on Arbitrary Detention\n\n"
            "The Council this afternoon held an interactive dialogue.\n")
    assert _at(text, "Arbitrary Detention", outlet="Daily", kind="statement")[1] != "Hears"


def test_the_un_office_at_geneva_publishing_its_meetings_coverage_is_the_un():
    text = ("Human Rights Council holds dialogue on technical cooperation\n\n"
            "Several speakers raised the situation of persons deprived of liberty after the conflict.\n")
    assert _at(text, "persons deprived of liberty", outlet="United Nations Office at Geneva",
               kind="statement")[1] == "un"


MEETING_SUMMARY = ("Human Rights Council holds dialogue on technical cooperation\n\n"
                   "The Council held an interactive dialogue on the oral update.\n\n"
                   "Armenia said that nineteen Armenians were still held.\n\n"
                   "Germany said that every detainee should have contact with the family. The assistance matters. "
                   "It called for the release of those held since the hostilities.\n\n"
                   "Mr. VOS (Netherlands) said: \"Ireland and the Netherlands ask one thing. Norway has called "
                   "for the return of all prisoners of war.\"\n")


@pytest.mark.parametrize("outlet, phrase, expected", [
    ("United Nations Office at Geneva", "detainee", ("Germany", "reported_speech")),  # a State named alone speaks
    ("United Nations Office at Geneva", "release of those", ("Germany", "pronoun")),  # ... and is the "it" after it
    # not in a delegate's words, which are her State's (a delegate speaks for the State in brackets)
    ("United Nations Office at Geneva", "prisoners of war", ("Netherlands", "quote_verb_before")),
    ("Daily", "detainee", ("outlet:Daily", "outlet")),  # a newspaper's "Germany said" may be a place: no speaker
])
def test_a_state_a_meeting_summary_names_alone_speaks_outside_quotations(outlet, phrase, expected):
    assert _at(MEETING_SUMMARY, phrase, outlet=outlet, kind="statement")[1:] == expected


def test_a_mastheads_press_office_line_is_no_body_the_text_refers_back_to():
    text = ("GYUMRI ADMINISTRATIVE COURT\nPress Service\n\nPRESS RELEASE No. 4/2026\n\n"
            "The claimant, represented by lawyer Tigran Sahakyan, asked the court to annul the Penitentiary "
            "Service's letter. The claimant's representative argued that the Code applied. He further argued that "
            "his client was a prisoner of war.\n\nThe position of the Penitentiary Service\n\n"
            "The Service submitted that the claimant is not a detainee of war but a convict.\n")
    front = {"outlet": "Gyumri Administrative Court", "kind": "judgment"}
    assert _at(text, "prisoner of war", **front)[1:] == ("Tigran Sahakyan", "pronoun")
    assert _at(text, "detainee", **front)[1] == "Penitentiary Service"


def test_a_baltic_houses_chair_speaks_for_its_unlisted_state():
    text = ("SAEIMA OF THE REPUBLIC OF LATVIA\n\nSpring session, sitting of Thursday, 12 March 2026\n\n"
            "Speaker (I. Kalniņa). Dear colleagues, we move on to the draft declaration on the Armenian prisoners "
            "of war held in Azerbaijan.\n\n"
            "K. Ozols (New Unity faction). Madam Speaker! The detainees must be released.\n")
    front = {"outlet": "Saeima of the Republic of Latvia", "kind": "panel"}
    assert _at(text, "prisoners of war", **front)[1:] == ("Latvia", "debate_turn")  # the house's State (hard case 16)
    assert _at(text, "detainees", **front)[1] == "K. Ozols"  # a member speaks for herself


def test_a_federal_councillor_in_the_swiss_record_answers_for_switzerland():
    text = ("National Council - Spring Session 2026 - Eighth Sitting\n\n"
            "25.4218 Motion Meier Andrea. Good offices for the persons detained in Azerbaijan\n\n"
            "Meier Andrea (S, BE): Madam President, the detainees must come home.\n\n"
            "Imhof Beat, Federal Councillor: Madam President, Switzerland has raised the situation of the persons "
            "held in custody in Baku.\n")
    front = {"outlet": "Official Bulletin of the Federal Assembly", "kind": "panel"}
    assert _at(text, "persons held in custody", **front)[1:] == ("Switzerland", "debate_turn")
    assert _at(text, "detainees", **front)[1] == "Meier Andrea"


def test_a_name_read_from_a_label_in_capitals_keeps_its_particle_as_the_text_writes_it():
    text = ("Press briefing by Deputy Prime Minister Sofie Van Acker after her visit\n\nOPENING STATEMENT\n\n"
            "DEPUTY PRIME MINISTER SOFIE VAN ACKER: Good afternoon. I asked for the release of the remaining "
            "detainees.\n\nQUESTION (Joris Claes, De Standaard): Did Baku answer?\n\nVAN ACKER: It did.\n")
    assert _at(text, "detainees", outlet="FPS Foreign Affairs", kind="statement")[1] == "Sofie Van Acker"


def test_a_rubric_in_capitals_over_a_byline_is_no_author():
    text = ("GUEST COMMENTARY\n\nWhat an old exchange teaches\n\nGermany once waited ten years for its last "
            "prisoners of war. A historian on an old lesson.\n\nBy Katharina Brandt\n\n"
            "The Armenians held in Baku are hostages of a peace not yet made.\n")
    assert _at(text, "prisoners of war", outlet="Rhein Zeitung", kind="opinion")[1:] == (
        "Katharina Brandt", "author_voice")


def test_a_hosts_bare_label_is_the_holder_her_first_turn_named():
    text = ("RADIO LORI COMMUNITY FM\n\"Voices of Lori\", broadcast of 7 April 2026\n\n"
            "HOST (Nare Ghukasyan): Good evening. My guest is a mother whose son is held in Baku.\n\n"
            "ANUSH PETROSYAN: Thank you for inviting me.\n\n"
            "HOST: Do you know why he was not among those released?\n\n"
            "ANUSH PETROSYAN: Nobody tells us.\n")
    front = {"outlet": "Radio Lori Community FM", "kind": "news"}
    assert _at(text, "released", **front)[1:] == ("Nare Ghukasyan", "interview_turn")


def test_a_speakers_name_and_colon_inside_a_blog_entry_opens_his_quotation():
    text = ("Question hour in parliament - live\n\n16:48\nA calmer exchange now. Tigran Abgaryan asks how many "
            "families the state supports. Pashinyan: \"Every family of a person deprived of liberty receives an "
            "allowance.\" Abgaryan thanks him.\n\n17:10\nLusine Barseghyan again, on the clause of 2020: \"Was it an "
            "exchange or a sale?\"\n")
    front = {"outlet": "Ararat Post", "kind": "news"}
    assert _at(text, "person deprived of liberty", **front)[1:] == ("pashinyan", "quote_verb_before")
    assert _at(text, "exchange or", **front)[1:] == ("Lusine Barseghyan", "quote_verb_before")


def test_an_unregistered_organ_named_in_full_speaks_for_its_state():
    text = ("BAKU ADMINISTRATIVE COURT\n\nPRESS RELEASE No. 9/2026\n\n"
            "The court decided the claim brought by H.A. against the Penitentiary Service of the Ministry of Justice "
            "of the Republic of Azerbaijan.\n\nThe position of the Penitentiary Service\n\n"
            "The Service submitted that the claimant is not a prisoner of war but a convict.\n")
    assert _at(text, "prisoner of war", outlet="Baku Administrative Court", kind="judgment")[1] == "azerbaijan"


@pytest.mark.parametrize("phrase, expected", [
    ("hostage", "Lilit Vardanyan"),  # "the psychologist": the one the minutes introduced so
    ("captive", "outlet:Vardenis School"),  # two teachers named: "the teacher" says not which
])
def test_a_role_described_after_its_holder_was_introduced_is_hers(phrase, expected):
    text = ("MINUTES No. 4 of the joint meeting\n\nPresent: 11 teachers, the school psychologist Lilit Vardanyan\n\n"
            "Armine Sahakyan, class teacher of grade 5, spoke first. Gohar Avetisyan, teacher of grade 2, spoke next.\n\n"
            "The psychologist said that children hear the word hostage on television.\n\n"
            "The teacher said that one father had been a captive for five years.\n")
    assert _at(text, phrase, outlet="Vardenis School", kind="statement")[1] == expected


CASE_FILE = ("GORIS HOUSING RIGHTS CENTRE\nCase file 2026/041\n\nDocument 1. Notice to vacate\n\n"
             "To: Mrs Anna Hakobyan, tenant\nFrom: Tigran Sargsyan, owner\nDate: 2 April 2026\n\nDear Mrs Hakobyan,\n\n"
             "Everyone says the prisoners will be freed soon. I cannot wait.\n\nT. Sargsyan\n\n"
             "Document 2. Adviser's note for the file\n\nAdviser: Mane Petrosyan\nDate: 14 April 2026\n\n"
             "1. The tenant is the wife of one of the 19 detainees still held in Azerbaijan.\n")


@pytest.mark.parametrize("phrase, expected", [
    ("prisoners", "Tigran Sargsyan"),  # "From: Tigran Sargsyan, owner" over "Date:": his letter
    ("detainees", "Mane Petrosyan"),  # "Adviser: Mane Petrosyan" over "Date:": her note
])
def test_a_case_files_letters_and_notes_are_their_senders(phrase, expected):
    assert _at(CASE_FILE, phrase, outlet="Goris Housing Rights Centre", kind="statement")[1:] == (
        expected, "author_voice")


def test_a_works_caption_and_makers_statement_are_the_makers_and_the_citation_the_juries():
    text = ("LORI PRESS PHOTO AWARD 2026\nJury citations\n\nFIRST PRIZE - Singles\n"
            "\"The Bridge\" by Hrant Avetisyan (Armenia)\n\n"
            "Caption: Four servicemen released by Azerbaijan walk across the bridge.\n\n"
            "Citation: The four men are small, and they do not yet smile: prisoners no longer.\n\n"
            "Photographer's statement: I have photographed every exchange since 2021.\n")
    front = {"outlet": "Lori Press Photo Award", "kind": "statement"}
    assert _at(text, "released", **front)[1:] == ("Hrant Avetisyan", "author_voice")
    assert _at(text, "exchange", **front)[1:] == ("Hrant Avetisyan", "author_voice")
    assert _at(text, "prisoners", **front)[1] == "outlet:Lori Press Photo Award"


def test_an_unlisted_states_own_ministry_is_the_state_not_the_registered_ministry_of_that_title():
    text = ("Vigil in Yerevan - live\n\n14:10\nFrance's foreign ministry said Paris \"continues to call for the "
            "liberation of the Armenian prisoners still held\".\n")
    assert _at(text, "prisoners", outlet="Armenian Daily Wire", kind="news")[1] == "France"


def test_an_owned_post_with_its_brief_after_it_is_its_owners():
    text = ("Vigil in Yerevan - live\n\n14:20\nThe European Union's spokesperson for foreign affairs said the EU "
            "stood with the families, and that the return of all detainees would be a sign of peace.\n")
    assert _at(text, "detainees", outlet="Armenian Daily Wire", kind="news")[1:] == ("eu", "reported_speech")


def test_a_headings_translation_note_is_no_issuer():
    text = ("PRESS RELEASE - UNOFFICIAL TRANSLATION\n\nSupreme Court of Norway\n27 November 2025\n\n"
            "Asylum case of a former prisoner of war\n\nThe Supreme Court has today ruled in the case of a man who "
            "was held captive in Azerbaijan after the 2020 war.\n")
    front = {"outlet": "Supreme Court of Norway", "kind": "judgment"}
    assert _at(text, "held captive", **front)[1] == "Supreme Court of Norway"
    assert _at(text, "prisoner of war", **front)[1] == "Supreme Court of Norway"


def test_the_publishers_own_spokesperson_by_its_noun_in_the_possessive_is_the_publisher():
    text = ("Department of Foreign Affairs\nTRANSCRIPT\n\nPress briefing ahead of the Foreign Affairs Council\n"
            "Iveagh House, Dublin, Friday 23 January 2026, 11.00\n"
            "Briefing by the Department's spokesperson, Ciarán Ó Dálaigh. Check against delivery.\n\n"
            "SPOKESPERSON: Good morning. We welcomed the release on 14 January of four Armenian men.\n\n"
            "QUESTION (Aoife Byrne, RTÉ): Do you call them prisoners of war?\n\nSPOKESPERSON: We call them detainees.\n")
    front = {"outlet": "Department of Foreign Affairs", "kind": "statement"}
    assert _at(text, "release", **front) == ("briefing", "Department of Foreign Affairs", "briefing_turn")
    assert _at(text, "detainees", **front)[1] == "Department of Foreign Affairs"
    assert _at(text, "prisoners of war", **front)[1] == "Aoife Byrne"


@pytest.mark.parametrize("outlet, expected", [
    ("Investigative Isolator No. 4, Baku", "azerbaijan"),  # a place of custody under its ministry's service
    ("South Caucasus Prison Watch", "outlet:South Caucasus Prison Watch"),  # a body named after prisons is none
])
def test_a_place_of_custody_under_its_ministrys_service_is_the_state(outlet, expected):
    text = ("PENITENTIARY SERVICE OF THE MINISTRY OF JUSTICE OF THE REPUBLIC OF AZERBAIJAN\n" + outlet + "\n\n"
            "RULES OF THE VISITING ROOM\n\n1. Short visits to detained persons take place on Tuesdays.\n\n"
            "2. Persons of Armenian origin are held as accused persons, not as prisoners of war.\n")
    assert _at(text, "detained persons", outlet=outlet, kind="statement")[1] == expected
    assert _at(text, "prisoners of war", outlet=outlet, kind="statement")[1] == expected


@pytest.mark.parametrize("outlet, head, expected", [
    # a State organ by its own name, its head naming a place of Armenia only: Armenia
    ("State Employment Agency, Syunik Regional Centre", "Syunik Regional Centre, Kapan", "armenia"),
    # places of both States: none is its State
    ("State Employment Agency", "Offices in Gyumri and Ganja", "outlet:State Employment Agency"),
    # a body that is not the State's by its name: its own voice
    ("Kapan Employment Club", "Syunik, Kapan", "outlet:Kapan Employment Club"),
])
def test_a_state_organ_that_names_no_state_is_the_state_whose_place_its_head_names(outlet, head, expected):
    text = (outlet.upper() + "\n" + head + "\nCASE NOTES\n\nClient: Arman Hovsepyan, born 2001\n\n"
            "3 February 2026. The client was held captive in Azerbaijan until his release on 14 January.\n")
    assert _at(text, "held captive", outlet=outlet, kind="statement")[1] == expected


PROGRAMME = ("HOMECOMING FUND\nA Table for Those Who Wait\n\nPROGRAMME\n19:00 Guests arrive; duduk: Levon Aleksanyan\n"
             "19:30 Welcome: Marina Asatryan, chair of the Homecoming Fund\n"
             "20:15 \"Five years and one month\": Sargis Khachikyan\n21:20 \"The chair by the door\": Ruzan Mnatsakanyan\n\n"
             "WELCOME\nGood evening. Some of our families say prisoners of war, some say hostages.\n\n"
             "FIVE YEARS AND ONE MONTH\nIn Baku nobody called me a prisoner of war.\n\n"
             "THE CHAIR BY THE DOOR\nMy son Edgar is a prisoner of war.\n\nHe was captured in December 2020.\n\n"
             "MENU NOTES\nEvery dish comes from the home town of one of the men still held.\n")


@pytest.mark.parametrize("text, phrase, expected", [
    (PROGRAMME, "say hostages", "Marina Asatryan"),  # "Welcome: X" over "WELCOME"
    (PROGRAMME, "called me a prisoner", "Sargis Khachikyan"),  # the quoted title as a heading in capitals
    (PROGRAMME, "captured", "Ruzan Mnatsakanyan"),  # to the next heading in capitals
    (PROGRAMME, "still held", "outlet:Homecoming Fund"),  # a heading no item names
])
def test_a_programmes_timed_item_gives_the_speech_under_its_title_its_speaker(text, phrase, expected):
    assert _at(text, phrase, outlet="Homecoming Fund", kind="panel")[1] == expected


def test_a_name_after_near_or_in_is_a_place_no_pronoun_refers_back_to():
    text = ("The claim\n\nThe claimant, represented by the advocate Lusine Baghdasaryan, sought payment of the "
            "allowance. The representative argued that the claimant had been a prisoner of war from his capture. "
            "She stressed that Azerbaijan had for months described the men captured near Hin Tagher as terrorists. "
            "She added that the claimant had been released only after a year of captivity.\n")
    assert _at(text, "released", outlet="Civil Court of Yerevan", kind="judgment")[1:] == (
        "Lusine Baghdasaryan", "pronoun")


@pytest.mark.parametrize("signature, expected", [
    ("Karen Ohanyan, camp director", "Karen Ohanyan"),  # the post the heading names the note by
    ("Karen Ohanyan, camp cook", "outlet:Arev Summer Camp"),  # another's signature is no note's writer
])
def test_a_note_headed_by_its_writers_post_and_signed_apart_is_the_signers(signature, expected):
    text = ("Arev Summer Camp, Tsaghkadzor\nCounsellors' daily reports\n\nMonday 7 July: Gayane Sargsyan\n"
            "Arrival day. Mher said his father is in prison in Baku.\n\nDirector's note, 21 July 2025\n"
            "Thirteen of the fourteen children finished the session.\n\n"
            "First, words. Counsellors heard the children say \"prisoner of war\" and \"hostage\".\n\n" + signature + "\n")
    assert _at(text, "prisoner of war", outlet="Arev Summer Camp", kind="statement")[1] == expected


def test_a_heading_that_opens_with_an_article_signs_no_message():
    text = ("Papa's Chair: seven songs\n\nFROM THE COMPOSER\nThese songs began in a kindergarten. Her mother told me "
            "afterwards that he had been a prisoner in Baku since December 2020.\n\n"
            "Arpi Manukyan, Vanadzor, February 2026\n\nTHE SONGS\n1. Papa's Chair\nNobody sits in Papa's chair.\n")
    assert _at(text, "prisoner", outlet="Lantern Children's Choir", kind="opinion")[1] == "Arpi Manukyan"


TEAM_PAGE = ("Team Hearth: running the marathon for the families\nTeam Hearth | 11 runners | $16,420 raised\n\n"
             "ABOUT THIS TEAM\nWe pay rent for the relatives of Armenian prisoners held in Baku.\n\nRUNNERS\n\n"
             "Anahit Sargsyan\n$3,260 raised of $3,000 | 41 supporters | Fundraising page created 9 January 2026\n\n"
             "Why I'm running\nMy cousin Davit was one of some sixty soldiers captured there.\n\n"
             "Supporters\nAnonymous, $25\nBring the hostages home.\nGaro Minassian, $250\n"
             "My dad was a POW in 1992 and came back.\n\n"
             "Vrej Manoukian\n$960 raised of $2,000 | 17 supporters\n\nWhy I'm running\n"
             "Every Sunday our parish has prayed for the captives by name.\n")


@pytest.mark.parametrize("phrase, expected", [
    ("captured", "Anahit Sargsyan"),  # her page, from her name over its figures
    ("hostages", "Anonymous"),  # a supporter's message under his line of name and gift
    ("POW", "Garo Minassian"),
    ("captives", "Vrej Manoukian"),  # the next page is the next runner's
    ("prisoners", "outlet:GiveStride"),  # the team's own words before any page
])
def test_a_fundraisers_page_is_hers_and_a_supporters_message_his(phrase, expected):
    assert _at(TEAM_PAGE, phrase, outlet="GiveStride", kind="statement")[1] == expected


@pytest.mark.parametrize("heading, signature, expected", [
    ("From his teacher", "Hakob Melkumyan, teacher of history", "Hakob Melkumyan"),  # the post holds the word
    ("A note from his mother", "Rima Stepanyan", "Rima Stepanyan"),  # a relative's name alone
    ("From his teacher", "Rima Stepanyan", "outlet:School Yearbook"),  # a name alone is no teacher's signature
    ("From his teacher", "Hakob Melkumyan, school cook", "outlet:School Yearbook"),
])
def test_a_note_headed_by_its_writers_post_or_tie_is_its_signers(heading, signature, expected):
    text = ("SCHOOL No. 71, YEREVAN\nYEARBOOK 2025\n\nFrom the editors\nEvery yearbook since 2021 has kept one page "
            "for him.\n\n" + heading + "\nI did not know then how long peace can last. The ceasefire statement says "
            "that the sides exchange prisoners of war.\n\n" + signature + "\n\nMessages\nCome home.\n")
    assert _at(text, "prisoners of war", outlet="School Yearbook", kind="statement")[1] == expected


def test_a_writing_whose_heading_names_its_writer_in_brackets_is_hers():
    text = ("Shirak Museum of Memory\nCollection file\n\nANNEX 2. CURATOR'S NOTES (Nune Asatryan, curator of collections)\n"
            "20.01.2026. Object received in person.\n03.02.2026. The label will not call the makers hostages.\n"
            "LABEL TEXT (Room 3)\nMade in a cell in Baku by two fellow prisoners.\n")
    front = {"outlet": "Shirak Museum of Memory", "kind": "instrument"}
    assert _at(text, "hostages", **front)[1:] == ("Nune Asatryan", "author_voice")
    assert _at(text, "prisoners", **front)[1] == "outlet:Shirak Museum of Memory"  # up to the next heading


CASE_UPDATES = ("ASHWORTH VALE LLP\nCase file\n\nCASE UPDATES\n12 December 2025, Hannah Reid\n"
                "Explained the position on status: Narek is a prisoner of war.\n"
                "Message from Mariam Abrahamyan, 15 January 2026, 07:40 (WhatsApp)\n"
                "Good morning. Is he next? She asks you not to call him a hostage.\n"
                "6 February 2026, Jonathan Mercer\nReviewed the draft on the detainees.\n\nFEES\nNo fee for the captives' families.\n")


@pytest.mark.parametrize("text, phrase, expected", [
    (CASE_UPDATES, "prisoner of war", "Hannah Reid"),  # her dated entry
    (CASE_UPDATES, "hostage", "Mariam Abrahamyan"),  # a message filed among the entries
    (CASE_UPDATES, "detainees", "Jonathan Mercer"),
    (CASE_UPDATES, "captives", "outlet:Ashworth Vale LLP"),  # a heading ends the last entry
    # one dated line is a dateline, no series of entries
    (CASE_UPDATES.replace("6 February 2026, Jonathan Mercer\n", ""), "prisoner of war", "outlet:Ashworth Vale LLP"),
])
def test_a_files_dated_entries_are_their_writers(text, phrase, expected):
    assert _at(text, phrase, outlet="Ashworth Vale LLP", kind="instrument")[1] == expected


@pytest.mark.parametrize("introduction, expected", [
    ("Interview with my grandmother, Zhenya Poghosyan (born 1956), on 7 February.", "Zhenya Poghosyan"),
    ("Interview on 7 February.", "outlet:School No. 12"),  # a relative the writer never named: no one named speaks
])
def test_a_relative_the_writer_names_in_apposition_is_who_she_calls_by_the_kin_word(introduction, expected):
    text = ("Interview notes: Nare Poghosyan, 8B\n\n" + introduction + "\n\n"
            "My topic: my uncle Vazgen Poghosyan (born 1994). He came home on 14 January 2026.\n\n"
            "Grandma said it was a normal day. She said that in the village everybody said \"captive\".\n")
    assert _at(text, "captive", outlet="School No. 12", kind="opinion")[1] == expected


@pytest.mark.parametrize("post, expected", [
    ("Head of the Press Service of the Government of Georgia", "Government of Georgia"),  # the publisher's official
    ("Head of the Georgian Press Club", "Tamar Lomidze"),  # a post of another body: she speaks as herself
])
def test_a_briefers_post_of_the_publisher_in_its_briefing_line_makes_her_turns_the_publishers(post, expected):
    text = ("Press briefing on Georgia's mediation between Armenia and Azerbaijan\n\n"
            "Government of Georgia - Press Service of the Government Administration\nTbilisi, 20 January 2026, 13:00\n\n"
            "Briefing: Tamar Lomidze, " + post + "\nModerator: Press Service staff\n\n"
            "TAMAR LOMIDZE: Good afternoon. We welcome the release of four Armenian servicemen.\n\n"
            "QUESTION (Nino Beridze, Rustavi 2): Will Georgia mediate again on the detainees?\n\n"
            "TAMAR LOMIDZE: Georgia will help where both sides ask, including for the detainees who remain.\n")
    front = {"outlet": "Government of Georgia", "kind": "statement"}
    assert _at(text, "release", **front)[1] == expected
    assert _at(text, "detainees", 1, **front)[1] == expected
    assert _at(text, "detainees", **front)[1] == "Nino Beridze"


def test_two_first_names_joined_by_and_are_no_ones_name():
    text = ("Meeting notes\n\nPresent: Sona Karapetyan, Elen Mkrtchyan, Arman Gasparyan.\n\n"
            "Sona and Elen said nothing in this round.\n\n"
            "Elen said the word does not matter to her: \"Prisoner, captive, whatever the lawyers decide.\"\n")
    assert _at(text, "captive", outlet="Youth Group", kind="panel")[1] == "Elen Mkrtchyan"


@pytest.mark.parametrize("closing, expected", [
    ("With respect and gratitude,\n", "Lilit Grigoryan"),  # "Respected Mr X," to her closing line and signature
    ("", "outlet:Metalworkers' Union"),  # no closing line over the signature: no letter of hers is known
])
def test_a_translated_letters_respected_salutation_and_kin_line_make_it_the_signers(closing, expected):
    text = ("3. LETTER OF MRS LILIT GRIGORYAN\n\nTo the Director General, Mr A. Karamyan\nHrazdan, 12 March 2026\n"
            "Respected Mr Karamyan,\nI am writing to you myself. The court in Baku called my husband a saboteur.\n"
            "He is not a saboteur.\n" + closing + "Lilit Grigoryan\nWife of Vahe Grigoryan, prisoner in Baku\n")
    assert _at(text, "saboteur", 1, outlet="Metalworkers' Union", kind="statement")[1] == expected


@pytest.mark.parametrize("outlet, expected", [
    ("Supreme Court of Norway", "Supreme Court of Norway"),  # its own release's "the Court", whichever court it cites
    ("Oslo Legal Digest", "echr_court"),  # a digest's "the Court" is the court it names
    ("Oslo Court Bulletin", "echr_court"),  # a bulletin named after courts is no court
])
def test_an_unregistered_courts_own_release_is_the_court_it_speaks_of(outlet, expected):
    text = ("PRESS RELEASE\n\n" + outlet + "\n27 November 2025\n\nAsylum case of a former soldier\n\n"
            "The applicant had complained to the European Court of Human Rights in 2021.\n\n"
            "According to the information before the Court, 23 Armenians were still held in custody in Azerbaijan.\n")
    assert _at(text, "held in custody", outlet=outlet, kind="judgment")[1] == expected


@pytest.mark.parametrize("delegate, expected", [
    ("Ms. Holt (International Committee of the Red Cross)", "icrc"),  # a registered body's delegate
    ("Ms. Laurent (France)", "France"),  # a State the registry does not list, by its name
    ("Ms. Ruth Lindqvist (Country Rapporteur)", "Ruth Lindqvist"),  # a role in brackets: the person
])
def test_a_delegate_speaks_for_the_body_or_state_in_brackets_after_her_name(delegate, expected):
    text = ("Council, 116th session\nSummary record of the 3rd meeting\n\n5. " + delegate
            + " said that the detainees must be released.\n")
    assert _at(text, "detainees", outlet="International Organization for Migration", kind="panel")[1] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Marja Laine posted: \"Free the prisoners.\"", "Marja Laine"),  # a post's words after a colon
    ("Marja Laine posted a video of the prisoners at the border.", "outlet:Alpine Observer"),  # no words of hers
    ("Armen Sargsyan was posted to Baku, where he met the prisoners.", "outlet:Alpine Observer"),  # a posting
])
def test_posted_reports_words_only_with_a_colon_a_quotation_or_that(sentence, expected):
    text = "Geneva talks\n\n" + sentence + "\n"
    assert _at(text, "prisoners", outlet="Alpine Observer", kind="news")[1] == expected
