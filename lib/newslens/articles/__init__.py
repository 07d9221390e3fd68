"""Load and clean articles: files in, `Article`s out, structure marked, nothing lost.

- `model`: `Article`, `Corpus`, `Problem`: what loading produces;
- `sources`: `load_articles` / `iter_articles`: paths, folders, globs and record files in;
- `decoding`: bytes to text; `dates`: publication dates to ISO 8601;
- `structure`: what each paragraph is (title, boilerplate, dateline, subhead, body, byline).
"""

from .dates import iso_date
from .decoding import decode
from .model import (
    ANALYSIS_FAILED,
    NOT_LOADED,
    NOTE,
    PARAGRAPH_KINDS,
    PROBLEM_COLUMNS,
    TEXT_KINDS,
    Article,
    Corpus,
    LoadError,
    Problem,
    problem_frame,
)
from .sources import (
    FieldError,
    SourceNotFound,
    UserError,
    check_source,
    duplicate_note,
    find_path,
    iter_articles,
    load_articles,
)
from .structure import Paragraph, Structure, analyse_structure

__all__ = [
    "ANALYSIS_FAILED",
    "NOTE",
    "NOT_LOADED",
    "PARAGRAPH_KINDS",
    "PROBLEM_COLUMNS",
    "TEXT_KINDS",
    "Article",
    "Corpus",
    "FieldError",
    "LoadError",
    "Paragraph",
    "Problem",
    "SourceNotFound",
    "Structure",
    "UserError",
    "analyse_structure",
    "check_source",
    "decode",
    "duplicate_note",
    "find_path",
    "iso_date",
    "iter_articles",
    "load_articles",
    "problem_frame",
]
