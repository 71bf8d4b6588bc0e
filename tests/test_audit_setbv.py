"""Audit round setbv: UK outlets reporting spokespeople (set BV's train documents: The Independent, the Evening
Standard, Reuters, ITV News). Each test reads a real passage (its page's URL or file in a comment) as the pipeline does
and asserts what an annotator expects: who said it, when, and the words."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- "CONTENT, X has said amid claims ...": the words are before the frame ------------------------------------------

JENRICK_BOX = '''
It is the responsibility of ministers to ensure existing security protocols are followed, Downing Street has said amid claims Robert Jenrick left his ministerial briefcase unattended on a train.

The Sun newspaper reported that witnesses had seen the immigration minister leave his red box unattended for at least four minutes last week.
'''


def test_amid_after_an_inverted_frame_leaves_the_words_before_it():
    # https://www.independent.co.uk/news/uk/robert-jenrick-downing-street-the-sun-government-westminster-b2384992.html
    # (eval/own/docs-bv/national/005.md): before, "amid claims Robert Jenrick left his ministerial briefcase unattended
    # on a train" was taken for Downing Street's words and the lead's were lost
    _, sts = excerpt(page(JENRICK_BOX, date="2023-07-31"))
    assert said(sts, "responsibility of ministers") == [
        ("Downing Street", "2023-07-31",
         "It is the responsibility of ministers to ensure existing security protocols are followed")]
    assert said(sts, "amid claims") == []
    # must not: words after the frame stay the words, the pressure they came amid cut as before
    # (HuffPost UK; eval/own/docs-ay/uk/002.md)
    _, sts = excerpt(page('''
Downing Street insisted there was “not a party” last winter amid mounting pressure over claims they flouted covid rules.
'''))
    assert said(sts, "not a party") == [("Downing Street", None, "there was “not a party” last winter")]


# --- "A spokesman for the PM ... . He insisted ...": the office the registry knows, across a paragraph break --------

NO10_CUMMINGS = '''
Downing Street dodged a series of questions about Dominic Cummings today, despite No10 sources last night accusing the former aide of leaking the Prime Minister’s texts.

A spokesman for the PM swerved questions on whether Boris Johnson thought his former adviser was behind the recent leaks about tycoon Sir James Dyson and Saudi Arabia’s crown prince.

He insisted that he would “not comment on speculation”, despite stories in the Times, The Daily Telegraph and The Sun quoting Downing Street sources claiming Mr Cummings leaked the texts.
'''


def test_pronoun_after_a_spokesman_for_the_pm_paragraph_is_downing_street():
    # https://standard.co.uk/news/politics/no10-dodges-questions-accusations-dominic-cummings-b931361.html
    # (eval/own/docs-bv/national/008.md): before, "He" was Sir James Dyson, the last man named
    _, sts = excerpt(page(NO10_CUMMINGS))
    assert [who for who, _, _ in said(sts, "not comment on speculation")] == ["Downing Street"]
    # must not: a spokesman for a person whose spokesman's office the registry does not know names no office; the
    # pronoun goes on as before (bbc-news/politics/069, the spokesman's sentence; its next sentence reworded)
    _, sts = excerpt(page('''
The five unions meeting Mr Prescott want the government to withdraw these regulations. But a spokesman for Mr Prescott warned that the changes to the local government pension scheme would have to go ahead in April.

He said the unions had been told of the timetable last year.
'''))
    assert "Downing Street" not in [who for who, _, _ in said(sts, "told of the timetable")]


# --- '“...”, despite stories/reports ...' after the words: the reporter's gloss ------------------------------------

def test_despite_reports_after_the_words_closing_mark_is_no_part_of_them():
    # the same Evening Standard passage (eval/own/docs-bv/national/008.md): the words ran on into "despite stories in
    # the Times, ... quoting Downing Street sources claiming Mr Cummings leaked the texts"
    _, sts = excerpt(page(NO10_CUMMINGS))
    assert [text for _, _, text in said(sts, "not comment on speculation")] == ["he would “not comment on speculation”"]
    # ... and the speculation they stood against: "a weekend of fraught speculation" (The Independent; set AS 008)
    _, sts = excerpt(page('''
The Prime Minister’s official spokeswoman said Ms May is concentrating on trying to handle a "challenging agenda", despite a weekend of fraught speculation about a potential coup.
'''))
    assert [text for _, _, text in said(sts, "challenging agenda")] == [
        'Ms May is concentrating on trying to handle a "challenging agenda"']
    # must not: with no comma the clause after the mark stays the words, as PolNeAR annotates it
    # (polnear/train/text/breitbart_2016-02-20_the-latest-hillary-clinton-tells.txt)
    _, sts = excerpt(page('''
Texas Lt. Gov. Dan Patrick says Sen. Ted Cruz is “standing tall” despite losing the South Carolina primary to Donald Trump.
'''))
    assert [text for _, _, text in said(sts, "standing tall")] == [
        "Sen. Ted Cruz is “standing tall” despite losing the South Carolina primary to Donald Trump"]
