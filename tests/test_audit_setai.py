"""Audit round setai: Canadian news quoting anyone (set AI's train documents: a Winnipeg Free Press and a CBC Manitoba
story on copy sites, The Canadian Press on cjme.com, the Edmonton Journal). Each test reads a real passage (its page's
URL in a comment) as the pipeline does and asserts what an annotator expects: who said it and the words."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- a title, a given name, then a surname that is also an organisation word ("Coun. Markus Chambers") -------------

FREE_PRESS_POLICE_BOARD = '''
The chair of the Winnipeg Police Board was caught off guard by an apparent snub from the province Thursday afternoon, when it unveiled its new public-safety strategy without alerting city officials.

“I was a bit disappointed, as chair of the police board, to have not been invited to that announcement,” Coun. Markus Chambers told the Free Press Friday.

“The city… wasn’t really aware that the province was making this announcement.”
'''


def test_titled_person_whose_surname_is_an_organisation_word():
    # https://winnipeg-news.ca/winnipeg-free-press/province-leaves-disappointed-police-board-chair-off-invitation-list-for-public-safety-strategy-unveiling
    # (eval/own/docs-ai/ca/001.md)
    _, sts = excerpt(page(FREE_PRESS_POLICE_BOARD))
    assert [w for w, _, _ in said(sts, "a bit disappointed")] == ["Markus Chambers"]
    assert [w for w, _, _ in said(sts, "wasn’t really aware")] == ["Markus Chambers"]
    assert all(st.speaker.kind == "person" for st in sts if st.speaker and "Chambers" in st.speaker.name)


def test_organisation_word_without_a_title_before_stays_a_body():
    # must not: a body's name with no title before it is still the body's ("the Winnipeg Police Board", "Hope
    # Mission" are no people)
    _, sts = excerpt(page('''
“We need more money for outreach,” said the Hope Mission.

The Winnipeg Police Service said the officers would be hired this year.
'''))
    assert [(st.speaker.name, st.speaker.kind) for st in sts if "more money" in st.text] == \
        [("Hope Mission", "organization")]
    assert [w for w, _, _ in said(sts, "officers would be hired")] == ["Winnipeg Police Service"]


# --- "..., X said — a writer's fragment.": the words are before the frame ------------------------------------------

CBC_WINNIPEG_POLICE_CHIEF = '''
Board chair Markus Chambers told reporters Friday that the selection committee plans to make an announcement before the end of the year.

City council must vote on the board’s choice for police chief.

The board will be ready to make its announcement “in the next week or so,” Chambers said — possibly by next week’s council meeting. If not, it will call a special meeting to confirm the appointment before the end of the year, he said.
'''


def test_dash_fragment_after_a_postposed_frame_is_no_words_said():
    # https://winnipegnews.org/cbc-news/winnipeg-police-board-has-made-pick-for-new-police-chief-but-wont-say-who-it-is-yet
    # (eval/own/docs-ai/ca/002.md)
    _, sts = excerpt(page(CBC_WINNIPEG_POLICE_CHIEF))
    assert [w for w, _, _ in said(sts, "ready to make its announcement")] == ["Markus Chambers"]
    assert not said(sts, "possibly by next week")


def test_dash_opening_a_clause_after_the_frame_still_goes_on():
    # must not: a dash opening a connective's clause may go on with the words, as before ("but ...")
    _, sts = excerpt(page('''
Mayor Tom Smith spoke to reporters at city hall.

The plan is fine, Smith said — but the money is not there.
'''))
    assert [w for w, _, _ in said(sts, "the money is not there")] == ["Tom Smith"]


# --- 'called X “Y,” saying ...': both statements ---------------------------------------------------------------

CP_RENT_CAP = '''
Both opposition parties were scathing in their assessment of the government’s latest moves.

NDP Leader Claudia Chender called the current rent cap “fundamentally useless,” saying it does little to help people who are struggling to keep up with the cost of living.
'''


def test_called_with_comma_inside_the_mark_then_a_participle():
    # https://cjme.com/2024/09/06/nova-scotia-proposes-two-year-extension-to-five-per-cent-rent-cap-until-end-of-2027
    # (eval/own/docs-ai/ca/005.md)
    _, sts = excerpt(page(CP_RENT_CAP))
    assert [w for w, _, _ in said(sts, "fundamentally useless")] == ["Claudia Chender"]
    assert [w for w, _, _ in said(sts, "does little to help")] == ["Claudia Chender"]


def test_a_name_called_so_before_a_participle_is_no_statement():
    # must not: a passive "was called" names a thing; no one said the words
    _, sts = excerpt(page('''
The old arena on Main Street was called “the barn,” adding to its charm for generations of hockey fans.
'''))
    assert not said(sts, "the barn")


# --- "She and Alexis both agreed that ...": the pronoun's speaker and the name -----------------------------------

EDMONTON_JOURNAL_TREATY_6 = '''
Alberta Premier Rachel Notley, Mayor Don Iveson, Edmonton City Council, Treaty No. 6 Grand Chief Tony Alexis, and Chiefs of the Nations within Treaty No. 6 took part in the third annual Treaty No. 6 Recognition Day.

Notley said her government is working toward furthering its relationship with Alberta’s indigenous people and is committed to helping the descendants achieve the equality they are entitled to. She and Alexis both agreed that there is still a lot of work to be done.
'''


def test_pronoun_and_name_conjoined_both_speak():
    # https://edmontonjournal.com/news/local-news/city-hall-celebration-recognizes-treaty-no-6-as-edmonton-and-province-strive-to-improve-relations-with-first-nations
    # (eval/own/docs-ai/ca/011.md)
    _, sts = excerpt(page(EDMONTON_JOURNAL_TREATY_6))
    assert sorted(w for w, _, _ in said(sts, "a lot of work to be done")) == ["Rachel Notley", "Tony Alexis"]


def test_pronoun_and_a_kin_noun_is_no_named_pair():
    # must not: "She and her husband" names no second speaker, and the pair is no named person's words
    _, sts = excerpt(page('''
Rachel Notley toured the site on Friday.

She and her husband said the rink would stay open all winter.
'''))
    assert not [w for w, _, _ in said(sts, "stay open all winter") if w != "Rachel Notley"]


# --- "X and Y last week warned that ... and vowed ...": each speaker's second statement goes on from their own ------

REUTERS_HAWKE_KEATING = '''
Australian Prime Minister Bob Hawke and Treasurer Paul Keating said the government's 1986/87 Budget deficit could hit four billion dlrs against the official forecast of 3.5 billion.

Hawke told a Sydney radio station the deficit "may turn out at four billion." He and Keating last week warned that the budget deficit was running above target and vowed sharp decisions on spending in a May 14 economic statement.
'''


def test_shared_speakers_second_statement_keeps_the_period_undated():
    # reuters21578/reut2-001.sgm#927 (/work/shared/corpora); the pronoun and name conjoined make both speakers
    _, sts = excerpt(page(REUTERS_HAWKE_KEATING, date="1987-03-05"))
    assert sorted(w for w, _, _ in said(sts, "running above target")) == ["Bob Hawke", "Paul Keating"]
    # "last week", no day: the vow is undated for the speaker it goes on with, not dated by Keating's other day
    assert [(w, d) for w, d, _ in said(sts, "sharp decisions")] == [("Paul Keating", None)]
    # must not: the lead, said on the publication day, stays dated
    assert sorted((w, d) for w, d, _ in said(sts, "could hit four billion")) == \
        [("Bob Hawke", "1987-03-05"), ("Paul Keating", "1987-03-05")]


# --- 'described X as "Y" after ...', 'called X "Y" after ...': the words end with the quotation --------------------

CBC_NL_FALL_SITTING = '''
With health care and cost of living top of mind, the province's opposition leaders said the house could have done more.

NDP Leader Jim Dinn described the sitting as a "marathon session" after a long debate on Tuesday evening concluded with the appointment of a new information and privacy commissioner, by a close vote of 17 to 15.
'''


def test_described_as_quoted_words_then_a_time_adverbial():
    # http://amp.cbc.ca/news/canada/newfoundland-labrador/fall-sitting-recap-nl-1.7402651 (eval/own/docs-ai/ca/008.md)
    _, sts = excerpt(page(CBC_NL_FALL_SITTING))
    assert [(w, t) for w, _, t in said(sts, "marathon session")] == \
        [("Jim Dinn", 'the sitting as a "marathon session"')]
    # the same with "called": 'called the sitting a "marathon session" after ...' was no statement at all
    _, sts = excerpt(page(CBC_NL_FALL_SITTING.replace('described the sitting as a', 'called the sitting a')))
    assert [(w, t) for w, _, t in said(sts, "marathon session")] == [("Jim Dinn", 'the sitting a "marathon session"')]


def test_quoted_words_then_a_phrase_of_the_noun_stay_whole():
    # must not: "on ..." after the quotation may be the noun's own phrase (bbc-news/politics/127)
    _, sts = excerpt(page('''
Mr Blair, who has described Africa as a "scar" on the world's conscience, has already said tackling world poverty would be one his G8 priorities along with climate change and the Aids epidemic.
'''))
    assert [t for _, _, t in said(sts, '"scar"')] == ['Africa as a "scar" on the world\'s conscience']


def test_quoted_words_then_since_stay_whole():
    # must not: "since ..." after the quotation is the claim's own span (bbc-news/entertainment/103)
    _, sts = excerpt(page('''
The BPI spokesman described the UK music download chart, compiled by the Official Charts Company, as having been "a great success" since its launch.
'''))
    assert [t for _, _, t in said(sts, "great success")][0].endswith("since its launch")


# --- a photo credit in capitals opening a caption ("NIC ADAM / FREE PRESS FILES “...”") ---------------------------

def test_capitals_photo_credit_is_no_part_of_the_caption():
    # https://winnipeg-news.ca/winnipeg-free-press/province-leaves-disappointed-police-board-chair-off-invitation-list-for-public-safety-strategy-unveiling
    # (eval/own/docs-ai/ca/001.md): the caption repeats the quote, said once; the credit no statement's words
    art, sts = excerpt(page(FREE_PRESS_POLICE_BOARD + '''
NIC ADAM / FREE PRESS FILES “I was a bit disappointed, as chair of the police board, to have not been invited to that announcement,” Coun. Markus Chambers told the Free Press Friday.

NIC ADAM / FREE PRESS FILES
'''))
    assert not [st for st in sts if "FREE PRESS FILES" in st.text]
    assert [w for w, _, _ in said(sts, "a bit disappointed")] == ["Markus Chambers"]


def test_capitals_dateline_with_a_slash_stays():
    # must not: a wire dateline naming two cities is no photo credit
    art, sts = excerpt(page('''
NEW YORK / LONDON (Reuters) - Shares fell on Monday, the exchange said.
'''))
    assert "NEW YORK / LONDON (Reuters)" in art.body
