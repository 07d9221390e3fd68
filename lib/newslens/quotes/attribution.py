"""Whose words a quote is: the cue after it (`"...," X said`), before it (`X said: "..."`), a transcript
label ("WALLACE: ..."), an introducing paragraph ("Caddell continued:"), and what kind of quote it is."""

from __future__ import annotations

import bisect
import re
from itertools import pairwise

from .. import rules
from .clauses import ends_clause
from .cues import according_to, cue_at, cue_span, forward_over_adjuncts, is_adverb, is_cue, is_cue_at, nominal
from .marks import Marked
from .phrases import Token, char_span, np_backward, np_forward, phrase, role_word
from .records import Row
from .subjects import sentence_subject, speaker_before_cue

_DASHES = "—–-"


_SENTENCE_PUNCT = ".?!…"


_HEAD_REACH = 60  # tokens a cue may stand before the quote it introduces


HEAD_SENTENCE = 200  # tokens of its sentence read before a quote (its subject may stand before the cue)


def sentence_bounds(sents: list[tuple[int, int]], starts: list[int], pos: int) -> tuple[int, int]:
    k = bisect.bisect_right(starts, pos) - 1
    if k < 0:
        return sents[0]
    return sents[k]


def attribute_after(
    text: str, toks: list[Token], long_quote: bool = True
) -> tuple[tuple[int, int], tuple[int, int], str] | None:
    """`"...," X said`, `"...," said X`, `"..." ― X`, `"...," according to X`, `"..." of the plan, X said`:
    the tail after a closing mark. Returns (speaker phrase, cue, title) as token spans."""
    n = len(toks)
    if toks and toks[0].text in rules.ATTRIBUTION_DASHES:
        np = np_forward(toks, 1)
        if np is not None and (np[1] + 1 >= n or toks[np[1] + 1].text in ".,("):
            return np, (0, 0), ""
    i = 1 if toks and toks[0].text in ",—–-" else 0
    if i < n and toks[i].low == "as" and not toks[i].quoted:
        i += 1  # `"...," as the memo put it`
    if i >= n:
        return None
    if i + 3 < n and toks[i].low in ("was", "were", "is", "are") and is_cue(toks[i + 1]) and toks[i + 2].low == "by":
        np = np_forward(toks, i + 3)  # "“American Skin” was written by Springsteen"
        if np is not None:
            return np, (i, i + 1), ""
    if words := according_to(toks, i):
        np = np_forward(toks, i + words)
        if np is not None:
            np, title = appositive(text, toks, np)
            return np, (i, i + words - 1), title
    j = forward_over_adjuncts(toks, i)
    if j < n and cue_at(toks, j):  # said X
        np = np_forward(toks, j + 1)
        if np is None:
            return None
        np, title = appositive(text, toks, np)
        return np, cue_span(toks, j), title
    np = np_forward(toks, i)
    if np is not None:  # X said / X, an aside, said
        j = np[1] + 1
        title = ""
        if j < n and toks[j].text == ",":
            for k in range(j + 1, min(n, j + 40)):
                t = toks[k]
                if t.quoted or (t.text in ".;:!?" and not (t.text == "." and k + 1 < n and toks[k + 1].text == ",")):
                    break  # (a full stop before a comma ends an abbreviation: "McConnell, R-Ky., said")
                if cue_at(toks, k) and (toks[k - 1].text == "," or is_adverb(toks[k - 1])):
                    first = toks[j + 1]
                    if first.low in ("the", "a", "an") and j + 2 < k:
                        title = text[toks[j + 2].start : toks[k - 1].end].split(",")[0].strip()
                        return np, cue_span(toks, k), title
                    named, title = appositive(text, toks, np)  # `"...," Scott's niece, Marcia Price, said`
                    return named, cue_span(toks, k), title
            return None
        j = forward_over_adjuncts(toks, j)
        if j < n and is_cue_at(toks, j):
            return np, cue_span(toks, j), ""
        if j < n and toks[j].low in rules.SPEAKER_PREPOSITIONS:
            # "a narrator in the Clinton ad asks", "Mr. Morgan of the Sierra Club said"
            for k in range(j + 1, min(n, j + 8)):
                if not toks[k].word or toks[k].quoted:
                    break
                if cue_at(toks, k):
                    return (np[0], k - 1), cue_span(toks, k), ""
    # the quote sits inside a clause that ends ", X said." (not one or two words: those are scare quotes)
    for k in range(n - 1, i, -1) if long_quote else ():
        t = toks[k]
        if t.quoted or (t.text in ".;:!?" and k < n - 1):
            break
        if t.low in rules.SPEECH_VERBS and ends_clause(toks, k) and not nominal(toks, k):
            found = speaker_before_cue(text, toks, k, floor=i)
            if found is not None and found[0][0] > i and toks[found[0][0] - 1].text == ",":
                return found[0], cue_span(toks, k), found[1]
    return None


def appositive(text: str, toks: list[Token], np: tuple[int, int]) -> tuple[tuple[int, int], str]:
    """A speaker phrase after its cue with an aside: "said the ambassador, Sir Peter Westmacott" names the
    ambassador (the role becomes the title); "said Liam Fox, the Tory co-chairman" titles Liam Fox."""
    n = len(toks)
    j = np[1] + 1
    if j + 1 >= n or toks[j].text != ",":
        return np, ""
    k = j + 1
    if toks[k].label:
        return np, ""  # "Chuck Schumer, D-N.Y., said": the party, not another name
    if toks[k].low in ("the", "a", "an"):
        end = k + 1
        while end < n and toks[end].word and not toks[end].quoted and end - k <= 8:
            end += 1
        if end > k + 1 and (end >= n or toks[end].text in ".,;"):
            return np, text[toks[k + 1].start : toks[end - 1].end]
        return np, ""
    name = np_forward(toks, k)
    if (
        name is not None
        and all(t.cap for t in toks[name[0] : name[1] + 1])
        and (name[1] + 1 >= n or toks[name[1] + 1].text in ".,;")
        and _names_a_role(toks[np[0] : np[1] + 1])
    ):
        return name, text[toks[np[0]].start : toks[np[1]].end].removeprefix("the ").removeprefix("The ")
    return np, ""


def _names_a_role(toks: list[Token]) -> bool:
    return any(not t.cap and t.word and t.low.isalpha() and t.low not in rules.FUNCTION_WORDS for t in toks) or any(
        role_word(t.low) for t in toks
    )


def attribute_before(text: str, toks: list[Token]) -> tuple[tuple[int, int], tuple[int, int], str] | None:
    """`X said: "..."`, `X called it "..."`, `said X: "..."`: the last cue of the head that has a speaker."""
    for k in range(len(toks) - 1, max(-1, len(toks) - 1 - _HEAD_REACH), -1):
        t = toks[k]
        if t.quoted:
            continue  # `called him a "nasty guy," "unstable" and "sick"`: the cue stands before earlier quotes
        if t.low == "put" and k + 1 < len(toks) and toks[k + 1].low == "it" and (np := np_backward(toks, k - 1)):
            return np, (k, k + 1), ""  # "as The New Yorker put it, “...”"
        if words := according_to(toks, k):
            np = np_forward(toks, k + words)
            if np is not None:
                return np, (k, k + words - 1), ""
            continue
        if not cue_at(toks, k):
            continue
        found = speaker_before_cue(text, toks, k)
        if found is not None:
            return found[0], cue_span(toks, k), found[1]
        np = np_forward(toks, k + 1)
        if np is not None and np[1] + 1 < len(toks) and toks[np[1] + 1].text in ":,":
            return np, cue_span(toks, k), ""
    return None


def label_line(toks: list[Token]) -> tuple[int, int] | None:
    """The speaker of a quote introduced by a label rather than a verb, the head (`toks`, the sentence up to
    the quote) ending in a colon: "Mark Rutte, NATO:", "Priya Patel, 34, a nurse:" in a round-up of
    reactions; "Obama is rolling out a new campaign message:" (a noun that announces words)."""
    if len(toks) < 2 or toks[-1].text != ":":
        return None
    body = toks[:-1]
    if any(t.low in rules.INTRODUCING_NOUNS for t in body):
        return sentence_subject(body, 0, len(body))
    np = np_forward(body, 0)
    if np is None or not body[0].cap or body[0].low in rules.NOT_NAMES or len(body) > 14:
        return None
    rest = body[np[1] + 1 :]
    if not rest:
        return np if np[1] > np[0] else None
    if rest[0].text != ",":
        return None
    allowed = rules.DETERMINERS | rules.NAME_PARTICLES
    if any(t.quoted or is_cue(t) or (t.low in rules.FUNCTION_WORDS and t.low not in allowed) for t in rest):
        return None
    return np


def characterised_as(toks: list[Token]) -> tuple[tuple[int, int], int] | None:
    """`X admires Putin as a "strong leader"`, `X dismissed Estonia as being in the "suburbs"`: words quoted
    after "as" are the sentence subject's. Returns (subject, index of its verb)."""
    k = len(toks) - 1
    while k >= 0 and toks[k].low in ("a", "an", "the", "being", "something", "someone", "one"):
        k -= 1
    if k < 2 or toks[k].low != "as" or toks[k].quoted:
        return None
    np = sentence_subject(toks, 0, k)
    if np is None:
        return None
    verb = np[1] + 1
    if verb < k and toks[verb].text == ",":  # "Reid, in particular, has been pounding Trump as ..."
        verb = next((j + 1 for j in range(verb + 1, min(k, verb + 8)) if toks[j].text == ","), k)
    while verb < k and is_adverb(toks[verb]):
        verb += 1
    t = toks[verb] if verb < k else None
    if t is None or t.cap or not t.word or t.low in rules.FUNCTION_WORDS - {"has", "have", "had"}:
        return None
    return np, verb


def introduces(toks: list[Token]) -> tuple[int, int] | None:
    """A sentence that names a speaker and announces their words, with no quote of its own: "Zelensky had
    a warning for Moscow.", "Arteta was blunt about his side's chances." Returns the speaker phrase."""
    if not toks or any(t.quoted for t in toks):
        return None
    np = sentence_subject(toks, 0, len(toks))
    if np is None or not any(t.cap for t in toks[np[0] : np[1] + 1]):
        return None
    after = toks[np[1] + 1 : np[1] + 12]
    if any(t.low in rules.INTRODUCING_NOUNS for t in after):
        return np
    for a, b in pairwise(after):
        if a.low in ("was", "is", "were", "are") and b.low in rules.INTRODUCING_ADJECTIVES:
            return np
    return None


def pronoun_at(toks: list[Token], span: tuple[int, int]) -> bool:
    return span[0] == span[1] and toks[span[0]].low in rules.PERSON_PRONOUNS


def speaker_label(text: str, ps: int, pe: int) -> tuple[tuple[int, int], int] | None:
    """A transcript turn "WALLACE: ..." (after an optional opening mark): (label span, content start)."""
    at = ps + 1 if ps < pe and text[ps] in '"“' else ps
    m = rules.SPEAKER_LABEL.match(text, at, min(pe, at + 40))
    if m is None or any(w.strip(".") in rules.NOT_SPEAKER_LABELS for w in m["label"].split()):
        return None
    if len(m["label"].replace(" ", "")) < 2:
        return None
    return m.span("label"), m.end()


def introducer(text: str, toks: list[Token], pi: int) -> Row | None:
    """`Caddell continued:` / `The New York Times reports:` at a paragraph's end: who the next quote is by."""
    toks = list(toks)
    while toks and toks[-1].text == ":":
        toks.pop()
    found = attribute_before(text, toks)
    if found is None and (np := label_line([*toks, Token(0, 0, ":", ":", "other")])) is not None:
        found = (np, (len(toks) - 1, len(toks) - 1), "")  # "Sanders made the following comment:"
    if found is None:
        return None
    np, cue, title = found
    end = toks[-1].end if toks else 0
    return Row("_intro", end, end, pi, "X said:", phrase(text, toks, np), char_span(toks, cue), title)


def nearest_attributed(attributed: list[Row], starts: list[int], r: Row) -> Row | None:
    """The attributed quote or reported speech of the same paragraph nearest before r (else after it)."""
    k = bisect.bisect_right(starts, r.start)
    if k:
        return attributed[k - 1]
    return next((a for a in attributed[k : k + 20] if a.kind != "indirect"), None)


def names_a_work(head: list[Token], quoted: str) -> bool:
    """Is the `quoted` text, capitalised and of a few words, the title of a work, by the words before it:
    right after a work's noun ("his book “Musicophilia”", "the television show “Nashville”") or after a
    thing named ("a poem called “...”", "a script titled “...”": a noun in lower case, then the participle)?
    (`The expanded program "will serve the industry ..."` is words.)"""
    if not quoted[:1].isupper() and not quoted[:1].isdigit():
        return False
    if len(quoted.split()) > _TITLE_MAX_WORDS or not head or head[-1].quoted or not head[-1].word:
        return False
    last = head[-1].low
    if last in rules.WORK_NOUNS and not head[-1].cap:
        return True
    if last not in rules.NAMING_PARTICIPLES or len(head) < 2:
        return False
    before = head[-2]
    return before.word and not before.cap and not before.quoted and before.low not in _NOT_NAMED_THINGS


_TITLE_MAX_WORDS = 8
#: Words before "called" that make it a verb of speaking, not a name given ("what he called", "it called").
_NOT_NAMED_THINGS = rules.FUNCTION_WORDS | rules.THIRD_PERSON | rules.SPEAKER_NOUNS | rules.INDEFINITE_SOURCES


def quote_kind(
    text: str,
    m: Marked,
    n_words: int,
    head_from: int,
    head_to: int,
    tail: list[Token],
    tail_attr: bool,
    attributed: bool,
) -> str:
    """direct / partial / scare for the quote `m` of `n_words` words (its `words_in`), from the words before
    it in its sentence (text[head_from:head_to]), its `tail` tokens, and whether it was attributed (by its
    tail: `tail_attr`)."""
    content = text[m.start : m.end].rstrip()
    head = text[head_from:head_to].strip()
    if m.continued or m.continues:
        return "direct"
    if not attributed and n_words <= rules.SCARE_QUOTE_MAX_WORDS and head:
        return "scare"
    if not m.double and not attributed:  # single marks (British): a whole sentence in them is direct
        if not head and content[-1:] in _SENTENCE_PUNCT and n_words >= 4:
            return "direct"
        return "scare" if n_words <= rules.SCARE_QUOTE_MAX_WORDS else "partial"
    if tail_attr and content[-1:] in ",?!…—–-" and not _in_fronted_participle(head):
        return "direct"
    if not head or head[-1] in ":" or all(c in "([—–-" for c in head):
        return "direct"
    if head[-1] == "," and _cue_at_end(head):
        return "direct"
    if not attributed and content[-1:] in _SENTENCE_PUNCT + "," and n_words >= 4 and head[-1] in ".?!":
        return "direct"
    return "partial"


def _in_fronted_participle(head: str) -> bool:
    """Does the sentence open with a participle clause the quoted words are part of ('Calling the attack
    "barbaric," Starmer said ...')? Then they are a partial quote, not the subject's direct words."""
    first = head.split(maxsplit=1)[0].lower() if head else ""
    return head[-1:].isalpha() and first.endswith("ing") and len(first) > 5  # (not "King", "Being")


def _cue_at_end(head: str) -> bool:
    words = re.findall(r"[A-Za-z']+", head[-40:].lower())
    return bool(words) and (words[-1] in rules.SPEECH_VERBS or any(w in rules.SPEECH_VERBS for w in words[-4:]))


def fronted_participle(head: list[Token], tail: list[Token]) -> tuple[int, tuple[int, int]] | None:
    """A sentence that opens with a speech verb's participle and the quote ("After saying "...," she ...",
    "Calling the attack "barbaric," Starmer ..."): the participle borrows the subject of the main clause, the
    noun phrase after the quote. Returns (the cue's index in head, the subject's span in tail)."""
    k = 1 if head and head[0].low in rules.PARTICIPLE_OPENERS else 0
    if len(head) <= k or not head[k].low.endswith("ing") or not is_cue(head[k]) or not tail:
        return None
    j = 1 if tail[0].text == "," else 0
    np = np_forward(tail, j)
    if np is None or np[1] + 1 >= len(tail) or not tail[np[1] + 1].word:
        return None
    return k, np


def join_interrupted(text: str, rows: list[Row], sentence_starts: list[int]) -> list[Row]:
    """One quotation interrupted by its attribution is one row: `"It's over," she said, "for now."` (both
    pieces share the cue) and `"It's over," she said. "We lost."` (the next piece, in the same or the next
    sentence, takes its speaker from this one, with only this one's cue or nothing between them). The
    row spans the pieces and what stands between them, as reported-speech annotation marks one attribution
    (PolNeAR); its `marks` keep the pieces. `rows` are one paragraph's, sorted by start."""
    out: list[Row] = []
    for r in rows:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == r.kind == "direct" and _continues(text, prev, r, sentence_starts):
            prev.end = r.end
            prev.marks = [*prev.marks, *r.marks]
            continue
        out.append(r)
    return out


def _continues(text: str, a: Row, b: Row, sentence_starts: list[int]) -> bool:
    if b.cue is not None and b.cue == a.cue and b.mention == a.mention:
        return True
    if b.carried_from is not a or b.rule != "same paragraph":
        return False
    if bisect.bisect_right(sentence_starts, b.start) - bisect.bisect_right(sentence_starts, a.end) > 1:
        return False
    between = text[a.end : b.start]
    return (a.cue is not None and a.end <= a.cue[0] < b.start) or not any(c.isalnum() for c in between)


def subject_of_cue(text: str, r: Row) -> bool:
    """Is the row's speaker phrase the subject of its cue verb, written right before it ("Moody's said") or,
    after the words, right after it (`"...," said Moody's`, "..., said Moody's")? Only for verbs that never
    modify a noun (`rules.NAME_WITH_S_CUES`): in "Sweden's ruling party" and "Trump's claim that" the "'s" is
    a possessive."""
    if r.refers_to is not None or r.cue is None or text[r.cue[0] : r.cue[1]].lower() not in rules.NAME_WITH_S_CUES:
        return False
    (ms, me), (cs, ce) = r.mention, r.cue
    before = me <= cs and not text[me:cs].strip()
    return before or (r.rule in ('"...," said X', "CLAUSE, said X") and ce <= ms and not text[ce:ms].strip())
