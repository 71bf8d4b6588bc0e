"""Audit round bbc8: fresh BBC business and technology articles (shared/corpora/bbc-news, outside every gold set),
read against their statements. Each test is a real passage (the corpus file named), what an annotator marks."""
from test_hard_cases import assert_speaker, load, near, show, the, who  # noqa: F401  (the shared helpers)


def test_body_of_members_is_no_vague_source():
    # business/014: "The National Union of Journalists said it stood strongly behind the journalists and did not
    # rule out a strike." and "has called on the management to recall ...": a union, not unnamed journalists
    doc, statements = load("bbc-news/business/014.txt", "The National Union of Journalists said")
    assert_speaker(the(doc, statements, "stood strongly behind the journalists"), "National Union of Journalists")
    assert_speaker(the(doc, statements, "recall the notice of redundancy"), "National Union of Journalists")


def test_body_of_members_parses_as_one_body():
    from pressarchive.extract.mentions import parse_np, tokens
    for name in ("the Confederation of British Industry", "the Association of Chief Police Officers",
                 "the National Association of Head Teachers", "the British Chambers of Commerce"):
        m = parse_np(tuple(tokens(name)))
        assert getattr(m, "kind", None) == "body" and m.name == name[4:], (name, m)
    assert not hasattr(parse_np(tuple(tokens("union officials"))), "kind")      # still vague


def test_inverted_frame_with_occupation_before_the_name():
    # business/302: '"This deal goes a long way to restoring the market faith in Phytopharm's pipeline after the
    # Pfizer exit," said analyst Erling Refsum at Nomura.' (business/134: "said economist Gary Thayer of AG Edwards")
    doc, statements = load("bbc-news/business/302.txt", "said analyst Erling Refsum")
    assert_speaker(the(doc, statements, "restoring the market faith"), "Erling Refsum", "direct")
    doc, statements = load("bbc-news/business/134.txt", "said economist Gary Thayer")
    assert_speaker(the(doc, statements, "the job situation is improving"), "Gary Thayer", "direct")


def test_demonym_after_a_title_head_is_a_given_name():
    # business/426: "Economy minister German Gref told the Kommersant newspaper that direct state involvement in oil
    # was "unjustified"." and "Mr Gref told Kommersant": German Gref, not a German called Gref
    doc, statements = load("bbc-news/business/426.txt", "Economy minister German Gref")
    assert_speaker(the(doc, statements, "direct state involvement in oil"), "German Gref")
    assert_speaker(the(doc, statements, "The task is not simply to double GDP"), "German Gref")


def test_spokeswoman_named_after_a_comma_speaks_and_the_company_is_her_body():
    # tech/310: '"Our mission was always ...," said Opera spokeswoman, Berit Hanson.' then "The company points out
    # that ...": the named spokeswoman speaks; "the company" is Opera
    doc, statements = load("bbc-news/tech/310.txt", "said Opera spokeswoman, Berit Hanson")
    assert_speaker(the(doc, statements, "Our mission was always"), "Berit Hanson", "direct")
    assert_speaker(the(doc, statements, "appeal to anyone using Opera"), "Opera")


def test_spokesman_for_a_body_before_its_relation_to_another():
    # business/081: "A spokesman for DaimlerChrysler, parent company of Mercedes Benz, said it will however have to
    # halt some production."
    doc, statements = load("bbc-news/business/081.txt", "parent company of Mercedes Benz")
    assert_speaker(the(doc, statements, "have to halt some production"), "DaimlerChrysler", "indirect")


def test_jobs_added_are_no_statement():
    # business/134: "The US economy added 337,000 jobs in October - a seven-month high ..."; business/253: "US
    # firms added only 146,000 jobs in January."
    doc, statements = load("bbc-news/business/134.txt", "The US economy added")
    assert not [st for st in statements if "337,000 jobs in October" in st.text], show(statements)
    doc, statements = load("bbc-news/business/253.txt", "US firms added")
    assert not [st for st in statements if "146,000 jobs" in st.text], show(statements)


def test_quantity_rule_keeps_an_added_clause():
    from pressarchive.extract.filters import not_a_statement
    assert not_a_statement("16 individuals have also gone missing", "adding") is None
    assert not_a_statement("only 146,000 jobs in January", "added") == "quantity_added"


def test_body_before_relative_which_said():
    # business/085: "... a survey from the British Bankers' Association, which said approvals were at a five-year
    # low."; business/326: "the firm was admonished by the Securities and Exchange Commission which said it had made
    # major errors in its financial reporting."
    doc, statements = load("bbc-news/business/085.txt", "which said approvals")
    assert_speaker(the(doc, statements, "approvals were at a five-year low"), "British Bankers' Association")
    doc, statements = load("bbc-news/business/326.txt", "Commission which said")
    assert_speaker(the(doc, statements, "major errors in its financial reporting"), "Securities and Exchange Commission")
    # "..., the company said on Tuesday": Fannie Mae (never a speaker before), not the commission
    assert not [st for st in statements if "early retirement while" in st.text
                and who(st) == "Securities and Exchange Commission"], show(statements)


def test_connective_or_subject_before_a_frame_in_mid_sentence():
    # tech/285: "Instead, said Mr Doctorow, DRM systems were intended to control ..."; tech/005: "The idea, says
    # BT, is to shape a "21st Century model" which will ...": the clause after the frame is what is said
    doc, statements = load("bbc-news/tech/285.txt", "Instead, said Mr Doctorow")
    st = the(doc, statements, "DRM systems were intended")
    assert_speaker(st, "Cory Doctorow")
    assert not [s for s in statements if s.text == "Instead"], show(statements)
    doc, statements = load("bbc-news/tech/005.txt", "The idea, says BT")
    assert_speaker(the(doc, statements, "is to shape a"), "BT")


def test_quote_after_an_unnamed_source_is_no_earlier_speakers():
    # tech/005: '"The river was integral ...," said the artists. "We hope that by uncovering the river, ..."': the
    # second quote is the artists' too, never Frank Stone's, who spoke two paragraphs before
    doc, statements = load("bbc-news/tech/005.txt", "said the artists")
    assert not [st for st in statements if "uncovering the river" in st.text], show(statements)
    assert_speaker(the(doc, statements, "natural thirst for broadband"), "Frank Stone", "direct")


def test_quote_after_a_participle_aside():
    # business/196: '"At that point in time," Mr Sullivan said, referring to the first false entries in late 2000,
    # "I knew it was wrong and I knew it was against the law, ..."'
    doc, statements = load("bbc-news/business/196.txt", "referring to the first false entries")
    assert_speaker(the(doc, statements, "I knew it was wrong"), "Scott Sullivan", "direct")


def test_according_to_in_mid_sentence_before_a_reporters_clause():
    # tech/338: "But there could be a slight slowdown in sales in European and US markets too, according to Gartner,
    # as people wait to see what comes next in mobile technology."
    doc, statements = load("bbc-news/tech/338.txt", "according to Gartner, as people")
    assert_speaker(the(doc, statements, "a slight slowdown in sales"), "Gartner")
    assert not [st for st in statements if st.text.startswith("as people wait")], show(statements)


def test_company_is_no_products_model_name():
    # tech/338: "The Motorola Razr V3 phone was typical ..." then "Motorola and Apple announced a version of iTunes
    # ... would be released": Motorola speaks, not a phone
    doc, statements = load("bbc-news/tech/338.txt", "Motorola and Apple announced")
    hits = [st for st in statements if "version of iTunes online music" in st.text]
    assert sorted(who(st) for st in hits) == ["Apple", "Motorola"], show(hits)


def test_inverted_passive_reported_as_saying():
    # business/043: "Women will be employed in Saudi Arabia's foreign ministry for the first time this year, Foreign
    # Minister Prince Saud Al-Faisal has been reported as saying."
    doc, statements = load("bbc-news/business/043.txt", "has been reported as saying")
    assert_speaker(the(doc, statements, "Women will be employed"), "Saud Al-Faisal", "indirect")


def test_research_firm_named_research_is_a_body():
    # tech/338: "The market for full-track music downloads was worth just $20 million (£10.5 million) in 2004, but is
    # set to be worth $1.8 billion (£94 million) by 2009, according to Juniper Research."
    doc, statements = load("bbc-news/tech/338.txt", "according to Juniper Research")
    assert_speaker(the(doc, statements, "full-track music downloads"), "Juniper Research", "indirect")
    from pressarchive.extract.mentions import parse_np, tokens
    assert not hasattr(parse_np(tuple(tokens("new research"))), "kind")      # still vague


def test_who_added_after_an_inverted_frame_with_honorific():
    # business/014: '"They have shown a complete disregard for the consultative rights of our members," said Mr
    # Fitzpatrick, who added that the company now planned to observe the consultation procedures.'
    doc, statements = load("bbc-news/business/014.txt", "who added that the company")
    assert_speaker(the(doc, statements, "now planned to observe the consultation"), "Barry Fitzpatrick", "indirect")


def test_title_of_a_firm_closing_an_apposition_is_the_persons():
    # business/291: "Charles A Blixt, executive vice-president of RJ Reynolds Tobacco, said the ruling "dramatically
    # transforms" the government's lawsuit."
    doc, statements = load("bbc-news/business/291.txt", "Charles A Blixt, executive vice-president")
    assert_speaker(the(doc, statements, "dramatically transforms"), "Charles A Blixt", "indirect")


def test_portfolio_shift_only_before_a_persons_name_or_a_place():
    from pressarchive.extract.mentions import parse_np, tokens
    m = parse_np(tuple(tokens("Ambassador to Bangladesh Peter Haas")))
    assert (m.name, m.role) == ("Peter Haas", "Ambassador to Bangladesh")
    m = parse_np(tuple(tokens("executive vice-president of RJ Reynolds Tobacco")))
    assert m.name != "Reynolds Tobacco", m


def test_not_said_is_nothing_said():
    # business/291: "Anti-smoking groups urge the government to fight on, but the Justice Department has not said if
    # it will appeal."
    doc, statements = load("bbc-news/business/291.txt", "has not said if it will appeal")
    assert not [st for st in statements if st.text.startswith("if it will appeal")], show(statements)


def test_occupation_before_a_name_the_name_lists_lack():
    # business/006: '"I maintain the view that Japan's economy remains in a minor adjustment phase ...," said economy
    # minister Heizo Takenaka.'; business/024: '"We expect the deficit to continue to widen in 2005 ...," said
    # economist Marie-Pierre Ripert at IXIS.' (the person, not the bank)
    doc, statements = load("bbc-news/business/006.txt", "said economy minister Heizo Takenaka")
    assert_speaker(the(doc, statements, "minor adjustment phase"), "Heizo Takenaka", "direct")
    doc, statements = load("bbc-news/business/024.txt", "said economist Marie-Pierre Ripert")
    assert_speaker(the(doc, statements, "We expect the deficit"), "Marie-Pierre Ripert", "direct")
