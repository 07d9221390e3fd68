"""The README's layout table names every module of the library, and nothing that is not there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "lib" / "newslens"


def _layout_table() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Layout", 1)[1].split("\n## ", 1)[0]
    return "\n".join(line for line in section.splitlines() if line.startswith("| `lib/newslens/"))


MODULES = sorted(p.relative_to(PACKAGE) for p in PACKAGE.rglob("*.py") if p.stem not in ("__init__", "__main__"))


@pytest.mark.parametrize("module", MODULES, ids=str)
def test_every_module_is_in_the_layout_table(module):
    table = _layout_table()
    if len(module.parts) == 1:  # lib/newslens/x.py, in its own row or beside another ("`report.py`, `cli.py`")
        assert f"lib/newslens/{module}" in table or f"`{module}`" in table, module
    else:  # a package's module, named in its package's row
        row = next((line for line in table.splitlines() if f"lib/newslens/{module.parts[0]}/" in line), "")
        assert f"`{module.stem}`" in row, module


def test_every_path_in_the_layout_table_exists():
    for path in re.findall(r"`(lib/newslens/[^`]*)`", _layout_table()):
        assert (ROOT / path).exists(), path
