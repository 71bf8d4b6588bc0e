"""Audit round r28b: spokespeople of seed-like copy (Vietnamese, Chinese, Korean, Japanese, Philippine outlets, and
Reuters and Korea Herald copy of them). Each test reads a real passage (its page's URL in a comment) as the pipeline
does and asserts what an annotator expects: who said it, when, and the words."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- an unnamed spokesperson of a ministry named by its portfolio alone ------------------------------------------

MARINELINK = '''
Vietnam has protested against China's alleged detention of Vietnamese fishermen and fishing vessels in the contested Paracel Islands in the South China Sea, a foreign ministry spokesperson said on Thursday.

There was no immediate response from the Chinese foreign ministry to Reuters' questions about the incident.
'''


def test_foreign_ministry_spokesperson_of_the_country_opening_the_sentence():
    # https://www.marinelink.com/news/vietnam-urges-release-fishermen-detained-518719 (own set P train 002)
    _, sts = excerpt(page(MARINELINK, date="2024-10-31"))
    assert [(w, d) for w, d, _ in said(sts, "Vietnam has protested against China")] == \
        [("Ministry of Foreign Affairs of Vietnam", "2024-10-31")]
    # must not: the country the words are about speaks, nor China's ministry named after
    assert not [st for st in sts if st.speaker and st.speaker.name in ("Vietnam", "China")]


def test_foreign_ministry_spokesperson_after_no_country_stays_unnamed():
    # (same page, the sentence opening with no country: no ministry to name)
    _, sts = excerpt(page('''
The fishermen should be released immediately, a foreign ministry spokesperson said on Thursday.
''', date="2024-10-31"))
    assert not [st for st in sts if st.speaker and "Ministry" in st.speaker.name]
