"""Recipe: the statements of PolNeAR articles that qualify for the hand-labelled news stance sets.

Prints one JSON line per qualifying ``Content`` span of the first annotator file (sorted order)
of each article: continuous (no ``;`` in the offsets) and at least 30 characters, the selection
rule of data/stance_news/README.md. Each line carries the statement's text, source and cue so an
annotator can label it; ``--merge`` turns labelled lines back into the stored format (offsets,
hash, target, label: no corpus text), checking every hash.

Usage:
  python data/stance_news_candidates.py --split train ARTICLE [ARTICLE ...] > todo.jsonl
  python data/stance_news_candidates.py --split train --merge labelled.jsonl [...] > set.jsonl
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import typer

from attribution.polnear import parse_ann

DEFAULT_POLNEAR = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "polnear"
MIN_CHARS = 30
STORED_FIELDS = ("article", "annotator", "start", "end", "sha1", "target", "label")
LABELS = ("support", "oppose", "neutral")


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:12]


def candidates(polnear: Path, split: str, article: str) -> list[dict]:
    """Qualifying Content spans of ``article`` with the Source and Cue of the same attribution."""
    data = polnear / "data" / split
    text = (data / "text" / f"{article}.txt").read_text(encoding="utf-8")
    ann_files = sorted((data / "attributions").glob(f"{article}_*.ann"))
    if not ann_files:
        raise SystemExit(f"no annotation file for {article} in {data / 'attributions'}")
    ann = ann_files[0]
    entities, events = parse_ann(ann.read_text(encoding="utf-8"))

    def first(roles: dict, role: str):
        return entities.get((roles.get(role) or [""])[0])

    def words(entity) -> str:
        return " … ".join(text[a:b] for a, b in entity.pieces) if entity else ""

    unique = {}  # one span may serve two attributions
    for _, roles in events:
        content = first(roles, "Content")
        if content is None or content.kind != "Content" or len(content.pieces) != 1:
            continue
        start, end = content.pieces[0]
        if end - start < MIN_CHARS or (start, end) in unique:
            continue
        unique[(start, end)] = {"article": article, "annotator": ann.stem.rsplit("_", 1)[1], "start": start,
                                "end": end, "sha1": _sha1(text[start:end]), "source": words(first(roles, "Source")),
                                "cue": words(first(roles, "Cue")), "text": text[start:end]}
    return sorted(unique.values(), key=lambda row: row["start"])


def main(
    articles: list[str] = typer.Argument(None, help="article ids (file names without .txt); with --merge, labelled JSONL files"),
    split: str = typer.Option("train", help="PolNeAR split the articles are in"),
    polnear: Path = typer.Option(DEFAULT_POLNEAR, help="PolNeAR corpus folder"),
    merge: bool = typer.Option(False, help="read labelled JSONL files and print the stored format"),
) -> None:
    if not merge:
        for article in articles or []:
            for row in candidates(polnear, split, article):
                print(json.dumps(row, ensure_ascii=False))
        return
    texts: dict[str, str] = {}
    seen: set[tuple[str, int, int]] = set()
    for path in articles or []:
        for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            if row.get("label") == "skip":
                continue
            if row.get("label") not in LABELS or not row.get("target"):
                raise SystemExit(f"{path}:{n}: needs a target and a label in {LABELS} (or label 'skip')")
            if row["article"] not in texts:
                texts[row["article"]] = (polnear / "data" / split / "text" / f"{row['article']}.txt").read_text(encoding="utf-8")
            if _sha1(texts[row["article"]][row["start"] : row["end"]]) != row["sha1"]:
                raise SystemExit(f"{path}:{n}: offsets do not match the stored hash")
            if (row["article"], row["start"], row["end"]) in seen:
                continue
            seen.add((row["article"], row["start"], row["end"]))
            print(json.dumps({key: row[key] for key in STORED_FIELDS}, ensure_ascii=False))


if __name__ == "__main__":
    typer.run(main)
