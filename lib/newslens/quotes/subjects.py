"""Whose cue it is: the subject of a reporting verb, read backwards from the cue over adverbs, asides
("Scott Pruitt, the attorney general, said"), hometowns ("Donna Rawlings, 59, of Ashton, Md., said"),
named asides ("The mayor of Kyiv, Vitali Klitschko, said") and participle clauses ("..., saying")."""

from __future__ import annotations

from .. import rules
from ..tokens import Token, bare
from .cues import NOUN_BEFORE, back_over_adjuncts, cue_at, is_cue
from .phrases import is_role, np_backward, np_forward


def _skip_back_over_aside(toks: list[Token], i: int, floor: int) -> int:
    """Index of the token before ", aside," that ends at toks[i] == ',' (who/which clause, appositive,
    participle phrase), or -1 when there is no such aside."""
    if i < floor or toks[i].text != ",":
        return -1
    k = i - 1
    while k >= floor and i - k <= 30:
        if toks[k].text == ",":
            inner = toks[k + 1] if k + 1 < i else None
            if inner is None or inner.low in rules.COORDINATORS or toks[k - 1].low in rules.LEADING_CONJUNCTIONS:
                return -1  # "the debt, and as much as ... if ..., said X", "Nevertheless, BankAmerica ..., said X"
            return k - 1 if k - 1 >= floor else -1
        if toks[k].quoted or toks[k].text in ".;:!?":
            return -1
        k -= 1
    return -1


def _aside_text(text: str, toks: list[Token], first: int, comma_after: int) -> str:
    """An appositive's words without its determiner: ", the US ambassador to France," -> "US ambassador to France"."""
    return text[toks[first].start : toks[comma_after - 1].end]


def speaker_before_cue(text: str, toks: list[Token], cue: int, floor: int = 0) -> tuple[tuple[int, int], str] | None:
    """The subject of the cue at index `cue`: ((first, last) tokens, appositive title or '')."""
    i = back_over_adjuncts(toks, cue - 1, floor)
    if i < floor:
        return None
    if toks[i].low == "to" and i == cue - 1:  # "Trump took to Twitter overnight to accuse ...": its subject
        subject = sentence_subject(toks, floor, i)
        return (subject, "") if subject is not None else None
    if toks[i].low == "and" and i > floor:
        # "I laughed and said"; "Trump bemoaned the unrest and said": the subject of the first verb
        if (
            i - 2 >= floor
            and toks[i - 1].word
            and not toks[i - 1].cap
            and (toks[i - 2].cap or toks[i - 2].low in rules.SUBJECT_PRONOUNS)
            and (np := np_backward(toks, i - 2))
        ):
            return np, ""
        np = sentence_subject(toks, floor, i)
        return (np, "") if np is not None else None
    if i < floor:
        return None
    title = ""
    if toks[i].text == "," and i == cue - 1 and toks[cue].low.endswith("ing"):
        # "..., Sanders said, suggesting ...", '"...," Vaishnaw told reporters, adding that ...': the speaker of
        # the cue just before (past its addressee or adjunct)
        before = next((c for c in range(i - 1, max(floor, i - 6), -1) if cue_at(toks, c)), None)
        if before is not None:
            found = speaker_before_cue(text, toks, before, floor)
            if found is not None:
                return found
        # "..., saying ...": the participle's subject is the sentence's subject
        subject = sentence_subject(toks, floor, i)
        if subject is not None:
            return subject, ""
    named = None  # an aside that is a name: "The mayor of Kyiv, Vitali Klitschko, said"
    for _ in range(2):  # up to two asides: "Scott Pruitt, the attorney general, one of ..., said"
        if toks[i].text != ",":
            break
        before = _skip_back_over_aside(toks, i, floor)
        if before < floor:
            return None
        aside = toks[before + 2 : i]
        if named is None and 2 <= len(aside) <= 4 and all(t.cap and t.word and not t.quoted for t in aside):
            named = (before + 2, i - 1)
            role_before = any(is_role(t) for t in toks[max(floor, before - 8) : before + 1])
        # the comma that opened the aside is at before + 1
        aside_first = toks[before + 2] if before + 2 < i else None
        if aside_first is not None and (aside_first.low in rules.DETERMINERS and aside_first.low != "one"):
            title = _aside_text(text, toks, before + 3 if aside_first.low in ("the", "a", "an") else before + 2, i)
        i = before
    if i - 2 >= floor and toks[i].kind == "num" and toks[i - 1].text == "," and len(toks[i].text) <= 3:
        i -= 2  # an age: "Schiff, 56, who has served ..., told"
    np = _past_participle_phrase(toks, _past_hometown(toks, np_backward(toks, i), floor), floor)
    if named is not None and np is not None and _describes(toks[np[0] : np[1] + 1]):
        return named, text[toks[np[0]].start : toks[np[1]].end]
    if named is not None and np is None and role_before:  # "The governor of the region, Oleh Synehubov, said"
        return named, ""
    that_follows = cue + 1 < len(toks) and toks[cue + 1].low == "that"
    if np is not None and toks[cue].low in ("report", "reports") and that_follows:
        np = (np[0], cue)  # "a New York Times report that ...": the report is the source
    if np is not None and toks[cue].low.endswith("ing") and bare(toks[np[1]].text) in rules.DOCUMENT_NOUNS:
        # "X issued a statement saying", "In a statement announcing the pick, X ...": X speaks
        issuer = sentence_subject(toks, floor, len(toks))
        if issuer is not None and not (issuer[0] <= np[1] and np[0] <= issuer[1]):
            return issuer, ""
    if (np is None or np[0] < floor) and toks[cue].low.endswith("ing"):
        # "Mrs. Clinton had been pilloried for acknowledging that ...": the subject of the clause it ends,
        # else the sentence's ("... by announcing that ...")
        np = _clause_subject(toks, floor, cue) or sentence_subject(toks, floor, cue)
        if np is None:  # "“...,” Blige sings to Clinton before asking her": the earlier cue's subject
            earlier = next((k for k in range(cue - 1, max(floor - 1, cue - 15), -1) if cue_at(toks, k)), None)
            if earlier is not None and not toks[earlier].low.endswith("ing"):
                return speaker_before_cue(text, toks, earlier, floor)
    if np is None and not toks[cue].low.endswith("ing"):
        np = _modified_subject(toks, floor, i)  # "Experts on North Korea and nuclear nonproliferation said"
    if np is None or np[0] < floor:
        return None
    return np, title


def _modified_subject(toks: list[Token], floor: int, last: int) -> tuple[int, int] | None:
    """A subject whose modifiers end just before the cue ("Experts on North Korea said", "Those close to
    him say", "all the experts I interviewed said"): the sentence's opening noun phrase, when what follows
    it up to the cue (at most 12 tokens) holds no punctuation, quote or other cue."""
    np = sentence_subject(toks, floor, last + 1)
    if np is None or last - np[1] > 12 or last <= np[1]:
        return None
    between = toks[np[1] + 1 : last + 1]
    if any(t.quoted or not t.word or cue_at(toks, np[1] + 1 + k) for k, t in enumerate(between)):
        return None
    head = toks[np[1]]
    if not (head.cap or is_role(head) or head.low in ("those", "many", "some", "all", "most")):
        return None
    return np


def _describes(toks: list[Token]) -> bool:
    """Does a phrase before a named aside describe the person named ("The BBC's correspondent in Lagos,
    [name]", "The mayor of Kyiv, [name]"): a role, a possessive or a lower-case noun in it?"""
    return any(
        is_role(t)
        or t.low.endswith("'s")
        or (t.word and not t.cap and t.low.isalpha() and t.low not in rules.FUNCTION_WORDS)
        for t in toks
    )


_PLACE_OR_OF = rules.PLACE_PREPOSITIONS | {"of"}


def _past_participle_phrase(toks: list[Token], np: tuple[int, int] | None, floor: int) -> tuple[int, int] | None:
    """The noun a participle phrase describes, not the place that ends it: "[Protesters] marching through the
    streets chanted", "[Residents] living near the plant said"."""
    place = np
    for _ in range(3):  # "Protesters marching through the streets [of Lagos]", "living near the plant [in Leeds]"
        if place is None or place[0] - 3 < floor or toks[place[0] - 1].low not in _PLACE_OR_OF:
            return np
        before = toks[place[0] - 2]
        if before.low.endswith("ing") and not before.cap and toks[place[0] - 1].low != "of":
            head = np_backward(toks, place[0] - 3)
            if head is not None and head[0] >= floor and toks[head[1]].low not in rules.PERSON_PRONOUNS:
                return head
            return np
        place = np_backward(toks, place[0] - 2)
    return np


def _past_hometown(toks: list[Token], np: tuple[int, int] | None, floor: int) -> tuple[int, int] | None:
    """The name in "Donna Rawlings, 59, of Ashton, Md., said", not the place that ends the hometown."""
    if np is None or np[0] - 2 < floor:
        return np
    k = np[0] - 1
    if toks[k].text == ",":  # "of Ashton, Md.": back over the town to its "of"
        k -= 1
        while k > floor and np[0] - k <= 6 and toks[k].text != "," and toks[k].low != "of":
            k -= 1
    if k <= floor or toks[k].low != "of" or toks[k - 1].text != ",":
        return np
    k -= 1  # the comma before "of"
    if k - 2 >= floor and toks[k - 1].text.isdigit() and toks[k - 2].text == ",":
        k -= 2  # and an age before it
    name = np_backward(toks, k - 1) if k - 1 >= floor else None
    return name if name is not None and name[0] >= floor else np


_BULLETS = frozenset("-•*–·▪")


def head_noun_after(toks: list[Token], first: int, j: int) -> bool:
    """Is the lower-case word at j, right after the phrase that starts at `first`, the phrase's head noun
    rather than its verb: a plural that a verb follows, after a phrase that describes ("The president's
    Pacific roots shaped", "the Euroyen bonds are"; not "Japan appears resolved", nor a cue, "Smith says
    expected ...", nor a noun that is itself a source, "Lyng's comments seemed to suggest")?"""
    describes = toks[first].low in rules.DETERMINERS or any(t.low.endswith("'s") for t in toks[first:j])
    if not describes or j + 1 >= len(toks):
        return False
    noun, verb = toks[j], toks[j + 1]
    return (
        noun.word
        and not noun.cap
        and noun.low.endswith("s")
        and not noun.low.endswith(("'s", "ss"))
        and not is_cue(noun)
        and noun.low not in _NOT_HEADS
        and verb.word
        and not verb.cap
        and (verb.low.endswith("ed") or verb.low in rules.IRREGULAR_PASTS or verb.low in _FINITE_AUXILIARIES)
    )


_FINITE_AUXILIARIES = frozenset("had has have was were is are will would could should may might".split())
_NOT_HEADS = (
    _FINITE_AUXILIARIES
    | rules.FUNCTION_WORDS
    | rules.SPEECH_NOUNS
    | rules.INTRODUCING_NOUNS
    | rules.NOUN_FORM_THAT_VERBS
    | rules.DOCUMENT_NOUNS
)  # (a noun of speech or a document is a source itself: "Lyng's comments seemed to suggest")


def sentence_subject(toks: list[Token], floor: int, limit: int) -> tuple[int, int] | None:
    """The noun phrase that opens the sentence (after a conjunction), if a verb follows it before `limit`.
    A list item ("- Keep away from ...", "• Report it") has none: it is an instruction or a fragment."""
    if floor < limit and floor == 0 and toks[0].text in _BULLETS:
        return None
    i = floor
    while i < limit and (toks[i].low in rules.LEADING_CONJUNCTIONS or not toks[i].word or toks[i].quoted):
        if toks[i].quoted:
            return None
        i += 1
    if i < limit and (
        toks[i].low.endswith(("ing", "ed"))
        or toks[i].low in rules.IRREGULAR_PARTICIPLES
        or toks[i].low in NOUN_BEFORE | {"during", "after", "before", "while", "when", "worried", "asked"}
    ):
        comma = next((k for k in range(i, min(limit, i + 20)) if toks[k].text == "," or toks[k].quoted), None)
        if comma is not None and not toks[comma].quoted:
            i = comma + 1  # "During a speech in Ohio, Trump attacked ...", "Speaking in Ottawa, Mr Trudeau ..."
            if i < limit and _inside_phrase(toks[i]):  # "Following a swiftly called, late-afternoon meeting, the
                again = next((k for k in range(i, min(limit, i + 8)) if toks[k].text == "," or toks[k].quoted), None)
                if again is not None and not toks[again].quoted:  # Council issued ...": a comma between modifiers
                    i = again + 1
            while i + 1 < limit and toks[i].kind == "num" and toks[i + 1].text == ",":
                i += 2  # "On July 6, 2015, Sanders made ..."
        else:
            k = i + 1  # "On September 27 they published": past a date or a name
            while (
                k < limit and k - i <= 4 and (toks[k].cap or toks[k].kind == "num" or toks[k].low in rules.TIME_WORDS)
            ):
                k += 1
            if k == i + 1 or k >= limit:
                return None
            i = k
    np = np_forward(toks, i)
    if np is None or np[1] + 1 >= limit or head_noun_after(toks, np[0], np[1] + 1):
        return None
    return np


_CLAUSE_OPENERS = rules.DETERMINERS | rules.PERSON_PRONOUNS | rules.FUNCTION_WORDS


def _inside_phrase(t: Token) -> bool:
    """Does a word after a comma go on with the phrase before it (a modifier in lower case), rather than
    start the clause (a name, a pronoun, a determiner)?"""
    return t.word and not t.cap and t.low not in _CLAUSE_OPENERS


def _clause_subject(toks: list[Token], floor: int, cue: int) -> tuple[int, int] | None:
    """For an -ing cue after a preposition ("for acknowledging"): the noun phrase before the nearest
    auxiliary of the clause it ends ("[Mrs. Clinton] had been pilloried in coal country for acknowledging")."""
    if cue < 1 or toks[cue - 1].low not in ("for", "by", "after", "before", "while", "in", "when"):
        return None
    for k in range(cue - 2, max(floor, cue - 15), -1):
        t = toks[k]
        if t.quoted or t.text in ".;:!?":
            return None
        if t.low in _FINITE_AUXILIARIES and k - 1 >= floor:
            np = np_backward(toks, k - 1)
            return np if np is not None and np[0] >= floor else None
    return None
