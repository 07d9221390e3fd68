"""Rules live as data in one place, and each is used from there: a rule that nothing reads is a rule that
silently does nothing, while a copy of it does the work somewhere else."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import newslens
from newslens import rules

LIBRARY = Path(newslens.__file__).parent
CODE = "\n".join(p.read_text(encoding="utf-8") for p in LIBRARY.rglob("*.py") if p.parent.name != "rules")
PUBLIC = sorted(name for name in vars(rules) if name.isupper() and not name.startswith("_"))


@pytest.mark.parametrize("name", PUBLIC)
def test_every_rule_is_used_outside_the_rules_module(name):
    assert re.search(rf"\brules\.{name}\b", CODE), f"rules.{name} is used nowhere: use it, or delete it"


def test_the_rules_are_data_not_code():
    assert len(PUBLIC) >= 60
    kinds = {type(getattr(rules, n)).__name__ for n in PUBLIC}
    assert kinds <= {"frozenset", "set", "dict", "tuple", "str", "int", "Pattern"}, kinds
