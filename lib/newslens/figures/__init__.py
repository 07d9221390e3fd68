"""Which figures an article reports, what they count, and on whose authority.

Each sentence of the title, subheads and body is read token by token. A figure is a number (`numbers`:
digits, number words, "a dozen", "1.2 million", "$5bn", a wire price "6-1/8"), a rank ("second-largest",
"3rd"), a fraction ("half", "a third"), a vague quantity ("several", "dozens of") or a date (`dates`:
"February 2022", "Thursday", "2:45 p.m."). Around it `quantities` reads the qualifier ("at least", "or more"), the range
("10-15", "between 10 and 15"), the currency (`money`) and the counted noun phrase. `frames` gives each figure its
claimant: the speaker of the innermost quote or reported speech that covers it, from `newslens.quotes`
(attribution is not re-implemented here). `checks` finds figures to read twice. The vocabulary (number
words, units, currencies, qualifiers) is in `newslens.rules`; the annotation conventions followed are those
of `../shared/spec/figures-rules.md`.
"""

from .checks import conflicting_figures, figure_checks, value_text
from .frames import FIGURE_COLUMNS, KINDS, NO_CLAIMANT, claimants, figures

__all__ = [
    "FIGURE_COLUMNS",
    "KINDS",
    "NO_CLAIMANT",
    "claimants",
    "conflicting_figures",
    "figure_checks",
    "figures",
    "value_text",
]
