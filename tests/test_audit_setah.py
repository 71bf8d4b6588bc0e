"""Audit round setah: news reports of spokespeople from Korean, Philippine, Singaporean and Malaysian outlets (set AH's
train documents: The Korea Times, The Borneo Post, Malay Mail, Philstar). Each test reads a real passage (its page's URL
in a comment) as the pipeline does and asserts what an annotator expects: who said it, when, and the words."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- the wire's "here" and its day closing a long frame: "he told reporters after attending ..., here yesterday." ------

BORNEO_POST_HISHAMMUDDIN = '''
KLUANG: The Home Ministry has left it to Wisma Putra to decide on the Philippine government’s request of an extension on the deportation of a group of intruders in Lahad Datu, Sabah.

Home Minister Datuk Seri Hishammuddin Tun Hussein however said, if such an extension was allowed it should not be too long, as the ministry will not compromise on matters which could potentially threaten the sovereignty of the nation.

“I have just received a call from Foreign Minister Datuk Seri Anifah Aman this morning on the matter and have left it to Wisma Putra to decide. What is important is that national security is defended and the dignity of Sabah and its people is not compromised.

“If there is room for the Philippines request, don’t delay too much because we have to defend our homeland. There is a limit and time to tackle the issue,” he told reporters after attending a briefing on the Barisan Nasional (BN) general election machinery at the Sembrong parliamentary constituency, here yesterday.
'''

MALAY_MAIL_AZMIN = '''
TANAH RATA, Jan 12 — Malaysia is on the same page as Singapore over the postponement of the 14th Malaysia-Singapore Joint Ministerial Committee for Iskandar Malaysia (JMCIM) meeting scheduled to take place on Monday.

Economic Affairs Minister Datuk Seri Mohamed Azmin Ali, who was supposed to lead a Malaysian delegation to the meeting, said this was because of certain issues from the meeting which were closely related to matters raised in a bilateral meeting between Malaysian Foreign Affairs Minister Datuk Saifuddin Abdullah and Singaporean counterpart, Dr Vivian Balakrishnan, last Tuesday (January 8).

“Since the meeting (between the two foreign ministers) has just taken place and both countries have issued a positive joint statement, I do not want to interfere with the process by having the JMCIM meeting now.

Advertisement

“So it’s a good idea to defer it,” he told Bernama when met at SMK Sultan Ahmad Shah, the nomination centre for the Cameron Highlands by-elections here, today.
'''


def test_here_and_the_day_close_the_frame_after_a_long_occasion():
    # http://www.theborneopost.com/2013/02/24/home-ministry-leaves-deportation-of-intruders-to-wisma-putra/
    # (eval/own/docs-ah/my/005.md)
    _, sts = excerpt(page(BORNEO_POST_HISHAMMUDDIN, "2013-02-24"))
    assert {st.said_on for st in sts if st.speaker and st.speaker.name == "Hishammuddin Tun Hussein"} == {"2013-02-23"}
    assert said(sts, "defend our homeland")[0][:2] == ("Hishammuddin Tun Hussein", "2013-02-23")


def test_here_today_dates_the_interview_not_the_meeting_talked_about():
    # https://www.malaymail.com/news/malaysia/2019/01/12/azmin-confirms-bilateral-talk-deferment-with-singapore-says-good-idea/1711846
    # (eval/own/docs-ah/my/008.md): not "last Tuesday (January 8)" nor the meeting "scheduled to take place on Monday"
    _, sts = excerpt(page(MALAY_MAIL_AZMIN, "2019-01-12"))
    assert said(sts, "interfere with the process")[0][:2] == ("Mohamed Azmin Ali", "2019-01-12")
    assert said(sts, "certain issues from the meeting")[0][:2] == ("Mohamed Azmin Ali", "2019-01-12")


def test_here_and_a_day_inside_the_words_date_nothing():
    # must not: "here yesterday" closing what was said, after the frame's own day, is the words' day
    _, sts = excerpt(page("KLUANG: Home Minister Datuk Seri Hishammuddin Tun Hussein said on Friday the intruders had "
                          "landed here yesterday.", "2013-02-24"))
    assert said(sts, "intruders") == [("Hishammuddin Tun Hussein", "2013-02-22",
                                       "the intruders had landed here yesterday")]


# --- what a question was about, opening the sentence, holds no speaker: "Regarding why Park sent ..., Jung avoided" ----

KOREA_TIMES_JUNG = '''
Denying a report that Choi, with no official government position, even joined President Park on board her plane on a state visit to Iran in May, presidential spokesman Jung Youn-kuk said Wednesday the presidential office will take legal steps to demand a correction.

"Channel A pushed ahead with the report although I told a journalist it was untrue," he said.

Regarding why Park sent her blood to a private hospital for testing in September 2013, despite having access to a personal physician, Jung avoided a direct answer, saying the prosecution's investigation will find that out.

When asked whether the President's health is categorized as second-class state secrets, he said, "As far as I know, yes."
'''


def test_the_subject_after_a_topic_opening_says_the_participle():
    # https://www.koreatimes.co.kr/www/nation/2023/04/113_218363.html (eval/own/docs-ah/kr/001.md)
    _, sts = excerpt(page(KOREA_TIMES_JUNG))
    assert said(sts, "prosecution's investigation") == [
        ("Jung Youn-kuk", None, "the prosecution's investigation will find that out")]
    assert said(sts, "As far as I know") == [("Jung Youn-kuk", None, "As far as I know, yes.")]


def test_a_name_inside_the_topic_is_never_the_speaker():
    # must not: the name the question was about ("Park") speaks; nor one after "As for" (set O's call stays)
    _, sts = excerpt(page("Jung Youn-kuk spoke on Tuesday. Regarding why Park sent her blood to a hospital, Jung "
                          "avoided a direct answer, saying the investigation will find that out."))
    assert [st.speaker.name for st in sts if "investigation" in st.text] == ["Jung Youn-kuk"]
    _, sts = excerpt(page("As for Oduya, who made mistakes that led to two Montreal goals, coach Claude Noel said the "
                          "defence must improve."))
    assert [st.speaker.name for st in sts] == ["Claude Noel"]


# --- "Following the incident," opens the sentence as "After the incident," does ---------------------------------------

def test_a_following_opening_then_the_body_that_issued_a_statement_saying():
    # https://www.malaymail.com/news/malaysia/2019/01/12/azmin-confirms-bilateral-talk-deferment-with-singapore-says-good-idea/1711846
    _, sts = excerpt(page("Following the incident, Singapore Foreign Affairs Ministry issued a "
                          "statement today saying that the intrusion into Singapore Territorial Waters off Tuas has made "
                          "the 14th JMCIM meeting on Monday untenable, thus proposing to postpone the JMCIM meeting to "
                          "which Malaysia has agreed.", "2019-01-12"))
    assert [(n, d) for n, d, _ in said(sts, "intrusion")] == [("Singapore Foreign Affairs Ministry", "2019-01-12")]


def test_a_following_opening_with_unnamed_officials_gives_no_speaker():
    # must not: the opening lets the clause's subject speak only when it is a named source
    _, sts = excerpt(page("Following the incident, officials issued a statement saying that the intrusion had made "
                          "the meeting untenable.", "2019-01-12"))
    assert sts == []


# --- a service's personnel are an unnamed crew, not the service speaking ---------------------------------------------

def test_personnel_on_duty_are_no_speaker():
    # https://www.philstar.com/headlines/2025/02/18/2422284/pcg-three-china-ships-swarm-west-philippine-sea
    # (eval/own/docs-ah/ph/011.md)
    _, sts = excerpt(page("Just like the previous radio challenges, PCG personnel onboard Bagacay warned CCG 3105 it "
                          "was violating Republic Act 12064 or the Philippine Maritime Zones Act, the United Nations "
                          "Convention on the Law of the Sea and the 2016 Arbitral Award.", "2025-02-18"))
    assert sts == []


def test_a_body_named_with_personnel_still_speaks():
    # must not: "Personnel" in a body's name
    _, sts = excerpt(page("The Office of Personnel Management said the rule would take effect in May."))
    assert [st.speaker.name for st in sts] == ["Office of Personnel Management"]


# --- a Philippine party-list group named in lower case after its name is a body -------------------------------------

def test_a_party_list_group_speaks_as_a_body():
    # https://www.philstar.com/headlines/2025/02/18/2422284/pcg-three-china-ships-swarm-west-philippine-sea
    # (eval/own/docs-ah/ph/011.md)
    _, sts = excerpt(page("Meanwhile, motorists along East Avenue in Quezon City honked their horns yesterday morning "
                          "to support Filipino fishers and frontliners in the West Philippine Sea, as Akbayan party-list "
                          "called on the public to reject false narratives about the disputed waters.", "2025-02-18"))
    assert [(n, t) for n, _, t in said(sts, "false narratives")] == [
        ("Akbayan party-list", "the public to reject false narratives about the disputed waters")]


def test_a_party_list_representative_is_still_the_person():
    # must not: the group's name before a representative's title makes the person no body
    _, sts = excerpt(page("Kabataan party-list Rep. Raoul Manuel said the budget cut was unjust."))
    assert [st.speaker.name for st in sts] == ["Raoul Manuel"]


# --- the speaking in an "as" clause is at the time of the dated main clause ------------------------------------------

def test_an_as_clause_speaks_on_the_main_clauses_day():
    # https://www.philstar.com/headlines/2025/02/18/2422284/pcg-three-china-ships-swarm-west-philippine-sea
    # (eval/own/docs-ah/ph/011.md): not the day of the coast guard's statement told before it
    _, sts = excerpt(page('''
MANILA, Philippines — Three patrol ships of the China Coast Guard (CCG) were spotted swarming the West Philippine Sea, Philippine Coast Guard (PCG) Commodore Jay Tarriela reported.

The agency’s 44-meter patrol vessel BRP Bagacay shadowed CCG 3105 until it was driven away at “approximately 95 nautical miles off the coast of Zambales,” he said in a statement on Sunday evening.

Meanwhile, motorists along East Avenue in Quezon City honked their horns yesterday morning to support Filipino fishers and frontliners in the West Philippine Sea, as Akbayan party-list called on the public to reject false narratives about the disputed waters.
''', "2025-02-18"))
    assert said(sts, "false narratives")[0][:2] == ("Akbayan party-list", "2025-02-17")
    assert said(sts, "Zambales")[0][:2] == ("Jay Tarriela", "2025-02-16")


def test_a_day_inside_the_words_before_an_as_clause_dates_nothing():
    # must not: the day in what was said, the "as" clause in it too, leaves the frame's own day
    _, sts = excerpt(page("The Finance Ministry said on Monday that prices fell yesterday, as traders sold.",
                          "2025-02-20"))
    assert [d for _, d, _ in said(sts, "prices fell")] == ["2025-02-17"]


# --- a call after an act of a named subject: "X led the demonstration, urging ..." -----------------------------------

def test_a_named_subjects_act_then_urging_is_a_call():
    # https://www.philstar.com/headlines/2025/02/18/2422284/pcg-three-china-ships-swarm-west-philippine-sea
    # (eval/own/docs-ah/ph/011.md, the clause without its opening participle phrase); and PolNeAR's NYT of
    # 2016-10-23 ("Hillary Clinton moved aggressively on Sunday to press her advantage ..., urging black voters ...")
    _, sts = excerpt(page("Akbayan party-list led the demonstration, urging Filipinos to stand against politicians "
                          "who spread misinformation about the WPS.", "2025-02-18"))
    assert [(n, t) for n, _, t in said(sts, "Filipinos")] == [
        ("Akbayan party-list", "Filipinos to stand against politicians who spread misinformation about the WPS")]
    _, sts = excerpt(page("Hillary Clinton moved aggressively on Sunday to press her advantage in the presidential "
                          "race, urging black voters in North Carolina to vote early and punish Republican officeholders "
                          "for supporting Donald J. Trump, even as Mr. Trump's party increasingly concedes he is unlikely "
                          "to recover in the polls."))
    assert [n for n, _, _ in said(sts, "black voters")] == ["Hillary Clinton"]


def test_an_act_of_unnamed_people_or_a_pronoun_then_urging_is_no_statement():
    # must not: unnamed protesters' demand (set T's call), nor a pronoun's act with nothing said before
    _, sts = excerpt(page("Several hundred fishermen protested Thursday outside the constituency office, demanding "
                          "her department stop the quota."))
    assert sts == []
    _, sts = excerpt(page("He led the march, urging people to vote."))
    assert sts == []
