"""The search of the registers by words: an FTS5 query on SQLite, trigrams on PostgreSQL.

What the clerk typed is folded into words (no marks, lower case); a row matches when
every word starts a word of its folded text, on either engine.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, select, text

from giamsat_desktop.db.models import (
    CitizenReport,
    ConductSession,
    CriticismSession,
    Dialogue,
    IncomingDocument,
    OutgoingDocument,
    Recommendation,
    SupervisionSession,
    Task,
)
from giamsat_desktop.domain.text import fold_words

_Register = (
    type[IncomingDocument]
    | type[OutgoingDocument]
    | type[Task]
    | type[SupervisionSession]
    | type[Recommendation]
    | type[CriticismSession]
    | type[Dialogue]
    | type[ConductSession]
    | type[CitizenReport]
)
"""A table with a folded ``search_text`` and its index: the registers, tasks, sessions,
recommendations, criticism sessions, dialogues, QĐ 124 sessions and citizens' reports."""


def match_expression(words: str) -> str | None:
    """An FTS5 query from what the clerk typed: folded words, each quoted, each a prefix.

    Quoting every term keeps raw input such as ``558-CV/ĐUK`` from being read as FTS5
    syntax; the words are AND-ed.
    """
    terms = fold_words(words)
    if not terms:
        return None
    return " AND ".join(f'"{term}"*' for term in terms)


_WORD_START = "(^|[^[:alnum:]])"
"""Before a word: the start of the text or any character that is not a letter or digit."""
_ASCII_WORD_START = "(^|[ -/:-@[-`{-~])"
"""The same with only ASCII separators: a class pg_trgm can turn into trigrams (" cv")."""
TRIGRAM = 3
"""Terms shorter than this have no trigram of their own."""


def text_condition(dialect: str, table: _Register, index: str, words: str) -> ColumnElement[bool]:
    """The rows of ``table`` whose folded text has every word typed, each starting a word.

    On SQLite the FTS5 table ``index`` answers; on PostgreSQL the trigram index of the
    ``search_text`` column.
    """
    terms = fold_words(words)
    if dialect == "sqlite":
        expression = match_expression(words)
        return table.id.in_(
            select(text("rowid")).select_from(text(index)).where(text(f"{index} MATCH :q"))
        ).params(q=expression)
    narrowed = any(len(term) >= TRIGRAM for term in terms)
    return and_(*(_postgres_term(table, term, narrowed) for term in terms))


def _postgres_term(table: _Register, term: str, narrowed: bool) -> ColumnElement[bool]:
    """Every term starts a word of the folded text, as with FTS5's quoted prefixes.

    ``LIKE '%term%'`` is what the trigram index answers; the regular expression then keeps
    the rows where the term starts a word. A term of one or two characters ("15", "cv")
    has no trigram inside it, but a word start written with ASCII separators gives pg_trgm
    the trigram " cv" of the padded word. With only such short terms, that form keeps the
    query on the index (a word after a non-ASCII mark such as a curly quote is then
    missed); beside a longer term, which narrows the rows already, the exact form is used.
    """
    escaped = _regex_escape(term)
    if len(term) >= TRIGRAM:
        return and_(
            table.search_text.like(f"%{term}%"),
            table.search_text.op("~")(f"{_WORD_START}{escaped}"),
        )
    start = _WORD_START if narrowed else _ASCII_WORD_START
    return table.search_text.op("~")(f"{start}{escaped}")


def _regex_escape(term: str) -> str:
    return "".join(ch if ch.isalnum() else f"\\{ch}" for ch in term)
