"""Shared fixtures: the repository's seed article and its spec (tests/data/seed-expected.json, a copy of
../shared/spec/seed-expected.json), and `SHARED`: the ../shared/ folder, which tests that need it skip without."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newslens as nl

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_c8b33692d3f71c95.txt"
SPEC = REPO / "tests" / "data" / "seed-expected.json"
SHARED = REPO.parent / "shared"


def shared(path: str) -> Path:
    """A file under ../shared/, or skip the test when it is absent (a clone from GitHub has no ../shared/)."""
    target = SHARED / path
    if not target.exists():
        pytest.skip(f"needs ../shared/{path}, which is not beside this checkout")
    return target


@pytest.fixture(scope="session")
def seed() -> nl.Article:
    return nl.load_articles(SEED)[0]


@pytest.fixture(scope="session")
def spec() -> dict:
    return json.loads(SPEC.read_text(encoding="utf-8"))
