"""Agreement of two readers of a hand-labelled news stance set (data/stance_news).

The second reader labelled the same statements, under the same targets, without seeing the
first reader's labels. Prints Cohen's kappa, accuracy, the second reader's macro-F1 against the
first (the figure a model is held to) and the confusion matrix.

Usage: python eval/stance_agreement.py [FIRST.jsonl SECOND.jsonl]
       (default: the evaluation set from PolNeAR dev articles and its second reading)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from attribution.train_stance import NEWS_SET, macro_f1
from attribution.types import STANCE_LABELS
from eval_stance import confusion, print_confusion  # eval/ is on the path when run as a script


def agreement(first: list[str], second: list[str]) -> dict:
    n = len(first)
    observed = sum(a == b for a, b in zip(first, second)) / n
    expected = sum(first.count(label) * second.count(label) for label in STANCE_LABELS) / (n * n)
    return {"n": n, "accuracy": observed, "kappa": (observed - expected) / (1 - expected),
            "macro_f1": macro_f1(first, second), "confusion": confusion(first, second)}


def read_labels(path: Path) -> dict[tuple, str]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {(r["article"], r["start"], r["end"], r["target"]): r["label"] for r in rows}


def main(argv: list[str]) -> int:
    first_path = Path(argv[0]) if argv else NEWS_SET
    second_path = Path(argv[1]) if len(argv) > 1 else first_path.with_suffix(".second_reader.jsonl")
    first, second = read_labels(first_path), read_labels(second_path)
    if set(first) != set(second):
        print(f"error: {first_path} and {second_path} do not hold the same statements", file=sys.stderr)
        return 2
    keys = sorted(first)
    result = agreement([first[k] for k in keys], [second[k] for k in keys])
    print(f"{first_path.name}: {result['n']} statements, kappa {result['kappa']:.3f}, "
          f"accuracy {result['accuracy']:.3f}, second reader's macro-F1 {result['macro_f1']:.3f}")
    print_confusion(result["confusion"])  # rows: first reader, columns: second
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
