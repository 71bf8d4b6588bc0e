"""Audit round r26a: classes seen on set N and O train documents and the shared corpora. Each test reads a real
passage (its page or corpus path in a comment) as the pipeline does and asserts who said what and when."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- a name ending in a word that is also a title's abbreviation ("Sen", "Gov", "Rep") -----------------------------

HUN_SEN = '''
The EU warned Cambodia that it would withdraw the Everything But Arms (EBA) preferential trade status for Cambodia, citing the latter's oppression over the opposition, NGOs and media. On February 11, Cambodian Prime Minister Hun Sen said the country does not bow to EU's pressure and called on his people to protect Cambodia's independence, sovereignty and peace.
'''


def test_titled_name_ending_in_sen_is_a_person():
    # data/china-mfa-presscon-html/eng/t1743902.html (Geng Shuang's briefing of February 12, 2020; a question's words,
    # read here as a news page's)
    _, sts = excerpt(page(HUN_SEN, date="2020-02-12"))
    hits = [st for st in sts if "does not bow to EU's pressure" in st.text]
    assert [(st.speaker.name, st.speaker.kind, st.said_on) for st in hits] == [("Hun Sen", "person", "2020-02-11")]
    # must not: a body called "Cambodian Prime Minister Hun Sen" ("Sen" read as "Sen.", a senator's title)
    assert not [st for st in sts if st.speaker and "Sen" in st.speaker.name and st.speaker.kind == "organization"]
    assert [st.speaker.name for st in sts if "withdraw the Everything But Arms" in st.text] == ["European Union"]
