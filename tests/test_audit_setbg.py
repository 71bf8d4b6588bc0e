"""Audit round setbg: Canadian news that quotes anyone, the sixteenth sample (set BG's train documents: Postmedia's
healthing.ca copy of a Calgary Herald story, CambridgeToday, CTV News B.C. and Atlantic, the Edmonton Journal, Global
News Edmonton, CityNews Winnipeg, CBC Politics). Each test reads a real passage (its page's URL in a comment) as the
pipeline does and asserts what an annotator expects: who said it, when, and the words; and a must-not case from
another document."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said

from pressarchive.extract.direct import _counted_audience
from pressarchive.resolve import _role_matches


# --- 'Court of Queen’s Bench Justice John Rooke ... the judge declared, “...”': a justice is a judge ---------------

HEALTHING_GONDEK = '''
Gondek took the oath of office first as her husband, mother and child looked on in council chambers. Court of Queen’s Bench Justice John Rooke administered the oath, and as Gondek’s husband Todd draped the chain of office around her shoulders, the judge declared, “Now I can call you ‘your worship.'”

Gondek’s remarks were brief as the ceremony came to a close, promising that the new council would govern with “vision, courage and compassion.”
'''


def test_the_judge_is_the_justice_named_before():
    # https://www.healthing.ca/news/local-news/live-calgarys-new-city-council-sworn-in-at-2-p-m
    # (eval/own/docs-bg/ca/001.md): "the judge" refers back to a person whose title's head is "Justice" (titles.yml
    # role_kinds: justice -> judge, read on the role's head word)
    _, sts = excerpt(page(HEALTHING_GONDEK, date="2021-10-25"))
    assert [(who, text) for who, _, text in said(sts, "your worship")] == \
        [("John Rooke", "Now I can call you ‘your worship.'")]
    assert [who for who, _, _ in said(sts, "vision, courage")] == ["Gondek"]     # (named in full only before)
    # must not: a justice minister is no judge -- the role is read on its head word ("Quebec Justice Minister Simon
    # Jolin-Barrette stated that ...", eval/own/docs-ax/ca/002.md, where "the judge" is another, unnamed person)
    assert _role_matches("quebec justice minister", "judge") is False
    assert _role_matches("labour backbencher", "mp") is True      # (the kind read before, bbc-news/politics/133)


# --- '“...,” Adriana LaGrange told the association’s (ATA) nearly 500 teacher delegates at ...': a counted audience --

GLOBAL_LAGRANGE = '''
Following a contentious election campaign, Alberta’s new education minister addressed the Alberta Teachers’ Association for the first time on Saturday.

“I am deeply honoured and humbled to stand before you as the newly minted minister of education,” Adriana LaGrange told the association’s (ATA) nearly 500 teacher delegates at its 102nd Annual Representative Assembly.

“I have seen firsthand your dedication to students. Teaching is a noble vocation, not just a job.”
'''


def test_told_an_audience_counted_frames_the_quotation():
    # https://globalnews.ca/news/5293527/alberta-education-minister-teachers-conference/ (eval/own/docs-bg/ca/008.md):
    # the audience told, counted ("nearly 500 teacher delegates", grammar.yml count_approximators) after a body's
    # possessive and acronym, then where, is no clause: the quotation before is hers, and the audience no words of hers
    _, sts = excerpt(page(GLOBAL_LAGRANGE, date="2019-05-18"))
    assert [(who, text) for who, _, text in said(sts, "deeply honoured")] == \
        [("Adriana LaGrange", "I am deeply honoured and humbled to stand before you as the newly minted minister of "
                              "education")]
    assert said(sts, "teacher delegates") == []
    # must not: a count told before a "that" clause is no audience alone ("The sources, speaking separately, said Poehl
    # told about 200 bankers in reply to questions that a cut in U.S. Interest rates would give room for a matching
    # measure in Germany.", reuters21578 reut2-003)
    assert not _counted_audience(" about 200 bankers in reply to questions that a cut in U.S. Interest rates would give "
                                 "room for a matching measure in Germany.")


# --- '“political opportunism” amid speculation that ...' and '... but when asked by reporters, Houston has denied' --

CTV_CHURCHILL = '''
Nova Scotia Liberal leader Zach Churchill slammed the rumoured early election call as “political opportunism” amid speculation that Premier Tim Houston will call a snap vote soon.

Churchill said Houston has made public comments that he intends to call a provincial election this Saturday but when asked by reporters, Houston has denied he’s even thinking about an election at this time.

“We’re just focused on executing for Nova Scotians,” said Houston, during a press conference where he announced the province was cutting the harmonized sales tax by one point next year.
'''


def test_amid_speculation_after_the_closing_mark_is_the_writers():
    # https://atlantic.ctvnews.ca/nova-scotia-liberal-leader-says-rumoured-election-reeks-of-political-opportunism-1.7084560
    # (eval/own/docs-bg/ca/005.md): "amid speculation that ..." right after the words' closing mark is the reporter's
    # background, as after a comma (spans.CONTENT_CUT)
    _, sts = excerpt(page(CTV_CHURCHILL))
    assert [(who, text) for who, _, text in said(sts, "opportunism")] == \
        [("Zach Churchill", "the rumoured early election call as “political opportunism”")]
    # must not: with no comma nor closing mark, "amid suspicion ..." stays in the words (bbc-news/politics/260, as
    # tests/test_audit_setbc.py reads it)
    _, sts = excerpt(page('''
The new book claims Mr Prescott hosted a dinner in November 2003 where the prime minister told Mr Brown he would stand down before the next election because he had lost trust over the Iraq war. Mr Blair then changed his mind in June 2004, after Cabinet allies intervened and amid suspicion the chancellor was manoeuvring against him, writes Mr Peston.
''', date="2005-01-10"))
    assert [text.endswith("amid suspicion the chancellor was manoeuvring against him")
            for _, _, text in said(sts, "changed his mind")] == [True]


def test_but_when_asked_ends_the_words():
    # https://atlantic.ctvnews.ca/nova-scotia-liberal-leader-says-rumoured-election-reeks-of-political-opportunism-1.7084560
    # (eval/own/docs-bg/ca/005.md): "but when asked ..." turns to another occasion, the writer's: Churchill's words end
    # before it, and Houston's denial after it is his own
    _, sts = excerpt(page(CTV_CHURCHILL))
    assert [(who, text) for who, _, text in said(sts, "public comments")] == \
        [("Zach Churchill", "Houston has made public comments that he intends to call a provincial election this "
                            "Saturday")]
    assert [(who, text) for who, _, text in said(sts, "even thinking")] == \
        [("Tim Houston", "he’s even thinking about an election at this time")]
    # must not: "but when" with no question asked stays in the words: 'She said she had no plans to yell anything about
    # anyone, but when Trump mentioned Cruz, it just happened.' (polnear/train/text/
    # west-journal_2016-02-09_trump-supporter-screams-controve.txt)
    _, sts = excerpt(page('''
“For the press, this is a serious reprimand,” Trump said.

Nevertheless, the incident made waves in the media.

“… his reiteration of a vulgarity shouted by a female supporter in the Verizon Center on Monday evening was likely the first time in American history that a major presidential candidate used a phrase widely considered obscene in a televised rally, let alone used the word to refer to his nearest competitor for public office,” wrote Ben Jacobs in The Guardian.

The woman who started it all identified herself to CNN as a 52-year-old Salem, N.H., resident named Caroline.

“He truly cares about the American people,” she said of Trump.

She said she had no plans to yell anything about anyone, but when Trump mentioned Cruz, it just happened.
''', date="2016-02-09"))
    assert [text.endswith("but when Trump mentioned Cruz, it just happened") for _, _, text in said(sts, "no plans")] == \
        [True]


# --- 'Kahlon was sworn in Wednesday and a day later, told CTV News he ...': a later time before the second verb -----

CTV_KAHLON = '''
Premier David Eby signalled how much of a priority housing affordability is to the province by creating the first standalone ministry to deal with issues and tapping Ravi Kahlon to lead the file.

Kahlon was sworn in Wednesday and a day later, told CTV News he already had several meetings set up with municipal mayors to find out their challenges and seek solutions. He said he knows Eby has an aggressive plan to tackle housing.
'''


def test_and_a_day_later_told_shares_the_subject():
    # https://bc.ctvnews.ca/b-c-s-new-housing-minister-says-renters-rebate-other-relief-measures-could-be-coming-in-2023-1.6187473
    # (eval/own/docs-bg/ca/004.md): a later time set off by a comma between "and" and the verb of speech
    # (grammar.yml later_adverbials) leaves the verb coordinated with the first one, its subject the same
    _, sts = excerpt(page(CTV_KAHLON))
    assert [(who, text) for who, _, text in said(sts, "several meetings")] == \
        [("Ravi Kahlon", "he already had several meetings set up with municipal mayors to find out their challenges "
                         "and seek solutions")]
    # must not: a new subject after the time's comma is that subject's sentence, no saying of the first one's
    # (polnear/train/text/wash-post_2016-09-07_republican-seeks-new-clinton-inq.txt)
    _, sts = excerpt(page('''
On March 2, 2015, the New York Times revealed that Clinton used a personal email account as secretary of state, and the following day, the Benghazi committee requested documents related to it be preserved.
''', date="2016-09-07"))
    assert [who for who, _, _ in said(sts, "requested documents")] == []


# --- 'Churchill questioned why Houston would call a snap election ...': a doubt voiced before "why"/"whether" -------

def test_questioned_why_is_a_statement():
    # https://atlantic.ctvnews.ca/nova-scotia-liberal-leader-says-rumoured-election-reeks-of-political-opportunism-1.7084560
    # (eval/own/docs-bg/ca/005.md): "question why"/"question whether" (verbs.yml) frame the question voiced
    _, sts = excerpt(page('''
Churchill said Houston has made public comments that he intends to call a provincial election this Saturday but when asked by reporters, Houston has denied he’s even thinking about an election at this time.

Churchill questioned why Houston would call a snap election when one of his first moves as provincial leader was to mandate a fixed election date for July 2025.
'''))
    assert [(who, text) for who, _, text in said(sts, "snap election")] == \
        [("Churchill", "Houston would call a snap election when one of his first moves as provincial leader was to "
                       "mandate a fixed election date for July 2025")]
    # must not: "questioned" with a noun phrase, no question word, is no frame of this cue (bbc-news/politics/392.txt)
    _, sts = excerpt(page('''
There he is expected to strike a similar debt relief pact. The chancellor said he hoped other G8 and European countries would follow suit. The UK has already cancelled its bilateral debts - money the UK alone is owed - with the world's poorest nations including Tanzania. Former international development secretary Clare Short questioned the effectiveness of debt relief as a means of tackling poverty.
''', date="2005-02-01"))
    assert said(sts, "effectiveness of debt relief") == []
