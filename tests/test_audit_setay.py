"""Audit round setay: news reports of spokespeople from US and UK outlets (set AY's train documents: WAMU printing NPR,
HuffPost UK, Shropshire Star printing PA, Reuters, Evening Standard, Washington Examiner, Foreign Policy, BBC News).
Each test reads a real passage (its page's URL in a comment) as the pipeline does and asserts what an annotator
expects: who said it, when, and the words."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- 'Japan "welcomed U.S. participation" in the CTBC conference': the clause goes on after the closing mark -------

def test_phrase_after_a_closing_mark_without_comma_goes_on_with_the_clause():
    # https://foreignpolicy.com/2009/09/24/spokesman-no-u-s-japan-tension-over-secret-nuke-agreements/
    # (eval/own/docs-ay/us/010.md): the conference is what Japan welcomed the US taking part in, no occasion of the
    # press secretary's words
    _, sts = excerpt(page('''
Today, new Japanese Prime Minister Yukio Hatoyama will address both the Security Council and the General Assembly. His foreign minister, Katsuyo Okada, will address the biannual meeting on the Comprehensive Test Ban Treaty, which Japan is strongly committed to enforcing. At a press conference today, the prime minister’s Press Secretary Kazuo Kodama said that Japan "welcomed U.S. participation" in the CTBC conference, for the first time in a decade.
''', date="2009-09-24"))
    assert [text for _, _, text in said(sts, "welcomed U.S. participation")] == \
        ['Japan "welcomed U.S. participation" in the CTBC conference, for the first time in a decade']
    # must not: an occasion after a quotation set off by its comma is still no part of the words ("in an interview
    # with CNN on Sunday"; polnear/train/text/breitbart_2016-02-08_the-latest-nh-towns-cast-first-v.txt)
    _, sts = excerpt(page('''
Bernie Sanders is set to campaign in New Hampshire.

Sanders  has denounced supporters that level sexist attacks, saying his campaign doesn’t want “that crap,” in an interview with CNN on Sunday.
''', date="2016-02-08"))
    assert [(who, day, text) for who, day, text in said(sts, "that crap")] == \
        [("Bernie Sanders", "2016-02-07", "his campaign doesn’t want “that crap,”")]


# --- '"...," the prime minister's spokesman said.' over a caption: the office speaks, not the prime minister ----------

HUFFPOST_PARTY = '''
“I don’t need to get into the positions we’ve taken, it’s simply just a statement of fact,” the prime minister's spokesman said.

Boris Johnson observes an early morning Merseyside Police raid as part of 'Operation Toxic' to infiltrate County Lines drug dealings

Boris Johnson observes an early morning Merseyside Police raid as part of 'Operation Toxic' to infiltrate County Lines drug dealings

Christopher Furlong via Getty Images

Downing Street insisted there was “not a party” last winter amid mounting pressure over claims they flouted covid rules.
'''


def test_a_persons_spokesman_is_not_the_person_the_next_line_opens_with():
    # https://huffingtonpost.co.uk/entry/no-christmas-party-downing-street-insists_uk_61adf747e4b0451e551833ca
    # (eval/own/docs-ay/uk/002.md): the standfirst's spokesman speaks for Downing Street (GUIDELINES), not for Boris
    # Johnson, whom the caption after it opens with (the one spoken for, no spokesperson)
    _, sts = excerpt(page(HUFFPOST_PARTY))
    assert [who for who, _, _ in said(sts, "simply just a statement of fact")] == ["Downing Street"]
    # must not: a spokesperson for someone whom the next sentence names as the one who made the remark is that person
    # (https://m-en.yna.co.kr/view/AEN20220313002600315, as test_audit_seed10)
    _, sts = excerpt(page('''
SEOUL, March 13 (Yonhap) -- North Korea should return to the dialogue table for complete denuclearization, a spokesperson for President-elect Yoon Suk-yeol said Sunday, as Pyongyang accelerates efforts to develop a new intercontinental ballistic missile.

Kim Eun-hye, the spokesperson, made the remark during a press briefing, but she declined to discuss details, including what was discussed when national security adviser Suh Hoon briefed Yoon on pending issues a day earlier
''', date="2022-03-13"))
    assert [w for w, _, _ in said(sts, "dialogue table")] == ["Kim Eun-hye"]


# --- "... on September 13 after its security service, the FSB, claimed ...": no day of the claim's -----------------

SHROPSHIRE_SPIES = '''
Russia’s ambassador has been summoned to the Foreign Office over an “unprecedented and unfounded public campaign of aggression against the UK”, the Government has said.

A Foreign Office spokesperson accused Russia of making “malicious and completely baseless accusations” against Foreign Office staff after Moscow alleged six British diplomats had been engaged in spying and sabotage last week.

Russia revoked the diplomatic accreditation of six members of staff working at the British Embassy in Moscow on September 13 after its security service, the FSB, claimed it had found “signs of spying and sabotage”.

The Foreign Office said the allegations were baseless, and in a statement on Wednesday said the move was “in direct contravention to Russia’s obligations under the Vienna Convention on Diplomatic Relations”.
'''


def test_a_claim_in_a_clause_of_time_after_another_acts_day_is_undated():
    # https://shropshirestar.com/news/uk-news/2024/09/18/russian-ambassador-summoned-over-baseless-claims-british-diplomats-were-spies
    # (eval/own/docs-ay/uk/004.md, Wednesday 18 September 2024): the FSB claimed before Russia revoked the
    # accreditation on the 13th, on a day the text does not give; nor is the 13th the day of the Foreign Office's words
    _, sts = excerpt(page(SHROPSHIRE_SPIES, date="2024-09-18"))
    assert [(who, day) for who, day, _ in said(sts, "signs of spying")] == [("FSB", None)]
    assert {day for who, day, _ in sts_said(sts) if who in ("Foreign Office", "Government")} == {"2024-09-18"}
    # must not: a day framing the saying itself stays its day, a participle after "after" no clause of its own
    # (polnear/train/text/politico_2015-12-23_ben-carson-hints-at-major-campai.txt)
    _, sts = excerpt(page('''
In the earlier interviews, it was a different story.

“Everything. Everything is on the table,” Carson told the AP on Wednesday after hinting that “personnel changes” could come. “Every single thing is on the table. I’m looking carefully.”
''', date="2015-12-23"))
    assert [day for _, day, _ in said(sts, "Everything is on the table")] == ["2015-12-23"]


def sts_said(sts):
    return [(st.speaker.name if st.speaker else None, st.said_on, st.text) for st in sts]


# --- "..., and in a statement on Wednesday said ...": a second saying after its occasion -----------------------------

def test_a_second_saying_after_its_occasion_and_day_is_a_statement_of_its_own():
    # Shropshire Star (above): what the statement on Wednesday said is no part of "the allegations were baseless"
    _, sts = excerpt(page(SHROPSHIRE_SPIES, date="2024-09-18"))
    assert [text for _, _, text in said(sts, "the allegations were baseless")] == ["the allegations were baseless"]
    assert [(day, text[:22]) for _, day, text in said(sts, "direct contravention")] == \
        [("2024-09-18", "the move was “in direc")]
    # must not: an "and" of the words' own still leaves them whole (the lead's summons "over an “unprecedented and
    # unfounded public campaign of aggression against the UK”", the Government's)
    assert [(who, text[-38:]) for who, _, text in said(sts, "Russia’s ambassador has been summoned")] == \
        [("Government", "campaign of aggression against the UK”")]


# --- BBC News pages' picture labels: "... Image source, AFP/Getty" and "Image caption," ------------------------------

def test_bbc_picture_labels_and_caption_are_no_paragraphs():
    # https://www.bbc.com/news/world-middle-east-49011836 (eval/own/docs-ay/uk/011.md): the caption under the picture
    # ("Image caption," then its line) is no statement of Donald Trump's
    doc, sts = excerpt(page('''
Iranian missiles launched during military manoeuvresImage source, AFP/Getty

Image caption,

US President Donald Trump has demanded curbs on Iran's missile programme

Iran has rejected suggestions it is willing to discuss its missile programme with the US.

A spokesman for Iran's UN Mission said the weapons "are absolutely and under no condition negotiable".
'''))
    assert "Image" not in doc.body and "demanded curbs" not in doc.body
    assert said(sts, "curbs on Iran") == []
    # must not: the story's paragraphs stay, the rejection and the mission's words
    assert [text for _, _, text in said(sts, "negotiable")] == ['the weapons "are absolutely and under no condition negotiable"']
    assert doc.body.startswith("Iran has rejected suggestions")


# --- "The PM's spokesman insisted ..." then "The spokesman also revealed ...": the office again ----------------------

def test_the_spokesman_after_an_offices_possessive_spokesman_is_that_office():
    # https://www.standard.co.uk/news/politics/downing-street-covid-secure-tory-mps-boris-johnson-self-isolate-b71621.html
    # (eval/own/docs-ay/uk/007.md): "The PM's spokesman" is Downing Street (the registry's office), not someone
    # unnamed the text opened a sentence with; "The spokesman" later is the same office
    _, sts = excerpt(page('''
Downing Street is a “Covid secure workplace”, Boris Johnson’s official spokesman insisted today, after at least eight people were forced to self-isolate following a meeting at Number 10.

The PM’s spokesman insisted that social distancing was observed at the Number 10 meeting and added: “It’s also the case that Number 10 is a Covid secure workplace.

“We take every possible step, hand sanitiser is made available to people as soon as they arrive in the building and is available throughout the building as you travel through it.”

He said the PM had been living in the flat above Downing Street full-time since the country moved into the second lockdown and that he would be able to continue his “full duties”. He said the PM’s office is accessible to him without any interaction with Number 10 staff.

The spokesman also revealed that Mr Johnson was notified that he had to self-isolate via email.
'''))
    assert [who for who, _, _ in said(sts, "notified that he had to self-isolate")] == ["Downing Street"]
    # must not: a spokesperson the text opened a sentence with by the body's name alone is still someone unnamed, not
    # the minister named since (https://www.nationthailand.com/news/general/40058136, as test_audit_seed15)
    _, sts = excerpt(page('''
The Foreign Ministry spokesman also revealed questions raised by diplomats regarding Thailand’s position following the NSC’s decision on November 11. Sihasak reaffirmed that Thailand reserves the right to take necessary action to protect the sovereignty and territorial integrity of the country and will proceed in line with the situation on the ground.

The spokesman also confirmed that the suspension of the JD will not affect operations to suppress scam networks in Cambodia.
''', date="2025-11-12"))
    assert "Sihasak" not in [w for w, _, _ in said(sts, "scam networks")]


# --- "..., its foreign minister said on Tuesday, a day after ...": the frame closes the words ------------------------

def test_a_postposed_frame_followed_by_a_span_of_days_frames_the_words_before_it():
    # http://www.reuters.com/article/us-philippines-usa-duterte-foreign-idUSKCN11J05X (eval/own/docs-ay/uk/005.md,
    # Tuesday 13 September 2016): the lead is the foreign minister's, named in the next sentence
    _, sts = excerpt(page('''
MANILA (Reuters) - The Philippines will continue to honor its treaty obligations with the United States, its foreign minister said on Tuesday, a day after President Rodrigo Duterte called for the withdrawal of U.S. special forces troops from southern Philippines.

"The president has said, even as a priority statement in his inaugural address, that we will respect and continue to honor our treaty obligations and commitments particularly even with the U.S.," Foreign Affairs Secretary Perfecto Yasay told a radio interview on Tuesday.
''', date="2016-09-13"))
    assert said(sts, "continue to honor its treaty obligations") == \
        [("Perfecto Yasay", "2016-09-13", "The Philippines will continue to honor its treaty obligations with the United States")]
    # must not: what the president called for a day before stays his, and of that day
    assert said(sts, "withdrawal of U.S. special forces") == \
        [("Rodrigo Duterte", "2016-09-12", "the withdrawal of U.S. special forces troops from southern Philippines")]


# --- "The statement says:" closing a paragraph, the statement's words the next: the issuer's -------------------------

WAMU_EMBASSIES = '''
Update At 4:40 p.m. ET:

State Department spokesperson Jen Psaki says Sunday that the embassy and consulate closures will be extended:

In a statement, Psaki says the decision was taken "out of an abundance of caution" and the it was "not an indication of a new threat stream, merely an indication of our commitment to exercise caution ... to protect our employees."

The statement says:

"Posts in Abu Dhabi, Amman, Cairo, Riyadh, Dhahran, Jeddah, Doha, Dubai, Kuwait, Manama, Muscat, Sanaa, Tripoli, Antanarivo, Bujumbura, Djibouti, Khartoum, Kigali, and Port Louis are instructed to close for normal operations Monday, August 5 through Saturday, August 10.

The following posts that are normally open on Sunday, but were closed on Sunday, August 4, are authorized to reopen for normal operations on August 5: Dhaka, Algiers, Nouakchott, Kabul, Herat, Mazar el Sharif, Baghdad, Basrah, and Erbil."
'''


def test_a_statement_colon_closing_the_paragraph_before_frames_its_issuers_words():
    # http://wamu.org/news/13/08/04/us_embassies_remain_closed_amid_terrorism_warning (eval/own/docs-ay/us/001.md,
    # Sunday 4 August 2013): the statement is Psaki's, its words the two paragraphs quoted after "The statement says:"
    _, sts = excerpt(page(WAMU_EMBASSIES, date="2013-08-04"))
    assert [(who, day) for who, day, _ in said(sts, "Posts in Abu Dhabi")] == [("Jen Psaki", "2013-08-04")]
    # must not: the colon frame and the quotation on one line still give the issuer's words, the Government that
    # "made the statement" (http://www.news.gov.hk/eng/2018/03/20180330/20180330_161329_105.html, as test_audit_fix9b)
    _, sts = excerpt(page('''
Any advocacy of Hong Kong independence runs against “one country, two systems” and the Basic Law.

The Government made the statement today in response to media enquiries about recent news reports which carried remarks made by the University of Hong Kong’s Faculty of Law Associate Professor Benny Tai, that Hong Kong could consider becoming an independent state.

Mr Tai was in Taiwan at the time.

The statement said: "The Hong Kong Special Administrative Region Government is shocked by the remarks made by a university teaching staff member that Hong Kong could consider becoming an independent state, and strongly condemns such remarks."
''', date="2018-03-30"))
    quoted = [(who, day) for who, day, text in said(sts, "is shocked by the remarks") if text.startswith("The Hong Kong")]
    assert len(quoted) == 1 and quoted[0][1] == "2018-03-30"


def test_a_weekday_set_before_its_date_names_that_date():
    # WAMU (above): "Monday, August 5" is 5 August, the day after the page's, no Monday before it: the statement is
    # Sunday's, not dated by a day inside its words
    _, sts = excerpt(page(WAMU_EMBASSIES, date="2013-08-04"))
    assert [day for _, day, _ in said(sts, "Posts in Abu Dhabi")] == ["2013-08-04"]
    # must not: a weekday and its date framing the saying still date it (eval/own/docs-h/ph/017.md, asianjournal.com)
    _, sts = excerpt(page('''
In a statement read by presidential spokesperson Harry Roque, Duterte maintained that his position in the West Philippine Sea will not waver.

“Our principal position and stand on the West Philippine Sea remains. I have said it before and I will say it again. Our agencies have been directed to do what they must and should to protect and defend our nation’s interests,” he said Tuesday, May 18.
''', date="2021-05-19"))
    assert [day for _, day, _ in said(sts, "Our principal position")] == ["2021-05-18"]


# --- "... amid mounting pressure over claims ...": the reporter's background, no part of the words ------------------

def test_mounting_pressure_the_words_came_amid_is_no_part_of_them():
    # https://huffingtonpost.co.uk/entry/no-christmas-party-downing-street-insists_uk_61adf747e4b0451e551833ca
    # (eval/own/docs-ay/uk/002.md)
    _, sts = excerpt(page(HUFFPOST_PARTY))
    assert [(who, text) for who, _, text in said(sts, "not a party")] == \
        [("Downing Street", "there was “not a party” last winter")]
    # must not: protests the words name stay in them ("to end Hong Kong unrest amid protests"; zyte-article-extraction
    # ground truth, The Independent's Hong Kong story)
    _, sts = excerpt(page('''
China’s ambassador to Britain Liu Xiaming has said that China has the “resolution and power” to end Hong Kong unrest amid protests.
'''))
    assert [text for _, _, text in said(sts, "resolution and power")] == \
        ["China has the “resolution and power” to end Hong Kong unrest amid protests"]


# --- "Iran's foreign minister said ...": the foreign minister met before, a country's by its possessive --------------

def test_a_countrys_possessive_title_is_the_holder_met_before():
    # https://www.bbc.com/news/world-middle-east-49011836 (eval/own/docs-ay/uk/011.md): Zarif, introduced as "Foreign
    # Minister Mohammad Javad Zarif", is "Iran's foreign minister" two paragraphs on
    _, sts = excerpt(page('''
Iran has rejected suggestions it is willing to discuss its missile programme with the US.

His denial comes after Foreign Minister Mohammad Javad Zarif suggested in an interview the missiles could be up for discussion if sanctions are lifted.

Asked if this would include discussions about Iran's missiles - something absent from the original 2015 agreement - Iran's foreign minister said if the US wanted to discuss the programme "they need, first, to stop selling all these weapons, including missiles, to our region".
'''))
    assert [who for who, _, _ in said(sts, "stop selling all these weapons")] == ["Mohammad Javad Zarif"]
    # must not: another country's foreign minister the registry knows is no holder of this one's title: nobody rather
    # than Wang Yi (a passage made for the case: the corpora hold no "X's foreign minister" after another's named)
    _, sts = excerpt(page('''
Foreign Minister Wang Yi said China would respond firmly.

Japan's foreign minister said Tokyo would lodge a protest.
'''))
    assert "Wang Yi" not in [who for who, _, _ in said(sts, "lodge a protest")]
