"""Build data/samples/gold.jsonl (or another folder's) from the texts and annotations.py.

Usage (from the repository root)::

    python data/samples/build_gold.py           # write gold.jsonl and print every quote
    python data/samples/build_gold.py --check   # exit 1 if gold.jsonl is out of date
    python data/samples/build_gold.py --dir data/heldout [--check]   # another gold folder

A folder holds ``annotations.py`` (``DOCUMENTS``, and optionally ``SOURCE``, the
documents' ``source`` field; "attribution samples" when absent), one
``<id>.txt`` per document, and the ``gold.jsonl`` built from them.

Offsets are never typed by hand: each statement, mention and cue is found by
its exact text (see annotations.py). Any span that cannot be found exactly,
is ambiguous, sits implausibly far from its statement, or breaks the quote-mark
conventions for its kind raises ``AnnotationError`` so a typo fails loudly.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
# The default `source`; a folder's annotations.py may set its own SOURCE so
# that a held-out set is never mistaken for the samples the rules grew on.
SOURCE = "attribution samples"

OPENING = "\"“‘'«‹„"
CLOSING = "\"”’'»›“"
DOUBLE_MARKS = "\"“”«»„"
# A fragment in single marks, as British copy quotes ("called the plan ‘reckless’"): an opening mark after a
# space or a bracket and a closing one before a space or punctuation, so that "don’t" and "Mallender's" are no marks
SINGLE_QUOTED = re.compile(r"(?:^|(?<=[\s(]))[‘'][^‘’'\n]+[’'](?=$|[\s.,;:!?)])")
# A mention or cue further than this from its statement is almost surely the
# wrong occurrence (the longest real gap in the samples is a long subject).
MAX_GAP = 260


class AnnotationError(ValueError):
    """An annotation that does not fit its article text."""


def _load_annotations(folder: Path = HERE):
    """The folder's annotations module (DOCUMENTS and an optional SOURCE)."""
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))  # every annotations.py imports Q and _who from gold_api.py here
    spec = importlib.util.spec_from_file_location("sample_annotations", folder / "annotations.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def read_text(doc_id: str, folder: Path = HERE) -> str:
    """The article text: the .txt file with its final newline(s) removed."""
    return (folder / f"{doc_id}.txt").read_text(encoding="utf-8").rstrip("\n")


def _word_re(needle: str) -> re.Pattern[str]:
    # Whole-word match so that "he" never lands inside "the" or "said" in "saidx".
    left = r"(?<!\w)" if needle[:1].isalnum() else ""
    right = r"(?!\w)" if needle[-1:].isalnum() else ""
    return re.compile(left + re.escape(needle) + right)


def locate_statement(text: str, needle: str, occurrence: int | None, where: str) -> int:
    """Start offset of the statement; unique unless ``occurrence`` picks one."""
    starts = [m.start() for m in re.finditer(re.escape(needle), text)]
    if not starts:
        raise AnnotationError(f"{where}: statement not found: {needle[:70]!r}")
    if occurrence is None:
        if len(starts) > 1:
            raise AnnotationError(f"{where}: statement occurs {len(starts)} times, "
                                  f"give occurrence=: {needle[:70]!r}")
        return starts[0]
    if not 1 <= occurrence <= len(starts):
        raise AnnotationError(f"{where}: occurrence {occurrence} of {len(starts)}: {needle[:70]!r}")
    return starts[occurrence - 1]


def locate_near(text: str, loc: tuple, start: int, end: int, where: str) -> dict[str, Any] | None:
    """Span dict for a mention/cue given as (text, 'before'|'after'[, n])."""
    if loc is None:
        return None
    needle, direction, *rest = loc
    n = rest[0] if rest else 1
    hits = [m.start() for m in _word_re(needle).finditer(text)]
    if direction == "before":
        hits = [h for h in reversed(hits) if h + len(needle) <= start]
    elif direction == "after":
        hits = [h for h in hits if h >= end]
    else:
        raise AnnotationError(f"{where}: direction must be before/after, got {direction!r}")
    if len(hits) < n:
        raise AnnotationError(f"{where}: {needle!r} not found {direction} the statement")
    s = hits[n - 1]
    gap = start - (s + len(needle)) if direction == "before" else s - end
    if gap > MAX_GAP:
        raise AnnotationError(f"{where}: {needle!r} is {gap} characters from the statement")
    return {"start": s, "end": s + len(needle), "text": needle}


def _check_marks(text: str, start: int, end: int, kind: str, where: str) -> None:
    """Direct content sits between marks; indirect carries none; mixed carries some."""
    content = text[start:end]
    if content != content.strip():
        raise AnnotationError(f"{where}: content has outer white space")
    if kind == "direct":
        before = text[:start].rstrip(" ")
        after = text[end:].lstrip(" ")
        if not before or before[-1] not in OPENING:
            raise AnnotationError(f"{where}: direct quote not preceded by an opening mark")
        if not after or after[0] not in CLOSING:
            raise AnnotationError(f"{where}: direct quote not followed by a closing mark")
    elif kind == "indirect":
        if any(c in DOUBLE_MARKS for c in content) or SINGLE_QUOTED.search(content):
            raise AnnotationError(f"{where}: indirect statement contains quotation marks")
    elif kind == "mixed":
        if not any(c in DOUBLE_MARKS for c in content) and not SINGLE_QUOTED.search(content):
            raise AnnotationError(f"{where}: mixed statement has no quoted fragment")
    else:
        raise AnnotationError(f"{where}: unknown kind {kind!r}")


def build_document(ann: dict[str, Any], folder: Path = HERE,
                   source: str = SOURCE) -> dict[str, Any]:
    """One gold document (spec quotes-jsonl) with all offsets computed and checked."""
    text = read_text(ann["id"], folder)
    quotes = []
    for i, q in enumerate(ann["quotes"]):
        where = f"{ann['id']} quote {i + 1}"
        start = locate_statement(text, q["text"], q["occurrence"], where)
        end = start + len(q["text"])
        _check_marks(text, start, end, q["kind"], where)
        if q["stance"] not in ("support", "oppose", "neutral"):
            raise AnnotationError(f"{where}: bad stance {q['stance']!r}")
        mention = locate_near(text, q["mention"], start, end, where + " mention")
        cue = locate_near(text, q["cue"], start, end, where + " cue")
        if (mention is None) != (cue is None):
            raise AnnotationError(f"{where}: mention and cue must both be given or both be None")
        obj: dict[str, Any] = {
            "start": start, "end": end, "text": text[start:end], "kind": q["kind"],
            "speaker": q["speaker"], "mention": mention, "cue": cue,
            "affiliation": q["affiliation"], "role": q["role"],
            "stance": {"target": ann["target"], "label": q["stance"], "score": 1.0},
            "score": 1.0,
        }
        if q["speaker_aliases"]:
            obj["speaker_aliases"] = q["speaker_aliases"]
        if q["affiliation_aliases"]:
            obj["affiliation_aliases"] = q["affiliation_aliases"]
        quotes.append(obj)
    quotes.sort(key=lambda o: o["start"])
    for a, b in zip(quotes, quotes[1:]):
        if b["start"] < a["end"]:
            raise AnnotationError(f"{ann['id']}: statements overlap: {a['text'][:40]!r} / "
                                  f"{b['text'][:40]!r}")
    return {"id": ann["id"], "text": text, "title": ann["title"], "published": ann["published"],
            "source": source, "target": ann["target"], "quotes": quotes}


def build_all(folder: Path = HERE) -> list[dict[str, Any]]:
    module = _load_annotations(folder)
    source = getattr(module, "SOURCE", SOURCE)
    docs = [build_document(ann, folder, source) for ann in module.DOCUMENTS]
    ids = [d["id"] for d in docs]
    if len(set(ids)) != len(ids):
        raise AnnotationError("duplicate document ids")
    missing = {p.stem for p in folder.glob("*.txt")} - set(ids)
    if missing:
        raise AnnotationError(f"texts without annotations: {sorted(missing)}")
    return docs


def to_jsonl(docs: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def _summary(docs: list[dict[str, Any]]) -> None:
    for d in docs:
        words = len(d["text"].split())
        print(f"== {d['id']} ({words} words, {len(d['quotes'])} statements, target: {d['target']})")
        for q in d["quotes"]:
            m = q["mention"]["text"] if q["mention"] else "-"
            c = q["cue"]["text"] if q["cue"] else "-"
            snippet = q["text"].replace("\n", " / ")
            snippet = snippet if len(snippet) <= 70 else snippet[:67] + "..."
            print(f"  {q['kind']:8} {str(q['speaker']):28} [{m} | {c}] "
                  f"{q['stance']['label']:7} {snippet}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=HERE,
                        help="folder with annotations.py and <id>.txt (default: data/samples)")
    parser.add_argument("--check", action="store_true", help="fail if gold.jsonl is stale")
    parser.add_argument("--quiet", action="store_true", help="do not print the quotes")
    args = parser.parse_args(argv)
    folder = args.dir.resolve()
    gold = folder / "gold.jsonl"
    if not (folder / "annotations.py").is_file():
        print(f"error: no annotations.py in {args.dir}", file=sys.stderr)
        return 2
    try:
        docs = build_all(folder)
    except AnnotationError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    out = to_jsonl(docs)
    if args.check:
        if not gold.exists() or gold.read_text(encoding="utf-8") != out:
            rebuild = "" if folder == HERE else f" --dir {args.dir}"
            print(f"error: {gold} is out of date; run data/samples/build_gold.py{rebuild}",
                  file=sys.stderr)
            return 1
        print(f"gold.jsonl is up to date ({len(docs)} documents)")
        return 0
    gold.write_text(out, encoding="utf-8")
    if not args.quiet:
        _summary(docs)
    n = sum(len(d["quotes"]) for d in docs)
    print(f"wrote {gold} ({len(docs)} documents, {n} statements)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
