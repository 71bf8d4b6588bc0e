"""Audit round wire19: speaker, date and span errors on wire copy and official readouts as the search tool gives their
pages (navigation and all): Downing Street and White House readouts naming their people by title, agency copy
reprinted with its credit and its file pictures. Each test reads a real passage (its page's URL in a comment) as the
pipeline does and asserts what an annotator expects."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


def test_name_after_titled_surname_and_is_no_holder_of_that_title():
    # http://brusselsmorning.com/2018/05/17/press-release-pm-call-with-president-trump-11-may-2018-6/
    _, sts = excerpt(page('''
Press release: PM call with President Trump: 11 May 2018

A Downing Street spokesperson said:

The Prime Minister held a telephone call with US President Donald Trump this evening.

The Prime Minister began by congratulating the President on the safe return of three US citizens who had been held in prison in North Korea.

The two leaders looked forward to the summit which will take place between President Trump and Kim Jong-un in Singapore. The PM said the UK would continue to work with the US to keep up the pressure on North Korea to denuclearise.

The Prime Minister and the President condemned the Iranian rocket attacks against Israeli forces earlier this week, and strongly supported Israels right to defend itself against Iranian aggression. They agreed on the need for calm on all sides and on the importance of tackling Irans destabilising activity in the region.

The Prime Minister reiterated the Governments position on the Iran nuclear deal, noting that we and our European partners remain firmly committed to ensuring the deal is upheld, as the best way of preventing Iran from developing a nuclear weapon.
''', date="2018-05-11"))
    # Kim Jong-un is the one named after "President Trump and": no prime minister, no president of this readout
    assert not [w for w, _, _ in said(sts, "") if w == "Kim Jong-un"]
    assert [w for w, _, _ in said(sts, "the Governments position")] == ["Theresa May"]


def test_file_picture_credit_day_is_no_occasion_of_the_minister_shown():
    # https://www.efe.com/efe/english/world/japan-protests-south-korea-radar-lock-on-surveillance-plane/50000262-3849461
    _, sts = excerpt(page('''
Japanese Defence Minister Takeshi Iwaya attends the Australia-Japan Foreign and Defence 2+2 Ministerial Meeting in Sydney, Australia, Oct 10, 2018. EPA-EFE/FILE/DAN HIMBRECHTS AUSTRALIA AND NEW ZEALAND OUT

The Japanese government Friday said it has lodged protest with Seoul after a South Korean warship locked its targeting radar on a Japanese surveillance plane near the western coast of Japan.

Japanese Defense Minister Takeshi Iwaya told reporters that while the intentions of the South Koreans were not clear, it could have led to an extremely dangerous incident.
'''))
    assert [(w, d) for w, d, _ in said(sts, "extremely dangerous incident")] == [("Takeshi Iwaya", None)]


def test_agency_credit_after_the_frame_is_no_words_and_leaves_the_quote():
    # https://mg.co.za/article/2014-01-04-south-sudan-ceasefire-talks-delayed/
    _, sts = excerpt(page('''
But Addis Ababa's foreign ministry spokesman Dina Mufti said Saturday the two sides would "have to continue the proxy talks", meeting separately with negotiators.

"An agenda has to be formulated, and then after this they'll proceed with face-to-face talks," Dina told AFP, saying there was no timeline set for direct talks, only that they would happen "as soon as possible."

"I cannot predict, it depends on the negotiations," Dina added. –Sapa-AFP
''', date="2014-01-04"))
    assert not said(sts, "Sapa-AFP")
    assert [w for w, _, t in said(sts, "I cannot predict") if t == "I cannot predict, it depends on the negotiations"] \
        == ["Dina Mufti"]
