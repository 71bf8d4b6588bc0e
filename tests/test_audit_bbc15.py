"""Audit round bbc15: BBC politics articles (shared/corpora/bbc-news/politics, none in the dev set, eval/own sets D and
G, or earlier audit tests), read against their statements. Each test is a real passage (the corpus file named), what
an annotator marks under GUIDELINES.md and the conventions of eval/own/SOURCE-d.md / SOURCE-g.md."""
from test_hard_cases import assert_speaker, load, near, show, the, who  # noqa: F401  (the shared helpers)


def test_a_chairman_may_be_a_woman():
    # politics/239: "Police Federation chairman Jan Berry said civilian officers should act as "eyes and ears" ...
    # "They should not be placed in potentially confrontational situations - which detaining someone clearly is," she
    # said. ... Ms Berry said ... She said more powers would mean more paperwork": "chairman" tells no man's gender, so
    # "she" is Jan Berry (the statements were lost)
    doc, statements = load("bbc-news/politics/239.txt", "Police Federation chairman Jan Berry")
    assert_speaker(the(doc, statements, "They should not be placed in potentially"), "Jan Berry", "direct")
    assert_speaker(the(doc, statements, "more powers would mean more paperwork"), "Jan Berry", "indirect")


def test_a_body_named_by_the_head_of_its_name():
    # politics/239: "The Police Federation has said it strongly opposes ... The federation said CSOs do not have the
    # experience ...": the federation is the Police Federation
    doc, statements = load("bbc-news/politics/239.txt", "The federation said CSOs")
    assert_speaker(the(doc, statements, "CSOs do not have the experience"), "Police Federation", "indirect")


def test_a_lead_describing_a_body_that_the_text_names_next():
    # politics/059 (= 298): "A cap on donations to political parties should not be introduced yet, the elections
    # watchdog has said. ¶ Fears that big donors ... In a new report, the Electoral Commission says ..." and later
    # "All local election candidates should be entitled to a free mailshot ..., says the watchdog."
    doc, statements = load("bbc-news/politics/059.txt", "the elections watchdog has said")
    assert_speaker(the(doc, statements, "A cap on donations to political parties"), "Electoral Commission", "indirect")
    assert_speaker(the(doc, statements, "free mailshot for campaign leaflets"), "Electoral Commission")
    # politics/138: "..., the UK's public spending watchdog has said. ¶ The National Audit Office said ...": the NAO, no
    # body called "UK's public spending watchdog"
    doc, statements = load("bbc-news/politics/138.txt", "the UK's public spending watchdog has said")
    assert_speaker(the(doc, statements, "EU member states are failing to report fraud"), "National Audit Office")
    # ... but a body met in the lead's frame before its words is not a description of the next one: politics/300 "He
    # had decided to support the plans as the police said they would help fight terror ... The Lib Dems have pledged
    # to oppose the bill" (the police, unnamed, are not the Lib Dems)
    doc, statements = load("bbc-news/politics/300.txt", "as the police said they would help")
    assert not [st for st in statements if "help fight terror, crime" in st.text], show(statements)


def test_a_lead_describing_a_person_named_by_the_next_sentences_trailing_frame():
    # politics/132: 'The "myth that ageing is a barrier" to contributing to society needs to be "exploded", the work and
    # pensions minister has said. ¶ This was why the government was considering scrapping the retirement age
    # entirely, Alan Johnson said.': the minister is Alan Johnson; the clause keeps the phrase it opens with
    doc, statements = load("bbc-news/politics/132.txt", "the work and pensions minister has said")
    st = the(doc, statements, "to contributing to society needs to be")
    assert_speaker(st, "Alan Johnson", "indirect")
    assert st.text == 'The "myth that ageing is a barrier" to contributing to society needs to be "exploded"', show([st])


def test_the_mep_refers_back_to_the_member_just_named():
    # politics/281: "Ex-chat show host Robert Kilroy-Silk has quit the UK Independence Party and accused it of betraying
    # its supporters. ¶ The MEP said he was ashamed to have joined the party, which he labelled as a "joke"."
    doc, statements = load("bbc-news/politics/281.txt", "The MEP said he was ashamed")
    assert_speaker(the(doc, statements, "he was ashamed to have joined the party"), "Robert Kilroy-Silk", "indirect")


def test_downing_st_is_downing_street_and_its_spokesman():
    # politics/208: "..., Downing Street said. ... Downing St said a similar offer might be made to the Sri Lankan
    # government. ¶ However a spokesman pointed out that there were particular logistical difficulties ... The
    # spokesman said: "Following this morning's daily coordination meeting ...": the office, not "the government" the
    # spokesman's words mention
    doc, statements = load("bbc-news/politics/208.txt", "Downing St said a similar offer")
    assert_speaker(the(doc, statements, "a similar offer might be made"), "Downing Street", "indirect")
    assert_speaker(the(doc, statements, "particular logistical difficulties"), "Downing Street")
    assert_speaker(the(doc, statements, "Following this morning's daily coordination"), "Downing Street", "direct")


def test_an_outlet_told_in_lower_case_is_no_content():
    # politics/189: "Public opinion would force change, she told BBC news." (Margaret Beckett): her words come before
    # the frame; "news" is no statement
    doc, statements = load("bbc-news/politics/189.txt", "she told BBC news")
    assert_speaker(the(doc, statements, "Public opinion would force change"), "Margaret Beckett", "indirect")
    assert not [st for st in statements if st.text.strip() == "news"], show(statements)


def test_a_phrase_quoted_at_the_end_of_reported_words_keeps_its_closing_mark():
    # politics/189: 'Mr Bush's re-election came at a crucial time for a world that was "fractured, divided and
    # uncertain", Mr Blair said.' (the clause, with its quoted phrase whole, as the dev gold marks it)
    doc, statements = load("bbc-news/politics/189.txt", "fractured, divided and uncertain")
    st = the(doc, statements, "came at a crucial time")
    assert_speaker(st, "Tony Blair", "indirect")
    assert st.text.endswith('"fractured, divided and uncertain"'), show([st])
    # ... but not a comma inside the marks: politics/276 'the recent squabbles ... were not "perceived as a problem by
    # the voters," adding ...' ends at the words
    doc, statements = load("bbc-news/politics/276.txt", "perceived as a problem by the voters")
    st = the(doc, statements, "perceived as a problem")
    assert not st.text.endswith('"'), show([st])
