"""Audit round setr (held-out set R, eval/own/SOURCE-r.md): State Department feed items, White House releases, China
MFA transcripts, Reuters records. Each test reads a real passage (its document in a comment) as the pipeline does and
asserts what an annotator expects: who said it, when, and the words."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- a signed presidential document: its paragraphs were said the day it was signed, not the day it was posted ------

VETO = '''---
date: '2025-12-30'
published_time: 2025-12-30 22:45:12-05:00
source_url: https://www.whitehouse.gov/briefings-statements/2025/12/congressional-bill-h-r-131-vetoed/
tags: briefings-statements
title: Congressional Bill H.R. 131 Vetoed
---
 
I am returning herewith without my approval H.R. 131, the Finish the
Arkansas Valley Conduit Act. 

Enough is enough.  My Administration is committed to preventing
American taxpayers from funding expensive and unreliable policies.
Ending the massive cost of taxpayer handouts and restoring fiscal sanity
is vital to economic growth and the fiscal health of the Nation.

For these reasons, I cannot support the Finish the Arkansas Valley
Conduit Act.  Therefore, it is my duty to return H.R. 131 to the House
of Representatives without my approval.

DONALD J. TRUMP

THE WHITE HOUSE,

December 29, 2025.
'''


def test_veto_message_is_dated_to_its_signature():
    # whitehouse-briefing-room/briefings-statements/2025-12/2025-12-30-congressional-bill-h-r-131-vetoed.md (set R 007)
    _, sts = excerpt(VETO, "2025-12-30-congressional-bill-h-r-131-vetoed.md")
    assert [(w, d) for w, d, _ in said(sts, "Enough is enough")] == [("Donald Trump", "2025-12-29")]
    assert [(w, d) for w, d, _ in said(sts, "it is my duty to return H.R. 131")] == [("Donald Trump", "2025-12-29")]
    # the signature lines are no statement, and no paragraph keeps the posting day
    assert not [st for st in sts if "THE WHITE HOUSE" in st.text or "DONALD J. TRUMP" in st.text]
    assert not [st for st in sts if st.said_on == "2025-12-30"]


def test_signature_long_before_posting_dates_nothing():
    # (the same message posted three weeks after its signing: no day of the signature, the release's own day stays)
    late = VETO.replace("date: '2025-12-30'", "date: '2026-01-20'").replace("2025-12-30 22:45", "2026-01-20 22:45")
    _, sts = excerpt(late, "veto.md")
    assert {d for w, d, _ in said(sts, "Enough is enough")} != {"2025-12-29"}


PROCLAMATION = '''---
date: '2025-03-07'
published_time: 2025-03-07 10:44:17-05:00
source_url: https://www.whitehouse.gov/briefings-statements/2025/03/national-consumer-protection-week-2025/
tags: briefings-statements
title: National Consumer Protection Week, 2025
---
 
BY THE PRESIDENT OF THE UNITED STATES OF AMERICA  
  
A PROCLAMATION

During National Consumer Protection Week, we reaffirm our commitment to
safeguarding the American people from fraud, scams, and deceptive
business practices.

NOW, THEREFORE, I, DONALD J. TRUMP, President of the United States of
America, by virtue of the authority vested in me by the Constitution and
the laws of the United States, do hereby proclaim March 2 through March
8, 2025, as National Consumer Protection Week.

IN WITNESS WHEREOF, I have hereunto set my hand this sixth day of March,
in the year of our Lord two thousand twenty-five, and of the
Independence of the United States of America the two hundred and
forty-ninth.

DONALD J. TRUMP
'''


def test_proclamation_is_dated_to_the_day_it_was_signed():
    # whitehouse-briefing-room/briefings-statements/2025-03/2025-03-07-national-consumer-protection-week-2025.md
    _, sts = excerpt(PROCLAMATION, "2025-03-07-national-consumer-protection-week-2025.md")
    days = {d for w, d, _ in said(sts, "we reaffirm our commitment")}
    assert days == {"2025-03-06"}
    assert not [st for st in sts if st.said_on == "2025-03-07"]     # never the posting day


# --- "As X said <when and where>, CLAUSE": the main clause is what X said ------------------------------------------

HOUTHI = '''
Ned Price, Department Spokesperson

The United States condemns the terrorist attack by the Houthis today that struck the commercial airport in Abha, Saudi Arabia, injuring at least a dozen innocent civilians. The Houthis have pursued a dangerous pattern of increasingly obstructive and aggressive actions against Yemenis, Yemen’s neighbors, and the international community. As President Biden reiterated in his call to King Salman yesterday, the United States is firmly committed to supporting the defense of Saudi Arabia.
'''


def test_as_clause_of_occasion_frames_the_main_clause():
    # https://www.state.gov/houthi-terrorist-attack-in-saudi-arabia/ (state-dept-press-releases-rss/press-releases-2022-02.rss)
    _, sts = excerpt(page(HOUTHI, date="2022-02-10"))
    assert [(w, d, t) for w, d, t in said(sts, "firmly committed") if w == "Joe Biden"] == \
        [("Joe Biden", "2022-02-09", "the United States is firmly committed to supporting the defense of Saudi Arabia")]
    # the occasion is no words of his
    assert not [st for st in sts if st.text.startswith("in his call to King Salman")]


def test_as_clause_with_an_object_keeps_its_own_words():
    # bbc-news/politics/360-like: "As Mr Brown announced the Budget date ..., Ernst & Young urged him ...": the main
    # clause is another speaker's, never Brown's
    _, sts = excerpt(page('''
As Mr Brown announced the Budget date in a short ministerial statement, accountancy firm Ernst & Young urged him to avoid tax rises.
''', date="2005-02-28"))
    assert not [st for st in sts if st.speaker and "Brown" in st.speaker.name and "tax rises" in st.text]


# --- a State Department readout: the people named together, the day of the calls ------------------------------------

def release(body: str, date: str) -> str:
    return f'---\ntitle: "Release"\nsource_url: "https://www.state.gov/release/"\ndate: "{date}"\n---\n' + body.strip() + "\n"


VIETNAM = '''
Office of the Spokesperson

The below is attributable to Spokesperson Ned Price:

Secretary of State Antony J. Blinken spoke today with Vietnamese Foreign Minister Bui Thanh Son. Secretary Blinken and Foreign Minister Son celebrated the strength of the U.S.-Vietnam Comprehensive Partnership and reaffirmed our shared commitment to protecting and preserving the rules-based order in the South China Sea. The Secretary and the Foreign Minister also discussed ongoing concerns regarding the military coup in Burma and commitments to addressing climate change and tackling COVID-19. Secretary Blinken emphasized U.S. commitment to ASEAN centrality, the Mekong-U.S. Partnership, and support of a strong, prosperous, and independent Vietnam that respects human rights and the rule of law.
'''


def test_two_named_subjects_of_a_coordinated_predicate_each_speak():
    # https://www.state.gov/secretary-blinkens-call-with-vietnamese-foreign-minister-son/
    # (state-dept-press-releases-rss/press-releases-2021-05.rss)
    _, sts = excerpt(release(VIETNAM, "2021-05-27"))
    shared = said(sts, "our shared commitment to protecting")
    assert sorted(w for w, _, _ in shared if w != "Ned Price") == ["Antony J. Blinken", "Bui Thanh Son"]
    assert {d for _, d, _ in shared} == {"2021-05-27"}
    # what the Secretary alone emphasized stays his
    assert [w for w, _, _ in said(sts, "ASEAN centrality") if w != "Ned Price"] == ["Antony J. Blinken"]


KIM = '''
Office of the Spokesperson

The following is attributable to Spokesperson Ned Price:

In separate March 4 calls, Special Representative for the DPRK Sung Kim discussed the DPRK’s March 4 ballistic missile test with Japanese Ministry of Foreign Affairs Director General for Asian and Oceanian Affairs Bureau Funakoshi Takehiro and ROK Special Representative for Korean Peninsula Peace and Security Affairs Noh Kyu-duk.

Special Representative Kim denounced the DPRK ballistic missile launch as a violation of multiple UN Security Council resolutions and a threat to regional stability. He reaffirmed the shared goal of complete denuclearization of the Korean Peninsula and U.S. ironclad commitment to the defense of the ROK and Japan. Special Representative Kim underscored the U.S. commitment to coordination with allies and our continued readiness to engage in serious and sustained diplomacy with the DPRK.
'''


def test_readout_calls_date_what_was_said_in_them():
    # https://www.state.gov/special-representative-for-the-democratic-peoples-republic-of-korea-sung-kims-calls-...
    # (state-dept-press-releases-rss/press-releases-2022-03.rss, posted 2022-03-07)
    _, sts = excerpt(release(KIM, "2022-03-07"))
    kim = [(d, t[:30]) for w, d, t in said(sts, "") if w == "Sung Kim"]
    assert len(kim) == 3 and {d for d, _ in kim} == {"2022-03-04"}
    # the spokesperson's release is still of its own day, never the calls'
    assert {d for w, d, _ in said(sts, "") if w == "Ned Price"} == {"2022-03-07"}


# --- a titled person "of" a country or a state, the given name unknown ---------------------------------------------

def test_titled_name_of_country_with_a_modified_title():
    # docs-r/reuters21578/articles/3748.txt (reut2-003.sgm NEWID 3748, 11-MAR-1987; set R 014)
    _, sts = excerpt(page('''
Negotiators at a United Nations conference on natural rubber are making slow progress towards reaching an agreement, delegates said.

Conference chairman Manaspas Xuto of Thailand has said it was "imperative" to settle outstanding issues this week so that technical drafting work can be done next week.
''', date="1987-03-11"))
    assert [w for w, _, _ in said(sts, "imperative")] == ["Manaspas Xuto"]
    assert not [st for st in sts if st.speaker and st.speaker.name == "Thailand"]
    # "delegates said" stays a vague source
    assert not said(sts, "slow progress")


def test_senator_of_a_state():
    # (the same form in US copy: "Senator Barbara Boxer of California said", bbc-news; a given name the lists miss)
    _, sts = excerpt(page("Senator Sherrod Brown of Ohio said the bill would hurt farmers.", date="2022-03-07"))
    assert [w for w, _, _ in said(sts, "hurt farmers")] == ["Sherrod Brown"]
    assert not [st for st in sts if st.speaker and st.speaker.name == "Ohio"]


# --- "As X has said, ...": words recalled from before the release, on no day it gives --------------------------------

def test_as_clause_recalling_earlier_words_is_undated():
    # whitehouse-briefing-room/statements-releases/2024-08/2024-08-08-fact-sheet-one-year-after-maui-wildfires-...
    _, sts = excerpt(page('''
This week, senior Administration officials traveled to Maui to commemorate the one-year anniversary of the wildfires.

As President Biden made clear during his visit to Maui last year, the Biden-Harris Administration will be with the people of Maui every step of the way, no matter how long it takes, to recover and rebuild from these unprecedented wildfires.

As the President has said, Pulse Nightclub is hallowed ground.
''', date="2024-08-08"))
    assert [(w, d) for w, d, _ in said(sts, "every step of the way")] == [("Joe Biden", None)]
    assert [(w, d) for w, d, _ in said(sts, "hallowed ground")] == [("Joe Biden", None)]


def test_as_clause_of_yesterday_keeps_its_day():
    # (the Houthi release above: "As President Biden reiterated in his call to King Salman yesterday," is dated)
    _, sts = excerpt(page(HOUTHI, date="2022-02-10"))
    assert {d for w, d, _ in said(sts, "firmly committed") if w == "Joe Biden"} == {"2022-02-09"}


CYPRUS = '''
Office of the Spokesperson

The below is attributable to Spokesperson Ned Price:

Secretary of State Antony J. Blinken met today with Republic of Cyprus Foreign Minister Ioannis Kasoulides today in Washington, D.C. Secretary Blinken congratulated Foreign Minister Kasoulides on his return to the Ministry of Foreign Affairs and reiterated the U.S. commitment to deepening cooperation with the Republic of Cyprus, including through the 3+1 mechanism with Greece and Israel. The Secretary and Foreign Minister discussed a range of bilateral and regional issues, including the importance of coordinating actions in support of Ukraine’s sovereignty and territorial integrity. They also underscored the importance of increasing scientific collaboration on issues such as climate change and emerging technology through the upcoming signing of a bilateral Science and Technology Agreement.

The Secretary expressed continued U.S. support to Cypriot-led, UN-facilitated efforts to reunify the island as a bizonal, bicommunal federation with political equality to benefit all Cypriots.
'''


def test_readout_they_after_the_pair_met_is_the_pair():
    # https://www.state.gov/secretary-blinkens-meeting-with-republic-of-cyprus-foreign-minister-kasoulides/
    # (state-dept-press-releases-rss/press-releases-2022-02.rss)
    _, sts = excerpt(release(CYPRUS, "2022-02-01"))
    assert sorted(w for w, _, _ in said(sts, "scientific collaboration") if w != "Ned Price") == \
        ["Antony J. Blinken", "Ioannis Kasoulides"]
    # the spokesperson's paragraph stays his, and no one else takes it
    assert {w for w, _, t in said(sts, "Secretary of State Antony J. Blinken met today")} == {"Ned Price"}
