"""Seed round seed12 (issue 8): statement, speaker and date errors that recur on fresh English-language news reports of
what spokespeople, ministers and officials said (Japanese, Indonesian, Malaysian, Philippine, Thai, Vietnamese and Korean
outlets). Each test reads a real passage (its page's URL in a comment) as the pipeline does and asserts what an
annotator expects."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- a feeling expressed at an occasion: no content, but the occasion's day is the speaker's ----------------------

def test_regret_expressed_at_a_briefing_dates_the_speakers_words():
    # https://www.nippon.com/en/news/yjj2024082700443/ (Jiji Press, Tuesday 27 August 2024)
    _, sts = excerpt(page('''
Tokyo, Aug. 27 (Jiji Press)--Senior Japanese government officials have condemned public broadcaster NHK for airing a Chinese news report in which a Chinese newscaster said that the Japanese-administered Senkaku Islands are Chinese territory.

The incident, which occurred on NHK's international radio service earlier this month, was "regrettable as it contradicts its mission as a public broadcaster," communications minister Takeaki Matsumoto told a press conference on Tuesday.

Chief Cabinet Secretary Yoshimasa Hayashi also expressed regret over the incident at a press briefing on Monday. The remark in question "totally contradicts our country's position," the top government spokesman said. "We hope (NHK) will deeply recognize its social responsibility as a public broadcaster and work to prevent a recurrence."
''', date="2024-08-27"))
    assert said(sts, "regret over") == []     # a feeling named, nothing said
    assert [(w, d) for w, d, _ in said(sts, "totally contradicts")] == [("Yoshimasa Hayashi", "2024-08-26")]
    assert [(w, d) for w, d, _ in said(sts, "We hope (NHK)")] == [("Yoshimasa Hayashi", "2024-08-26")]
    assert [(w, d) for w, d, _ in said(sts, "regrettable")] == [("Takeaki Matsumoto", "2024-08-27")]


# --- the audience and the place between the verb and its day -------------------------------------------------------

def test_said_to_reporters_at_a_place_on_a_weekday():
    # https://setkab.go.id/en/govt-to-meet-malaysian-and-philippine-foreign-ministers-police-chiefs-commanders/
    # (27 April 2016; the Tuesday is 26 April)
    _, sts = excerpt(page('''
Cabinet Secretary Pramono Anung explained that through a meeting among Indonesian, Malaysian and Philippine Foreign Ministers, police chiefs and commanders, an understanding to keep peace in the territories is expected to be established.

“However, we cannot disclose these efforts to the public,” Pramono said to the reporters at the Presidential Office, Jakarta, on Tuesday (26/4) afternoon.
''', date="2016-04-27"))
    assert [(w, d) for w, d, _ in said(sts, "cannot disclose")] == [("Pramono Anung", "2016-04-26")]
    assert [(w, d) for w, d, _ in said(sts, "keep peace")] == [("Pramono Anung", "2016-04-26")]


# --- a Malaysian honorific is no part of the name --------------------------------------------------------------------

def test_tan_sri_after_a_title_opening_the_sentence():
    # https://www.malaymail.com/news/malaysia/2020/03/11/give-me-time-to-scrutinise-kampung-baru-development-plan-says-annuar/1845503
    _, sts = excerpt(page('''
PUTRAJAYA, March 11 — Federal Territories Minister Tan Sri Annuar Musa said he will listen to the ministry’s briefing first on the Development Plan for Kampung Baru in Kuala Lumpur before deciding on the matter.

“Give me a chance to be briefed by all the department heads. It won’t take very long, I’m a town planner by profession, so it shouldn’t be too difficult for me to understand. But give me a little time then I’ll make a decision,” he said.
''', date="2020-03-11"))
    assert {w for w, _, _ in said(sts, "")} == {"Annuar Musa"}
    assert len(sts) == 2


# --- a horizontal bar set as a dash: a dateline, an agency's credit -----------------------------------------------------

def test_horizontal_bar_dateline_and_bernama_credit():
    # https://www.malaymail.com/s/1649878/minister-urban-well-being-portfolio-is-now-under-the-ministry-of-federal-te
    _, sts = excerpt(page('''
SHAH ALAM, July 7 ― The urban well-being portfolio is now supervised by the Ministry of Federal Territories, said minister Khalid Abdul Samad.

He said those individuals should understand their position as the government of the day has changed.

“But if they insist that they need to follow the procedure, now that is just a mere excuse. We would like to keep their dignity, we do not want to fire them,” he said. ― Bernama
''', date="2018-07-07"))
    assert [t for _, _, t in said(sts, "urban well-being")] == \
        ["The urban well-being portfolio is now supervised by the Ministry of Federal Territories"]
    assert [w for w, _, _ in said(sts, "mere excuse")] == ["Khalid Abdul Samad"]
    assert said(sts, "Bernama") == []


# --- a dateline of a place, the outlet and the day in brackets, then a dash ----------------------------------------

def test_cnn_philippines_dateline_is_no_speaker():
    # https://www.newswatchplus.ph/?p=349103 (CNN Philippines)
    _, sts = excerpt(page('''
Metro Manila (CNN Philippines, August 15) — Malacanang, banning online news site Rappler from covering its events, now says it is keeping its hands off the issue.

“We leave it to the [Solicitor General]. That’s his duty to respond,” Presidential Spokesperson Sal Panelo said in a media briefing Thursday.
'''))
    assert [w for w, _, _ in said(sts, "hands off the issue")] == ["Malacanang"]


# --- a nickname in quotes inside a name; an Indonesian honorific; a question put to the subject ----------------------

def test_nickname_and_pak_and_question_asked_of_the_speaker():
    # http://www.thejakartapost.com/news/2014/06/24/ri-has-crucial-role-regional-security-marty.html
    _, sts = excerpt(page('''
'In responding to what Pak Jokowi said, actually we have made some effort based on the assumption that we can contribute [to resolving the regional problem],' Marty said.

Marty was speaking in response to comments made by presidential candidate Joko 'Jokowi' Widodo, who said during the third presidential debate that Indonesia should be careful in reacting to the South China Sea issue as it was not one of the countries involved in the territorial disputes.

Jokowi made the statement when he was asked by his competitor, Prabowo Subianto, what he would do to help resolve conflicts in the South China Sea if elected as president in the July 9 election.

Jokowi said he did not want to interfere in the South China Sea conflicts. The non-active Jakarta governor added that if elected president, he would see that Indonesia was not dragged into an international dispute unless it could contribute a concrete solution.
''', date="2014-06-24"))
    assert [w for w, _, _ in said(sts, "should be careful")] == ["Joko Widodo"]
    assert [w for w, _, _ in said(sts, "did not want to interfere")] == ["Joko Widodo"]     # the nickname alone
    assert [w for w, _, _ in said(sts, "not dragged")] == ["Joko Widodo"]
    assert said(sts, "Prabowo") == []     # the question put to him, said by neither
    assert all(st.speaker.name != "Pak Jokowi" for st in sts)


# --- "told the press briefing": the occasion's audience, not what was said --------------------------------------------

def test_told_the_ministrys_press_briefing():
    # https://en.vietnamplus.vn/chinas-military-drill-in-hoang-sa-violates-vietnams-sovereignty-spokeswoman-post205890.vnp
    _, sts = excerpt(page('''
China’s move complicated the situation and hampered currentnegotiations between China and the Association of Southeast Asian Nations (ASEAN) on a Code of Conduct in the East Sea (COC)as well as the maintenance of a peaceful, stable and cooperative environment inthe East Sea, Hang told the ministry’s online press briefing on August 5.
'''))
    assert [t[:22] for _, _, t in said(sts, "")] == ["China’s move complicat"]


# --- the question opening a sentence, and who "he" is after it --------------------------------------------------------

def test_asked_whether_clause_is_the_question_and_he_goes_on_as_the_speaker():
    # https://www.inkl.com/news/prayut-won-t-talk-politics (Bangkok Post)
    _, sts = excerpt(page('''
Gen Prayut said he had not talked to Mr Pirapan, who is now a UTN list MP. He and Gen Prayut were the party’s candidates for prime minister in the May 14 election.

Asked whether Mr Pirapan had told him when he would resign, Gen Prayut said, “I don’t know. It’s his business.”

He went on: “I would like to make it clear today that I have to keep away from politics. So, don’t ask me about politics.
'''))
    assert said(sts, "when he would resign") == []
    assert [w for w, _, _ in said(sts, "keep away from politics")] == [w for w, _, _ in said(sts, "his business")]
    assert [w for w, _, _ in said(sts, "his business")] == ["Prayut"]


# --- "he said" after an unnamed official opened the sentence before -------------------------------------------------

def test_he_after_an_unnamed_official_is_no_one_named_before():
    # https://www.newsdirectory3.com/resignation-from-the-post-of-vice-president-moral-responsibility-for-leaking-reporters-travel-schedule/
    _, sts = excerpt(page('''
(Seoul = Yonhap News) Reporter Han Ji-hoon = Vice Spokesman Lee Jae-myeong of the Presidential Office is said to have voluntarily resigned after taking responsibility for leaking President Yoon Seok-yeol’s foreign trip schedule.

A high-ranking official from the presidential office met with reporters on the 29th and said, “We regret that the tour provided to reporters (by the presidential office) was leaked to the outside, resulting in security risks and diplomatic disrespect.”

“The deputy spokesperson took moral responsibility for this and expressed his appreciation,” he said.
'''))
    assert said(sts, "moral responsibility") == []


# --- "the spokesperson" of the body a spokesperson was given in the same sentence ----------------------------------

def test_the_spokesperson_of_a_ministry_named_in_the_opening_phrase():
    # https://m.rediff.com/news/commentary/2025/apr/08/will-fight-till-end-china-on-us-threat-of-more-tariffs/520603fa73e2e94c1253d7253105f2b2
    _, sts = excerpt(page('''
In a statement issued by a spokesperson of China's Commerce Ministry on the US tariffs on China, the spokesperson said that "China has noted that on April 7, Eastern Time, the US threatened to further impose 50 per cent tariffs on China, which China firmly opposes. If the US tariff escalation measures are implemented, China will resolutely take countermeasures to safeguard its own rights and interests".

The spokesperson further added, "The US's imposition of so-called "reciprocal tariffs" on China is groundless and a typical unilateral bullying practice. If the US insists on its own way, China will fight to the end." -- ANI
''', date="2025-04-08"))
    assert [w for w, _, _ in said(sts, "China has noted")] == ["China's Commerce Ministry"]
    assert [w for w, _, _ in said(sts, "fight to the end")] == ["China's Commerce Ministry"]
    assert said(sts, "ANI") == []


# --- a TV script's caption in capitals before the quotation -----------------------------------------------------------

def test_tv_caption_names_the_speaker_of_the_quotation():
    # https://news.cgtn.com/news/32637a4e79454464776c6d636a4e6e62684a4856/share_p.html
    _, sts = excerpt(page('''
The United States says it will give China a 60-day window before tariffs on Chinese goods take effect to allow time for talks. But Chinese Commerce Ministry spokesperson Gao Feng says China will not change its position.

GAO FENG, SPOKESPERSON CHINESE MINISTRY OF COMMERCE "We hope the US will follow the rules of the global economy and free trade. The door for negotiations remains open, but we must first abandon protectionist behavior and discussions must be equal."

WANG HUI BEIJING "The Ministry of Commerce has just held its weekly briefing this morning."
'''))
    assert [w for w, _, _ in said(sts, "We hope the US")] == ["Gao Feng"]
    assert said(sts, "weekly briefing") == []     # the reporter's caption: her own words


# --- a quotation opening with "In response to ..." whose main clause follows -------------------------------------------

def test_quotation_opening_with_in_response_is_said():
    # https://www.koreaherald.com/view.php?ud=20230420000745 (Yonhap)
    _, sts = excerpt(page('''
Seoul's foreign ministry said Wang's comments were "unspeakable."

"In response to our leader's mention of the universal principle that we oppose the change of the status quo by force, the Chinese foreign ministry spokesperson made an unspeakable statement," the ministry said.
''', date="2023-04-20"))
    assert [w for w, _, _ in said(sts, "universal principle")] == ["Seoul's foreign ministry"]


# --- how the title came to its holder: "newly installed state mouthpiece" ------------------------------------------------

def test_newly_installed_spokeswoman_speaks():
    # https://coconuts.co/bangkok/news/prayuth-is-not-actually-resigning-despite-what-he-said-spokes
    _, sts = excerpt(page('''
Speaking to reporters at the Impact Exhibition Center, newly installed state mouthpiece Narumon Pinyosinwat said the media had misunderstood comments made by Prayuth Chan-o-cha during a policy meeting Thursday morning with top-level bureaucrats that many interpreted as his intent to resign.
'''))
    assert [w for w, _, _ in said(sts, "had misunderstood")] == ["Narumon Pinyosinwat"]


# --- the answer "In response," to a question put at a dated session -----------------------------------------------

def test_in_response_to_a_question_at_the_june_27_session():
    # https://www.daily8.com/en/article/671ca4b413815077ffe56d7f0d202e1c (Korea Herald, 22 July 2025)
    _, sts = excerpt(page('''
The presidential office on Tuesday reaffirmed its support for a new live briefing format that places both spokespersons and reporters on camera.

In a notice to reporters, Lee Kyu-youn, senior presidential secretary for public relations, said the format has been well-received for 'broadening access to government information.'

During the June 27 session, the reporter asked about a closed-door dinner meeting involving President Lee Jae Myung and media executives. In response, spokesperson Kang Yu-jung said, 'Even if the event took place, it was closed to the public.'
''', date="2025-07-22"))
    assert [(w, d) for w, d, _ in said(sts, "closed to the public")] == [("Kang Yu-jung", "2025-06-27")]


# --- a participle of saying right after the frame's verb ------------------------------------------------------------

def test_said_noting_that_keeps_the_quotation_and_the_clause():
    # http://www.pna.gov.ph/articles/1026031
    _, sts = excerpt(page('''
Presidential Spokesperson Harry Roque said that under the Rules of Court, judgments and final orders of quasi-judicial agencies are not stayed while on appeal with the Court of Appeals (CA).

“In Rappler’s case, no such directive from the CA has been issued,” Roque said noting that Malacañang did not implement the SEC decision at once.
''', date="2018-02-21"))
    assert [w for w, _, _ in said(sts, "no such directive")] == ["Harry Roque"]
    assert [w for w, _, _ in said(sts, "did not implement")] == ["Harry Roque"]


# --- an opening "after" clause of another's words ends before the main clause's subject ----------------------------

def test_a_day_after_x_hinted_that_y_asked():
    # https://english.republika.mk/news/balkans/charles-michels-hopeful-announcement-to-the-balkans-dismissed-by-the-eu-commission/
    _, sts = excerpt(page('''
A day after European Council President Charles Michel hinted that the EU would be ready to bring in new members by 2030, a Commission spokeswoman Dana Spinant asked the press not to speculate with accession dates.
'''))
    assert [t for _, _, t in said(sts, "new members")] == ["the EU would be ready to bring in new members by 2030"]
    assert [w for w, _, _ in said(sts, "not to speculate")] == ["Dana Spinant"]
