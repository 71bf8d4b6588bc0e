"""Audit round setbc: news reports of spokespeople from Vietnamese, Indian, Pakistani/Bangladeshi and Southeast Asian
outlets (set BC's train documents: The News Times, Malay Mail printing Bernama, NewsOnRadar, The Nation, AsiaOne, The
Borneo Post, NewsGram, VOV). Each test reads a real passage (its page's URL or file in a comment) as the pipeline does
and asserts what an annotator expects: who said it, when, and the words."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


ASIAONE_ROHINGYA = "https://www.asiaone.com/malaysia/food-oil-are-okay-not-entry"


# --- "..., reported The Star.": the outlet relaying the words is no part of them, and no one for "He" -----------------

def test_an_outlet_after_reported_closing_the_words_is_no_speaker():
    # https://www.asiaone.com/malaysia/food-oil-are-okay-not-entry (eval/own/docs-bc/sea/007.md): "The" is a given
    # name too, so "reported The Star." had read as a man named closing the sentence, and "He noted ..." and the next
    # quotation were The Star's
    _, sts = excerpt(page('''
Mr Shahidan, who is also the National Security Council chairman, said the food, water and fuel was to allow the migrants to continue their maritime voyage elsewhere, reported The Star.

He noted that the government did not adopt an open-door policy for migrants in order to prevent a flood of illegals trying to make their way to Malaysia.
''', date="2015-05-20", url=ASIAONE_ROHINGYA))
    assert said(sts, "maritime voyage") == [("Shahidan", "2015-05-20", "the food, water and fuel was to allow the "
                                             "migrants to continue their maritime voyage elsewhere")]
    assert [who for who, _, _ in said(sts, "open-door policy")] == ["Shahidan"]
    # must not: a person named after a lower-case noun closing the paragraph is still the one "She" opens the next
    # with (https://ca.news.yahoo.com/keeping-watch-security-cameras-monitor-120000536.html, CBC; test_audit_quotes17)
    _, sts = excerpt(page('''
"This is more safety and security related, as well as making the day-to-day life of our community better through new technology," Coun. Amila Gammana told CBC News last week.

Faces and licence plates captured on the livestreams will be blurred automatically, but that doesn't bring much comfort to resident Cheyanne Gauthier.

She said cameras would be more useful in back alleys and residential areas, instead of places like the skate park, Rotary Park and the Omniplex parking lot.
'''))
    assert [who for who, _, _ in said(sts, "cameras would be more useful")] == ["Cheyanne Gauthier"]


# --- "said Malaysia's Minister in the Prime Minister's Department Shahidan Kassim": the title goes on past "in" --------

def test_a_minister_in_the_prime_ministers_department_after_an_inverted_cue():
    # https://www.asiaone.com/malaysia/food-oil-are-okay-not-entry (eval/own/docs-bc/sea/007.md): the subject after
    # the inverted cue had stopped at "in", leaving a bare "Minister" that named no one (the lead was lost), and with
    # it the next sentence's "He said"; ", amid criticisms over ..." is the reporter's, not the minister's
    _, sts = excerpt(page('''
Putrajaya can offer Rohingya refugees food and oil but not entry, said Malaysia's Minister in the Prime Minister's Department Shahidan Kassim in Parliament yesterday.

He said foreigners without valid travel documents cannot be permitted entry into Malaysia, amid criticisms over the country's refusal to rescue the thousands of Rohingya refugees stranded at sea, reported the Malay Mail.
''', date="2015-05-20", url=ASIAONE_ROHINGYA))
    assert said(sts, "food and oil") == \
        [("Shahidan Kassim", "2015-05-19", "Putrajaya can offer Rohingya refugees food and oil but not entry")]
    assert said(sts, "valid travel documents") == \
        [("Shahidan Kassim", "2015-05-19",
          "foreigners without valid travel documents cannot be permitted entry into Malaysia")]
    # must not: a place after the minister's name still closes the subject ("... in Parliament on Thursday (Feb 29).";
    # http://asean.businesstimes.com.sg/..., eval/own/docs-ah/sg/010.md)
    _, sts = excerpt(page('''
CEREMONIALLY breaking ties with countries whose actions Singapore disapproves of is neither constructive nor will it resolve the situation, said Foreign Minister Vivian Balakrishnan in Parliament on Thursday (Feb 29).
''', date="2024-02-29"))
    assert [(who, day) for who, day, _ in said(sts, "breaking ties")] == [("Vivian Balakrishnan", "2024-02-29")]
    # must not: "amid" with no comma before it stays in the words (bbc-news/politics/225.txt: "... after Cabinet allies
    # intervened and amid suspicion the chancellor was manoeuvring against him, writes Mr Peston.")
    _, sts = excerpt(page('''
The new book claims Mr Prescott hosted a dinner in November 2003 where the prime minister told Mr Brown he would stand down before the next election because he had lost trust over the Iraq war. Mr Blair then changed his mind in June 2004, after Cabinet allies intervened and amid suspicion the chancellor was manoeuvring against him, writes Mr Peston.
''', date="2005-01-10"))
    assert [text.endswith("amid suspicion the chancellor was manoeuvring against him")
            for _, _, text in said(sts, "changed his mind")] == [True]


# --- "He told reporters this after ...": "this" points back at the words, no words of its own -----------------------

MALAY_MAIL_MISSING = ("https://malaymail.com/news/malaysia/2024/06/18/foreign-minister-wisma-putra-committed-to-"
                      "repatriate-missing-malaysians-abroad-but-faces-challenges-in-locating-them/140329")


def test_told_reporters_this_after_an_occasion_says_nothing_new():
    # eval/own/docs-bc/sea/002.md (Malay Mail copy of Bernama): "this after launching ..." had been a statement
    _, sts = excerpt(page('''
SEREMBAN, June 18 — Wisma Putra remains committed to helping locate Malaysians abroad and bring them back through various methods and channels whenever the need arises, said Foreign Minister Datuk Seri Mohamad Hasan.

He told reporters this after launching the Kampung Angkat Madani Initiative and the 1445H/2024 Ibadah Korban organised by the Foreign Ministry at the Kampung Kanchong community hall in Rantau today.
''', date="2024-06-18", url=MALAY_MAIL_MISSING))
    assert said(sts, "Kampung") == []
    assert [(who, day) for who, day, _ in said(sts, "Wisma Putra remains")] == [("Mohamad Hasan", "2024-06-18")]
    # must not: "this" opening a clause of its own is what was told (polnear/train/text/wash-post_2016-06-29_attempt-
    # to-fund-zika-fight-dies-.txt)
    _, sts = excerpt(page('''
While Democrats have pushed for new negotiations, Cornyn told reporters this was the only chance to pass a measure to fight Zika.
''', date="2016-06-29"))
    assert [text for _, _, text in said(sts, "only chance")] == ["this was the only chance to pass a measure to fight Zika"]


# --- "the DG said": the director general the text introduced ---------------------------------------------------------

def test_the_dg_is_the_director_general_introduced():
    # https://thenewstimesbd.com/national/stop-hasina-from-making-political-statements-dhaka-conveys-its-concern-to-
    # delhi (eval/own/docs-bc/pkbd/001.md): "the DG" had been a person named "DG"
    _, sts = excerpt(page('''
“We have conveyed this to the Indian government through the Indian High Commissioner in Dhaka,” Toufique Hasan, Director General of the Public Diplomacy wing at the Ministry of Foreign Affairs, told reporters at the weekly briefing on Thursday.

He said the government is unhappy over former Prime Minister Sheikh Hasina’s frequent political statements.

When asked about the process of bringing Sheikh Hasina back from India in relation to the warrant issued by the International Crimes Tribunal, the DG said the Foreign Ministry has not received any request from the relevant ministry yet.
''', date="2024-11-15"))
    assert [who for who, _, _ in said(sts, "has not received any request")] == ["Toufique Hasan"]
    # must not: the letters with no "the" are a bank's name given before (reuters21578/reut2-002.sgm, NEWID 2119:
    # "coordinator DG Bank Deutsche Genossenschaftsbank said")
    _, sts = excerpt(page('''
The World Bank is issuing a multicurrency financing package totalling 232 mln U.S. Dlrs, coordinator DG Bank Deutsche Genossenschaftsbank said.

The package also includes a 25 mln Swiss franc 10-year credit agreement, with interest at 4-7/8 pct, underwritten by Swiss Volksbank, DG said.
''', date="1987-03-05"))
    assert [who for who, _, _ in said(sts, "Swiss franc")] == ["DG Bank Deutsche Genossenschaftsbank"]


# --- "Noting that ..., he said, "..."": the opening participle's words are the pronoun's speaker's -------------------

NEWSGRAM_SWARUP = ("https://newsgram.com/general/2015/10/23/terrorism-comes-naturally-to-mind-when-talking-about-"
                   "pakistan-vikas-swarup")


def test_an_opening_participle_before_a_pronoun_that_says():
    # eval/own/docs-bc/in/010.md (NewsGram): the main clause after the participle's words had to open with a capital
    _, sts = excerpt(page('''
New Delhi: Mentioning that India has always desired resolution of all issues with Pakistan bilaterally through dialogue, External Affairs Ministry spokesperson Vikas Swarup on Friday said, New Delhi hoped that the outcome of Pakistan Prime Minister Nawaz Sharif's visit to US will convey a clear message to Islamabad that the international community was "deeply concerned about its support to and sponsorship of terrorism".

Noting that Lashkar-e-Taiba and Haqqani Network have been specifically mentioned in the joint statement for the first time ever, he said, "both are operating out of Pakistan and even the Pakistanis do not deny it. In fact, this is precisely why it is a subject of discussion between President Obama and Prime Minister Nawaz Sharif."
''', date="2015-10-23", url=NEWSGRAM_SWARUP))
    assert said(sts, "Haqqani Network have been") == \
        [("Vikas Swarup", "2015-10-23", "Lashkar-e-Taiba and Haqqani Network have been specifically mentioned in the "
                                        "joint statement for the first time ever")]
    assert [who for who, _, _ in said(sts, "both are operating")] == ["Vikas Swarup"]
    # ... also in Reuters copy: "Noting current debt servicing charges are about two billion punts a year, he added
    # :"..."" (reuters21578/reut2-002.sgm, NEWID 2364; Charles Haughey)
    _, sts = excerpt(page('''
Haughey said:" Delors assured me we could have full recourse to the Commission for advice, guidance and expert skills in dealing with our overall financial problems, particularily in the matter of debt management."

Noting current debt servicing charges are about two billion punts a year, he added :"If we could achieve any significant improvement in the management and reduction in the cost of servicing, it could have significant budgetary benefits."
''', date="1987-03-05"))
    assert [text for _, _, text in said(sts, "debt servicing")] == \
        ["current debt servicing charges are about two billion punts a year"]
    # must not: a question put to him opening the sentence is no words of his (polnear/train/text/wash-post_2016-06-14_
    # we-are-in-shock-horrified-a-mosq.txt)
    _, sts = excerpt(page('''
"We don't teach anything" against homosexuality in the mosque meetings, he said. Asked what he personally believed about the lifestyle of gay people, he said, "It's the wrong thing, but for sure we have no right to judge people. . . . We are in shock, horrified."
''', date="2016-06-14"))
    assert said(sts, "personally believed") == []


# --- "... and dismissed a local staff member": a person dismissed is fired, nothing said ------------------------------

def test_a_staff_member_dismissed_is_no_statement():
    # https://thenewstimesbd.com/national/stop-hasina-from-making-political-statements-dhaka-conveys-its-concern-to-
    # delhi (eval/own/docs-bc/pkbd/001.md): "dismissed a local staff member ..." had been the ministry's words
    _, sts = excerpt(page('''
Toufique said the government has ordered Mohammed Kamrul Islam, Counsellor (Labour Wing) at the Bangladesh Mission in Geneva, to return home and dismissed a local staff member from the mission following the harassment faced by Law Adviser Dr Asif Nazrul in Geneva.
''', date="2024-11-15"))
    assert [st.cue for st in sts if "staff member" in st.text] == []
    assert [who for who, _, _ in said(sts, "has ordered")] == ["Toufique"]
    # must not: research dismissed as "complete rubbish" is said (bbc-news/politics/394.txt)
    _, sts = excerpt(page('''
The IFS says the drop partly reflects measures announced in what it called the Chancellor's tax-raising Budget of 2002. The Treasury dismissed the research as "complete rubbish".
''', date="2005-02-15"))
    assert [who for who, _, _ in said(sts, "rubbish")] == ["Treasury"]
