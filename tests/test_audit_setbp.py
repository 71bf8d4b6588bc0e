"""Audit round setbp: Canadian news that quotes anyone, the eighteenth sample (set BP's train documents: CTV News
Vancouver, Global News's 980 CFPL). Each test reads a real passage (its page's URL in a comment) as the pipeline does
and asserts what an annotator expects: who said it, when, and the words; and a must-not case from another document."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said

from pressarchive.extract.sentences import sentences


# --- 'at 4:33 p.m. Police say ...': a clock time's "p.m." ends its sentence before a word no time goes on with -------

def test_clock_time_ends_its_sentence_before_a_new_one():
    # https://bc.ctvnews.ca/police-investigating-suspected-homicide-on-northern-vancouver-island-1.7065124
    # (eval/own/docs-bp/ca/008.md): "p.m." then "Police" opens the next sentence (sentences._clock_time_closes), so
    # the words said are the whole clause, its subject's relative clause inside them
    text = ("Local RCMP officers were called to assist the victim in the 8800 block of Park Drive at 4:33 p.m. Police "
            "say the victim, who was likely assaulted, was taken to hospital where they died of their injuries.")
    assert [text[a:b].split()[-1] for a, b in sentences(text)] == ["p.m.", "injuries."]
    _, sts = excerpt(page('''
In a statement Monday, the Vancouver Island Integrated Major Crime Unit said it has taken conduct of the investigation after an injured person was discovered in the community late Sunday afternoon.

''' + text))
    assert [t for _, _, t in said(sts, "victim, who")] == \
        ["the victim, who was likely assaulted, was taken to hospital where they died of their injuries"]
    # ... as "p.m. He says" does (polnear/train/text/breitbart_2016-02-20_the-latest-hillary-clinton-tells.txt)
    text = ("Bush says he’s going to “work hard for the day” and await results after the polls close at 7 p.m. He says "
            "“it’s interesting that a lot of people claim they’re undecided this late.”")
    assert len(sentences(text)) == 2
    # must not: a zone, a weekday or a month after the time goes on with it ("until nearly 2 a.m. Friday in defiance",
    # polnear/dev/text/wash-post_2016-09-25_phone-video-is-first-public-look.txt; "at 1 p.m. EDT on Thursday",
    # state-dept-press-releases-rss/press-releases-2021-07.rss; "on Friday at 7 p.m. MT.", CBC North, set BP 005)
    for text in ('Protesters marching through the streets chanted "What curfew?" and kept going until nearly 2 a.m. '
                 'Friday in defiance the curfew.',
                 "Secretary of State Antony J. Blinken will release the 2021 Trafficking in Persons Report (TIP Report) "
                 "at 1 p.m. EDT on Thursday, July 1, 2021, in the Benjamin Franklin Room at the Department of State.",
                 "Northwest Territories officials are scheduled to update the public on wildfires and evacuation efforts "
                 "on Friday at 7 p.m. MT.\n\nThe N.W.T. government on Wednesday ordered Yellowknife's residents to flee."):
        assert [text[a:b][:12] for a, b in sentences(text)] == [p[:12] for p in text.split("\n\n")]


# --- '“...,” Williams’ statement reads.': a named owner's statement before "reads" speaks with the owner's voice --------

def test_owners_statement_reads():
    # https://globalnews.ca/news/7878993/london-ont-police-request-privacy-following-death-of-officer/
    # (eval/own/docs-bp/ca/002.md): the owner before "statement reads", a name in "s" taking the apostrophe alone
    # (direct.OWNERS_STATEMENT_READS), is the speaker; the statement is the one "released on social media Wednesday
    # night"
    _, sts = excerpt(page('''
By Jake Jeffrey 980 CFPL
Posted May 20, 2021 4:57 am

The London Police Service is mourning the death of one of their own.

According to a brief statement released on social media Wednesday night, police chief Steve Williams says he is sad to report that they lost a member of their service.

“We are offering our full support to the officer’s family and loved ones, as well as our members,” Williams’ statement reads.
''', date="2021-05-20"))
    assert said(sts, "full support") == [("Steve Williams", "2021-05-19", "We are offering our full support to the "
                                          "officer’s family and loved ones, as well as our members")]
    # must not: a letter with no owner named before "reads" is no one's by this rule (polnear/dev/text/
    # huff-post_2016-10-07_frustrated-parents-rally-nationw.txt: the parents who sent it are unnamed)
    _, sts = excerpt(page('''
Others in the African-American community have opposed the NAACP resolution. In late September, a group of black parents with kids in charter schools sent a letter to the NAACP board of directors urging them to reconsider.

“From Seattle, to Oklahoma City, to Houston, New York, and New Jersey, we see charter schools offering parents of color hope that their children can have a better future,” the letter reads.
''', date="2016-10-07"))
    assert said(sts, "From Seattle") == []
