"""Paragraphs from the layout: which line breaks end a paragraph, and which only wrap a long line.

News reaches us one paragraph per line, with blank lines between paragraphs, hard-wrapped at about 70
columns with an indent or a blank line starting each paragraph (wire archives, e-mail, plain-text dumps),
or with no line breaks at all. The same words must give the same paragraphs, so a paragraph is decided
from the layout, never from every newline:

- a blank line always ends a paragraph;
- a line break inside a run of lines ends one unless it only wraps: the next line goes on mid-sentence
  (the line ends without a full stop and the next starts in lower case), or the article is hard-wrapped
  (most of its breaks are *forced*: the next line's first word would not have fitted on the line) and
  this break was forced or left a sentence unfinished;
- a line indented deeper than the article's running lines starts a paragraph, and so do the lines that
  are structure of their own (a sign-off, a subhead between dashes, a byline);
- text with no line breaks at all is cut where a break must have been: around a section rule ("___"),
  and before a transcript turn's label.

A paragraph's span runs from its first character to its last, across the line breaks it wraps: nothing
is rewritten, every offset still indexes the article's text.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from .. import rules

#: The columns a hard-wrapped text is assumed to wrap at; wider lines are paragraphs of their own.
MIN_WRAP_WIDTH, MAX_WRAP_WIDTH = 40, 120
#: The columns most wire archives and e-mail wrap at: a short text wrapped there shows one forced break at most.
TERMINAL_WIDTHS = (55, 80)
_SHORT = 120  # structure patterns are tried on short lines only: bounded work per line


@dataclass(frozen=True, slots=True)
class _Line:
    start: int  # first character that is not a space
    end: int  # after the last character that is not a space
    indent: int  # leading spaces and tabs
    width: int  # columns from the start of the line to `end`
    first_word: int  # length of its first word


_TURN = re.compile(rf"(?<=[.?!:\"”’—)])\s+(?P<cut>[\"“]?)(?={rules.SPEAKER_LABEL.pattern})")

#: How a text marks its paragraphs (`Structure.layout`); a web page's come from its markup.
ONE_LINE, LINES, BLANK_LINES, WRAPPED = "one-line", "one per line", "blank lines", "hard-wrapped"
PAGE = "web page"


def layout_of(text: str) -> str:
    """How `text` marks its paragraphs: on one line (no line breaks at all), one per line, separated by
    blank lines, or hard-wrapped."""
    return paragraphs(text)[1]


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """The paragraphs of `text` as (start, end) offsets, leading and trailing spaces left out."""
    return paragraphs(text)[0]


def paragraphs(text: str) -> tuple[list[tuple[int, int]], str]:
    """The paragraph spans of `text` and its layout (see `layout_of`)."""
    blocks = _blocks(text)
    breaks = [(block[i], block[i + 1]) for block in blocks for i in range(len(block) - 1)]
    if not breaks:
        if len(blocks) == 1:
            return _one_line(text, blocks[0][0].start, blocks[0][0].end), ONE_LINE
        return [(line.start, line.end) for block in blocks for line in block], BLANK_LINES
    width = _wrap_width([a for a, _ in breaks])
    running = min(b.indent for _, b in breaks)  # the indent of running lines; deeper ones start paragraphs
    wrapped = _hard_wrapped(text, breaks, width, running)
    # paragraphs marked by blank lines: a long line that stops mid-sentence inside one only wraps
    blank_marked = len(blocks) >= 3 and width <= MAX_WRAP_WIDTH
    widest = max(line.width for block in blocks for line in block)
    spans: list[tuple[int, int]] = []
    for block in blocks:
        start = block[0].start
        for a, b in itertools.pairwise(block):
            long_unfinished = blank_marked and a.width >= 0.75 * widest and _unfinished(text, a)
            if _heads(text, a, b, width, a is blocks[0][0]) or not _wraps(
                text, a, b, width, wrapped or long_unfinished, running
            ):
                spans.append((start, a.end))
                start = b.start
        spans.append((start, block[-1].end))
    return spans, WRAPPED if wrapped else LINES if len(blocks) == 1 else BLANK_LINES


def _one_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Text with no line breaks, cut where a paragraph break must have been: around a section rule ("...
    lose. ___. 6:05 p.m. Donald Trump ...": the rule was a line of its own) and before each transcript
    turn ("... the debate. PENCE: Well, ...", "(CROSSTALK.) WALLACE: ...": a speaker's label after a sentence
    end opened a paragraph)."""
    cuts = [cut for m in rules.SECTION_RULE.finditer(text, start, end) for cut in m.span("rule")]
    if cuts:  # a live story's entries, between section rules, may each open with their time
        for m in _ENTRY_TIME.finditer(text, start, end):
            if m.group("next").lower() not in _NOT_ENTRY_WORDS:
                cuts += [m.start("time"), m.end("time")]
    spans = []
    for cut in sorted({*cuts, *_turns(text, start, end)}):
        spans.append((start, _rstrip(text, start, cut)))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    spans.append((start, end))
    return [(s, e) for s, e in spans if s < e]


#: A time heading where an entry starts: after a section rule or the colon that introduces the entries
#: ("The Latest on the race (all times EDT): 7 p.m. Donald Trump ...").
_ENTRY_TIME = re.compile(rf"(?:{rules.SECTION_RULE.pattern}|(?<=:))\s+(?P<time>{rules.TIME_HEADING.pattern})")
_NOT_ENTRY_WORDS = rules.WEEKDAYS | rules.TIME_ZONES | set(rules.MONTHS)  # "7 p.m. Monday", "7 p.m. EDT"


def _turns(text: str, start: int, end: int) -> list[int]:
    """Where the transcript turns of a text with no line breaks start (none unless two speakers speak)."""
    if text.find(":", start, end) < 0:
        return []  # no label without its colon
    cuts, labels = [], set()
    for m in _TURN.finditer(text, start, end):
        label = m.group("label")
        if not any(w.strip(".") in rules.NOT_SPEAKER_LABELS for w in label.split()):
            cuts.append(m.start("cut"))
            labels.add(label)
    return cuts if len(labels) >= 2 else []  # a transcript has two speakers at least; "FULL SPEECH: ..." is no turn


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _blocks(text: str) -> list[list[_Line]]:
    """Runs of non-blank lines."""
    blocks: list[list[_Line]] = []
    current: list[_Line] = []
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        s = line_start + len(line) - len(line.lstrip(" \t\f\v\xa0"))
        e = line_start + len(line.rstrip())
        if s >= e:
            if current:
                blocks.append(current)
                current = []
        else:
            space = text.find(" ", s, e)
            current.append(_Line(s, e, s - line_start, e - line_start, (space if space >= 0 else e) - s))
        line_start = line_end + 1
    if current:
        blocks.append(current)
    return blocks


def _hard_wrapped(text: str, breaks: list[tuple[_Line, _Line]], width: int, running: int) -> bool:
    """Is the text hard-wrapped at `width`? Most breaks between running lines (not before an indented line or
    a structure line) are forced or leave a sentence unfinished; some line was forced mid-sentence (one-per-
    line text ends its lines with a full stop); and two were forced at least, or one in a text too short to
    show more, at a column terminals and wire archives use."""
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
        return False
    eligible = [
        (a, b) for a, b in breaks if b.indent <= running and not _structure(text, a) and not _structure(text, b)
    ]
    forced = [a.width + 1 + b.first_word > width for a, b in eligible]
    unfinished = [_unfinished(text, a) for a, _ in eligible]
    if len(eligible) < 2 or sum(f or u for f, u in zip(forced, unfinished, strict=True)) < 0.5 * len(eligible):
        return False
    if not any(f and u for f, u in zip(forced, unfinished, strict=True)):
        return False
    short = len(eligible) <= 3 and TERMINAL_WIDTHS[0] <= width <= TERMINAL_WIDTHS[1]
    return sum(forced) >= 2 or short


def _wrap_width(lines: list[_Line]) -> int:
    """The column lines were wrapped at: the width that the widest 5% of the lines reach (a long URL or a
    table row does not move it)."""
    widths = sorted((line.width for line in lines), reverse=True)
    return widths[min(len(widths) - 1, len(widths) // 20)]


def _wraps(text: str, a: _Line, b: _Line, width: int, wrapped: bool, running: int) -> bool:
    """Does the break between line `a` and the next line `b` only wrap a paragraph?"""
    if b.indent > running or _structure(text, a) or _structure(text, b):
        return False
    unfinished = _unfinished(text, a)
    if unfinished and (text[b.start].islower() or _open_ended(text, a)):
        return True  # "... said it\nwould ...", "... a gain of\n4,557,000 dlrs" in any layout
    return wrapped and (unfinished or a.width + 1 + b.first_word > width)


def _heads(text: str, a: _Line, b: _Line, width: int, first: bool) -> bool:
    """Does line `a` stand above `b` as a paragraph of its own, with no blank line between them: `b` opens
    with a dateline ("NEW YORK, March 4 - ..."), or `a` is the article's first line, a wire headline in
    capitals (no full stop, and `b`'s first word would have fitted on it) above a line that is not? (A
    short first line in mixed case may be a body line whose dateline was cut off: "Texas Commerce
    Bancshares Inc's Texas" goes on.)"""
    if rules.DATELINE.match(text, b.start, min(b.end, b.start + _SHORT)):
        return True
    return (
        first
        and text[a.end - 1] not in rules.NOT_HEADLINE_END
        and a.width + 1 + b.first_word <= width
        and text[a.start : a.end].isupper()
        and not text[b.start : b.end].isupper()
    )


def _unfinished(text: str, line: _Line) -> bool:
    """Does the line stop without ending a sentence (no full stop, question mark, closing quote, ...)?"""
    return text[line.end - 1] not in rules.SENTENCE_END_CHARS


def _open_ended(text: str, line: _Line) -> bool:
    """Does the line end on a comma or a word no sentence ends with ("of", "and", "the")?"""
    if text[line.end - 1] == ",":
        return True
    space = text.rfind(" ", line.start, line.end)
    return text[space + 1 : line.end].lower() in rules.FUNCTION_WORDS


def _structure(text: str, line: _Line) -> bool:
    """A line that is structure of its own: a wire sign-off, a subhead between dashes, a byline."""
    if line.end - line.start > _SHORT:
        return False
    content = text[line.start : line.end]
    return bool(
        rules.SIGN_OFF_LINE.fullmatch(content)
        or rules.SUBHEAD_LINE.fullmatch(content)
        or rules.WIRE_BYLINE.fullmatch(content)
        or rules.BY_LINE.fullmatch(content)
    )
