"""Shared fixtures: the repository's seed article and the seed spec from ../shared/spec/."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newslens as nl

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_c8b33692d3f71c95.txt"
SPEC = REPO.parent / "shared" / "spec" / "seed-expected.json"


@pytest.fixture(scope="session")
def seed() -> nl.Article:
    return nl.load_articles(SEED)[0]


@pytest.fixture(scope="session")
def spec() -> dict:
    if not SPEC.exists():
        pytest.fail(f"the seed spec is missing: {SPEC} (../shared/ sits beside the repository)")
    return json.loads(SPEC.read_text(encoding="utf-8"))
