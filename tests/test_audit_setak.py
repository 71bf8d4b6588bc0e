"""Audit round setak: news reports of spokespeople from Chinese, Japanese, Vietnamese, Taiwanese and Indian outlets and
US/UK/wire copy (set AK's train documents: The Japan Times, The Free Press Journal, The Seattle Times' AP copy, Hoa Binh
newspaper, ETV Bharat, People's Daily Online, The New Indian Express). Each test reads a real passage (its page's URL in
a comment) as the pipeline does and asserts what an annotator expects: who said it, when, and the words."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- a bare weekday after the people an occasion was with: "during his first joint interview with media outlets
# Thursday" ------------------------------------------------------------------------------------------------------------

JAPAN_TIMES_IWAYA = '''
Newly appointed Defense Minister Takeshi Iwaya, who has long been a key defense policymaker of the ruling Liberal Democratic Party, distanced himself Thursday from its earlier proposal that Japan should consider doubling its defense budget and procuring an aircraft carrier and F-35B stealth jets.

“Of course I have participated in the discussions at the party and will certainly take into consideration the proposals from the ruling LDP,” Iwaya said during his first joint interview with media outlets Thursday at the Defense Ministry.

But nothing has been decided yet about what weapons should be procured, Iwaya said, although “the names of some equipment such as a multipurpose mother ship and F-35B have been floated,” he noted.
'''


def test_weekday_after_the_people_an_interview_was_with_dates_it():
    # https://www.japantimes.co.jp/news/2018/10/05/national/politics-diplomacy/japans-new-defense-minister-takeshi-iwaya-distances-earlier-ldp-weapons-proposals/
    # (eval/own/docs-ak/jp/001.md): Thursday, not the page's Friday
    _, sts = excerpt(page(JAPAN_TIMES_IWAYA, "2018-10-05"))
    assert said(sts, "Of course I have participated")[0][:2] == ("Takeshi Iwaya", "2018-10-04")
    assert said(sts, "nothing has been decided yet")[0][:2] == ("Takeshi Iwaya", "2018-10-04")


def test_weekday_after_a_clause_about_the_people_is_not_the_interviews():
    # must not: a clause with its own verb between ("with the man who was arrested Monday": the arrest's day)
    _, sts = excerpt(page("“We will see,” Defense Minister Takeshi Iwaya said during a meeting with the man who was "
                          "arrested Monday.", "2018-10-05"))
    assert said(sts, "We will see")[0][:2] == ("Takeshi Iwaya", "2018-10-05")


# --- an initial and a surname after a Union minister's portfolio: "Union Minister of State for External Affairs and
# Parliamentary Affairs V Muraleedharan" ---------------------------------------------------------------------------------

NIE_MURALEEDHARAN = '''
COIMBATORE: The controversy over expelled BJP spokesperson Nupur Sharma's remarks about Prophet Mohammed has not affected India's relations with Middle-Eastern countries, Union Minister of State for External Affairs and Parliamentary Affairs V Muraleedharan said on Thursday.

Addressing media persons on the sidelines of a lecture meeting in a city college, Muraleedharan said, "The relationship between India and Middle East countries is in no way affected because of the recent incident. Good relationship is being maintained with them. Those countries understand India's stand."
'''


def test_initial_and_surname_after_a_union_ministers_portfolio_is_the_person():
    # https://www.newindianexpress.com/nation/2022/jun/17/nupur-sharma-rowhasnt-affected-indias-ties-with-middle-east-mosexternal-affairsv-muraleedharan-2466476.html
    # (eval/own/docs-ak/in/011.md)
    _, sts = excerpt(page(NIE_MURALEEDHARAN, "2022-06-17"))
    assert said(sts, "has not affected India's relations")[0][:2] == ("V Muraleedharan", "2022-06-16")
    assert said(sts, "understand India's stand")[0][0] == "V Muraleedharan"


def test_a_union_body_stays_a_body():
    # must not: "Union" heading a body's name with no minister before a name ("Union Bank of India said ...")
    _, sts = excerpt(page("MUMBAI: Lending will grow faster this year, Union Bank of India said on Thursday.", "2022-06-17"))
    assert said(sts, "Lending will grow")[0][0] == "Union Bank of India"


# --- a photo's caption line closed by its credit after a bar: "... says MEA | ANI Photo" ------------------------------

FPJ_BAGCHI = '''
Nupur Sharma's remarks on Prophet Muhammad: Tweets and comments don't reflect views of govt, says MEA | ANI Photo

As the comments made by Nupur Sharma and Naveen Jindal on Prophet Muhammad drew international condemnation, the Ministry of External Affairs (MEA) on Friday said tweets and comments don't reflect views of the government.

When asked if this issue came up during EAM Dr S Jaishankar's meet with Iran's Foreign Minister, Bagchi said, "My understanding is that this issue was not raised during that conversation."
'''


def test_a_caption_line_with_a_bar_credit_is_no_statement():
    # https://www.freepressjournal.in/india/nupur-sharmas-remarks-on-prophet-muhammad-tweets-and-comments-dont-reflect-views-of-govt-says-mea
    # (eval/own/docs-ak/in/004.md): no "ANI Photo" speaking, the ministry's words once
    _, sts = excerpt(page(FPJ_BAGCHI))
    assert not [st for st in sts if st.speaker and "Photo" in st.speaker.name]
    assert [s[0] for s in said(sts, "reflect views of")] == ["Ministry of External Affairs"]


def test_a_bar_without_a_photo_credit_keeps_the_line():
    # must not: a paragraph with a bar but no "... Photo" credit closing it
    _, sts = excerpt(page("The talks were useful | the first in years, MEA spokesperson Arindam Bagchi said on Friday.",
                          "2022-06-10"))
    assert said(sts, "talks were useful")[0][0] == "Arindam Bagchi"


# --- "X made the statement/claims": the statement framed before a caption, and the claims the sentence before reports -

HOA_BINH_HANG = '''
Vietnam consistently supports all efforts to promote dialogues and maintain peace and stability on the Korean peninsula, said the Foreign Ministry’s Spokesperson Le Thi Thu Hang on November 30.

DPRK launched intercontinental ballistic missile on November 29.

Hang made the statement at the ministry’s regular press conference in response to reporters’ queries about the Democratic People’s Republic of Korea (DPRK)’s intercontinental ballistic missile on November 29.
'''

ETV_DAR = '''
New Delhi: Amid reports that National Security Advisor (NSA) Ajit Doval is in touch with his Pakistani counterpart Lieutenant General Asim Malik, the Ministry of External Affairs (MEA) denied having such information on Thursday.

Amid heightened tensions between India and Pakistan, National Security Advisors of both countries are reportedly in touch with each other, aiming to de-escalate the situation. Pakistan’s Deputy Prime Minister and Foreign Minister, Ishaq Dar, made the claims while speaking to a foreign news agency.
'''


def test_made_the_statement_after_a_caption_is_the_statement_framed_before():
    # http://baohoabinh.com.vn/en/4/860/Vietnam-supports-efforts-to-maintain-peace,-stability-111n-Korean-peninsula.htm
    # (eval/own/docs-ak/vn/007.md): the photo's caption between is no statement of Hang's
    _, sts = excerpt(page(HOA_BINH_HANG))
    assert not said(sts, "DPRK launched")
    assert said(sts, "consistently supports all efforts")[0][0] == "Lê Thị Thu Hằng"


def test_made_the_claims_frames_the_sentence_before():
    # https://www.etvbharat.com/en/!bharat/operation-sindoor-mea-denies-having-info-about-india-and-pak-nsas-in-contact-enn25050805719
    # (eval/own/docs-ak/in/008.md)
    _, sts = excerpt(page(ETV_DAR, "2025-05-08"))
    assert said(sts, "are reportedly in touch")[0][0] == "Ishaq Dar"


def test_made_the_claims_after_a_framed_sentence_takes_nothing():
    # must not: the sentence before framed by another source already ("..., a witness has told jurors.")
    _, sts = excerpt(page("The defendant was seen near the bank at noon, a witness has told jurors. David Myers made "
                          "the claims on the second day of the trial.", "2025-05-08"))
    assert not [st for st in sts if st.speaker and st.speaker.name == "David Myers"]


# --- a quotation opened by two marks, a curly and a straight one: '“"So yes we called in envoys ...," he added.' ------

PEOPLE_LU_KANG = '''
China does not acknowledge the claims made in the statement issued by the foreign ministers from the Group of Seven (G7) on disputes in the East and South China Seas, said spokesperson Lu Kang of Ministry of Foreign Affairs on regular press conference on April 13, 2016.

“We do believe there is something incorrect and mistaken in the statement,” said Lu Kang, “"So yes we called in envoys from the relevant countries, solemnly expressing China's position on this matter," he added.
'''


def test_doubled_opening_marks_open_one_quotation():
    # http://en.people.cn./n3/2016/0413/c90000-9044084.html (eval/own/docs-ak/cn/010.md)
    _, sts = excerpt(page(PEOPLE_LU_KANG, "2016-04-13"))
    assert [(s[0], s[2]) for s in said(sts, "So yes we called")] == \
        [("Lu Kang", "So yes we called in envoys from the relevant countries, solemnly expressing China's position on "
                     "this matter")]
    assert said(sts, "incorrect and mistaken")[0][2] == "We do believe there is something incorrect and mistaken in the statement"


def test_single_marks_inside_a_quotation_stay():
    # must not: a single mark after the curly one is a quotation inside the quotation, kept
    _, sts = excerpt(page("“'One China' is the basis,” said spokesperson Lu Kang on April 13, 2016.", "2016-04-13"))
    assert said(sts, "One China")[0][2] == "'One China' is the basis"


# --- what a noun-phrase object answered is no part of it: "stressing mutual respect and cooperation in response to ..." -

AP_CHINA = '''
BEIJING (AP) — China is stressing mutual respect and cooperation in response to tough talk from Donald Trump’s pick for U.S. secretary of state, who said the administration will block Chinese access to its fortified man-made islands in the South China Sea.
'''

STATE_BLINKEN = '''
Secretary of State Antony J. Blinken spoke with UK Foreign Secretary Elizabeth Truss today about acute and shared concerns that Russia may be considering launching further military aggression against Ukraine in the coming days. Secretary Blinken emphasized the importance of working with our NATO Allies and European partners in the region to impose swift, severe costs on Russia in response to any further military aggression by Russia against Ukraine.
'''


def test_in_response_to_after_a_noun_phrase_object_ends_it():
    # http://www.seattletimes.com/nation-world/china-response-to-trumps-choice-for-top-us-diplomat/ (eval/own/docs-ak/wire/005.md)
    _, sts = excerpt(page(AP_CHINA))
    assert said(sts, "mutual respect")[0][::2] == ("China", "mutual respect and cooperation")


def test_in_response_to_after_a_longer_object_with_a_verb_stays():
    # must not: an object with its own infinitive, what it answers part of the words (a State Department readout,
    # shared/corpora/state-dept-press-releases-rss/press-releases-2022-02.rss; and "said the strikes were carried out
    # in response to the attack")
    _, sts = excerpt(page(STATE_BLINKEN, "2022-02-12"))
    assert said(sts, "costs on Russia")[0][2].endswith("in response to any further military aggression by Russia against Ukraine")
    _, sts = excerpt(page("Pakistan's foreign ministry said the strikes were carried out in response to the attack.", "2022-02-12"))
    assert said(sts, "strikes")[0][2] == "the strikes were carried out in response to the attack"


def test_in_response_to_after_a_call_is_part_of_the_act_asked_for():
    # must not: the object of a call, what the act asked for would answer ("Kasich called for the suspension of the
    # nuclear deal in response to missile tests by the Iranian Revolutionary Guard Corps.", PolNeAR's Washington Post,
    # shared/corpora/polnear/train/text/wash-post_2016-03-22_presidential-candidates-promise-.txt)
    _, sts = excerpt(page("To a rousing standing ovation, John Kasich called for the suspension of the nuclear deal in "
                          "response to missile tests by the Iranian Revolutionary Guard Corps.", "2016-03-22"))
    assert said(sts, "suspension")[0][2].endswith("in response to missile tests by the Iranian Revolutionary Guard Corps")
