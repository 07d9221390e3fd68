"""Rules for reading articles: which files hold them, record fields, page furniture, bylines, datelines,
wire sign-offs, headlines, abbreviations and stop words."""

from __future__ import annotations

import re

#: File types `load_articles` reads, by suffix.
TEXT_SUFFIXES = frozenset({".txt", ".md", ".text"})
RECORD_SUFFIXES = frozenset({".json", ".jsonl", ".ndjson", ".csv"})
PAGE_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
#: Record fields that may hold a saved web page (read as a page when the record has no text field).
HTML_FIELDS = ("html", "raw_html")
#: The largest web page read (bytes): past it a page is a problem, not minutes of parsing.
MAX_PAGE_BYTES = 10_000_000
#: A page's declared encoding, looked for in its first bytes: <meta charset="..."> or http-equiv.
PAGE_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{2,40})", re.IGNORECASE)
#: A page's canonical address: <link rel="canonical" href="..."> (its attributes in any order).
LINK_TAG = re.compile(r"<link\b[^>]{0,500}>", re.IGNORECASE)
CANONICAL_REL = re.compile(r"""\brel\s*=\s*["']?canonical\b""", re.IGNORECASE)
HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]{1,2000})"|'([^']{1,2000})'|([^\s>]{1,2000}))""", re.IGNORECASE)
#: Markup that shows a file or field is HTML at all.
HTML_MARKUP = re.compile(r"<(?:!doctype\s+html|html|head|body|article|div|p|meta|title)\b", re.IGNORECASE)

#: Record fields that may hold an article's id, tried in this order.
ID_FIELDS = ("id", "doc_id", "article_id", "uuid", "guid")
#: Record fields that may hold an article's text, tried in this order.
TEXT_FIELDS = ("text", "body", "content")
#: Record fields copied onto the Article when present.
META_FIELDS = ("title", "author", "date", "dateline", "url", "source")

#: A scraped ticker widget leaves one token per line at the top: symbols and prices ("RBGPF", "0.0000").
TICKER_LINE = re.compile(r"[A-Z0-9][A-Z0-9.,:%+\-/]{0,15}|[+\-]?\d[\d.,]*%?")

#: Whole lines that are page furniture, not article text (matched case-insensitively, in full).
_BOILERPLATE_LINES = (
    r"read (the rest|more|the full (story|article)) here\.?",
    r"(click|tap) here( to [\w ]{1,40})?\.?",
    r"(advertisement|advert|sponsored content|share( this( article)?)?|tweet|email|print)",
    r"follow (us|\w+) on [\w ]{1,30}\.?",
    r"(sign up|subscribe)( now| today)?( for [\w ]{1,40})?\.?",
    r"(related|recommended|more from [\w ]{1,30}|most read|trending)( stories| articles)?:?",
    r"\(?(c|©)\)? ?\d{4}[\w ,.\-]{0,60}",
    r"all rights reserved\.?",
    r"(\d+ )?comments?( \(\d+\))?",
)
BOILERPLATE_LINE = re.compile("|".join(f"(?:{p})" for p in _BOILERPLATE_LINES), re.IGNORECASE)

#: Wire sign-offs and leftovers that end a story: "REUTER" (a lone "Reuter", "reuter", "REUTER...^M"), "MORE",
#: SGML "&#3;", "(Reporting by Jane Doe; Editing by John Roe)".
_SIGN_OFF = (
    r"(?:(?i:reut(?:ers?|e)?|more)(?:\.{2,3})?(?:\^M)?|&#\d{1,4};"
    r"|\((?:Additional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting) by [^()]{1,200}\))"
)
SIGN_OFF_LINE = re.compile(rf"{_SIGN_OFF}(?:\s*{_SIGN_OFF}){{0,3}}")
#: A sign-off at the end of a story's last line, after its text: "... total 55.8 (33.7).        REUTER".
SIGN_OFF_END = re.compile(rf"\s+{_SIGN_OFF}(?:\s*{_SIGN_OFF}){{0,3}}\s*$")

#: A section rule, a line of its own in print ("___", "* * *", "----", "==="), as it stands in text that lost its
#: line breaks: after a sentence end and before the next word.
SECTION_RULE = re.compile(r"(?<=[.?!:\"”’)])\s+(?P<rule>(?:[_*=#~-] ?){2,39}[_*=#~-]\.?)(?=\s+\S|\s*$)")
#: The clock time that heads each entry of a live story (AP's "The Latest": "6:05 p.m.", a line of its own),
#: as it stands in text that lost its line breaks: before the entry's first word.
TIME_HEADING = re.compile(r"\d{1,2}(?::\d\d)? ?[ap]\.m\.(?=\s+[\"“]?(?P<next>[A-Z][\w’']*))")

#: AFP-style subhead: "- 'Diplomacy ruined' -" (the text between the dashes is the heading).
SUBHEAD_LINE = re.compile(r"[-–—]\s+(?P<head>\S.{0,118}?)\s+[-–—]")

#: Wire byline at the end of a story: "B.Svoboda--TPP", "Jane Doe--AFP", "bur-jm/sst" is not one.
WIRE_BYLINE = re.compile(r"(?P<author>[A-Z][\w'’.\-]*(?:[ .][A-Z][\w'’.\-]*){0,3})\s?--\s?(?P<code>[A-Z]{2,6})")
#: Byline at the top: "By Jane Doe", "By Jane Doe and John Roe, Reuters".
BY_LINE = re.compile(
    r"By (?P<author>[A-Z][\w'’.\-]*(?: (?:[A-Z][\w'’.\-]*|and|de|van|von|da|al))*?)(?:,\s*(?P<code>[\w .]{2,40}))?"
)

#: Irregular past forms of verbs that news reports with, read as verbs as an "-ed" form is: they make two
#: words after a cue a clause ("said sales rose") and end the noun phrase a figure counts ("first quarter
#: profit [fell]").
IRREGULAR_PASTS = frozenset(
    "rose fell grew sank shrank slid won lost held stood came went left broke began spread fought fled struck"
    " met saw took made gave sent led brought bought sold kept paid ran told wrote spoke thought knew became".split()
)  # (not "cut", "hit", "set", "put": as often nouns or the present)
#: Past participles that are not the past form, which open a participle clause as "-ed" forms do ("Given the
#: record, ...", "Shown the letter, she ..."): never a name.
IRREGULAR_PARTICIPLES = frozenset(
    "given taken known seen shown written spoken chosen driven broken hidden forgotten beaten fallen forgiven"
    " frozen risen shaken stolen sworn thrown torn worn begun done gone".split()
)

#: Month names and abbreviations, with their numbers (datelines, dates of records and of figures).
MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
    "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
#: The abbreviations among them, which a full stop may follow ("Feb.", "Sept."); after "May", "June" or
#: "July" a full stop ends the sentence.
MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))

#: Dateline at the start of the first paragraph: "KYIV (AFP) -", "WASHINGTON, Sept. 3 (Reuters) —",
#: "LONDON, March 9 -", "STAMFORD, Conn., Feb 26 -", "NEW YORK, 9 March (AP) -": a place (with its
#: state or province), then a date, an agency in brackets or both, then a dash.
_DATELINE_PLACE = r"[A-Z][A-Za-z.'’\-]*(?: [A-Z][A-Za-z.'’\-]*){0,3}(?:,\s?[A-Z][A-Za-z.]{1,12}(?: [A-Z][a-z]+)?)?"
_DATELINE_DAY = rf"(?:(?i:{_MONTH_NAMES})\.? {{1,2}}\d{{1,2}}|\d{{1,2}} (?i:{_MONTH_NAMES}))"
_DATELINE_AGENCY = r"\([A-Z][\w .&]{0,25}\)"
DATELINE = re.compile(
    rf"{_DATELINE_PLACE}(?: ?,?\s?{_DATELINE_DAY}(?:\s{_DATELINE_AGENCY})?|\s{_DATELINE_AGENCY}) {{0,2}}[-–—]{{1,2}}\s?"
)

#: A line is prose (body text) when it ends like a sentence; headings and captions usually do not.
SENTENCE_END_CHARS = frozenset(".!?:;\"'”’)…")
#: Closing quote marks and brackets, set aside when asking how a line really ends.
CLOSING_MARKS = "\"'”’»)]"
#: How a sentence ends and a headline does not (a headline may end in "?", "!", a word or a quote mark).
NOT_HEADLINE_END = frozenset(".,;:")

# --- Tokenizing ---------------------------------------------------------------------------------

#: Abbreviations that never end a sentence in news copy (lower case, without the final period).
#: Punkt reads these as its `abbrev_types`; multi-part ones are written with inner periods.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms mx dr prof gen sen rep reps gov lt col maj capt cmdr adm sgt cpl pvt insp supt det
    st ste jr sr rev fr hon pres sec atty gen supt messrs mmes mme mlle
    u.s u.k u.n u.s.a e.u d.c l.a n.y n.j
    jan feb mar apr jun jul aug sep sept oct nov dec
    a.m p.m
    inc corp co ltd llc plc bros dept univ assn est approx
    vs v etc e.g i.e cf al
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev
    okla ore pa tenn tex va vt wash wis wyo
    ft mt ph.d m.d b.a m.a ca
    """.split()
)

#: Abbreviations that only stand before a number ("No. 5", "pp. 12"); elsewhere they end a sentence.
NUMBER_ABBREVIATIONS = frozenset({"no", "nos", "art", "p", "pp", "vol", "fig", "ch", "sec", "op", "c"})

#: Words too common to tell articles apart (for "top content words").
STOP_WORDS = frozenset(
    """
    a about above after again against ago all also am among an and any are aren't around as at be
    because been before being below between both but by can can't cannot could couldn't did didn't do
    does doesn't doing don't down during each even ever every few for from further get got had hadn't
    has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his how
    how's however i i'd i'll i'm i've if in into is isn't it it's its itself just last least less let's
    like made make many may me might more most much must mustn't my myself new no nor not now of off
    on once one only or other ought our ours ourselves out over own per said same say says shan't she
    she'd she'll she's should shouldn't since so some still such than that that's the their theirs them
    themselves then there there's these they they'd they'll they're they've this those though through
    thus to too told under until up upon us very via was wasn't we we'd we'll we're we've were weren't
    what what's when when's where where's whether which while who who's whom whose why why's will with
    within without won't would wouldn't yet you you'd you'll you're you've your yours yourself
    yourselves mr mrs ms
    """.split()
)
