"""Tokens, and the phrases attribution reads: speaker noun phrases, the subject of a cue, a cue's span.

Every function here works on a paragraph's tokens (`tokens`) by index; a phrase is a (first, last) pair
of token indices. Bounded reaches keep the work linear on run-on input.
"""

from __future__ import annotations

import re

from .. import rules
from ..tokenize import WORD, count_words
from ..tokens import Token, bare, figure_tokens, mark_quoted, phrase_tokens
from .bodies import aside, back_over_partners
from .cues import is_cue, nominal
from .marks import nickname_after, nickname_before

_INITIAL = re.compile(r"[A-Z]\.")
CONTRACTION = re.compile(r"'(?:s|re|ve|d|ll)$")  # "he's", "they're": a pronoun and its verb


def tokens(text: str, start: int, end: int, quoted: list[tuple[int, int]] = ()) -> list[Token]:
    """Phrase tokens of text[start:end] (`newslens.tokens.phrase_tokens`), flagged when inside one of the
    `quoted` spans."""
    toks = phrase_tokens(figure_tokens(text, start, end), text)
    mark_quoted(toks, list(quoted))
    return toks


def np_backward(toks: list[Token], i: int, hops: int = 2) -> tuple[int, int] | None:
    """The speaker phrase ending at token i (inclusive), scanning backwards: (first, last) token indices.
    It reaches over at most `hops` prepositions to a role ("the spokesman for the mayor of Kyiv")."""
    if i < 0:
        return None
    last = i
    if toks[i].label and i > 0:
        i -= 1
        if toks[i].text == "," and i > 0:
            i -= 1  # "Rand Paul, R-Ky.,"
    head = toks[i]
    if head.quoted or not head.word:
        return None
    low = CONTRACTION.sub("", head.low)
    if low in rules.SUBJECT_PRONOUNS:
        return (i, last)  # (also "He's", "they're": "He's claiming that ...")
    if low in rules.INDEFINITE_SOURCES:  # "Some said", "Others reported", "a few" (a verb next: not "for some, ...")
        before = toks[i - 1].low if i else ""
        if before == "a" and low == "few":
            return (i - 1, last)
        if before in rules.DETERMINERS or i + 1 >= len(toks) or not toks[i + 1].word:
            return None  # "the many reasons that": an adjective
        return (i, last)
    if (
        low in rules.RELATIVE_PRONOUNS
        and i > 0
        and (toks[i - 1].text == "," or toks[i - 1].cap or toks[i - 1].low in rules.SPEAKER_NOUNS)
    ):
        return (i, last)  # resolved to the noun phrase before it
    if low in ("who", "which", "that"):
        return None
    base = low[:-2] if low.endswith("'s") else low
    if not (head.cap or role_word(base) or base in rules.DOCUMENT_NOUNS):
        return _common_noun_phrase(toks, i, last)
    if head.cap and (low in rules.NOT_NAMES or bare(low) in rules.NOT_NAMES):
        return None  # "That's when she ..."
    j = i
    has_role = role_word(base) or base in rules.DOCUMENT_NOUNS
    while j - 1 >= 0:
        t = toks[j - 1]
        if t.text == "/" and j - 2 >= 0 and toks[j - 2].cap and toks[j].cap and not t.quoted:
            j -= 1  # "an NBC/Wall Street Journal survey"
            continue
        if (given := nickname_before(toks, j)) is not None:
            j = given  # 'Dwayne "The Rock" Johnson': the nickname is inside the name
            continue
        if t.text == ")" and bare(toks[i].low) in rules.COMPANY_SUFFIXES and (opened := aside(toks, j - 1)):
            j = opened  # "Sony (U.K.) Ltd": a place in brackets inside a company's name
            continue
        if t.quoted or not t.word:
            break
        tl = t.low
        if tl in rules.DETERMINERS:
            j -= 1
            break
        if t.cap and tl not in rules.NOT_NAMES:
            j -= 1
            continue
        if tl.endswith("'s") and (t.cap or j - 2 < 0 or toks[j - 2].low in rules.DETERMINERS):
            j -= 1
            continue
        if tl in rules.NAME_PARTICLES and j - 2 >= 0 and toks[j - 2].cap and toks[j].cap:
            j -= 1
            continue
        if (
            tl == "on"
            and j - 2 >= 0
            and toks[j - 2].cap
            and bare(toks[j - 2].low) in rules.ORGANISATION_WORDS
            and toks[j].cap
        ):
            j -= 1  # "the National Institute on Drug Abuse", "the Council on Foreign Relations"
            continue
        if role_word(tl):
            has_role = True
            j -= 1
            continue
        if (
            has_role
            and tl.isalpha()
            and tl not in rules.FUNCTION_WORDS
            and tl not in rules.CUE_AUXILIARIES
            and not is_cue(t)
        ):
            # a lower-case modifier inside a role phrase: "press" secretary, "navy" spokesperson
            if (
                j - 2 < 0
                or not toks[j - 2].word
                or toks[j - 2].quoted
                or toks[j - 2].low in rules.DETERMINERS
                or toks[j - 2].cap
                or toks[j - 2].low.endswith("'s")
            ):
                j -= 1
                continue
        break
    j = back_over_partners(toks, j, i)
    # a role's prepositional phrase: "the mayor of Kyiv", "a spokesman for the Kremlin"
    if hops and j >= 2 and toks[j - 1].low in rules.ROLE_PREPOSITIONS and is_role(toks[j - 2]):
        role = np_backward(toks, j - 2, hops - 1)
        if role is not None:
            return (role[0], last)
    # a sentence-initial capitalised function word is not part of the name ("But Smith")
    while j < i and toks[j].cap and toks[j].low in rules.NOT_NAMES and toks[j].low not in rules.DETERMINERS:
        j += 1
    return (j, last)


def _common_noun_phrase(toks: list[Token], i: int, last: int) -> tuple[int, int] | None:
    """A lower-case noun after a determiner and its modifiers ("one onlooker", "the young coach"): a speaker
    phrase even when its noun is in no list."""
    t = toks[i]
    if not t.word or t.low in rules.FUNCTION_WORDS or not t.low.isalpha() or t.low.endswith(("ed", "ing", "ly")):
        return None
    for j in range(i - 1, max(-1, i - 4), -1):
        tj = toks[j]
        if tj.quoted or not tj.word:
            return None
        if tj.low in rules.DETERMINERS:
            return (j, last)
        if tj.cap or tj.low in rules.FUNCTION_WORDS or not tj.low.isalpha():
            return None
    return None


def role_word(low: str) -> bool:
    """A noun or title a speaker can be named by ("spokesman", "minister", "Sen."), prefixed too
    ("co-chairman", "vice-president", "ex-minister"), in the plural ("groups"), or an age ("the 34-year-old")."""
    low = low.rstrip(".")
    if low in rules.SPEAKER_NOUNS or low in rules.TITLE_WORDS or low in rules.ORGANISATION_ROLES:
        return True
    if rules.AGE_NOUN.fullmatch(low):
        return True
    singular = low[:-3] + "y" if low.endswith("ies") else low[:-1] if low.endswith("s") else None
    if singular in rules.SPEAKER_NOUNS:
        return True  # a plural: "groups", "agencies"
    head = low.rpartition("-")[2]
    return head != low and (head in rules.SPEAKER_NOUNS or head in rules.TITLE_WORDS)


def is_role(t: Token) -> bool:
    base = t.low[:-2] if t.low.endswith("'s") else t.low
    return t.word and not t.quoted and role_word(base)


def _document_before(t: Token) -> bool:
    """A document noun in lower case ("document", "memo"), which no name follows as its own ("the newspaper
    Le Monde" does: "paper" may name an outlet)."""
    return not t.cap and t.low in rules.DOCUMENT_NOUNS and t.low not in ("paper", "papers")


def np_forward(toks: list[Token], i: int) -> tuple[int, int] | None:
    """The speaker phrase starting at token i, scanning forwards (`said Kremlin spokesman Dmitry Peskov`)."""
    n = len(toks)
    if i >= n:
        return None
    if (toks[i].low in rules.THIRD_PERSON or CONTRACTION.sub("", toks[i].low) in _WHO_IS) and not toks[i].quoted:
        return (i, i)  # (also "He's been pilloried for ...", "They're"; "It's a good bet" is no one)
    if toks[i].low in rules.INDEFINITE_SOURCES and not toks[i].quoted and i + 1 < n and _verb_next(toks[i + 1]):
        return (i, i)  # "Some said", "Others reported" (but "Some analysts said")
    if toks[i].kind == "num":  # "9/11 widow Terry Strada", "49ers quarterback ..."
        k = i
        while k < n and k - i < 3 and (toks[k].kind == "num" or toks[k].text == "/"):
            k += 1
        np = np_forward(toks, k) if k < n and toks[k].kind != "num" else None
        return (i, np[1]) if np is not None and any(is_role(t) for t in toks[k : np[1] + 1]) else None
    j = i + 1 if toks[i].low in rules.DETERMINERS else i
    last = None
    while j < n and j - i < 12:
        t = toks[j]
        if t.label and last == j - 1:
            last = j
            j += 1
            continue
        if t.text == "/" and last == j - 1 and j + 1 < n and toks[j + 1].cap and not toks[j + 1].quoted:
            j += 1  # "an NBC/Wall Street Journal survey"
            continue
        if last == j - 1 and (surname := nickname_after(toks, j)) is not None:
            j = surname  # 'said Dwayne "The Rock" Johnson'
            continue
        if t.quoted or not t.word or t.low in rules.CUE_AUXILIARIES:
            break
        surname = t.cap and last == j - 1 and toks[j - 1].low in rules.GIVEN_NAMES  # "Anthony Dub", "Edward Said"
        if is_cue(t) and not nominal(toks, j) and not surname:
            break
        tl = t.low
        base = tl[:-2] if tl.endswith("'s") else tl
        if tl == "and" and last == j - 1 and is_role(toks[j - 1]) and _role_ahead(toks, j):
            pass  # "Kremlin spokesman and adviser Dmitry Peskov"
        elif (
            tl == "and"
            and last == j - 1
            and toks[j - 1].cap
            and j + 1 < n
            and (
                toks[j + 1].low in rules.COMPANY_SUFFIXES
                or (toks[j + 1].cap and toks[j + 1].low.endswith("'s") and (j + 2 >= n or not toks[j + 2].word))
            )
        ):
            pass  # "Wertheim and Co analyst Michael Ellman", "said Standard and Poor's." (low has no "Co.")
        elif t.cap and last == j - 1 and _document_before(toks[j - 1]):
            break  # "a document Matthesen prepared", "the memo Trump wrote": the name opens a clause about it
        elif t.cap and (base not in rules.NOT_NAMES or (last is not None and _INITIAL.fullmatch(t.text))):
            last = j  # (an initial is a name even when it is "A.": "Julie A. Diaz Martinez")
        elif role_word(base):
            last = j
        elif tl in rules.NAME_PARTICLES and last is not None and _particle_joins(toks, j):
            pass
        elif base in rules.DOCUMENT_NOUNS and not t.cap and j > i:
            last = j  # "federal statistics", "the post-debate analysis"
        elif (
            (tl.replace("-", "").isalpha() or t.kind == "num")
            and tl not in rules.FUNCTION_WORDS
            and not _after_full_name(toks, i, j)
            and not (last == j - 1 and _verb_after_head(toks, j))
            and _role_ahead(toks, j)
        ):
            pass  # a modifier before the head: "a senior official", "former campaign strategist"
        else:
            break
        j += 1
    if last is None:
        return _determined_noun(toks, i)
    return (i, _document_source(toks, last))


_WHO_IS = rules.PERSON_PRONOUNS | {"they"}


def _verb_next(t: Token) -> bool:
    """Is the word after an indefinite pronoun its verb, not a noun it determines ("Some said", "Others
    have argued"; not "Some analysts")?"""
    return t.word and (is_cue(t) or t.low in rules.CUE_AUXILIARIES or t.low.endswith("ed"))


def _determined_noun(toks: list[Token], i: int) -> tuple[int, int] | None:
    """ "the opposition", "a neighbour": a determiner and a lower-case noun in no list, ending the phrase."""
    if i + 1 >= len(toks) or toks[i].low not in rules.DETERMINERS:
        return None
    noun = toks[i + 1]
    if noun.quoted or noun.cap or not noun.low.isalpha() or noun.low in rules.FUNCTION_WORDS or is_cue(noun):
        return None
    after = toks[i + 2] if i + 2 < len(toks) else None
    if after is None or not after.word or after.low in rules.FUNCTION_WORDS or is_cue(after):
        return (i, i + 1)
    return None


def _document_source(toks: list[Token], last: int) -> int:
    """A document's phrase takes in its author: "a report [by the National Audit Office]", "figures [from the
    Treasury]", "a letter [signed by 300 doctors]". Returns the phrase's new last token."""
    if bare(toks[last].text) not in rules.DOCUMENT_NOUNS or (toks[last].cap and last > 0):
        return last  # (a capital opening the sentence is no name: "Figures from the Treasury")
    k = last + 1
    if k < len(toks) and toks[k].low in rules.DOCUMENT_LINKS and toks[k].low.endswith("ed"):
        k += 1
    if k + 1 < len(toks) and toks[k].low in rules.AUTHOR_PREPOSITIONS and not toks[k + 1].quoted:
        author = np_forward(toks, k + 1)
        if author is not None:
            return author[1]
    return last


def _verb_after_head(toks: list[Token], j: int) -> bool:
    """Is the lower-case word at j, right after a head word, that head's verb: an -ed form ("Environmental
    groups granted Mr. Clarke ...", not after a possessive: "Sweden's ruling party"), or an -s form after a
    name with a number or a determiner next ("SEG employs 170,000 people", "Exxon owns the refinery"; not
    "Nasdaq options traders")?"""
    word, head = toks[j].low, toks[j - 1]
    if word.endswith("ed") or word in rules.IRREGULAR_PASTS:  # ("Dilson Funaro met bankers")
        return not head.low.endswith("'s")
    return (
        word.endswith("s")
        and not word.endswith("'s")
        and head.cap
        and j + 1 < len(toks)
        and (toks[j + 1].kind == "num" or toks[j + 1].low in rules.DETERMINERS)
    )


def _after_full_name(toks: list[Token], i: int, j: int) -> bool:
    """Do two capitalised words that are no title end just before j, and no role follow the lower-case word
    at j? Then it is the verb after a name ("Rachel Reeves met business leaders"), not a modifier ("White
    House press secretary", "Manchester United head coach")."""
    return (
        j - 2 >= i
        and all(
            toks[k].cap and toks[k].low.rstrip(".") not in rules.TITLE_WORDS and not toks[k].low.endswith("'s")
            for k in (j - 1, j - 2)
        )
        and not (j + 1 < len(toks) and is_role(toks[j + 1]))
    )


def _role_ahead(toks: list[Token], j: int) -> bool:
    for k in range(j + 1, min(len(toks), j + 4)):
        t = toks[k]
        if not t.word or t.quoted:
            return False
        base = t.low[:-2] if t.low.endswith("'s") else t.low
        if role_word(base) or t.cap or base in rules.DOCUMENT_NOUNS:
            return True
    return False


def _particle_joins(toks: list[Token], j: int) -> bool:
    """Does the particle at j join two parts of one name ("Ursula von der Leyen", "Bank of England")?"""
    prev = toks[j - 1]
    if not (prev.cap or prev.low in rules.NAME_PARTICLES):
        return False
    k = j + 1
    while k < len(toks) and toks[k].low in rules.NAME_PARTICLES and k - j < 3:
        k += 1
    return k < len(toks) and toks[k].cap and not toks[k].quoted


def char_span(toks: list[Token], span: tuple[int, int]) -> tuple[int, int]:
    return toks[span[0]].start, toks[span[1]].end


def phrase(text: str, toks: list[Token], span: tuple[int, int]) -> tuple[int, int]:
    return toks[span[0]].start, toks[span[1]].end


def attribution_follows(toks: list[Token], i: int) -> bool:
    """Does a speaker phrase and its cue start at token i ("Mr. Barrett said")?"""
    np = np_forward(toks, i)
    if np is None:
        return False
    j = np[1] + 1
    while j < len(toks) and toks[j].low in rules.CUE_AUXILIARIES:
        j += 1
    return j < len(toks) and (toks[j].low in rules.SPEECH_VERBS or toks[j].low in rules.CHARACTERIZING_VERBS)


def words_in(text: str, start: int, end: int) -> int:
    """How many words text[start:end] has (`tokenize.count_words`, the one word count)."""
    return count_words(text[start:end])


def has_words(text: str, start: int, end: int, n: int) -> bool:
    """Does text[start:end] hold at least `n` words (as `words_in` counts them)? Counting stops at the n-th."""
    if n <= 0:
        return True
    for k, _ in enumerate(WORD.finditer(text, start, end), 1):
        if k >= n:
            return True
    return False
