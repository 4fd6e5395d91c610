"""Scoring predictions against gold, by the rules of ``shared/spec/quotes-jsonl.md``.

A gold statement is matched by the unmatched prediction covering the largest
share of its characters, ``|gold ∩ pred| / |gold|``, above a threshold (0.3
lenient, 0.8 strict), white space and quotation marks trimmed from both ends
first (the GenderGapTracker rule, so figures compare with its published ones).
On statements matched at 0.3: mention right when the spans overlap; speaker
right when every word of the gold name (or an alias) is in the predicted name,
titles ignored; a gold speaker of null wants a predicted null. Who-said-what
counts a statement right when it is matched at 0.3 and its speaker is right.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

from attribution.text import QUOTE_CHARS
from attribution.types import Document, Span, Statement

THRESHOLDS = (0.3, 0.8)
_TITLES = frozenset("mr mrs ms miss dr prof sir dame gen sen rep gov lt col capt rev".split())


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in QUOTE_CHARS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in QUOTE_CHARS):
        end -= 1
    return start, end


def _words(name: str, titles: frozenset[str] = _TITLES) -> set[str]:
    return {w for w in re.findall(r"\w+", name.lower()) if w not in titles and w not in ("s",)}


def name_matches(gold: str | None, aliases: Iterable[str], predicted: str | None, titles: frozenset[str] = _TITLES) -> bool:
    """Every word of the gold name (or of one alias) appears in the predicted name, ``titles``
    ignored (the spec's rule for speakers; roles have their own rule, ``role_matches``: there
    "Sen." is the whole of it)."""
    if gold is None:
        return predicted is None
    if predicted is None:
        return False
    pred_words = _words(predicted, titles)
    return any(_words(name, titles) and _words(name, titles) <= pred_words for name in [gold, *aliases])


# A title and its abbreviation are one role ("Sen." / "Senator", "retired Gen." / "retired general"); the
# metric's own table, not the resolver's, so that changing the resolver cannot change the yardstick
_ROLE_ABBREVIATIONS = {"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "lt": "lieutenant",
                       "col": "colonel", "capt": "captain", "prof": "professor", "sgt": "sergeant", "supt": "superintendent",
                       "insp": "inspector", "det": "detective", "adm": "admiral", "amb": "ambassador"}


def role_matches(gold: str | None, predicted: str | None) -> bool:
    """Every word of the gold role is in the predicted one, abbreviated titles read in full; a
    role is all title, so none is ignored ("Sen." must be there, as "Sen." or "Senator")."""
    if gold is None:
        return predicted is None
    if predicted is None:
        return False

    def words(role: str) -> set[str]:
        return {_ROLE_ABBREVIATIONS.get(w, w) for w in _words(role, titles=frozenset())}

    return bool(words(gold)) and words(gold) <= words(predicted)


def match(text: str, gold: list[Statement], pred: list[Statement], threshold: float) -> list[tuple[int, int | None, float]]:
    """(gold index, matched prediction index or None, best coverage) for each gold statement."""
    pred_spans = [_trimmed(text, p.start, p.end) for p in pred]
    used: set[int] = set()
    result = []
    for gi, g in enumerate(gold):
        gs, ge = _trimmed(text, g.start, g.end)
        length = max(1, ge - gs)
        best, best_cover = None, 0.0
        for pi, (ps, pe) in enumerate(pred_spans):
            if pi in used:
                continue
            cover = max(0, min(ge, pe) - max(gs, ps)) / length
            if cover > best_cover:
                best, best_cover = pi, cover
        if best is not None and best_cover >= threshold:
            used.add(best)
            result.append((gi, best, best_cover))
        else:
            result.append((gi, None, best_cover))
    return result


def speaker_right(gold: Statement, pred: Statement, unresolved: bool = False,
                  speaker_mention: Span | None = None, doc_preds: list[Statement] = ()) -> bool:
    """The spec's speaker rule; for gold with ``speaker_unresolved`` (PolNeAR: a pronoun or
    nameless source, no coreference to name it) the predicted mention pointing at the same
    words is the best evidence. A follow-on quotation has no mention of its own; its gold
    ``speaker_mention`` names the mention of the statement whose speaker it takes, and a
    follow-on prediction is right when it has the speaker predicted at that mention."""
    if not unresolved:
        return name_matches(gold.speaker, gold.speaker_aliases, pred.speaker)
    mention = gold.mention or speaker_mention
    if mention is None:
        return False
    if pred.mention is not None:
        return mention.overlaps(pred.mention)
    return pred.speaker is not None and any(
        o.mention is not None and o.mention.overlaps(mention) and o.speaker == pred.speaker for o in doc_preds
    )


MISS_ORDER = ("not found", "wrong speaker", "wrong affiliation", "wrong role")


@dataclass
class Miss:
    doc_id: str
    gold: Statement
    pred: Statement | None
    coverage: float
    reason: str


@dataclass
class Counts:
    gold: int = 0
    pred: int = 0
    matched: dict[float, int] = field(default_factory=lambda: {t: 0 for t in THRESHOLDS})
    mention: list[int] = field(default_factory=lambda: [0, 0])  # right, total
    speaker: list[int] = field(default_factory=lambda: [0, 0])
    affiliation: list[int] = field(default_factory=lambda: [0, 0])
    role: list[int] = field(default_factory=lambda: [0, 0])
    # where gold has none: (predicted one anyway, total); the accuracies above count only gold values
    spurious_affiliation: list[int] = field(default_factory=lambda: [0, 0])
    spurious_role: list[int] = field(default_factory=lambda: [0, 0])
    stance: list[int] = field(default_factory=lambda: [0, 0])
    who_said_what: int = 0
    recall_by_kind: dict[str, list[int]] = field(default_factory=dict)


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _acc(pair: list[int]) -> float | None:
    return round(pair[0] / pair[1], 4) if pair[1] else None


def score(gold_docs: list[Document], pred_docs: list[Document], gold_extra: dict | None = None) -> tuple[dict, list[Miss]]:
    """Metrics over all documents, and the misses (unmatched or wrong speaker), worst first.

    ``gold_extra`` maps (doc id, gold index) to the raw gold JSON, for fields outside
    ``Statement`` such as ``speaker_unresolved``.
    """
    preds = {d.id: d for d in pred_docs}
    c = Counts()
    misses: list[Miss] = []
    for gdoc in gold_docs:
        pdoc = preds.get(gdoc.id)
        pred = pdoc.quotes if pdoc else []
        c.gold += len(gdoc.quotes)
        c.pred += len(pred)
        for t in THRESHOLDS:
            c.matched[t] += sum(1 for _, pi, _ in match(gdoc.text, gdoc.quotes, pred, t) if pi is not None)
        for gi, pi, cover in match(gdoc.text, gdoc.quotes, pred, THRESHOLDS[0]):
            g = gdoc.quotes[gi]
            kind = c.recall_by_kind.setdefault(g.kind, [0, 0])
            kind[1] += 1
            if pi is None:
                misses.append(Miss(gdoc.id, g, None, cover, "not found"))
                continue
            kind[0] += 1
            p = pred[pi]
            extra = (gold_extra or {}).get((gdoc.id, gi), {})
            unresolved = bool(extra.get("speaker_unresolved"))
            mention_ok = (g.mention is None and p.mention is None) or (
                g.mention is not None and p.mention is not None and g.mention.overlaps(p.mention)
            )
            c.mention[0] += mention_ok
            c.mention[1] += 1
            sp_ok = speaker_right(g, p, unresolved, Span.from_json(extra.get("speaker_mention")), pred)
            c.speaker[0] += sp_ok
            c.speaker[1] += 1
            c.who_said_what += sp_ok
            if not sp_ok:
                misses.append(Miss(gdoc.id, g, p, cover, "wrong speaker"))
            if g.affiliation is not None:
                aff_ok = name_matches(g.affiliation, g.affiliation_aliases, p.affiliation)
                c.affiliation[0] += aff_ok
                c.affiliation[1] += 1
                if not aff_ok:
                    misses.append(Miss(gdoc.id, g, p, cover, "wrong affiliation"))
            if g.role is not None:
                role_ok = role_matches(g.role, p.role)
                c.role[0] += role_ok
                c.role[1] += 1
                if not role_ok:
                    misses.append(Miss(gdoc.id, g, p, cover, "wrong role"))
            for gold_value, predicted, pair in ((g.affiliation, p.affiliation, c.spurious_affiliation),
                                                (g.role, p.role, c.spurious_role)):
                if gold_value is None:
                    pair[0] += predicted is not None
                    pair[1] += 1
            if g.stance is not None:
                c.stance[0] += p.stance is not None and p.stance.label == g.stance.label
                c.stance[1] += 1
    metrics = {
        "documents": len(gold_docs),
        "gold_statements": c.gold,
        "predicted_statements": c.pred,
        "statements@0.3": _prf(c.matched[0.3], c.pred, c.gold),
        "statements@0.8": _prf(c.matched[0.8], c.pred, c.gold),
        "mention_accuracy": _acc(c.mention),
        "speaker_accuracy": _acc(c.speaker),
        "affiliation_accuracy": _acc(c.affiliation),
        "role_accuracy": _acc(c.role),
        "spurious_affiliation_rate": _acc(c.spurious_affiliation),
        "spurious_role_rate": _acc(c.spurious_role),
        "stance_accuracy": _acc(c.stance),
        "who_said_what": _prf(c.who_said_what, c.pred, c.gold),
        "recall_by_kind": {k: _acc(v) for k, v in sorted(c.recall_by_kind.items())},
        "primary_metric": "who_said_what.f1",
    }
    # Worst first: unmatched gold with the least coverage, then wrong speakers, affiliations, roles.
    misses.sort(key=lambda m: (MISS_ORDER.index(m.reason), m.coverage))
    return metrics, misses


def load_gold(path: str) -> tuple[list[Document], dict]:
    """Gold documents and the raw JSON of each gold statement (for extra fields)."""
    import json

    from attribution.reader import read_documents

    docs = list(read_documents(path))
    extra: dict = {}
    if str(path).endswith((".jsonl", ".ndjson", ".json")):
        with open(path, encoding="utf-8-sig") as handle:
            for line in handle:
                if line.strip():
                    obj = json.loads(line)
                    for i, q in enumerate(obj.get("quotes") or []):
                        extra[(str(obj["id"]), i)] = q
    return docs, extra


def evaluate(gold_path: str, pred_path: str | None = None, pipeline=None, progress=None) -> tuple[dict, list[Miss]]:
    """Score ``pred_path`` (or, without it, what ``pipeline`` extracts from the gold texts)."""
    from attribution.reader import read_documents

    gold, extra = load_gold(gold_path)
    if pred_path is not None:
        # extract's JSONL output need not repeat each text; the gold file has them
        pred = list(read_documents(pred_path, known_texts={g.id: g.text for g in gold}))
    else:
        pred = []
        for g in progress(gold) if progress else gold:
            blank = Document(id=g.id, text=g.text, title=g.title, target=g.target)
            pred.append(pipeline.process(blank))
    return score(gold, pred, extra)
