"""Error classes of the seed9 and dates9 held-out news pages (their figures taken), fixed in the fix9b round. Each test
reads a real passage of the page named in its comment."""
from test_audit_cases import excerpt


def _by(statements, name):
    return [st for st in statements if st.speaker.name == name]


# http://www.news.gov.hk/eng/2018/03/20180330/20180330_161329_105.html (seed9 held-out hk/034)
HK_STATEMENT_COLON = """---
source_url: "http://www.news.gov.hk/eng/2018/03/20180330/20180330_161329_105.html"
date: "2018-03-30"
---
Any advocacy of Hong Kong independence runs against “one country, two systems” and the Basic Law.

The Government made the statement today in response to media enquiries about recent news reports which carried remarks made by the University of Hong Kong’s Faculty of Law Associate Professor Benny Tai, that Hong Kong could consider becoming an independent state.

Mr Tai was in Taiwan at the time.

The statement said: "The Hong Kong Special Administrative Region Government is shocked by the remarks made by a university teaching staff member that Hong Kong could consider becoming an independent state, and strongly condemns such remarks."
"""


def test_statement_said_colon_is_the_issuers():
    _, sts = excerpt(HK_STATEMENT_COLON)
    quoted = [st for st in sts if st.text.startswith("The Hong Kong Special Administrative Region Government is shocked")]
    assert len(quoted) == 1
    assert quoted[0].kind == "direct"
    assert quoted[0].speaker.name == sts[0].speaker.name     # the Government that "made the statement"
    assert quoted[0].said_on == "2018-03-30"


# https://www.indianarrative.com/world-news/escalation-of-hostilities-is-in-no-ones-interest-india-on-situation-in-ukraine-59032.html
# (seed9 held-out in/002)
IN_MENTIONED_FURTHER = """---
title: "Escalation of hostilities is in no one’s interest — India on situation in Ukraine"
source_url: "https://www.indianarrative.com/world-news/escalation-of-hostilities-is-in-no-ones-interest-india-on-situation-in-ukraine-59032.html"
---
“India is deeply concerned at the escalation of the conflict in Ukraine, including targeting of infrastructure and deaths of civilians,” said a statement from Ministry of External Affairs spokesperson Arindam Bagchi.

“We reiterate that escalation of hostilities is in no one’s interest. We urge immediate cessation of hostilities and the urgent return to the path of diplomacy and dialogue. India stands ready to support all such efforts aimed at de-escalation,” Bagchi mentioned further.
"""


def test_quote_framed_by_mentioned_further():
    _, sts = excerpt(IN_MENTIONED_FURTHER)
    (st,) = [st for st in sts if "Bagchi" in st.speaker.name and "reiterate" in st.text]
    assert st.kind == "direct"
    assert st.text.startswith("We reiterate that escalation") and st.text.endswith("aimed at de-escalation")
    assert not any(st.text.strip() == "further" for st in sts)


# https://fbeta.republika.co.id/berita/en/national-politics/16/04/05/o55986317-retno-assigned-by-president-to-solve-hostage-problem
# (seed9 held-out id/022)
ID_TWO_MINISTERS = """---
source_url: "https://fbeta.republika.co.id/berita/en/national-politics/16/04/05/o55986317-retno-assigned-by-president-to-solve-hostage-problem"
date: "2016-04-05"
---
REPUBLIKA.CO.ID, JAKARTA -- The Indonesian Foreign Affairs Minister, Retno Marsudi, and the Defense Minister, Ryamizard Ryacudu, said Indonesia has coordinated with the Philippines government to free hostages captured by Abu Sayyaf group.

Retno Marsudi and Ryacudu met at the office of the Coordinating Minister of Political, Legal and Security Affairs here on Monday.

Marsudi stated that Indonesia has been considering several options to free the hostages.

Previously, President Jokowi had said the government was according priority to resolving the issue through dialogue with the Abu Sayyaf militants in the Philippines' waters.

"Once again for the last time, priority is being accorded to the option of dialogue to save the hostages," Widodo said on last Sunday.
"""


def test_two_titled_ministers_each_speak_on_the_day_they_met():
    _, sts = excerpt(ID_TWO_MINISTERS)
    lead = [st for st in sts if st.text.startswith("Indonesia has coordinated")]
    assert sorted(st.speaker.name for st in lead) == ["Retno Marsudi", "Ryamizard Ryacudu"]
    assert {st.said_on for st in lead} == {"2016-04-04"}     # the Monday they met, not Widodo's "last Sunday"
    (options,) = [st for st in sts if st.text.startswith("Indonesia has been considering")]
    assert options.said_on == "2016-04-04"
    (widodo,) = [st for st in sts if st.text.startswith("Once again")]
    assert widodo.said_on == "2016-04-03"


# http://talkmedianews.com/pentagon-news-as-it-break-from-the-pentagon/2015/12/08/382/ (dates9 held-out us/006, .txt)
US_BRIEFING_NOTES = """Pentagon briefing notes Dec. 8, 2015

Pentagon briefing notes Dec. 8, 2015

By Loree Lewis

Pentagon press secretary Peter Cook briefed reporters. He said that a claim by the Syrian government that U.S.-led coalition aircraft bombed a Syrian government base is "completely false."

Cook reiterates that a claim by the Syrian government under Bashar al-Assad that U.S.-led coalition aircraft bombed a Syrian government base is “completely false.” He said there were no coalition strikes near the base in Ayyash, “and the closest coalition airstrike on Dec. 6 was approximately 59 km southeast of Ayyash against ISIL controlled oil wellheads.”
"""


def test_briefing_notes_title_dates_an_undated_report():
    _, sts = excerpt(US_BRIEFING_NOTES, "page.txt")
    cook = _by(sts, "Peter Cook")
    assert len(cook) >= 2
    assert {st.said_on for st in cook} == {"2015-12-08"}


# https://independent.co.uk/tv/news/uk-refugees-rwanda-scheme-processing-b2057936.html (dates9 held-out uk/049)
UK_OWNED_COMMENTS = """---
title: "Home Office minister denied UK would send asylum seekers to Rwanda just eight days ago"
source_url: "https://independent.co.uk/tv/news/uk-refugees-rwanda-scheme-processing-b2057936.html"
---
The UK government's minister for refugees claimed there was "no possibility" of sending asylum seekers to Rwanda just eight days ago.

Lord Harrington's comments have resurfaced on the day that Boris Johnson announced a plan to send migrants to east Africa for processing.

"If it's happening in the Home Office on the same corridor that I'm in, they haven't told me about it," he said of the suggestion, which has since been confirmed.
"""


def test_he_after_owned_comments_is_their_owner():
    _, sts = excerpt(UK_OWNED_COMMENTS)
    (st,) = [st for st in sts if st.text.startswith("If it's happening")]
    assert "Harrington" in st.speaker.name
    assert not any(st.text.startswith("If it's happening") for st in _by(sts, "Boris Johnson"))


# http://www.dnaindia.com/india/report-no-message-sent-india-on-pak-nsa-s-claim-of-new-delhi-reaching-out-to-islamabad-2850041
# (dates9 held-out in/040, .txt)
IN_PAKISTANI_NSA = """No message sent: India on Pak NSA's claim of New Delhi reaching out to Islamabad

India has dismissed Pakistani National Security Advisor Moeed Yusaf claiming that New Delhi reached out to Islamabad for talks and his comments were "contrary to facts on the ground, misleading and fictitious".

Ministry of External Affairs spokesperson Anurag Srivastava said, "As regards the purported message, let me make it clear that no such message was sent from our side."

In an interview, the Pakistani NSA had claimed that India had expressed "desire" for talks.
"""


def test_office_letters_after_a_demonym_are_the_introduced_holder():
    _, sts = excerpt(IN_PAKISTANI_NSA, "page.txt")
    (st,) = [st for st in sts if st.text.startswith("India had expressed")]
    assert st.speaker.name == "Moeed Yusaf"


def test_bare_agency_letters_stay_a_body():
    from pressarchive.extract.mentions import parse_np, tokens
    assert parse_np(tokens("The NSA", 0)).kind == "body"     # the US agency, no adviser


# https://thefrontierpost.com/pak-urges-afghan-govt-to-act-against-banned-outfits/ (seed9 tuning page pk/013, class L)
PK_ACCORDING_TO_HER = """---
source_url: "https://thefrontierpost.com/pak-urges-afghan-govt-to-act-against-banned-outfits/"
date: "2023-01-01"
---
Mumtaz Zahra Baloch was of the view that social media is an open platform and the personal assertion/ opinion of any individual does not merit a response from the government of Pakistan. While commenting on Pak-China bilateral relations, Mumtaz Zahra Baloch told the journalists that the third round of Pakistan China bilateral Political Conscultation successfully culminated in Beijing in recent days.

According to her, the two sides agreed to expand their political and security cooperation, along with the promotion of bilateral trade, tourism, cultural exchanges and people-to-people contacts to further explore the potential avenues of bilateral cooperation between the two. Countries.
"""


def test_according_to_her_is_the_spokeswomans():
    _, sts = excerpt(PK_ACCORDING_TO_HER)
    (st,) = [st for st in sts if st.cue == "according to"]
    assert st.speaker.name == "Mumtaz Zahra Baloch"
    assert st.text.startswith("the two sides agreed to expand")


# https://en.irna.ir/news/85699946/Qatar-expresses-pride-in-solid-stable-relations-with-Iran (seed9 tuning qa/042, class L)
QA_NAME_WITH_PARTICLE_WHO = """---
source_url: "https://en.irna.ir/news/85699946/Qatar-expresses-pride-in-solid-stable-relations-with-Iran"
---
“We are proud of our bilateral relationship with the Islamic Republic of Iran, and our discussions are ongoing about events in the region,” Majed bin Mohammed Al Ansari, who is also an advisor to the Qatari Prime Minister, stated in a weekly press conference on Tuesday.
"""


def test_name_with_bin_before_a_relative_clause_speaks():
    _, sts = excerpt(QA_NAME_WITH_PARTICLE_WHO)
    (st,) = [st for st in sts if st.text.startswith("We are proud")]
    assert st.kind == "direct"
    assert st.speaker.name == "Majed bin Mohammed Al Ansari"
