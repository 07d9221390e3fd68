"""newslens: who is quoted, what tone, which figures, in news articles.

Every analysis takes an `Article`, plain text or a `Corpus` and returns a tidy DataFrame whose
`start`/`end` offsets index the article's text.
"""

from . import charts, outlets, pipeline, render, tables
from .articles import Article, Corpus, FieldError, LoadError, Problem, SourceNotFound, UserError, load_articles
from .charts import setup_notebook
from .figures import claimants, conflicting_figures, figure_checks, figures
from .notebook import open
from .overview import article_table, paragraph_kinds, problem_summary, top_words
from .pipeline import analyze, analyze_in_memory
from .problems import AnalysisWarning
from .quotes import people, quote_positions, quotes, source_types, speakers
from .sentiment import aggregate as aggregate_sentiment
from .sentiment import sentiment
from .tables import Tables, open_tables
from .tokenize import sentences, words

__version__ = "0.2.0"

__all__ = [
    "AnalysisWarning",
    "Article",
    "Corpus",
    "FieldError",
    "LoadError",
    "Problem",
    "SourceNotFound",
    "Tables",
    "UserError",
    "aggregate_sentiment",
    "analyze",
    "analyze_in_memory",
    "article_table",
    "charts",
    "claimants",
    "conflicting_figures",
    "figure_checks",
    "figures",
    "load_articles",
    "open",
    "open_tables",
    "outlets",
    "paragraph_kinds",
    "people",
    "pipeline",
    "problem_summary",
    "quote_positions",
    "quotes",
    "render",
    "sentences",
    "sentiment",
    "setup_notebook",
    "source_types",
    "speakers",
    "tables",
    "top_words",
    "words",
]
