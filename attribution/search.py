"""Full-text search over stored statements, with filters, built apart from running it.

``search_sql(dialect, filters)`` returns the SQL and its parameters (so the
CLI's ``--show-sql`` costs nothing); ``search(store, filters)`` runs it and
returns plain dicts, best first. The user's query is never spliced into SQL:
on SQLite it is rewritten into a safe FTS5 expression (``fts5_query``), on
PostgreSQL it goes to ``websearch_to_tsquery``, which accepts any text. Both
read it the same, web-search style: words (all must match), "quoted
phrases", ``OR`` between alternatives, ``-word`` to exclude.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import text

from attribution.errors import UserError
from attribution.store import Store, target_key
from attribution.store_schema import key
from attribution.types import STANCE_LABELS

KINDS = ("direct", "indirect", "mixed")
# Private-use characters mark highlighted words in snippets; the CLI renders them (bold, or **…**).
HL_START, HL_END = "\ue000", "\ue001"


@dataclass
class Filters:
    """What to search for. Every field is optional; text filters match case-insensitively.

    ``speaker`` / ``org`` match a canonical name or alias, substrings allowed ("Kirby");
    ``stance`` (support|oppose|neutral) and ``target`` filter by stored stance labels;
    ``since`` / ``until`` are inclusive ISO dates on the publication date.
    """

    query: str | None = None
    speaker: str | None = None
    org: str | None = None
    kind: str | None = None
    stance: str | None = None
    target: str | None = None
    since: str | None = None
    until: str | None = None
    limit: int | None = 20

    def validate(self) -> "Filters":
        """Raise UserError for a value no database could match; return self."""
        if self.query is not None and not _WORD.search(self.query):
            raise UserError(f"empty query {self.query!r}: give at least one word to search for")
        if self.kind is not None and self.kind not in KINDS:
            raise UserError(f"--kind must be one of {', '.join(KINDS)}, not {self.kind!r}")
        if self.stance is not None and self.stance not in STANCE_LABELS:
            raise UserError(f"--stance must be one of {', '.join(STANCE_LABELS)}, not {self.stance!r}")
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None:
                try:
                    date.fromisoformat(value)
                except ValueError:
                    raise UserError(f"--{name} wants a date like 2021-06-28, not {value!r}") from None
        if self.limit is not None and self.limit < 1:
            raise UserError("--limit must be at least 1")
        for name in ("speaker", "org", "target"):
            value = getattr(self, name)
            if value is not None and not value.strip():
                raise UserError(f"--{name} is empty")
        return self


_WORD = re.compile(r"\w+")
_TERM = re.compile(r'(-?)"([^"]*)"|(-?)([^\s"]+)')


def fts5_query(query: str) -> str | None:
    """``query`` as a safe FTS5 MATCH expression with web-search meaning; None when it has no words.

    Every word is re-quoted as an FTS5 string, so quotes, parentheses, ``AND``/``NEAR``,
    ``*`` or ``:`` in the input are data, never syntax; an unbalanced quote is ignored.
    """
    groups: list[tuple[list[str], list[str]]] = [([], [])]
    pending_or = False
    for m in _TERM.finditer(query):
        negate = bool(m.group(1) or m.group(3))
        raw = m.group(2) if m.group(2) is not None else m.group(4)
        if m.group(4) == "OR":
            pending_or = bool(groups[-1][0])
            continue
        words = _WORD.findall(raw)
        if not words:
            continue
        term = '"' + " ".join(words) + '"'  # \w+ never contains a quote: nothing to escape
        if pending_or and not negate:
            groups.append(([], []))
        pending_or = False
        groups[-1][1 if negate else 0].append(term)
    parts = []
    for positive, negative in groups:
        if not positive:  # FTS5 cannot evaluate a purely negative query
            continue
        expr = " AND ".join(positive)
        if negative:
            expr = f"({expr}) NOT " + " NOT ".join(negative)
        parts.append(f"({expr})")
    return " OR ".join(parts) if parts else None


def like_pattern(value: str) -> str:
    """A LIKE pattern matching ``value`` (in key form) anywhere, ``%`` and ``_`` taken literally."""
    escaped = key(value).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _where(f: Filters, params: dict[str, Any], folded: tuple[str, ...] = ()) -> list[str]:
    """The filter conditions other than the full-text match; fills ``params``.
    ``folded``: filters ("speaker", "org") already inside the full-text match."""
    cond = []
    if f.speaker and "speaker" not in folded:
        params["speaker"] = like_pattern(f.speaker)
        cond.append("s.speaker_id IN (SELECT speaker_id FROM speaker_aliases WHERE alias_key LIKE :speaker ESCAPE '\\')")
    if f.org and "org" not in folded:
        params["org"] = like_pattern(f.org)
        cond.append("s.org_id IN (SELECT org_id FROM organisation_aliases WHERE alias_key LIKE :org ESCAPE '\\')")
    if f.kind:
        params["kind"] = f.kind
        cond.append("s.kind = :kind")
    if f.since:
        params["since"] = f.since
        cond.append("d.pub_date >= :since")
    if f.until:
        params["until"] = f.until
        cond.append("d.pub_date <= :until")
    if f.stance or f.target:
        sub = ["st.statement_id = s.id"]
        if f.stance:
            params["stance"] = f.stance
            sub.append("st.label = :stance")
        if f.target:
            params["target"] = like_pattern(target_key(f.target))
            sub.append("st.target_key LIKE :target ESCAPE '\\'")
        cond.append(f"EXISTS (SELECT 1 FROM stances st WHERE {' AND '.join(sub)})")
    return cond


MAX_FOLDED_IDS = 100  # beyond this many matching speakers, a join beats a long OR in the FTS query


def search_sql(dialect: str, f: Filters, ids: dict[str, list[int]] | None = None) -> tuple[str, dict[str, Any]]:
    """The SQL (and its parameters) that returns the hits for ``f``, best first.

    The inner query ranks and limits ids only; names, dates and the highlighted
    snippet are computed for the returned rows alone. ``ids`` ({"speaker": [...],
    "org": [...]}, from ``resolve_ids``) lets SQLite check those filters inside the
    FTS5 match, through the ``tags`` column, rather than row by row afterwards.
    """
    params: dict[str, Any] = {}
    folded: dict[str, list[int]] = {}
    if dialect == "sqlite" and f.query and ids:
        folded = {k: v for k, v in ids.items() if v and len(v) <= MAX_FOLDED_IDS and getattr(f, k)}
    cond = _where(f, params, tuple(folded))
    if f.limit is not None:
        params["limit"] = int(f.limit)
    limit = "\n  LIMIT :limit" if f.limit is not None else ""
    stance_cond = "st.statement_id = s.id"
    if f.target:
        stance_cond += " AND st.target_key LIKE :target ESCAPE '\\'"
    if f.query and dialect == "sqlite":
        match = "text : (" + (fts5_query(f.query) or '""') + ")"
        for facet, values in folded.items():
            prefix = "s" if facet == "speaker" else "o"
            match += " AND tags : (" + " OR ".join(f'"{prefix}{int(v)}"' for v in values) + ")"
        params["query"] = match
        params.update(hl_start=HL_START, hl_end=HL_END)
        if cond:
            where = " AND ".join(["statements_fts MATCH :query", *cond])
            inner = (f"SELECT s.id, -statements_fts.rank AS rank\n  FROM statements_fts\n"
                     f"  JOIN statements s ON s.id = statements_fts.rowid\n  JOIN documents d ON d.pk = s.document_pk\n"
                     f"  WHERE {where}\n  ORDER BY statements_fts.rank{limit}")
        else:  # FTS5 alone: it ranks and limits without a row lookup per hit
            inner = (f"SELECT rowid AS id, -rank AS rank\n  FROM statements_fts\n"
                     f"  WHERE statements_fts MATCH :query\n  ORDER BY rank{limit}")
        snippet = ("(SELECT snippet(statements_fts, 0, :hl_start, :hl_end, '…', 24) FROM statements_fts "
                   "WHERE statements_fts MATCH :query AND rowid = h.id)")
    elif f.query:
        params["query"] = f.query
        params["headline"] = f"StartSel={HL_START}, StopSel={HL_END}, MaxWords=35, MinWords=15"
        where = " AND ".join(["s.tsv @@ websearch_to_tsquery('english', :query)", *cond])
        inner = (f"SELECT s.id, ts_rank_cd(s.tsv, websearch_to_tsquery('english', :query)) AS rank\n"
                 f"  FROM statements s\n  JOIN documents d ON d.pk = s.document_pk\n"
                 f"  WHERE {where}\n  ORDER BY rank DESC, s.id{limit}")
        snippet = "ts_headline('english', s.text, websearch_to_tsquery('english', :query), :headline)"
    else:
        where = " AND ".join(cond) or "1 = 1"
        inner = (f"SELECT s.id, 0.0 AS rank\n  FROM statements s\n  JOIN documents d ON d.pk = s.document_pk\n"
                 f"  WHERE {where}\n  ORDER BY d.pub_date DESC, s.id DESC{limit}")
        snippet = "s.text"
    order = "h.rank DESC, h.id" if f.query else "d.pub_date DESC, h.id DESC"
    sql = f"""WITH h AS (
  {inner}
)
SELECT s.id AS statement_id, h.rank AS rank, {snippet} AS snippet, s.text AS text,
  sp.name AS speaker, o.name AS organisation, s.role AS role, s.kind AS kind,
  d.pub_date AS date, d.id AS document, d.title AS title,
  (SELECT st.label FROM stances st WHERE {stance_cond} ORDER BY st.id DESC LIMIT 1) AS stance,
  (SELECT st.target FROM stances st WHERE {stance_cond} ORDER BY st.id DESC LIMIT 1) AS stance_target
FROM h
JOIN statements s ON s.id = h.id
JOIN documents d ON d.pk = s.document_pk
LEFT JOIN speakers sp ON sp.id = s.speaker_id
LEFT JOIN organisations o ON o.id = s.org_id
ORDER BY {order}"""
    return sql, params


def search(store: Store, f: Filters) -> list[dict[str, Any]]:
    """Run the search ``f`` on ``store``: plain dicts, best first.

    An unknown speaker or organisation is a UserError (with close names), not an empty result.
    """
    f.validate()
    with store.read() as conn:
        sql, params = _plan(conn, store.dialect, f)
        return [dict(row) for row in conn.execute(text(sql), params).mappings()]


def explain(store: Store, f: Filters) -> tuple[str, dict[str, Any]]:
    """The SQL and parameters ``search`` would run for ``f`` (names resolved, nothing searched)."""
    f.validate()
    with store.read() as conn:
        return _plan(conn, store.dialect, f)


def _plan(conn, dialect: str, f: Filters) -> tuple[str, dict[str, Any]]:
    ids = {}
    for facet, what in (("speaker", "speaker"), ("org", "organisation")):
        value = getattr(f, facet)
        if value:
            ids[facet] = resolve_ids(conn, what, value)
            if not ids[facet]:
                raise UserError(f"no {what} matches {value!r}{_suggest(conn, _ALIAS_TABLE[what], value)}")
    return search_sql(dialect, f, ids)


def resolve_ids(conn, what: str, name: str, most: int = MAX_FOLDED_IDS + 1) -> list[int]:
    """Ids of the speakers / organisations with a name or alias containing ``name`` (at most ``most``)."""
    table, col = ("speaker_aliases", "speaker_id") if what == "speaker" else ("organisation_aliases", "org_id")
    return [r[0] for r in conn.execute(text(f"SELECT DISTINCT {col} FROM {table} WHERE alias_key LIKE :p ESCAPE '\\' "
                                            f"ORDER BY {col} LIMIT :n"), {"p": like_pattern(name), "n": most})]


_ALIAS_TABLE = {"speaker": "speaker_aliases", "organisation": "organisation_aliases"}


def _require_name(conn, what: str, name: str) -> None:
    table = _ALIAS_TABLE[what]
    hit = conn.execute(text(f"SELECT 1 FROM {table} WHERE alias_key LIKE :p ESCAPE '\\' LIMIT 1"),
                       {"p": like_pattern(name)}).first()
    if hit is None:
        raise UserError(f"no {what} matches {name!r}{_suggest(conn, table, name)}")


def _suggest(conn, table: str, name: str) -> str:
    names = [r[0] for r in conn.execute(text(f"SELECT alias FROM {table}"))]
    close = difflib.get_close_matches(name, names, n=3, cutoff=0.6)
    return f" (did you mean {', '.join(close)}?)" if close else ""


def resolve_speaker(conn, name: str) -> tuple[int, str]:
    """The one speaker ``name`` denotes: an exact name or alias, else the only one containing it.

    UserError when none matches, or when several do and none exactly.
    """
    exact = conn.execute(text("SELECT id, name FROM speakers WHERE name_key = :k"), {"k": key(name)}).first()
    if exact is not None:
        return exact[0], exact[1]
    by_alias = conn.execute(text("SELECT DISTINCT sp.id, sp.name FROM speaker_aliases a JOIN speakers sp "
                                 "ON sp.id = a.speaker_id WHERE a.alias_key = :k"), {"k": key(name)}).all()
    if len(by_alias) == 1:
        return by_alias[0][0], by_alias[0][1]
    rows = conn.execute(text("SELECT DISTINCT sp.id, sp.name FROM speaker_aliases a JOIN speakers sp "
                             "ON sp.id = a.speaker_id WHERE a.alias_key LIKE :p ESCAPE '\\' ORDER BY sp.name LIMIT 9"),
                        {"p": like_pattern(name)}).all()
    if not rows:
        raise UserError(f"no speaker matches {name!r}{_suggest(conn, 'speaker_aliases', name)}")
    if len(rows) > 1:
        names = ", ".join(r[1] for r in rows[:8]) + (", …" if len(rows) > 8 else "")
        raise UserError(f"{name!r} matches several speakers: {names}; give more of the name")
    return rows[0][0], rows[0][1]
