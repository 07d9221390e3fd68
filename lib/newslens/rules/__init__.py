"""The rules newslens reads news by, kept as data in one place.

Everything a journalist might want to check or extend (abbreviations, boilerplate lines, stop words, cue
verbs, titles, number words, units) lives here, not inside the functions that use them, which read them
as `rules.NAME`. `articles` holds the rules for files, structure and tokens, `speech` those for quotes and
attribution (cue verbs, clause words, labels), `sources` those for who speaks (speaker nouns, titles,
organisations, documents, names), `figures` those for numbers. Patterns are simple and anchored so they
stay linear on hostile input.
"""

from .articles import *  # noqa: F403 - one namespace of rules, whatever their concern
from .figures import *  # noqa: F403
from .sources import *  # noqa: F403
from .speech import *  # noqa: F403
