"""Audit round bbc10: BBC politics articles (shared/corpora/bbc-news/politics, none in sample-d or sample-g), read
against their statements. Each test is a real passage (the corpus file named), what an annotator marks."""
from test_hard_cases import assert_speaker, load, near, show, the, who  # noqa: F401  (the shared helpers)


def test_name_then_relative_clause_with_commas_then_said():
    # politics/124: "Dr Gibbons, who was a GP in Blaengwynfi, in the Upper Afan Valley, before becoming AM for
    # Aberavon, said NHS staff wanted a period of consolidation after "tremendous change and reform"."
    # (the copy reports the same words again later under "He said": two statements, both his; round 40, set AV)
    doc, statements = load("bbc-news/politics/124.txt", "Dr Gibbons, who was a GP in Blaengwynfi")
    hits = [st for st in statements if st.text.startswith("NHS staff wanted a period")]
    assert len(hits) == 2, show(hits)
    for st in hits:
        assert_speaker(st, "Brian Gibbons", "indirect")
    # politics/273: "Former Cabinet minister Douglas Hogg, whose father and grandfather served as lord chancellor,
    # said the Bill was "largely unnecessary, bureaucratic and expensive"."
    doc, statements = load("bbc-news/politics/273.txt", "Douglas Hogg, whose father")
    assert_speaker(the(doc, statements, "largely unnecessary, bureaucratic"), "Douglas Hogg", "indirect")


def test_content_inside_a_relative_clause_ends_before_the_main_verb():
    # politics/100: 'Mr Mubanga, who insists he does not feel bitter, said: "I've lost three years of my life, ...'
    doc, statements = load("bbc-news/politics/100.txt", "who insists he does not feel bitter")
    st = the(doc, statements, "he does not feel bitter")
    assert st.text == "he does not feel bitter", show([st])
    assert_speaker(st, "Martin Mubanga", "indirect")


def test_unclosed_quote_ends_where_a_new_colon_frame_opens_another():
    # politics/100: 'said: "I've lost three years of my life, because I was a Muslim. He added: "The authorities wanted
    # to break me but they strengthened me. ..." The US government denied the claims, saying it condemned and
    # prohibited torture. In a statement, it said: "The Department of Defense has no doubt ...' (the first quote is
    # never closed; it used to run to the paragraph's end, swallowing four statements of three speakers)
    doc, statements = load("bbc-news/politics/100.txt", "because I was a Muslim. He added:")
    st = the(doc, statements, "I've lost three years of my life")
    assert st.text.endswith("because I was a Muslim."), show([st])
    assert_speaker(st, "Martin Mubanga", "direct")
    assert_speaker(the(doc, statements, "The authorities wanted to break me"), "Martin Mubanga", "direct")
    assert_speaker(the(doc, statements, "it condemned and prohibited torture"), "US government")
    assert_speaker(the(doc, statements, "there were similarities between"), "Stephen Jakobi")
    assert_speaker(the(doc, statements, "The pattern is the same"), "Stephen Jakobi", "direct")


def test_time_adverb_after_said_is_the_frames():
    # politics/020: "The chief inspector of schools, David Bell, also said recently that GCSEs and A-levels should
    # go."; politics/083: 'Tim Collins, the shadow education secretary, said last week it would be a "huge boost" ...'
    doc, statements = load("bbc-news/politics/020.txt", "also said recently that GCSEs")
    st = the(doc, statements, "GCSEs and A-levels should go")
    assert st.text == "GCSEs and A-levels should go", show([st])
    doc, statements = load("bbc-news/politics/083.txt", "said last week it would be")
    st = the(doc, statements, "huge boost")
    assert st.text.startswith("it would be"), show([st])
    assert_speaker(st, "Tim Collins", "indirect")


def test_plan_or_view_named_by_the_object_is_no_content():
    # politics/087: "As his party set out detailed asylum reform plans, Mr Howard said they would help smash people
    # smuggling gangs."; politics/342: "Writing in the Guardian newspaper, Mr Brown outlined his view of the
    # direction New Labour should be taking."; politics/028: "The Tories criticised the Lib Dem stance, saying ..."
    doc, statements = load("bbc-news/politics/087.txt", "As his party set out detailed asylum reform plans")
    assert not [st for st in statements if "detailed asylum reform plans" in st.text], show(statements)
    assert_speaker(the(doc, statements, "they would help smash people smuggling gangs"), "Michael Howard")
    doc, statements = load("bbc-news/politics/342.txt", "Mr Brown outlined his view")
    assert not [st for st in statements if st.text.startswith("his view of the direction")], show(statements)
    doc, statements = load("bbc-news/politics/028.txt", "The Tories criticised the Lib Dem stance")
    assert not [st for st in statements if st.text == "the Lib Dem stance"], show(statements)
    assert_speaker(the(doc, statements, "Mr Oaten had initially said"), "Conservative Party")


def test_plans_with_their_content_still_count():
    # politics/226: "The government has announced plans to cut 100,000 civil servants as part of its efficiency drive."
    doc, statements = load("bbc-news/politics/226.txt", "announced plans to cut 100,000 civil servants")
    the(doc, statements, "plans to cut 100,000 civil servants")


def test_coordinated_belief_verb_ends_what_was_said():
    # politics/010: "But the Scottish National Party and the Tories say the issue of super-casinos should be decided in
    # Scotland and believe the executive is shirking its responsibility."
    doc, statements = load("bbc-news/politics/010.txt", "the Tories say the issue of super-casinos")
    sts = [st for st in statements if "super-casinos should be decided" in st.text]
    assert sorted(who(st) for st in sts) == ["Conservative Party", "Scottish National Party"], show(sts)
    assert all(st.text.endswith("decided in Scotland") for st in sts), show(sts)


def test_could_not_say_and_might_say_say_nothing():
    # politics/028: "But he could not say whether Mr Blunkett had treated the nanny as a special case or ..."
    doc, statements = load("bbc-news/politics/028.txt", "But he could not say whether")
    assert not [st for st in statements if "treated the nanny as a special case" in st.text], show(statements)
    # politics/284: "he has seen his fair share of such claims dashed on the rocks of bitter experience and, he might
    # say, the UK's political and electoral system."
    doc, statements = load("bbc-news/politics/284.txt", "he might say, the UK's political")
    assert not [st for st in statements if "political and electoral system" in st.text], show(statements)


def test_inverted_frame_title_then_comma_then_titled_name():
    # politics/020: '"It will be a tragedy if the government comes through with a half-hearted response," said the
    # chairman of the Commons education select committee, Labour MP Barry Sheerman.' and '"Any partial implementation
    # of the proposals would, in our view, compromise that integrity," said its chairman, Sir Anthony Greener.'
    doc, statements = load("bbc-news/politics/020.txt", "Labour MP Barry Sheerman")
    assert_speaker(the(doc, statements, "It will be a tragedy"), "Barry Sheerman", "direct")
    assert_speaker(the(doc, statements, "Any partial implementation"), "Anthony Greener", "direct")
    # ... and "he wrote in the Times Educational Supplement" after it is Sheerman's, not Sir Mike Tomlinson's
    assert_speaker(the(doc, statements, "We must tackle head-on"), "Barry Sheerman", "direct")


def test_a_spokesman_after_a_body_spoke_is_that_body_not_a_spokesman_named_later():
    # politics/141: 'And they [the Conservatives] pledged to assess ... "It is important to remember that this bill will
    # take a decade to come into full effect," a spokesman said. Lib Dem home affairs spokesman Mark Oaten has branded
    # the ID scheme ...'
    doc, statements = load("bbc-news/politics/141.txt", "a decade to come into full effect")
    assert_speaker(the(doc, statements, "a decade to come into full effect"), "Conservative Party", "direct")
    assert_speaker(the(doc, statements, "the ID scheme a waste of money"), "Mark Oaten")


def test_pronoun_after_a_spokesman_for_a_body_sentence_is_the_body():
    # politics/168: 'But a spokesman for the Home Office defended the proposals. He said: "By making express provision
    # for murder tariffs ..."' (not John Denham, who spoke before)
    doc, statements = load("bbc-news/politics/168.txt", "But a spokesman for the Home Office")
    assert_speaker(the(doc, statements, "By making express provision"), "Home Office", "direct")
    assert_speaker(the(doc, statements, "We want to see sentencers advised"), "John Denham", "direct")


def test_a_persons_party_opening_a_sentence_is_no_body_subject_for_the_party():
    # politics/399: "Labour election campaign coordinator Alan Milburn said the Tories were in "turmoil" ..." then, in
    # a story about Conservative associations, "The party says it did try to contact the local Conservative chairman."
    doc, statements = load("bbc-news/politics/399.txt", "The party says it did try")
    assert_speaker(the(doc, statements, "it did try to contact the local Conservative chairman"), "Conservative Party")


def test_titled_woman_is_no_registry_man_of_the_same_surname():
    # politics/196: 'Labour peer Baroness Kennedy, who is chairing the Power Inquiry into political disengagement, said
    # people already thought politicians engaged in dirty tricks. "This feeling of distrust is going to be enlarged
    # ...," she said.' (not Charles Kennedy, the Lib Dem leader of the registry)
    doc, statements = load("bbc-news/politics/196.txt", "Labour peer Baroness Kennedy")
    assert_speaker(the(doc, statements, "people already thought politicians"), "Baroness Kennedy", "indirect")
    assert_speaker(the(doc, statements, "This feeling of distrust"), "Baroness Kennedy", "direct")


def test_saying_colon_then_a_whole_quotation_is_direct():
    # politics/168: 'Amanda's uncle, Lewis Champion, told the BBC News website Ford did not deserve any credit for his
    # plea, saying: "Nothing at all is worth taking five years off a murder sentence."'
    doc, statements = load("bbc-news/politics/168.txt", "Amanda's uncle, Lewis Champion")
    st = the(doc, statements, "Nothing at all is worth taking")
    assert_speaker(st, "Lewis Champion", "direct")
    assert st.text == "Nothing at all is worth taking five years off a murder sentence.", show([st])


def test_dated_report_by_a_body_is_a_document():
    # politics/345: "Last April's report by the Electoral Commission said there was no strong argument for leaving the
    # age for standing for election at 21." (GUIDELINES rule 1: the content of a document)
    doc, statements = load("bbc-news/politics/345.txt", "Last April's report by the Electoral Commission")
    assert not [st for st in statements if "no strong argument" in st.text], show(statements)


def test_a_spokesman_of_the_same_body_named_next_is_that_person():
    # politics/062 (a dev gold document): "Last year MAB, which opposed the war in Iraq, urged Muslims not to vote for
    # Labour ... But a spokesman stressed the meeting was "not necessarily anti-Labour". "This meeting is not
    # anti-party ...," MAB spokesman Dr Azzam Tamimi said ...": the body's own spokesman, named next
    doc, statements = load("bbc-news/politics/062.txt", "But a spokesman stressed")
    assert_speaker(the(doc, statements, "not necessarily anti-Labour"), "Azzam Tamimi")


def test_a_spokesman_after_another_bodys_sentence_is_not_the_body_that_spoke_before():
    # politics/179: "The League Against Cruel Sports and the RSPCA say they will monitor hunts ... The Association of
    # Chief Police Officers has issued guidance to forces ... A spokesman said: "Basically, it's not going to be police
    # officers chasing about in cars across fields, ...""
    doc, statements = load("bbc-news/politics/179.txt", "A spokesman said: \"Basically")
    assert_speaker(the(doc, statements, "chasing about in cars across fields"), "Association of Chief Police Officers")
    # politics/158: 'The RAC welcomed the news, ... Environmental group Transport 2000 said the freeze sends the wrong
    # message to motorists. "We are concerned that ...," said a spokesman.': not the RAC
    doc, statements = load("bbc-news/politics/158.txt", "Environmental group Transport 2000")
    assert not [st for st in statements if "leads the world in rhetoric" in st.text and who(st) == "RAC"], \
        show(statements)


def test_the_party_after_only_a_leaders_affiliation_is_still_that_party():
    # politics/404: "Tory leader Michael Howard accepted his decision "with regret". ... In a statement, the party said
    # the comment had been taken out of context."
    doc, statements = load("bbc-news/politics/404.txt", "In a statement, the party said")
    assert_speaker(the(doc, statements, "taken out of context"), "Conservative Party")


def test_a_persons_name_then_may_is_no_modal():
    # politics/137: "Shadow home secretary Theresa May said if the party was in government again ..."
    doc, statements = load("bbc-news/politics/137.txt", "Theresa May said")
    assert_speaker(the(doc, statements, "the law was repealed"), "Theresa May")


def test_said_then_believed_of_the_reported_subject_stays_one_statement():
    # politics/215: "Registrars' spokesman, Mark Rimmer, said they welcomed the new marriage regulations and believed
    # they would be an significant deterrent."
    doc, statements = load("bbc-news/politics/215.txt", "Registrars' spokesman, Mark Rimmer")
    st = the(doc, statements, "they welcomed the new marriage regulations")
    assert st.text.endswith("significant deterrent"), show([st])


def test_however_name_who_then_said_is_not_inverted():
    # politics/075: 'However, Mr Johnson, who was forced to apologise last year ..., said Mr Blair "should butt out of"
    # the row.'
    doc, statements = load("bbc-news/politics/075.txt", "However, Mr Johnson, who was forced")
    assert_speaker(the(doc, statements, "should butt out of"), "Boris Johnson")


def test_kind_of_body_before_its_name():
    # politics/215: "But immigrants' group the Joint Council for the Welfare of Immigrants (JCWI) says the rules breach
    # human rights law and it may mount a legal challenge."
    doc, statements = load("bbc-news/politics/215.txt", "immigrants' group the Joint Council")
    assert_speaker(the(doc, statements, "the rules breach human rights law"),
                   "Joint Council for the Welfare of Immigrants", "indirect")
    # politics/158: 'Environmental group Transport 2000 said the freeze sends the wrong message to motorists. "We are
    # concerned that ...," said a spokesman.' (and "he added 1.28p per litre", the chancellor raising a duty, is no
    # statement)
    doc, statements = load("bbc-news/politics/158.txt", "Environmental group Transport 2000")
    assert_speaker(the(doc, statements, "sends the wrong message to motorists"), "Transport 2000", "indirect")
    assert_speaker(the(doc, statements, "leads the world in rhetoric"), "Transport 2000", "direct")
    assert not [st for st in statements if st.text.startswith("1.28p")], show(statements)


def test_kind_of_body_before_a_name_keeps_other_phrases():
    from pressarchive.extract.mentions import parse_np, tokens
    for phrase, name in (("Pressure group Friends of the Earth", "Friends of the Earth"),
                         ("Media group Trinity Mirror", "Trinity Mirror")):
        m = parse_np(tuple(tokens(phrase)))
        assert m.kind == "body" and m.name == name, (phrase, m)
    assert parse_np(tuple(tokens("A campaign group"))).kind != "body"
    assert parse_np(tuple(tokens("The Labour group on the council"))).name == "Labour group on the council"


def test_title_in_the_lead_is_the_person_the_next_paragraph_names():
    # politics/124: "The new health minister for Wales says there are lessons to learn from England ..." ¶ "Dr Brian
    # Gibbons, on his first full day in the job after Jane Hutt was sacked, admitted ..." (not BBC Wales)
    doc, statements = load("bbc-news/politics/124.txt", "The new health minister for Wales says")
    assert_speaker(the(doc, statements, "there are lessons to learn from England"), "Brian Gibbons")
    # politics/211: "The UK's top judge has revealed he has clashed with ministers ..." ¶ "Lord Woolf said ..."
    doc, statements = load("bbc-news/politics/211.txt", "The UK's top judge has revealed")
    assert_speaker(the(doc, statements, "he has clashed with ministers"), "Lord Woolf")
    # politics/273: '..., the courts minister has told MPs.' ¶ '... "...," said courts minister Christopher Leslie.'
    doc, statements = load("bbc-news/politics/273.txt", "the courts minister has told MPs")
    assert_speaker(the(doc, statements, "should be appointed lord chancellor"), "Christopher Leslie")


def test_frame_in_mid_sentence_then_the_predicate_going_on():
    # politics/118: "The person in charge of the court system should not also be speaker of the House of Lords, he
    # said, and should be the best person chosen from either House of Parliament."
    doc, statements = load("bbc-news/politics/118.txt", "The person in charge of the court system")
    st = the(doc, statements, "The person in charge of the court system")
    assert st.text.endswith("speaker of the House of Lords"), show([st])
    assert_speaker(st, "Lord Falconer", "indirect")
    st = the(doc, statements, "the best person chosen from either House")
    assert st.text.startswith("should be"), show([st])


def test_agent_then_headquarters_then_a_participle_after_a_postposed_frame():
    # politics/399: "Russell Tanguay, agent for Arundel and South Downs Tories, said Mr Flight was ineligible ...",
    # "Tory headquarters says he cannot stand as a Conservative candidate ...", 'The comments were not a "one-off", he
    # said, claiming Mr Howard and other senior Tories were obsessively committed to cutting public spending.'
    doc, statements = load("bbc-news/politics/399.txt", "Russell Tanguay, agent for")
    assert_speaker(the(doc, statements, "Mr Flight was ineligible to be a candidate"), "Russell Tanguay", "indirect")
    assert_speaker(the(doc, statements, "he cannot stand as a Conservative candidate"), "Conservative Party")
    assert_speaker(the(doc, statements, "obsessively committed to cutting"), "Alan Milburn", "indirect")


def test_the_premier_in_a_uk_story_is_the_prime_minister():
    # politics/342: "The premier insisted Mr Brown will have a key role in Labour's campaign, and praised his handling
    # of the economy."
    doc, statements = load("bbc-news/politics/342.txt", "The premier insisted")
    assert_speaker(the(doc, statements, "will have a key role in Labour's campaign"), "Tony Blair", "indirect")


def test_a_passive_coordinated_with_a_passive_tells_nothing():
    # politics/100: "He told the Observer his worst moment was when he was told he would be released last March, only
    # to be confined and told he would be there for many more years."
    doc, statements = load("bbc-news/politics/100.txt", "only to be confined and told")
    st = the(doc, statements, "his worst moment was")
    assert st.text.endswith("for many more years"), show([st])
    assert not [s for s in statements if s.text.startswith("he would be there for many")], show(statements)


def test_a_dash_before_a_participle_or_a_reporters_aside_ends_the_content():
    # politics/342: 'Mr Blair said he was taking "nothing for granted" ahead of the vote - warning that the Tory
    # strategy was to win power via the back door ...'
    doc, statements = load("bbc-news/politics/342.txt", "ahead of the vote - warning that")
    st = the(doc, statements, "nothing for granted")
    assert st.text.endswith("ahead of the vote"), show([st])
    assert_speaker(the(doc, statements, "the Tory strategy was to win power"), "Tony Blair", "indirect")
    # politics/365: 'Mr Brown also announced plans to merge 35 agencies into nine - described by one civil service
    # union as a "bonfire of the quangos".'
    doc, statements = load("bbc-news/politics/365.txt", "Mr Brown also announced plans to merge")
    assert the(doc, statements, "plans to merge 35 agencies").text == "plans to merge 35 agencies into nine"


def test_dash_participle_after_a_refusal_and_it_after_a_statement_document():
    # politics/324: "The government has consistently refused to publish Lord Goldsmith's advice ... - saying such papers
    # have always been kept confidential. ¶ But a short statement about Lord Goldsmith's position was presented in a
    # written parliamentary answer ... It said it was "plain" Iraq continued to be in material breach ...": the
    # government's; "It" is the statement, no speaker
    doc, statements = load("bbc-news/politics/324.txt", "saying such papers have always been kept")
    assert_speaker(the(doc, statements, "such papers have always been kept confidential"), "UK government")
    assert not [st for st in statements if "continued to be in material breach" in st.text], show(statements)


def test_a_passive_in_the_content_before_and_argued_is_no_passive_frame():
    # politics/031: "But the Home Office said mandatory life sentences would not be abolished and argued courts already
    # had flexibility." (two statements, as before)
    doc, statements = load("bbc-news/politics/031.txt", "mandatory life sentences would not be abolished")
    assert the(doc, statements, "mandatory life sentences").text.endswith("would not be abolished")
    assert_speaker(the(doc, statements, "courts already had flexibility"), "Home Office")


def test_the_committee_is_the_committee_named_in_lower_case_before():
    # politics/168: "The influential Commons home affairs committee was responding to sentencing guidelines ... As a
    # result, says the committee, the government may need to re-legislate ... The committee said the plans had not
    # reflected the "public disquiet" ..."
    doc, statements = load("bbc-news/politics/168.txt", "says the committee")
    assert_speaker(the(doc, statements, "may need to re-legislate"), "Commons home affairs committee")
    assert_speaker(the(doc, statements, "had not reflected the"), "Commons home affairs committee")


def test_name_relative_clause_then_one_verb_but_said():
    # politics/143: "Shahid Malik, who is on Labour's ruling NEC, accepted people's frustration but said there should be
    # targets not lists to boost representation of minorities."
    doc, statements = load("bbc-news/politics/143.txt", "Shahid Malik, who is on")
    assert_speaker(the(doc, statements, "there should be targets not lists"), "Shahid Malik", "indirect")


def test_the_party_in_the_lead_is_the_party_its_sentence_names():
    # politics/171: "Children would be offered two hours' free sports training a week by a future Tory government, the
    # party has said."
    doc, statements = load("bbc-news/politics/171.txt", "the party has said")
    assert_speaker(the(doc, statements, "two hours' free sports training"), "Conservative Party", "indirect")


def test_that_before_a_verb_is_the_subject_of_what_was_said():
    # politics/270: "With polls suggesting voters would rather any government cash surpluses were spent on schools and
    # hospitals before tax cuts, he has suggested that is exactly what he will do."
    doc, statements = load("bbc-news/politics/270.txt", "he has suggested that is exactly")
    assert the(doc, statements, "exactly what he will do").text == "that is exactly what he will do"


def test_an_undated_text_retelling_a_book_dates_no_ones_occasion():
    # politics/324 (no publication date): "The book, being serialised in the Guardian newspaper, says on 13 March Lord
    # Goldsmith met then Home Office Minister Lord Falconer ...": Lord Goldsmith's and Downing Street's statements of
    # the report are not of 13 March 2003
    doc, statements = load("bbc-news/politics/324.txt", "says on 13 March Lord Goldsmith met")
    assert not [st for st in statements if st.said_on], show([st for st in statements if st.said_on])


def test_adjunct_opened_by_on_runs_on_to_the_subject_without_a_comma():
    # politics/392: "On top of the relief deal with Tanzania Mr Brown said the UK would make similar offers to 70 poorer
    # nations around the world."
    doc, statements = load("bbc-news/politics/392.txt", "On top of the relief deal with Tanzania Mr Brown")
    assert_speaker(the(doc, statements, "similar offers to 70 poorer nations"), "Gordon Brown", "indirect")


def test_a_name_then_the_kind_of_body_in_lower_case():
    # politics/345: 'The Votes at 16 alliance said it was a good thing to "engage people" by lowering the candidacy age
    # but argued lowering the voting age would be much more effective.'
    doc, statements = load("bbc-news/politics/345.txt", "The Votes at 16 alliance said")
    assert_speaker(the(doc, statements, "engage people"), "Votes at 16 alliance", "indirect")
    assert_speaker(the(doc, statements, "lowering the voting age would be"), "Votes at 16 alliance", "indirect")


def test_as_two_named_people_have_suggested_is_both():
    # politics/020: "Some are worried it could be scuppered if, as Tony Blair and Ruth Kelly have suggested, GCSEs and
    # A-levels stay."
    doc, statements = load("bbc-news/politics/020.txt", "as Tony Blair and Ruth Kelly have suggested")
    sts = [st for st in statements if st.text == "GCSEs and A-levels stay"]
    assert sorted(who(st) for st in sts) == ["Ruth Kelly", "Tony Blair"], show(sts)


def test_called_that_suggestion_names_what_was_said_of_it():
    # politics/087: 'Mr Howard called that suggestion "disgraceful".'
    doc, statements = load("bbc-news/politics/087.txt", "Mr Howard called that suggestion")
    assert_speaker(the(doc, statements, "that suggestion"), "Michael Howard", "indirect")
