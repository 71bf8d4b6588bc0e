"""Audit round vncn18: English news reports of spokespeople from Vietnamese and Chinese outlets (Xinhua copy in
People's Daily, Global Times and China Daily, reprinted by asianews.network, tibetol.cn and others). Each test reads a
real passage (its page's URL in a comment) as the pipeline does and asserts what an annotator expects."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- a post abroad named with the country or region hosting it speaks ------------------------------------------------

def test_embassy_in_the_us_is_the_speaker_not_the_us():
    # http://en.tibetol.cn/html/News/china/2022/0505/12466.html
    _, sts = excerpt(page('''
Chinese Embassy refutes U.S. statement on Ukraine

A spokesperson for the Chinese Embassy in the U.S. on Wednesday stressed that China's position on the Ukraine issue is "impartial, objective and beyond approach", urging the U.S. to stop spreading disinformation.

The vast majority of countries in the world stand for resolving the Russia-Ukraine conflict through dialogue and negotiation. None of them wants to see the situation escalate or even get out of control, the spokesperson said.
''', date="2022-05-05"))
    assert said(sts, "impartial") and all(w == "Chinese Embassy in the U.S." and d == "2022-05-04"
                                          for w, d, _ in said(sts, "impartial"))
    assert [w for w, _, _ in said(sts, "get out of control")] == ["Chinese Embassy in the U.S."]
    assert not [st for st in sts if st.speaker and st.speaker.name == "U.S."]


def test_commissioners_office_in_the_hksar_frames_the_lead():
    # http://www.globaltimes.cn/content/1044569.shtml (Xinhua; published Friday 28 April 2017)
    _, sts = excerpt(page('''
China firmly opposed the European Union's (EU) irresponsible comments on Hong Kong's affairs in its report, a spokesperson for the Office of the Commissioner of the Ministry of Foreign Affairs of China in the Hong Kong Special Administrative Region (SAR) said.

The European Commission and European External Action Service issued their 2016 reports on China's Hong Kong SAR and Macao SAR Wednesday.

In response to media inquiry about the office's view on the issue, the spokesperson said on Thursday that "Hong Kong is a special administrative region of China. The European Union made irresponsible comments on Hong Kong's affairs, which are entirely China's domestic affair, in its report."

"We are gravely concerned about and firmly opposed to such move," said the spokesperson.
''', date="2017-04-28"))
    office = "Office of the Commissioner of the Ministry of Foreign Affairs of China in the Hong Kong Special " \
             "Administrative Region"
    assert [w for w, _, _ in said(sts, "irresponsible comments on Hong Kong's affairs in its report")] == [office]
    assert [(w, d) for w, d, _ in said(sts, "gravely concerned")] == [(office, "2017-04-27")]


# --- the day of a spokesperson's remarks, not of what they answered ----------------------------------------------------

CHINA_DAILY_LEAD = '''
Attempts to undermine regional peace firmly opposed

January 10, 2024

BEIJING – The Foreign Ministry on Monday blasted certain non-regional countries for flexing muscles in the South China Sea and inciting confrontation, saying that such moves are not conducive to peace and stability in the region.

Mao Ning, a ministry spokeswoman, made the remarks after the United States, Japan and the Republic of Korea issued a joint statement on Saturday, expressing concerns over China’s recent moves in the South China Sea.

“We firmly oppose relevant countries’ attempt to create exclusionary groupings in the name of cooperation, grossly interfere in China’s internal affairs, attack and smear China, and stoke confrontation and antagonism,” Mao said at a daily news conference.
'''


def test_remarks_made_after_others_issued_a_statement_on_saturday():
    # https://asianews.network/attempts-to-undermine-regional-peace-firmly-opposed (China Daily, 10 January 2024)
    _, sts = excerpt(page(CHINA_DAILY_LEAD, date="2024-01-10"))
    assert [(w, d) for w, d, _ in said(sts, "exclusionary groupings")] == [("Mao Ning", "2024-01-08")]


def test_day_before_a_predicate_dates_its_saying_participle():
    # the same page: "on Monday blasted ..., saying that" is Monday's, not the page's Wednesday
    _, sts = excerpt(page(CHINA_DAILY_LEAD, date="2024-01-10"))
    assert [(w, d) for w, d, _ in said(sts, "not conducive")] == [("Foreign Ministry", "2024-01-08")]


# --- a quotation framed by a passive "was quoted as saying" after it ---------------------------------------------------

def test_quotation_then_subject_was_quoted_as_saying():
    # https://menafn.com/1108088889/China-Against-US-Intermediate-Range-Missile-Deployment-In-Asia-Pacific (KUNA)
    _, sts = excerpt(page('''
TOKYO, April 12 (KUNA) -- China said on Friday it firmly opposes the United States' planned move to deploy intermediate-range missiles in the Asia-Pacific region, state-run Xinhua News Agency reported.

"The US push to deploy the missiles is a dangerous trend, and will seriously threaten the security of countries in the region and seriously undermine regional peace and stability," Wu Qian, spokesman for the Ministry of National Defense, was quoted as saying at a press conference in Beijing.

"China firmly opposes this and will take resolute countermeasures," Wu said.
''', date="2024-04-12"))
    assert [(w, d) for w, d, _ in said(sts, "dangerous trend")] == [("Wu Qian", "2024-04-12")]


# --- an inline caption's credit is no part of the statement after it ---------------------------------------------------

def test_photo_credit_before_reported_clause():
    # https://www.talkvietnam.org/2020/04/mofas-spokeswoman-answers-press-inquiries-about-recent-matters-in-asean-countries-territorial-waters/
    _, sts = excerpt(page('''
Foreign Ministry spokeswoman Le Thi Thu Hang on April 9 answered questions on the situation in the East Sea. Spokeswoman of the Vietnamese Ministry of Foreign Affairs Le Thi Thu Hang answers the press. (Photo: VNA) Vietnam sincerely hopes that the countries’ rights and legitimate, lawful interests which are in line with the United Nations Convention on the Law of the Sea 1982 (UNCLOS 1982) be respected, she said.
'''))
    (text,) = [t for _, _, t in said(sts, "sincerely hopes")]
    assert text.startswith("Vietnam sincerely hopes")


# --- an office named for a spokesperson ---------------------------------------------------------------------------------

def test_office_of_the_government_spokesperson_of_macao():
    # http://english.sina.com/news/2019-05-10/detail-ihvhiqax7858146.shtml (Xinhua, 10 May 2019)
    _, sts = excerpt(page('''
MACAO, May 10 (Xinhua) -- The European Union (EU)'s report on Macao contained groundless and irresponsible claims, and made inappropriate comments about Macao's internal affairs, the Office of the Government Spokesperson of the Macao Special Administrative Region (SAR) of China said on Friday.

The SAR government expressed its strong opposition after the release of the 2018 annual report on the Macao SAR issued by the EU.

"Foreign authorities and foreign countries have no right to interfere in China's domestic affairs, and should not interfere in any form in the internal affairs of Macao. The SAR government demands the EU stop this wrong practice," the spokesperson's office said.

The spokesperson's office added that the successful implementation of the above principles had been effective in maintaining the Macao SAR's prosperity.
''', date="2019-05-10"))
    office = "Office of the Government Spokesperson of the Macao Special Administrative Region of China"
    assert [(w, d) for w, d, _ in said(sts, "groundless and irresponsible")] == [(office, "2019-05-10")]
    assert [w for w, _, _ in said(sts, "no right to interfere")] == [office]
    assert [w for w, _, _ in said(sts, "successful implementation")] == [office]


# --- the report a spokesperson answered is not what was said -------------------------------------------------------------

def test_clause_before_frame_answering_reports_that():
    # http://www.ufabetindo.in/united-nations-charter-tag15828.vnp (VietnamPlus tag page)
    _, sts = excerpt(page('''
Vietnam hopes the US and China will continue resolving disagreements via dialogue, a deputy spokesman of the Foreign Ministry said on February 9 regarding reports that a Chinese air balloon was spotted in the US airspace and shot down.
'''))
    assert [w for w, _, _ in said(sts, "resolving disagreements")] == ["Foreign Ministry"]
    assert not said(sts, "air balloon")


def test_day_then_reports_that_is_still_the_content():
    # a clause after the day with no "that" of its own: what was said, not a report answered
    _, sts = excerpt(page('''
Foreign Minister Pham Binh Minh said on Monday that reports that he would resign were false.
'''))
    assert said(sts, "he would resign were false")


# --- "the spokeswoman" after a standfirst's unnamed spokesperson and a named one --------------------------------------

def test_the_spokeswoman_is_the_one_named_since_the_standfirst():
    # https://asianews.network/attempts-to-undermine-regional-peace-firmly-opposed (China Daily)
    _, sts = excerpt(page('''
China is committed to safeguarding its territorial sovereignty and maritime rights and interests, while properly managing differences with directly concerned countries through dialogue and consultation, Foreign Ministry spokesperson said.
''' + CHINA_DAILY_LEAD + '''
The spokeswoman said that the current situation in the South China Sea is “generally stable”.
''', date="2024-01-10"))
    assert [(w, d) for w, d, _ in said(sts, "generally stable")] == [("Mao Ning", "2024-01-08")]


# --- spans: an agency's bare dateline, gerunds sharing an object ---------------------------------------------------------

ECNS = '''
(ECNS) --We once again urge the U.S. side to demonstrate sincerity, rectify its wrongdoing, and acknowledge and resolve the damage its abuse of force has done to China-U.S. relations, a Chinese Foreign Ministry spokesperson said on Wednesday.China has explicitly told the U.S. multiple times that the entry of a Chinese civilian unmanned airship into the U.S. airspace was an entirely unintended, unexpected and isolated event caused by force majeure, spokesperson Wang Wenbin said at the regular press conference.He pointed out that China has repeatedly asked the U.S. side to properly handle the matter in a calm, professional and rational manner. However, the U.S. ignored facts and fabricated the “spy balloon” narrative.U.S. President Joe Biden personally gave the order to brazenly shoot down a civilian airship by firing a missile from an advanced fighter jet, which gravely violates customary international practice and relevant international conventions, he said, adding that instead of reflecting on and acknowledging what it has done wrong, the U.S. chose to smear and attack China, sanction Chinese companies and keep escalating the situation.
'''


def test_agency_dateline_before_the_words():
    # https://haosuyi.com/news/show-18228.html (ECNS, 23 February 2023)
    _, sts = excerpt(page(ECNS, date="2023-02-23"))
    (text,) = [t for _, _, t in said(sts, "demonstrate sincerity")]
    assert text.startswith("We once again urge")


def test_gerunds_sharing_an_object_are_one_statement():
    # the same page: "instead of reflecting on and acknowledging what it has done wrong" is no new frame
    _, sts = excerpt(page(ECNS, date="2023-02-23"))
    assert [(w, t[:40]) for w, _, t in said(sts, "done wrong")] == [("Wang Wenbin", "instead of reflecting on and acknowledgi")]


# --- an undated statement of a wire copy reprinted the next day is of the dateline's day ---------------------------

def test_wire_dateline_a_day_before_publication():
    # http://en.people.cn/n3/2023/0208/c90000-10205082.html ("(Xinhua) 16:56, February 08, 2023")
    _, sts = excerpt(page('''
Charge d'affaires of Chinese Embassy in U.S. launches stern representations with senior U.S. officials

WASHINGTON, Feb. 7 (Xinhua) -- Charge d'affaires of the Chinese Embassy in the United States Xu Xueyuan on Tuesday lodged, upon instruction, stern representations with senior officials of the U.S. Department of State and White House National Security Council on the U.S. attack on a Chinese unmanned civilian airship by force, the embassy said in a statement.

According to the statement, Xu said that the unintended entry of the airship is an entirely unexpected and isolated incident caused by force majeure.
''', date="2023-02-08"))
    assert [(w, d) for w, d, _ in said(sts, "force majeure")] == [("Xu Xueyuan", "2023-02-07")]
