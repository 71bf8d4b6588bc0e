"""Audit round setau: Canadian news that quotes anyone (set AU's train documents: CBC, Winnipeg Free Press, St. Albert
Gazette, Prince George Citizen, the Globe and Mail, a Canadian Press copy). Each test reads a real passage (its page's
URL in a comment) as the pipeline does and asserts what an annotator expects: who said it, when, and the words."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


GLOBE_LOBSTER = '''
Violence among fishermen not seen for decades in Atlantic Canada erupted this fall after Sipekne’katik First Nation established a fishery in September, operating outside the seasonal restrictions imposed by the federal Department of Fisheries and Oceans (DFO). Potlotek and Pictou Landing First Nations subsequently established their own fisheries outside DFO’s supervision, and others Indigenous communities have expressed interest in doing so.

First Nations argue their new fisheries are legal, citing a 1999 Supreme Court decision which recognized Mi’kmaq treaty rights to fish. But these developments prompted non-Indigenous fishing groups to allege in a joint statement released in September that unless Indigenous harvesters follow the same rules as everyone else, “Canada’s fishery will be destroyed.”

Mike Sack, Chief of Sipekne’katik First Nation, said “inaccurate” claims of overfishing by the new fishery would “result in added marginalization and conflict against our people.” First Nations accuse non-Indigenous fishers of stealing traps, shooting flares at their boats, and uttering threats. Federal Indigenous Services Minister Marc Miller called attacks on Mi’kmaq fishers racist and unacceptable.
'''


# --- "First Nations argue": a people, no body named "Nations" -----------------------------------------------------------

def test_first_nations_in_the_plural_are_a_people_not_a_speaker():
    # https://arc-dev.theglobeandmail.com/canada/article-opponents-say-mikmaq-fisheries-will-destroy-atlantic-lobster-but
    # (eval/own/docs-au/ca/010.md): "First" is no sentence connective here, and the First Nations named as a whole
    # are no one's voice (as "Palestinians say"); better no speaker than a body 'Nations', or the two First Nations
    # named in the paragraph before
    _, sts = excerpt(page(GLOBE_LOBSTER))
    assert said(sts, "new fisheries are legal") == [], said(sts, "new fisheries are legal")
    assert said(sts, "stealing traps") == [], said(sts, "stealing traps")
    # must not: a nation named speaks for itself, its chief too, and the minister after it is still found
    assert [w for w, _, _ in said(sts, "inaccurate")] == ["Mike Sack"]
    assert [w for w, _, _ in said(sts, "attacks on Mi’kmaq fishers")] == ["Marc Miller"]
    # ... and "First" before a title is part of it ("First Minister Rhodri Morgan told BBC Wales ...";
    # bbc-news/politics/124)
    _, sts = excerpt(page('''
First Minister Rhodri Morgan told BBC Wales he had agreed with Ms Hutt in 2003 that she would not be health minister in the run-up to the 2007 elections.
'''))
    assert [w for w, _, _ in said(sts, "he had agreed with Ms Hutt")] == ["Rhodri Morgan"]


# --- ", but highlighting that ...": a participle frame after "but" when its "that" clause follows -----------------------

def test_but_and_a_participle_with_its_that_clause_frame_a_second_statement():
    # https://www.princegeorgecitizen.com/local-news/city-backs-gas-pipelines-3720225 (eval/own/docs-au/ca/007.md):
    # what he suggested ends at ", but", and what he highlighted is a statement of its own
    _, sts = excerpt(page('''
Coun. Brian Skakun suggested that a conditional letter of support be composed for the liquefied natural gas (LNG) work, but highlighting that there are issues, such as those regarding First Nations' rights, yet to be addressed.
'''))
    assert said(sts, "conditional letter") == \
        [("Brian Skakun", None, "a conditional letter of support be composed for the liquefied natural gas (LNG) work")]
    assert said(sts, "there are issues") == \
        [("Brian Skakun", None, "there are issues, such as those regarding First Nations' rights, yet to be addressed")]
    # ... as in Reuters copy ("..., the CPB said, but noting that higher margins set by domestic producers ...";
    # reuters21578/reut2-003)
    _, sts = excerpt(page('''
More of economic growth now depended on domestic consumption, the CPB said, but noting that higher margins set by domestic producers and importers mitigated the effect on purchasing power of lower import costs and deflation.
'''))
    assert [t for _, _, t in said(sts, "higher margins")] == \
        ["higher margins set by domestic producers and importers mitigated the effect on purchasing power of lower "
         "import costs and deflation"]
    # must not: "but" and a participle's word with no "that" clause after it is the speaker's own words going on
    # (the same passage with a noun after the word: no frame, no second statement)
    _, sts = excerpt(page('''
Coun. Brian Skakun said the letter of support should be conditional, but warning signs over First Nations' rights had yet to be addressed.
'''))
    assert [t for _, _, t in said(sts, "letter of support")] == \
        ["the letter of support should be conditional, but warning signs over First Nations' rights had yet to be "
         "addressed"]


# --- ", said the letter from ... Rebecca McElhoes requesting ...": a participle ends the source after its name ---------

def test_a_participle_after_a_full_name_ends_an_inverted_frames_source():
    # https://www.princegeorgecitizen.com/local-news/city-backs-gas-pipelines-3720225 (eval/own/docs-au/ca/007.md): the
    # letter of a named person is her statement; "requesting council's formal support" is what the letter did
    _, sts = excerpt(page('''
The construction of both projects is anticipated to "provide substantial economic benefits" to Prince George given its status as a business and transportation centre, said the letter from TransCanada community relations manager Rebecca McElhoes requesting council's formal support.
'''))
    assert [w for w, _, _ in said(sts, "substantial economic benefits")] == ["Rebecca McElhoes"]
    # must not: a participle's word that modifies a title is part of the source ('"...," said Atletico sporting
    # director Toni Munoz.', 'said Spurs sporting director Frank Arnesen'; bbc-news/sport)
    _, sts = excerpt(page('''
"We are very happy with the deal and the player is happy to join us," said Atletico sporting director Toni Munoz.
'''))
    assert [w for w, _, _ in said(sts, "very happy with the deal")] == ["Toni Munoz"]
    # ... nor a verb's object whose noun an -ing word modifies: "..., affirmed the United States’ enduring commitment to
    # ..." is no inverted frame of a source "the United States" (a White House fact sheet of 2022-07-16 in data/)
    _, sts = excerpt(page('''
At the Summit, President Biden reiterated the importance the United States places on its decades-long strategic partnerships in the Middle East region, affirmed the United States’ enduring commitment to the security and territorial defense of U.S. partners, and recognized the region’s increasingly important role as a trade and technology crossroads between hemispheres.
''', date="2022-07-16"))
    assert all(w != "United States" for w, _, _ in said(sts, "")), said(sts, "")


# --- 'calls X "Y" — an aside': the dash ends what the speaker called it --------------------------------------------------

def test_calls_x_quoted_y_before_a_dash():
    # https://www.winnipegfreepress.com/local/city-council-approves-2019-budget-507435802.html
    # (eval/own/docs-au/ca/004.md): the writer's aside after the dash is no part of the words
    _, sts = excerpt(page('''
Winnipeg Mayor Brian Bowman calls the first budget of his second term "a balanced and responsible blueprint" — a sentiment not shared by one-third of city council.
''', date="2019-03-20"))
    assert [(w, t) for w, _, t in said(sts, "blueprint")] == \
        [("Brian Bowman", 'the first budget of his second term "a balanced and responsible blueprint"')]
    # must not: a name set off by dashes after "called" is no words said ('the SVP has called a referendum — “No to
    # Free Lawyers” — for June 5, 2016': it called the vote), nor a name given with no object ('a national campaign -
    # one he calls \'\'Confident America\'\' -'); PolNeAR huff-post_2016-03-21 and nyt_2016-04-12
    _, sts = excerpt(page('''
Moreover, despite Blocher’s statements, the SVP has called a referendum — “No to Free Lawyers” — for June 5, 2016 against the government’s refugee proposals.

Mr. Ryan is indeed at the center of a national campaign - one he calls \'\'Confident America\'\' - but it is not necessarily for president.
'''))
    assert said(sts, "Free Lawyers") == [] and said(sts, "Confident America") == [], sts


# --- "The province's environment minister said ..." ¶ "Mary Polak said ...": the title named in the next paragraph -----

POLAK = '''
Tsilhqot’in Nation members live in the area where the New Prosperity gold and copper mine would be built. Chief Joe Alphonse says it should be illegal for the province to grant an extension without his band’s consent.

The nation became the first aboriginal band in Canada to win title to its territory last June in a historic Supreme Court of Canada decision.

“This decision has given hope to First Nations and indigenous people all around the world,” said Alphonse. “It’s a way for the province and Canada to hit the reset button and re-establish what type of relationship they want to have with First Nations people.

“They want to continue to move forward the way they always have, and we’re here to say, ‘No, that’s not the case.’”

The nation won title for land just outside the New Prosperity mine region, but the project is in an area where the Tsilhqot’in has other established aboriginal rights.

The province’s environment minister said in a phone interview Thursday that extension decisions are based on fairly narrow criteria, including whether circumstances have prevented a company from starting a project.

Mary Polak said she is legally barred from re-reviewing projects or considering whether certificates should have been granted in the first place.
'''


def test_a_title_opening_a_paragraph_is_the_person_the_next_paragraph_opens_with():
    # http://int.piplinks.org/canada-b.c.-first-nations-dismayed-extensions-new-prosperity,-tulsequah-mines.html
    # (eval/own/docs-au/ca/011.md, a Canadian Press copy of 15 January 2015, a Thursday): the minister is the person
    # the next paragraph opens with, named there first; no one was named a minister before
    _, sts = excerpt(page(POLAK, date="2015-01-15"))
    assert said(sts, "extension decisions") == [("Mary Polak", "2015-01-15", "extension decisions are based on fairly "
                                                 "narrow criteria, including whether circumstances have prevented a "
                                                 "company from starting a project")]
    # must not: a body opening the next paragraph is no holder of a person's title (better no speaker than a wrong
    # one): "Taseko Mines said it is ..." (the mine's owner in the same story)
    _, sts = excerpt(page(POLAK.replace("Mary Polak said she is", "Taseko Mines said it is"), date="2015-01-15"))
    assert [w for w, _, _ in said(sts, "extension decisions")] in ([], [None]), said(sts, "extension decisions")


# --- "X asked Y about ... ¶ "...," he said, later saying ...": the person asked answers --------------------------------

ST_ALBERT = '''
Mayor Nolan Crouse appeared at the hearing as the only speaker in favour of the proposal. He told council St. Albert is willing to do whatever was needed to ensure the transit project succeeds.

Edmonton Coun. Kim Krushell, whose Ward 2 would be most affected by the route, asked Crouse about an LRT/Bus Rapid Transit reserve that was started this year and what plans the city had to continue its growth.

"We've tried to send a message to our taxpayers that this is important to us," he said, later saying he did not see the current St. Albert council discussing it before the 2011 budget.
'''


def test_the_person_asked_answers_and_later_saying_frames_a_second_statement():
    # https://www.stalbertgazette.com/local-news/edmonton-on-the-cusp-of-lrt-approval-1271668
    # (eval/own/docs-au/ca/005.md): the councillor asked the mayor; "he said" is the mayor's answer, and ", later
    # saying ..." is a second statement of his, not the words of "he said"
    _, sts = excerpt(page(ST_ALBERT))
    assert said(sts, "send a message") == \
        [("Nolan Crouse", None, "We've tried to send a message to our taxpayers that this is important to us")]
    assert said(sts, "did not see") == \
        [("Nolan Crouse", None, "he did not see the current St. Albert council discussing it before the 2011 budget")]
    # must not: a question asked by someone unnamed is no exchange between two named people: the speaker the
    # paragraph quotes still speaks ("..., when a young man asked Clinton why young people didn’t like her ...
    # “I really got pissed off,” she said."; PolNeAR politico_2016-01-31_clinton-rolls-out-special-charac)
    _, sts = excerpt(page('''
Betsy Ebeling, 68, Clinton’s close friend since sixth grade at Eugene Field Elementary School in Park Ridge, Illinois, has been held up throughout the campaign as living proof that Clinton is an honest broker despite cutting attacks on her character.

Like a family member, Ebeling said it’s sometimes hard for her to watch the attacks on her friend. “It’s the blessing and the curse at the same time,” she said. “It’s wonderful to see her doing this, but it’s very hurtful. I find this campaign very mean. More so than the other one.”

What really got under her skin, she said, was a question at a televised town hall last week, when a young man asked Clinton why young people didn’t like her and thought she was a liar. “I really got pissed off,” she said. “I thought, what did your mother teach you? She taught you no manners? If nothing else, this is your elder.”
'''))
    assert [w for w, _, _ in said(sts, "I really got pissed off")] == ["Betsy Ebeling"]
