"""Audit round setbn: news reports of spokespeople from Philippine and Vietnamese outlets (set BN's train documents:
Philippine Daily Inquirer, PTV News, VietNamNet, Rappler, The Manila Shimbun, VNA, Vietnam News, VietnamPlus). Each
test reads a real passage (its page's URL or file in a comment) as the pipeline does and asserts what an annotator
expects: who said it, when, and the words."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


VNP_DAK_LAK = "https://en.vietnamplus.vn/dak-lak-incident-a-serious-violation-of-law-spokesperson/255899.vnp"
RAPPLER_MANALO = "http://www.rappler.com/nation/163738-dfa-secretary-enrique-manalo-yasay-replacement"
VNA_HOANG_SA = ("https://vietnam.vnanet.vn/english/tin-van/hoang-sa-truong-sa-inseparable-parts-of-vietnam-foreign-"
                "ministry-spokesperson-239201.html")

DAK_LAK = '''
Hanoi (VNA) – The Foreign Ministry’s spokesperson Pham Thu Hang has affirmed that the incident in the Central Highlands province of Dak Lak is a serious and organised violation of the law, causing serious disruptions to social security and order, and so will be handled in line with the law.

She made the affirmation in reply to reporters' queries on the incident at the ministry’s regular press conference in Hanoi on July 6, adding that all information related to the incident are regularly updated by the Ministry of Public Security. Currently, the case is still under investigation.

Earlier, at a debate on anti-terrorism at the United Nations General Assembly in June, Ambassador Dang Hoang Giang, Vietnam’s Permanent Representative to the United Nations, mentioned the incident in Dak Lak, saying that it was an organised terrorist act targeting the State offices, officials and civilians.

He affirmed that individuals and organisations directly involved in or behind the act will be punished in accordance with the severity of their violations.
'''

MANALO = '''
MANILA, Philippines – The Philippines’ new top diplomat, Enrique Manalo, assured Filipinos that the Department of Foreign Affairs (DFA) will continue serving the public after the controversies that hounded his predecessor, Perfecto Yasay Jr.

“The DFA is here, it’s working, and we’ll continue to serve the people,” the seasoned career diplomat said on Thursday, March 9, in his first media briefing as acting DFA chief.

Manalo was asked about his message to Filipinos after the DFA “was in the news for several days” because of questions on Yasay’s US citizenship.

Manalo’s appointment came after the Commission on Appointments on Wednesday, March 8, rejected Yasay because lawmakers said he lied about his US citizenship and US passport.
'''


# --- "in reply to" is a noun's phrase of the occasion, no verb of speech -------------------------------------------

def test_in_reply_to_is_no_frame_and_the_participle_after_it_goes_on():
    # eval/own/docs-bn/vn/011.md (VietnamPlus): "reply" had been read as a verb of speech framing the occasion, so the
    # "adding that" clause after it (and the sentence going on from it) were lost
    _, sts = excerpt(page(DAK_LAK, date="2023-07-06", url=VNP_DAK_LAK))
    assert [(who, day) for who, day, _ in said(sts, "regularly updated")] == [("Phạm Thu Hằng", "2023-07-06")]
    assert [who for who, _, _ in said(sts, "still under investigation")] == ["Phạm Thu Hằng"]
    # must not: "replied that" stays a frame (bbc-news/politics/332.txt)
    _, sts = excerpt(page('''
"Given the outrage that that smear caused then, how could you have thought anything other than the fact that what you were doing in reviving it in your poster advertisements was nothing more and nothing less than a calculated campaign of sly anti-Semitism?" Mr Milburn replied that they were not anti-Semitic. "What they were was anti-Tory and I make no apologies at all for making clear to the British public exactly what the Conservative plans would mean," he said.
''', date="2005-02-02"))
    assert [(who, text) for who, _, text in said(sts, "anti-Semitic")] == \
        [("Milburn", "they were not anti-Semitic")]


# --- "Earlier, at a debate ... in June, X ...": an occasion of a month gone by, no day -----------------------------

def test_a_fronted_occasion_told_by_its_month_leaves_the_words_undated():
    # eval/own/docs-bn/vn/011.md (VietnamPlus): the ambassador's words at the UN debate in June had taken the day of
    # the spokesperson's press conference told in the sentence before (July 6), and so had his next sentence
    _, sts = excerpt(page(DAK_LAK, date="2023-07-06", url=VNP_DAK_LAK))
    assert [(who, day) for who, day, _ in said(sts, "organised terrorist act")] == [("Dang Hoang Giang", None)]
    assert [(who, day) for who, day, _ in said(sts, "will be punished")] == [("Dang Hoang Giang", None)]
    # must not: a fronted occasion told by its day still dates the words (The Jakarta Post; eval/own/docs-n/id/003.md)
    _, sts = excerpt(page('''
At a press briefing in Jakarta on Thursday, Foreign Ministry spokesperson Rolliansyah “Roy” Soemirat said the country’s position on the contested waters “remains unchanged”.
''', date="2024-11-01"))
    assert [day for _, day, _ in said(sts, "contested waters")] == ["2024-10-31"]


# --- "X, NAME, assured Filipinos that ...": the audience assured, no inverted speaker ------------------------------

def test_the_audience_assured_before_that_is_no_inverted_speaker():
    # eval/own/docs-bn/ph/005.md (Rappler): 'CONTENT, assured Filipinos' had been read as an inverted frame, the
    # descriptor and the name its words and "Filipinos" their speaker, and the words after "that" were lost
    _, sts = excerpt(page(MANALO, date="2017-03-09", url=RAPPLER_MANALO))
    assert [who for who, _, _ in said(sts, "continue serving the public")] == ["Enrique Manalo"]
    assert not said(sts, "new top diplomat")
    # must not: an inverted frame with its speaker after the verb and no "that" stays one (bbc-news/tech/346.txt)
    _, sts = excerpt(page('''
As more public wi-fi hotspots appear and people become more familiar with using them, it was getting more likely that insecure would be found, warned Mr Cracknell.
''', date="2005-03-01"))
    assert [who for who, _, _ in said(sts, "insecure would be found")] == ["Cracknell"]


# --- "the seasoned career diplomat said": the speaker just named, by his career ------------------------------------

def test_career_words_before_a_generic_head_refer_back():
    # eval/own/docs-bn/ph/005.md (Rappler): "the seasoned career diplomat" had been no one, the quotation lost
    _, sts = excerpt(page(MANALO, date="2017-03-09", url=RAPPLER_MANALO))
    assert [(who, day) for who, day, _ in said(sts, "The DFA is here")] == [("Enrique Manalo", "2017-03-09")]
    # must not: a career word before a head that is no generic title of a speaker changes nothing: the game maker is
    # the one just quoted, as before (bbc-news/tech/100.txt)
    _, sts = excerpt(page('''
Mr Molyneux has been a pivotal figure in the computer games industry for almost 20 years. His career started at Bullfrog Studios which in 1987 produced Populous one of the first God-games.

The veteran game maker says he has one problem still to solve.
''', date="2005-01-01"))
    assert not [who for who, _, _ in said(sts, "one problem still to solve") if who and "diplomat" in who]


# --- "has affirmed many times and reiterated that ...": how often is no words ------------------------------------

def test_how_often_after_a_verb_of_saying_is_no_statement():
    # eval/own/docs-bn/vn/008.md (VNA): "many times" had been Vietnam's words, and the words after "reiterated that"
    # were given twice, once running into the spokesperson's frame
    _, sts = excerpt(page('''
Vietnam has affirmed many times and reiterated that the Hoang Sa (Paracel) and Truong Sa (Spratly) archipelagos are inseparable parts of its territory, Foreign Ministry spokesperson Le Thi Thu Hang has said.
''', url=VNA_HOANG_SA))
    assert not said(sts, "many times") or all(text != "many times" for _, _, text in said(sts, "many times"))
    assert [text for who, _, text in said(sts, "inseparable parts") if who == "Vietnam"] == \
        ["the Hoang Sa (Paracel) and Truong Sa (Spratly) archipelagos are inseparable parts of its territory"]
    # must not: the words after a verb of saying and its adverb of frequency stay (VietNamNet; eval/own/docs-bn/vn/004.md)
    _, sts = excerpt(page('''
Vice Spokesman of the Foreign Ministry Doan Khac Viet on May 28 repeated that all activities without Vietnam’s permission in the Hoang Sa (Paracel) and Truong Sa (Spratly) archipelagos are valueless.

The Vice Spokesman noted Vietnam has repeatedly asserted that it has sufficient historical evidence and legal basis testifying to its indisputable sovereignty over Hoang Sa and Truong Sa, which is in conformity with international law.
''', date="2020-05-29"))
    assert [who for who, _, _ in said(sts, "Vietnam has repeatedly asserted")] == ["Đoàn Khắc Việt"]


# --- "rejected Yasay": a nominee turned down is an act --------------------------------------------------------------

def test_a_name_rejected_is_an_act_not_words():
    # eval/own/docs-bn/ph/005.md (Rappler): "rejected Yasay because lawmakers said he lied ..." had been the
    # Commission on Appointments' words
    _, sts = excerpt(page(MANALO, date="2017-03-09", url=RAPPLER_MANALO))
    assert not [who for who, _, _ in said(sts, "Yasay because") if who]
    # must not: a possessed thing rejected stays words, and the participle after it too (bbc-news/politics/408.txt)
    _, sts = excerpt(page('''
Environment Secretary Margaret Beckett rejected Mr Howard's comment, telling Radio 4's PM programme that Labour was not "rattled".
''', date="2005-02-05"))
    assert [who for who, _, _ in said(sts, "not \"rattled\"")] == ["Margaret Beckett"]
