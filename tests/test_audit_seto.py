"""Audit round seto (set O: Canadian news quoting anyone, third batch). Each test reads a real passage of a TRAIN
document of set O (its page's URL in a comment) as the pipeline does and asserts what an annotator expects: who said
it, when, and the words, and one thing that must not happen."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- a number with thousands separators is one word: its comma closes no apposition ----------------------------------

CTV_ORTIS = '''
Former Canadian diplomat Michael Kovrig, who was detained for years in China, is among those urging a judge to avoid a harsh prison sentence for Cameron Jay Ortis, convicted of breaching Canada's secrets law.

Kovrig, who spent more than 1,000 days in Chinese custody, says in the letter that only those who have experienced long-term confinement can truly appreciate the excruciating toll it takes on a person.

Prosecutor Judy Kliewer told Justice Robert Maranger the sentence must send a message to the public and Canada's partners that revealing classified material has consequences.
'''


def test_thousands_comma_inside_a_relative_clause_before_says():
    # https://www.ctvnews.ca/politics/convicted-ex-rcmp-official-facing-decades-in-prison-gets-support-from-kovrig-1.6721039
    _, sts = excerpt(page(CTV_ORTIS, date="2024-01-26"))
    assert [(w, d) for w, d, _ in said(sts, "only those who have experienced long-term confinement")] == \
        [("Michael Kovrig", "2024-01-26")]
    assert [w for w, _, _ in said(sts, "the sentence must send a message")] == ["Judy Kliewer"]
    # must not: the number's halves are no words of a subject or a statement
    assert not [st for st in sts if st.text.startswith("000") or (st.speaker and "000" in st.speaker.name)]


def test_thousands_comma_tokens():
    from pressarchive.extract.mentions import tokens
    assert [t[0] for t in tokens("spent more than 1,000 days, then 12,345,678")] == \
        ["spent", "more", "than", "1,000", "days", ",", "then", "12,345,678"]
    # must not: a list of years or a day and a year glued are no number
    assert [t[0] for t in tokens("in 2001, 2006 and May 5,2020")] == \
        ["in", "2001", ",", "2006", "and", "May", "5", ",", "2020"]


# --- "'...,' she said, but added CLAUSE": the quotation's speaker adds it ---------------------------------------------

NNSL_HOUSING = '''
Iqaluit (May 29/06) - Where's the housing money going? It's the best-kept secret in Nunavut: how $200 million in federal money earmarked for badly-needed housing will be spent.

Housing minister Olayuk Akesuk flatly refused to discuss it in an interview Thursday.

At the Nunavut Housing Corporation, Peter Scott, the president, would only say: "we're working on it."

Hall Beach mayor Paul Haulli said housing shortages are a problem everywhere in the territory.

"It's a problem, but it's a little better here now," he said.

Resolute mayor Susan Salluviniq said her community should see a five-unit building built this summer. "It should help," she said, but added Resolute could still use some single-family houses.
'''


def test_but_added_after_a_quotation_frame():
    # https://nnsl-archive.blackpress.ca/nnsl/2006-05/may29_06hm.html
    _, sts = excerpt(page(NNSL_HOUSING, date="2006-05-29"))
    assert [(w, t) for w, _, t in said(sts, "single-family houses")] == \
        [("Susan Salluviniq", "Resolute could still use some single-family houses")]
    assert [(w, t) for w, _, t in said(sts, "It should help")] == [("Susan Salluviniq", "It should help")]
    # must not: the mayor heard before her gets it
    assert not [st for st in sts if st.speaker and st.speaker.name == "Paul Haulli" and "Resolute" in st.text]


def test_would_only_say_frames_a_quotation():
    # (same page) "Peter Scott, the president, would only say: "we're working on it.""
    _, sts = excerpt(page(NNSL_HOUSING, date="2006-05-29"))
    # (no day asserted: the page gives none for his words; the pipeline carries the minister's "Thursday" over)
    assert [(w, t) for w, _, t in said(sts, "working on it")] == [("Peter Scott", "we're working on it.")]
    # must not: a refusal to discuss is no statement of the minister
    assert not [st for st in sts if st.speaker and st.speaker.name == "Olayuk Akesuk"]


# --- "Place (Mon DD/YY) - ": a dateline, not a speaker -----------------------------------------------------------------

NNSL_FONTANA = '''
Iqaluit (Aug 22/05) - The federal minister of labour and housing arrived in Iqaluit on Friday without any new money, but promised that short term relief is on the way for the Nunavut housing crisis.

"Hopefully by the fall, we can come to some sort of short-term arrangement. The need is imminent," said Joe Fontana, during a stop on his Northern tour.

"It is a crisis, there is an incredible need here," said Fontana. "The greatest need is here in the North."
'''


def test_bracketed_day_dateline_is_no_speaker():
    # https://nnsl-archive.blackpress.ca/nnsl/2005-08/aug22_05hs.html
    _, sts = excerpt(page(NNSL_FONTANA, date="2005-08-22"))
    assert [w for w, _, _ in said(sts, "The need is imminent")] == ["Joe Fontana"]
    assert [w for w, _, _ in said(sts, "incredible need")] == ["Joe Fontana"]
    # must not: the dateline's place says what the minister promised
    assert not [st for st in sts if st.speaker and st.speaker.name == "Iqaluit"]


# --- a person a sentence opens without speaking, then "he said": a described athlete or resident, a possessive's apposed
# --- name -------------------------------------------------------------------------------------------------------------

BBC_GRAMMYS = '''
In 2003, Stewart said he was "astounded" he had never won a Grammy - but "they tend not to give it to the British unless you're Sting". There were few other high-profile British victors this year.

Beach Boys veteran Brian Wilson was another first-time winner - for best rock instrumental performance. "It represents triumph and achievement in music that I feel that I deserved, and I'm really glad I won," he said.
'''


def test_described_veteran_opening_a_sentence_is_the_pronouns_person():
    # bbc-news/entertainment/264.txt
    _, sts = excerpt(page(BBC_GRAMMYS))
    assert [w for w, _, _ in said(sts, "It represents triumph")] == ["Brian Wilson"]
    # must not: the band the run of capitals opens with, nor the singer heard before
    assert not [st for st in sts if st.speaker and st.speaker.name in ("Beach Boys", "Rod Stewart", "Stewart")
                and "triumph" in st.text]


BBC_WADA = '''
The pair were cleared of charges relating to missing dope tests by the Greek Athletics Federation last week. Wada chairman Dick Pound said: "I am convinced the IAAF will appeal against the decision, and we will support them. "But if they accept the federation's ruling we will go before the Court of Arbitration for Sport," he added. Kenteris's lawyer, Gregory Ioannidis, reacted angrily to Pound's comments. "Comments like these only help to embarrass the sporting governing bodies, create a hostage situation for the IAAF and strengthen our case further," he said.
'''


def test_possessive_description_then_apposed_name_is_the_pronouns_person():
    # bbc-news/sport/079.txt
    _, sts = excerpt(page(BBC_WADA, date="2005-01-21"))
    assert [(w, d) for w, d, _ in said(sts, "Comments like these")] == [("Gregory Ioannidis", "2005-01-21")]
    assert [w for w, _, _ in said(sts, "Court of Arbitration")] == ["Dick Pound"]
    # must not: the athlete whose possessive opens the sentence
    assert not [st for st in sts if st.speaker and "Kenteris" in st.speaker.name]


# --- a fronted topic or role is no speaker and no words said; a pronoun's own clause after the frame is no words ------

GLOBE_NOEL = '''
The Jets practised Tuesday morning for the first time after losing Sunday's opener 5-1 to the Montreal Canadiens. The game not only deflated the noisy crowd and the adoring city, which had been gearing up all week with parties and concerts, it also exposed some striking weaknesses on the Jets. They included a lacklustre presence in front of the Canadiens' net, miscues by veteran defenceman Johnny Oduya and a dismal power play that couldn't score once on seven tries.

Head coach Claude Noel organized a vigorous practice and at one point admonished his players with a string of swear words. Noel played down the outburst afterward saying he was just trying to provoke the players. "It's just the way it happens with the season," he said.

The coach seemed almost baffled by the team. They had a strong scrimmage Friday, he said, and he thought they were more than ready for Sunday. Now he said he was still trying to find out "what their A games are."

As for Oduya, who made mistakes that led to two Montreal goals, Noel said: "He's a veteran. He knows and we talked to him."

Oduya said the day off was almost worse for him.

"I could have played right away. You want to get back out there and do it over," he said after practice.
'''


def test_as_for_topic_is_not_the_speaker():
    # https://beta.theglobeandmail.com/sports/hockey/globe-on-hockey/noel-still-trying-to-get-a-read-on-his-jets/article618165/
    _, sts = excerpt(page(GLOBE_NOEL, date="2011-10-11"))
    assert [w for w, _, _ in said(sts, "He's a veteran")] == ["Claude Noel"]
    assert [w for w, _, _ in said(sts, "I could have played right away")] == ["Johnny Oduya"]
    # must not: the player the coach speaks about says the coach's words
    assert not [st for st in sts if st.speaker and st.speaker.name == "Johnny Oduya" and "veteran" in st.text]


def test_pronoun_clause_after_a_mid_sentence_frame_is_not_said():
    # (same page) "They had a strong scrimmage Friday, he said, and he thought they were more than ready for Sunday."
    _, sts = excerpt(page(GLOBE_NOEL, date="2011-10-11"))
    assert [(w, t) for w, _, t in said(sts, "scrimmage")] == [("Claude Noel", "They had a strong scrimmage Friday")]
    # must not: what he thought, after the frame, as his words
    assert not [st for st in sts if "more than ready" in st.text]


CALGARY_SUN_TRUSTEES = '''
Dennis, a strong contender as former chair, advocating for equity in the classroom, easily won her diverse northeast Wards 5 and 10.

As the only returning trustee, Dennis admitted in addition to all of the ongoing challenges, the CBE will also have a steep learning curve.
'''


def test_fronted_role_is_no_words_said():
    # https://calgarysun.com/news/local-news/calgary-public-school-board-to-get-new-look-welcoming-six-new-trustees/wcm/f365f10a-dd6e-49ef-ad71-17383ad10582
    _, sts = excerpt(page("Incumbent Marilyn Dennis will return to the board.\n" + CALGARY_SUN_TRUSTEES,
                          date="2021-10-19"))
    assert [w for w, _, _ in said(sts, "steep learning curve")] == ["Marilyn Dennis"]
    # must not: the role she speaks from as her words
    assert not [st for st in sts if st.text.startswith("As the only returning trustee")]


# --- "took to social media (Wednesday) to tell/say ...": the subject speaks, as "went on to say" --------------------------

def test_took_to_social_media_to_tell():
    # https://www.westernstandard.news/alberta/smith-says-poilievres-team-alberta-is-strong/article_1c0aeec2-a7d7-11ed-bbbd-df21d1f34b4e.html
    _, sts = excerpt(page('''
Alberta Premier Danielle Smith is back from her meeting in Ottawa and took to social media Wednesday to tell Conservative leader Pierre Poilievre his "Team Alberta is strong."
''', date="2023-02-08"))
    assert [(w, d) for w, d, _ in said(sts, "Team Alberta is strong")] == [("Danielle Smith", "2023-02-08")]
    # must not: the one she addressed
    assert not [st for st in sts if st.speaker and st.speaker.name == "Pierre Poilievre"]


# --- 'X, <an aside set off by commas>, called Y "Z"' ---------------------------------------------------------------------

def test_called_after_an_aside():
    # https://thinkpol.ca/2022/04/13/we-must-do-better-nunavut-leaders-optimistic-about-housing-money-from-ottawa/
    _, sts = excerpt(page('''
IQALUIT, Nunavut — Leaders in Nunavut say they're happy with territory-specific housing money in the federal budget even though the amount is well below what they say is needed to address a long-standing housing crisis.

The Liberal government budget last week sets aside $60 million to go to Nunavut for housing.Federal Northern Affairs Minister Dan Vandal, on a two-day visit to Iqaluit to promote the budget, called the amount a "down payment."
''', date="2022-04-13"))
    assert [(w, t) for w, _, t in said(sts, "down payment")] == [("Dan Vandal", 'the amount a "down payment."')]
    # must not: the vague "Leaders in Nunavut" as a speaker
    assert not [st for st in sts if st.speaker and "Leaders" in st.speaker.name]


# --- "added the following day that ...": the day is the frame's, the words start after "that" ---------------------------

def test_following_day_before_that_is_no_part_of_the_words():
    # https://www.nunavutnews.com/nunavut-news/legislative-briefs-housing-wait-lists-were-just-a-mess-minister-admits-7276118
    _, sts = excerpt(page('''
Nunavut Housing Minister Lorne Kusugak

Kusugak replied on March 12 that the way housing needs are assessed in each community was made consistent, which led to a drastic difference.

Kusugak added the following day that 220 public housing units are being constructed across Nunavut with 2017-18 and 2018-19 funding.
''', date="2018-03-20"))
    assert [(w, t) for w, _, t in said(sts, "220 public housing units")] == \
        [("Lorne Kusugak", "220 public housing units are being constructed across Nunavut with 2017-18 and 2018-19 funding")]
    # must not: the day as the first words said
    assert not [st for st in sts if st.text.startswith("the following day")]


# --- "said in a statement CLAUSE" (no "that") after a fronted day: the clause is said, the day no words ---------------------

def test_occasion_then_clause_is_no_postposed_frame():
    # bbc-news/business/366.txt
    _, sts = excerpt(page('''
Last month Australia's competition watchdog said it would not oppose the purchase of WMC by Zurich and London-based Xstrata. On Tuesday, WMC chairman Tommie Bergman said in a statement the directors believed it was in shareholders' best interest to reject the offer. He said WMC would pursue "value-creating options" provided by a portfolio of "world class assets".
''', date="2005-03-15"))
    assert [(w, d) for w, d, _ in said(sts, "best interest to reject")] == [("Tommie Bergman", "2005-03-15")]
    # must not: the day or the occasion as the words
    assert not [st for st in sts if st.text.startswith(("On Tuesday", "in a statement"))]


# --- "Sgt. Paul Manaigre of the Manitoba RCMP": a given name that is also a place's opens a person before the body -----

def test_given_name_of_a_place_before_the_body_spoken_for():
    # bbc-news/entertainment/141.txt
    _, sts = excerpt(page('''
The incident happened at 0400 GMT on Monday in Chalfont St Peter. Detective Inspector Paul Miller of Thames Valley Police said it appeared a man used a ladder to get into the house through a first floor bedroom window. "Whilst selecting items of jewellery, the burglar was disturbed by Ozzy who very courageously tackled this burglar and pursued him from the house," he said.
''', date="2005-02-15"))
    assert [w for w, _, _ in said(sts, "used a ladder")] == ["Paul Miller"]
    assert [w for w, _, _ in said(sts, "Whilst selecting items")] == ["Paul Miller"]
    # must not: the rank and the force glued into the speaker's name
    assert not [st for st in sts if st.speaker and "Thames Valley" in st.speaker.name]


def test_dubbed_in_a_reduced_relative_is_no_call():
    # bbc-news/entertainment/361.txt: 'X, from north London, dubbed the "McLibel Two", were found guilty': they were
    # dubbed so (the aside before "called" of test_called_after_an_aside does not open this one)
    _, sts = excerpt(page('''
Spurlock was given his award on the same day the European Court of Human Rights ruled that two UK activists should have been given legal aid in their long fight against a McDonald's libel action. Helen Steel and David Morris, from north London, dubbed the "McLibel Two", were found guilty in a 1990s trial of libelling the company in a leaflet they had been handing out.
''', date="2005-02-16"))
    assert not [st for st in sts if "McLibel" in st.text]


def test_another_subjects_clause_after_a_mid_sentence_frame_goes_on():
    # bbc-news/politics/417.txt: "and they had also provided ..." goes on with his words (unlike "and he thought")
    _, sts = excerpt(page('''
Speaking in Harrogate Mr Kennedy said: "People want a credible, principled political party which offers a different vision of what Britain can be."

Only the Liberal Democrats stood against the Iraq war, he said, and they had also provided strong opposition to the government's plans on ID cards, anti-terror measures and taxation.
''', date="2005-02-12"))
    assert [w for w, _, _ in said(sts, "strong opposition")] == ["Charles Kennedy"]


# --- Indigenous communities and their people: "X First Nation" is a body, "Elder" a title --------------------------------

def test_first_nation_is_a_body_not_a_surname_nation():
    # https://republicofmining.com/2016/12/08/news-release-statements-from-attawapiskat-first-nation-nan-on-environmental-lawsuit/
    # ("... do not speak or act on behalf of Attawapiskat First Nation.")
    from pressarchive.extract.mentions import parse_np, tokens
    m = parse_np(tokens("Attawapiskat First Nation"))
    assert (m.kind, m.name, m.entity_kind) == ("body", "Attawapiskat First Nation", "organization")
    # https://www.mycariboonow.com/83634/featured/tsilhqotin-nation-stands-with-james-cree-nation/
    _, sts = excerpt(page('''
Through this time of grief, the Tsilhqot’in Nation stated in a release that they stand with the families of the victims of the recent horrific attacks and the community of James Smith Cree Nation in Saskatchewan.
''', date="2022-09-07"))
    assert [w for w, _, _ in said(sts, "they stand with the families")] == ["Tsilhqot’in Nation"]
    # must not: a person called Nation, titled "First"
    assert not [st for st in sts if st.speaker and st.speaker.name == "Nation"]


def test_elder_is_a_title():
    # https://www.play92.ca/2021/10/18/carry-the-kettle-first-nation-holds-elders-meeting-to-discuss-sit-in-protest/
    _, sts = excerpt(page('''
Lena Runns – who is the oldest Elder on the Carry the Kettle First Nation – says she is concerned about the future of the reserve if land is rented out.

Elder Starla Eashappie says they just want to know what’s going on.

“Since this leadership came in, there hasn’t been any accountability and all we want is to know what they’re doing with the money,” Eashappie said.
''', date="2021-10-18"))
    assert [w for w, _, _ in said(sts, "just want to know")] == ["Starla Eashappie"]
    assert [w for w, _, _ in said(sts, "Since this leadership came in")] == ["Starla Eashappie"]
    # must not: the title glued into her name
    assert not [st for st in sts if st.speaker and st.speaker.name.startswith("Elder")]


# --- '"...," echoed / agreed X': inverted frames beside a quotation ------------------------------------------------------

def test_echoed_and_agreed_frame_a_quotation():
    # http://fftimes.com/node/267191
    _, sts = excerpt(page('''
“We are especially committed to appealing this decision; our community members are calling the band office to ensure we appeal,” said Couchiching FN band manager Smokey Bruyere.

“We are looking at our options to appeal this decision,” echoed Nigigoonsiminikaaning First Nation Chief Gary Allen.

“There is a timely need for a decision to be made soon, and our lawyers are going through the 130-page decision to ensure we get the best advice on this,” he noted.

“We have always been committed to this Agency #1 reserve and we look to it for economic development opportunities,” agreed Mitaanjigamiing First Nation Chief Janice Henderson.
''', date="2015-02-20"))
    assert [w for w, _, _ in said(sts, "looking at our options")] == ["Gary Allen"]
    assert [w for w, _, _ in said(sts, "timely need")] == ["Gary Allen"]
    assert [w for w, _, _ in said(sts, "Agency #1 reserve")] == ["Janice Henderson"]
    # must not: the band manager heard before says the chief's words
    assert not [st for st in sts if st.speaker and st.speaker.name == "Smokey Bruyere" and "timely" in st.text]


def test_called_after_an_aside_and_said():
    # polnear .../politico_2015-11-20_de-blasio-trust-bratton-on-secur.txt: the aside lets "called" frame, and the
    # coordinated "and said ..." stays his
    _, sts = excerpt(page('''
De Blasio said the move was made by NYPD commissioner Bill Bratton and said, “Who are you going to trust on security and keeping people safe?”

De Blasio, speaking on WOR710, called Trump a “blowhard,” and said his anti-Muslim remarks were priceless “propaganda” for terrorist groups like Islamic State.
''', date="2015-11-20"))
    assert [w for w, _, _ in said(sts, "blowhard")] == ["De Blasio"]
    assert [w for w, _, _ in said(sts, "anti-Muslim remarks")] == ["De Blasio"]
    # must not: the called words and the clause run together
    assert not [st for st in sts if "blowhard" in st.text and "anti-Muslim" in st.text]


def test_said_in_a_statement_and_a_day_is_a_postposed_frame():
    # polnear .../west-journal_2016-10-11_donald-trump-claims-the-shackles.txt: "in a statement Monday" after the
    # frame is its occasion and day, no clause: the words are the quotation before
    _, sts = excerpt(page('''
Ryan has not formally rescinded his endorsement of Trump, but his recent comments indicate he believes Republican members of the House are better off going their own way as they run for re-election.

“The speaker is going to spend the next month focused entirely on protecting our congressional majorities,” Ryan’s spokeswoman, AshLee Strong, said in a statement Monday.
''', date="2016-10-11"))
    assert [(w, d) for w, d, _ in said(sts, "protecting our congressional majorities")] == \
        [("AshLee Strong", "2016-10-10")]
    # must not: the day alone as her words
    assert not [st for st in sts if st.text.strip(" .") == "Monday"]
