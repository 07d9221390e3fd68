"""Any layout: the same words give the same answers, hard-wrapped, blank-lined or on one line.

The tests carry their own small re-layout (so they run without ../shared/): a text of paragraphs is laid
out again, and every span of the re-laid text is mapped back through the offset map to the original.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newslens as nl
from newslens.articles.layout import BLANK_LINES, LINES, ONE_LINE, WRAPPED, layout_of, paragraph_spans


def relayout(text: str, layout: str) -> tuple[str, list[int]]:
    """`text` (paragraphs on their own lines) laid out as `layout`, and the old -> new offset map."""
    paragraphs, starts, pos = [], [], 0
    for line in text.split("\n"):
        if line.strip():
            paragraphs.append(line)
            starts.append(pos)
        pos += len(line) + 1
    out, old_to_new = "", [0] * (len(text) + 1)
    width = {"wrapped": 70, "wrapped-blank": 72}.get(layout)
    for n, (para, start) in enumerate(zip(paragraphs, starts, strict=True)):
        if n:
            out += {"wrapped": "\n    ", "wrapped-blank": "\n\n", "one-line": " ", "lines": "\n"}[layout]
        column = len(out) - (out.rfind("\n") + 1)
        for i, word in enumerate(para.split(" ")):
            if i:
                if width and column + 1 + len(word) > width:
                    out += "\n"
                    column = 0
                else:
                    out += " "
                    column += 1
            offset = start + sum(len(w) + 1 for w in para.split(" ")[:i])
            for k in range(len(word) + 1):
                old_to_new[offset + k] = len(out) + k
            out += word
            column += len(word)
    return out, old_to_new


SENTENCES = [
    "Russia fired 40 drones and three missiles overnight, the air force said.",
    "At least 23 people were killed in the strike on the city, officials said.",
    '"We will not give up," Zelensky told reporters in Kyiv on Tuesday.',
    "“It is a disaster for everyone who lives here,” said Vitali Klitschko, the mayor of Kyiv.",
    "The Kremlin spokesman Dmitry Peskov said the talks had stalled but would resume.",
    "Prices rose 3.5 percent in March, the statistics office said, the fastest rise since 2001.",
    "The company raised £3.4bn from investors and plans to hire 1,200 workers by 2026.",
    "Rescuers worked through the night to free the survivors from the rubble of the building.",
    "According to the ministry, nearly a third of the region's 1.2 million people have no power.",
    "He said the plan was “a disgrace” and called for new sanctions against Moscow.",
    "Early backers such as Lindsey Graham, R-S.C., now say the bill should be changed to protect families.",
    "“Sales will slow,” said Lawrence Cohn, an analyst at the bank. Cohn said margins would hold.",
]
# Dev-like articles: a headline, then paragraphs of a few sentences each (news paragraphs are rarely shorter).
PARAGRAPH = st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4).map(" ".join)
ARTICLE = st.lists(PARAGRAPH, min_size=4, max_size=8).map(lambda ps: "Strikes Hit Kyiv Overnight\n" + "\n".join(ps))


def mapped(frame, old_to_new, columns=("start", "end")):
    return {tuple(old_to_new[int(r[c])] for c in columns) for r in frame.to_dict("records")}


def spans(frame, columns=("start", "end")):
    return {tuple(int(r[c]) for c in columns) for r in frame.to_dict("records")}


@pytest.mark.parametrize("layout", ["wrapped", "wrapped-blank"])
@given(ARTICLE)
def test_hard_wrapped_text_gives_the_same_sentences_quotes_and_figures(layout, text):
    new, old_to_new = relayout(text, layout)
    assert mapped(nl.sentences(text), old_to_new) == spans(nl.sentences(new))
    q_old, q_new = nl.quotes(text), nl.quotes(new)
    assert mapped(q_old, old_to_new) == spans(q_new)
    assert list(q_old["speaker"].fillna("")) == list(q_new["speaker"].fillna(""))
    f_old, f_new = nl.figures(text), nl.figures(new)
    assert mapped(f_old, old_to_new) == spans(f_new)
    assert list(f_old["claimant"].fillna("")) == list(f_new["claimant"].fillna(""))


@pytest.mark.parametrize(
    ("as_is", "wrapped", "speaker"),
    [
        ("Backers such as Lindsey Graham, R-S.C., now say the bill should change.",  # a label after a line break
         "Backers such as Lindsey Graham,\nR-S.C., now say the bill should change.", "Lindsey Graham"),
        ("It will slow, said Lawrence Cohn, an analyst.\n\nCohn said the margins would hold.",  # a given name
         "It will slow, said\nLawrence Cohn, an analyst.\n    Cohn said the margins would hold.", "Lawrence Cohn"),
    ],
)  # fmt: skip
def test_a_line_break_inside_a_name_changes_no_speaker(as_is, wrapped, speaker):
    for text in (as_is, wrapped):
        assert nl.quotes(text)["speaker"].iloc[-1] == speaker


@given(ARTICLE)
def test_text_on_one_line_gives_the_same_sentences_and_figures(text):
    new, old_to_new = relayout(text, "one-line")
    sentences = nl.sentences(text)
    title = mapped(sentences[sentences["kind"] == "title"], old_to_new)
    first, *rest = sorted(mapped(sentences[sentences["kind"] != "title"], old_to_new))
    found = spans(nl.sentences(new))
    # the headline glued to the first sentence is the known loss: found apart, or that sentence starts at 0
    assert found == {*title, first, *rest} or found == {(0, first[1]), *rest}
    assert mapped(nl.figures(text), old_to_new) == spans(nl.figures(new))


@pytest.mark.parametrize(
    ("text", "layout", "paragraphs"),
    [
        ("One paragraph.\nAnother one.\n", LINES, 2),
        ("One paragraph.\n\nAnother one.\n", BLANK_LINES, 2),
        ("Everything on one line. Nothing else.", ONE_LINE, 1),
        ("Showers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought since early\n"
         "January and improving prospects for the coming temporao,\nComissaria Smith said in its weekly review.\n"
         "    The dry period means the temporao will be late this year.\n", WRAPPED, 2),
        ("Texas Commerce Bancshares Inc's Texas\nCommerce Bank-Houston said it filed an application with the\n"
         "Comptroller of the Currency.\n    The bank said the network would link 31 banks having\n"
         "13.5 billion dlrs in assets.\n Reuter\n&#3;", WRAPPED, 4),
        ("GREAT AMERICAN <GTA> GAINS OVER 80 MLN IN LOANS\nNEW YORK, March 4 - Great American First Savings "
         "Bank said\nthe bank recorded gains exceeding 80 mln dlrs on sales of loans\nand mortgage securities "
         "valued at 1.1 billion dlrs.\n    The San Diego-based bank said in a prepared release of its\nreport "
         "to analysts here that the gains included 6.6 mln dlrs.\n", WRAPPED, 3),
    ],
    ids=["one per line", "blank lines", "one line", "wrapped, indented paragraphs", "wrapped, short first line",
         "wrapped, a headline in capitals above the first line"],
)  # fmt: skip
def test_the_layout_is_read_from_the_text(text, layout, paragraphs):
    assert layout_of(text) == layout
    assert len(paragraph_spans(text)) == paragraphs


@pytest.mark.parametrize(
    "dateline", ["LONDON, March 9 -", "WASHINGTON (Reuters) -", "NEW YORK, 9 March (AP) -", "KYIV (AFP) -"]
)
def test_a_line_that_opens_with_a_dateline_starts_a_paragraph(dateline):
    text = (f"Bank of England holds rates\n{dateline} The Bank of England held interest rates\nsteady on Thursday "
            "as expected, officials said after the\nmeeting of its monetary policy committee in the City.\n    It "
            "will meet again in May, when most economists expect a cut\nof a quarter of a point.\n")  # fmt: skip
    starts = [text[s:e][:12] for s, e in paragraph_spans(text)]
    assert starts == ["Bank of Engl", dateline[:12], "It will meet"]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Rates held\n\nLONDON, March 9 - The Bank of England held rates on Thursday as expected,\nsaying "
         "inflation had eased.\n    It will meet again in May.\n REUTER\n&#3;",
         ["title", "dateline", "body", "body", "boilerplate", "boilerplate"]),
        ("The talks went on late into the night and ended without a deal, officials\nsaid.\n"
         "(Reporting by Jane Doe; Editing by John Roe)", ["body", "boilerplate"]),
        ("Prices fell sharply on Monday as traders sold off their holdings of the\nbonds.   REUTER",
         ["body", "boilerplate"]),
    ],
    ids=["wire story", "reporting credit", "sign-off on the last line"],
)  # fmt: skip
def test_wire_structure_is_found_in_wrapped_text(text, kinds):
    a = nl.Article.from_text(text)
    assert a.paragraphs["kind"].tolist() == kinds
    assert all(text[p.start : p.end] == p.text for p in a.paragraphs.itertuples())


def test_a_wrapped_line_is_never_a_subhead():
    text = ("The ministry said the convoy of trucks carrying aid had reached the city\nof Kharkiv late "
            "on Monday\nafter a long delay at the border crossing, officials said.\nIt was the first.\n")  # fmt: skip
    assert "subhead" not in nl.Article.from_text(text).paragraphs["kind"].tolist()


def test_a_short_text_on_one_line_is_not_cut():
    assert nl.sentences("Early life He was born in Paris.")["text"].tolist() == ["Early life He was born in Paris."]


@pytest.mark.parametrize(
    ("text", "first_sentences"),
    [
        ("Early life He was born in Paris in 1928. His father ran a restaurant.", ["Early life", "He was born"]),
        ("Zaha Hadid Dame Zaha Mohammad Hadid was an architect. She was born in Baghdad.", ["Zaha Hadid", "Dame Zaha"]),
        ("Noam Chomsky Saturday, April 4, 2009 Political activist Noam Chomsky spoke.", ["Noam Chomsky", "Saturday"]),
        ("According to The Times, the deal was done. It was signed.", ["According to The Times"]),
        ("President Trump said he would sign it. He did.", ["President Trump said"]),
    ],
    ids=["heading", "title", "date line", "a name after a preposition", "a title before a name"],
)
def test_headings_glued_to_a_one_line_sentence_are_cut_off(text, first_sentences):
    text += " The rest of the article goes on for a while, as articles do." * 20  # an article, not a sentence
    s = nl.sentences(text)["text"].tolist()
    assert [a.startswith(b) for a, b in zip(s, first_sentences, strict=False)] == [True] * len(first_sentences)


LIVE_STORY = (
    "The Latest: Trump urges supporters to watch polling places.\n"
    "WASHINGTON (AP) — The Latest on the presidential race (all times EDT):\n"
    "7 p.m.\n"
    "Trump says voter fraud “would be one hell of a way to lose.”\n"
    "___.\n"
    "6:05 p.m.\n"
    "Hillary Clinton says she is ready for the next debate.\n"
    "___.\n"
    "5:45 p.m.\n"
    "Donald Trump says he has “extraordinarily good health.”\n"
)


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        ("Trump says fraud “would be one hell of a way to lose.” ___. 6:05 p.m. Donald Trump is demanding a pledge.",
         ["Trump says fraud “would be one hell of a way to lose.”", "___.", "6:05 p.m.",
          "Donald Trump is demanding a pledge."]),
        ("The race (all times EDT): 7 p.m. Trump is in Michigan. *** 6 p.m. Clinton speaks.",
         ["The race (all times EDT):", "7 p.m.", "Trump is in Michigan.", "***", "6 p.m.", "Clinton speaks."]),
        ("The first part ends here. * * * The second part starts here.",
         ["The first part ends here.", "* * *", "The second part starts here."]),
        ("Voting ends. ---- 7 p.m. Monday is the deadline for the count.",
         ["Voting ends.", "----", "7 p.m. Monday is the deadline for the count."]),
        ("The doors open at 7 p.m. Tickets are sold out. Guests arrive at 6:30 p.m. Hosts greet them.",
         ["The doors open at 7 p.m. Tickets are sold out. Guests arrive at 6:30 p.m. Hosts greet them."]),
        ("Voters said it was close -- very close. Others - most of them - disagreed.",
         ["Voters said it was close -- very close. Others - most of them - disagreed."]),
        ("WALLACE: Will she be there? PENCE: No. (CROSSTALK.) WALLACE: If I may, sir.",
         ["WALLACE: Will she be there?", "PENCE: No. (CROSSTALK.)", "WALLACE: If I may, sir."]),
    ],
    ids=["a rule, then an entry's time", "times after the colon and after a rule", "spaced asterisks",
         "a time before a weekday is no heading", "times inside sentences, no rule", "dashes are no rules",
         "transcript turns, one after a parenthesis"],
)  # fmt: skip
def test_text_on_one_line_is_cut_where_its_paragraphs_broke(text, paragraphs):
    assert [text[s:e] for s, e in paragraph_spans(text)] == paragraphs


def test_a_live_story_on_one_line_gives_the_same_quotes():
    new, old_to_new = relayout(LIVE_STORY, "one-line")
    assert layout_of(new) == ONE_LINE
    as_is = nl.quotes(LIVE_STORY)
    one_line = nl.quotes(new)
    assert mapped(as_is, old_to_new) == spans(one_line)
    speakers = ["Donald Trump", "Donald Trump", "Hillary Clinton", "Donald Trump"]
    assert one_line["speaker"].tolist() == as_is["speaker"].tolist() == speakers
