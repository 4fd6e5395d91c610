"""The annotation API shared by every gold set's ``annotations.py`` (data/samples, data/dev,
data/heldout): ``Q`` writes one gold statement by its exact text, ``_who`` the speaker fields a
person's statements repeat. ``build_gold.py`` puts this folder on the import path.

``Q(text, kind, speaker, ...)`` fields:

* ``text``: the statement content exactly as in the article, enclosing
  quotation marks excluded. Must occur once in the article unless
  ``occurrence`` (1-based) says which one.
* ``mention`` / ``cue``: ``(text, "before" | "after")`` or
  ``(text, "before" | "after", n)``: the n-th whole-word occurrence of ``text``
  counting outwards from the statement (backwards from its start for
  "before", forwards from its end for "after"). ``None`` when absent.
* ``stance``: label toward the document's ``target`` (score is always 1.0).
"""

from __future__ import annotations

from typing import Any

Loc = tuple  # (text, "before"|"after") or (text, "before"|"after", n)


def Q(
    text: str,
    kind: str,
    speaker: str | None,
    *,
    mention: Loc | None = None,
    cue: Loc | None = None,
    affiliation: str | None = None,
    role: str | None = None,
    stance: str = "neutral",
    occurrence: int | None = None,
    speaker_aliases: tuple[str, ...] = (),
    affiliation_aliases: tuple[str, ...] = (),
) -> dict[str, Any]:
    """One gold statement, located by text (see the module docstring)."""
    return {
        "text": text,
        "kind": kind,
        "speaker": speaker,
        "mention": mention,
        "cue": cue,
        "affiliation": affiliation,
        "role": role,
        "stance": stance,
        "occurrence": occurrence,
        "speaker_aliases": list(speaker_aliases),
        "affiliation_aliases": list(affiliation_aliases),
    }


# Shorthands used below: the same speaker fields repeat across a person's quotes.
def _who(speaker, affiliation=None, role=None, speaker_aliases=(), affiliation_aliases=()):
    return dict(
        speaker=speaker,
        affiliation=affiliation,
        role=role,
        speaker_aliases=tuple(speaker_aliases),
        affiliation_aliases=tuple(affiliation_aliases),
    )


def documents_of(path) -> list[dict[str, Any]]:
    """``DOCUMENTS`` of another annotations module beside a set's ``annotations.py``: a round written
    by another annotator keeps its own file (and its own names for speakers) inside one gold set."""
    import importlib.util
    from pathlib import Path

    path = Path(path)
    spec = importlib.util.spec_from_file_location(f"annotations_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.DOCUMENTS)
