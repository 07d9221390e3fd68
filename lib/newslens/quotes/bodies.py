"""Where the name of a company or a public body starts among a phrase's tokens, when it holds more than
capitalised words: partners joined by "and" ("Sears, Roebuck and Co", "Standard and Poor's"), what a body is
"of" or "for" ("Department of Health and Human Services"), a place in brackets ("Sony (U.K.) Ltd"); and the
name an article spells an initialism out as ("GM" for "General Motors Corp", "S and P" for "Standard and
Poor's Corp")."""

from __future__ import annotations

import re

from .. import rules
from ..tokens import Token, bare


def back_over_partners(toks: list[Token], j: int, i: int) -> int:
    """Where a company's name joined by "and" starts, when toks[j..i] is its last part: "Sears, Roebuck and
    Co", "Smith Barney, Harris Upham and Co", "S and P" (a company suffix, or initials on both sides), a
    business named in the possessive ("Standard and Poor's"), a body's "of" ("Department of Health and
    Human Services")."""
    if j < 2 or toks[j - 1].low != "and" or toks[j - 1].quoted or not (toks[j - 2].cap and toks[j - 2].word):
        return j
    initials = len(toks[j].text) == 1 and len(toks[j - 2].text) == 1
    possessive = j == i and toks[i].cap and toks[i].low.endswith("'s")
    body = _body_of(toks, j - 2) if bare(toks[j].low) not in rules.ORGANISATION_NAMES else None  # ("... and Fed")
    suffixed = bare(toks[i].low) in rules.COMPANY_SUFFIXES
    one_body = _one_body(toks[j - 2].text, [t.text for t in toks[j : i + 1]])
    if not initials and not possessive and body is None and not suffixed and not one_body:
        return j
    k = j - 2 if body is None else body
    while k - 1 >= 0 and j - k < 12:
        t = toks[k - 1]
        if t.cap and t.word and not t.quoted and t.low not in rules.NOT_NAMES and not t.low.endswith("'s"):
            k -= 1  # (an owner or a time in the possessive is no part: "last October's Organisation for ...")
        elif t.text == "," and k - 2 >= 0 and toks[k - 2].cap and toks[k - 2].word:
            k -= 2  # a partner before a comma: "Smith Barney, Harris Upham and Co"
        else:
            break
    return k


def _body_of(toks: list[Token], k: int) -> int | None:
    """Where a body's name starts when the capitalised words ending at k are what it is "of" or "for"
    ("Center for Disease Control", "Department of Health"): then "and" goes on inside the name ("... and
    Prevention", "... and Human Services"). None otherwise."""
    while k > 0 and toks[k].cap and toks[k].word and not toks[k].quoted:
        k -= 1
    if k < 1 or toks[k].low not in ("of", "for") or not toks[k - 1].cap:
        return None
    return k - 1 if bare(toks[k - 1].low) in rules.ORGANISATION_WORDS else None


def aside(toks: list[Token], close: int) -> int | None:
    """Where the bracket closing at `close` opens, when one to three capitalised words stand between and a
    capitalised word before it ("Sony (U.K.) Ltd", "Industrial Equity (Pacific) Ltd"); else None."""
    k = close - 1
    while k > 0 and close - k <= 3 and toks[k].cap and toks[k].word:
        k -= 1
    if k == close - 1 or k < 1 or toks[k].text != "(" or not (toks[k - 1].cap and toks[k - 1].word):
        return None
    return k


_CONNECTORS = frozenset({"and", "of", "for", "the", "&", "de"})
#: After a name's first capital: the rest of its first word, then up to six more capitalised words, each
#: perhaps after a connector ("Department of Transportation", "Standard and Poor's Corp").
_NAME_TAIL = rf"[\w'’&.-]*(?:\s+(?:(?:{'|'.join(map(re.escape, sorted(_CONNECTORS)))})\s+)?[A-Z][\w'’&.-]*){{1,6}}"


def partners(words: list[str]) -> bool:
    """Is the phrase one body named with an "and": capitalised names joined by it that end in a company
    suffix ("Sears, Roebuck and Co") or make one body (`_one_body`), or initials ("S and P")?"""
    if "and" not in words[1:-1] or not all(w == "and" or w[:1].isupper() for w in words):
        return False
    initials = len(words) == 3 and len(words[0]) == len(words[2]) == 1
    k = words.index("and")
    return initials or bare(words[-1]).rstrip(".") in rules.COMPANY_SUFFIXES or _one_body(words[k - 1], words[k + 1 :])


def _one_body(before: str, after: list[str]) -> bool:
    """Are the capitalised words `after` an "and" the rest of one body's name: two or more, ending in a body's
    word, after a word that is no body of its own ("Securities and Exchange Commission", "Food and Drug
    Administration", "Savings and Loan Association"; not "Urban Institute and Brookings Institution",
    "Democrats and Republicans")?"""
    before = bare(before)
    return (
        len(after) >= 2
        and after[0][:1].isupper()
        and bare(after[-1]).rstrip(".") in rules.ORGANISATION_WORDS
        and (before not in rules.ORGANISATION_WORDS or before.endswith("s"))
    )


def initials_of(name: str) -> str | None:
    """The letters of an initialism ("GM", "S.E.C.", "S and P"): two to six capitals and nothing else; None
    for any other name."""
    words = name.split()
    if len(words) == 1 and re.fullmatch(r"[A-Z]{2,6}|(?:[A-Z]\.){2,6}", name):
        return name.replace(".", "")
    if 3 <= len(words) <= 5 and all((len(w) == 1 and w.isupper()) or w in ("and", "&") for w in words):
        return "".join(w for w in words if w.isupper())  # "S and P"
    return None


def spelled_out(text: str, initials: str) -> str | None:
    """The one name `text` writes whose capitalised words begin with `initials`, the connectors ("and", "of")
    counted or not and a company suffix after them allowed ("General Motors Corp" for "GM", "Department of
    Transportation" for "DOT", "Standard and Poor's Corp" for "SP"); None when it writes none, or two."""
    found: set[str] = set()
    for m in re.finditer(rf"(?<![\w'’&.-])[A-Z]{_NAME_TAIL}", text):
        words = m.group().split()
        for first in range(len(words) - 1):
            if words[first][0] != initials[0] or words[first].lower() in _CONNECTORS:
                continue
            name = _spelling_out(words[first:], initials)
            if name is not None:
                found.add(name)
    return found.pop() if len(found) == 1 else None


def _spelling_out(words: list[str], initials: str) -> str | None:
    """The longest run of `words` from the first whose initials are `initials` (see `spelled_out`)."""
    for end in range(len(words), 1, -1):
        run = words[:end]
        if run[-1].lower() in _CONNECTORS or all(len(w.rstrip(".")) == 1 or w in ("and", "&") for w in run):
            continue  # (an initialism itself, "S and P", spells nothing out)
        content = "".join(w[0] for w in run if w.lower() not in _CONNECTORS)
        every = "".join(w[0].upper() for w in run)
        rest = "".join(w[0] for w in run[:-1] if w.lower() not in _CONNECTORS)
        if initials in (content, every) or (initials == rest and bare(run[-1]).rstrip(".") in rules.COMPANY_SUFFIXES):
            return _without_possessive(" ".join(run))
    return None


def _without_possessive(name: str) -> str:
    """A body's name without the possessive it was written in ("General Motors Corp's", "Securities Dealers'"),
    but with the one that is part of it ("Standard and Poor's")."""
    last = name.split()[-1]
    if last.endswith(("'s", "’s")) and (bare(last) in rules.COMPANY_SUFFIXES or bare(last) in rules.ORGANISATION_WORDS):
        return name[:-2]
    return name.rstrip("'’")
