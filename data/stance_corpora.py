"""Recipe: what the stance model is trained and chosen on, from the corpora in ../shared.

    python data/stance_corpora.py [--corpora ../shared/corpora] [--dev-ids dev_arcs.txt]

Prints, per corpus and split, the number of (target, text) pairs by label, and the
VAST train/dev split that `attribution train stance` carves (grouped by comment,
``arc_id``, seeded hash; see ``attribution.train_stance.grouped_dev_split``).
With ``--dev-ids`` it writes the dev comments' ``arc_id`` values, one a line,
so the split can be reproduced or inspected without the code. Nothing here
copies corpus text.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from attribution.train_stance import (  # noqa: E402
    DEFAULT_CORPORA,
    grouped_dev_split,
    load_ibm_claim_stance,
    load_perspectrum,
    load_vast,
)


def describe(name: str, rows) -> None:
    counts = Counter(r.label for r in rows)
    groups = len({r.group for r in rows})
    print(f"{name:<24} {len(rows):>6} pairs {groups:>5} groups  " + "  ".join(f"{k} {v}" for k, v in sorted(counts.items())))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--dev-fraction", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--dev-ids", type=Path, default=None, help="write the dev arc_ids here")
    args = parser.parse_args()

    vast = load_vast(args.corpora / "vast" / "vast_train.csv")
    train, dev = grouped_dev_split(vast, args.dev_fraction, args.seed)
    describe("VAST train (all)", vast)
    describe("VAST train (our train)", train)
    describe("VAST train (our dev)", dev)
    describe("VAST test", load_vast(args.corpora / "vast" / "vast_test.csv"))
    for split in ("train", "dev", "test"):
        describe(f"Perspectrum {split}", load_perspectrum(args.corpora / "perspectrum", split))
    for split in ("train", "test"):
        describe(f"IBM Claim Stance {split}", load_ibm_claim_stance(args.corpora / "ibm-claim-stance", split))
    if args.dev_ids:
        ids = sorted({r.group.split(":", 1)[1] for r in dev}, key=int)
        args.dev_ids.write_text("\n".join(ids) + "\n", encoding="utf-8")
        print(f"wrote {len(ids)} dev arc_ids to {args.dev_ids}")


if __name__ == "__main__":
    main()
