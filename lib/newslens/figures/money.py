"""The currency of a sum of money: a sign or a code before the number ("$5bn", "A$458m", "Rs 5 crore") or a
word after it ("500 dollars", "45 cts", "10,000 Canadian dlrs"), as an ISO code. The signs, codes and words
are in `newslens.rules`."""

from __future__ import annotations

from .. import rules
from ..tokens import Token


def currency_after(toks: list[Token], j: int) -> tuple[str, str, int] | None:
    """The currency word at token j, after the nationality that says whose it is when there is one ("dlrs",
    "Canadian dlrs"): (ISO code, the word as written, the index after it); None when there is none ("200
    pounds" of weight are no money unless a word of money is near)."""
    nation, k = _nation_before_currency(toks, j)
    if k >= len(toks) or toks[k].low not in rules.CURRENCY_WORDS:
        return None
    if toks[k].low in ("pound", "pounds") and not _money_near(toks, k):
        return None
    code = rules.CURRENCY_WORDS[toks[k].low]
    return rules.NATIONAL_CURRENCIES.get((nation, code), code), toks[k].text, k + 1


_NATIONS = frozenset(nation for nation, _ in rules.NATIONAL_CURRENCIES)


def _nation_before_currency(toks: list[Token], j: int) -> tuple[str, int]:
    """A nationality of one or two words at j before a currency word ("Canadian dlrs", "New Zealand
    dollars"): (the nationality in lower case, the index of the currency word); else ("", j)."""
    for width in (2, 1):
        if j + width < len(toks) and toks[j + width].low in rules.CURRENCY_WORDS:
            nation = " ".join(t.low for t in toks[j : j + width])
            if nation in _NATIONS:
                return nation, j + width
    return "", j


def _money_near(toks: list[Token], j: int) -> bool:
    """ "Pounds" as money, not weight: a word of money near ("40,000 pounds in donations")."""
    return any(t.low in rules.MONEY_CONTEXT for t in toks[max(0, j - 5) : j + 5])


def currency_before(toks: list[Token], i: int) -> tuple[str, int]:
    """The currency written before the number at token i, and the token the figure starts at: a sign
    ("$5bn"), a sign with the letters that say which dollar ("A$458m", "HK$30,000"), or a code or
    abbreviation ("Rs 5 crore", "USD 3m")."""
    t = toks[i]
    if t.kind == "sym" and t.text in rules.CURRENCY_SYMBOLS:
        if t.text == "$" and i > 0 and toks[i - 1].end == t.start and toks[i - 1].text in rules.DOLLAR_PREFIXES:
            return rules.DOLLAR_PREFIXES[toks[i - 1].text], i - 1
        return rules.CURRENCY_SYMBOLS[t.text], i
    if i > 0 and toks[i - 1].text in rules.CURRENCY_BEFORE and t.kind == "num":
        return rules.CURRENCY_BEFORE[toks[i - 1].text], i - 1
    if i > 1 and toks[i - 1].text == "." and toks[i - 2].text + "." in rules.CURRENCY_BEFORE and t.kind == "num":
        return rules.CURRENCY_BEFORE[toks[i - 2].text + "."], i - 2  # "Rs. 500"
    return "", i
