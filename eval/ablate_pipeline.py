"""Ablation of the pipeline's post-tagging rules on a gold split (PolNeAR dev by default).

Each rule in ``attribution.pipeline`` that corrects the tagger's output is
switched off in turn; the tagger runs once per document and its output is
reused, so only the rules differ between rows.

    python eval/ablate_pipeline.py runs/polnear/dev.jsonl --tagger transformer
    python eval/ablate_pipeline.py data/samples/gold.jsonl --tagger transformer

Result with the shipped tagger (statement F1@0.3 / speaker accuracy / who-said-what F1):
PolNeAR dev 0.8496 / 0.8079 / 0.6864 with all three rules of the time; without
listener-as-source fixing: identical; without join_quote_pieces 0.8500 / 0.8073 /
0.6862; without dropping cross-paragraph pairs 0.8496 / 0.8089 / 0.6873. On
data/samples the same three: 0.857 / 0.931 / 0.798; identical; 0.833 / 0.931 /
0.775; 0.857 / 0.954 / 0.818. So only join_quote_pieces was kept.

Session 21, people dev (30 PolNeAR dev articles with resolved speakers, ``data/polnear_people``;
``attribution data polnear --split dev --people data/polnear_people/dev.jsonl --out runs/people``, then
``python eval/ablate_pipeline.py runs/people/dev.jsonl``): all rules 0.8171 / 0.7552 / 0.6171; without
join_quote_pieces 0.8201 / 0.7575 / 0.6212 (kept for data/samples' multi-paragraph quotes); without
signed_quotes (new: '"..." ― Name' round-ups) 0.8171 / 0.7483 / 0.6114, so it stays.
"""

from __future__ import annotations

import argparse
import json
from unittest import mock

from tqdm import tqdm

from attribution import pipeline as pl
from attribution.evaluation import load_gold, score
from attribution.tagging import load_tagger
from attribution.types import Document

RULES = {
    "join_quote_pieces": lambda text, attributions, quotes: attributions,
    "signed_quotes": lambda text, attributions, quotes: attributions,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", help="gold JSONL (dev split; never choose rules on test)")
    parser.add_argument("--tagger", default="transformer")
    parser.add_argument("--limit", type=int, default=None, help="first N documents only")
    args = parser.parse_args()

    gold, extra = load_gold(args.gold)
    gold = gold[: args.limit] if args.limit else gold
    tagger = load_tagger(args.tagger)
    tagged = [tagger.tag(doc.text) for doc in tqdm(gold, desc="tagging")]

    rows = {}
    for off in [None, *RULES]:
        patches = [mock.patch.object(pl, off, RULES[off])] if off else []
        for p in patches:
            p.start()
        try:
            preds = [Document(g.id, g.text, quotes=pl.attribute(g.text, t)) for g, t in zip(gold, tagged)]
        finally:
            for p in patches:
                p.stop()
        metrics, _ = score(gold, preds, extra)
        name = "all rules" if off is None else f"without {off}"
        rows[name] = {
            "F1@0.3": metrics["statements@0.3"]["f1"],
            "F1@0.8": metrics["statements@0.8"]["f1"],
            "speaker": metrics["speaker_accuracy"],
            "who_said_what_F1": metrics["who_said_what"]["f1"],
        }
    print(f"{'variant':40} {'F1@0.3':>7} {'F1@0.8':>7} {'speaker':>8} {'wsw F1':>7}")
    for name, r in rows.items():
        print(f"{name:40} {r['F1@0.3']:7.4f} {r['F1@0.8']:7.4f} {r['speaker']:8.4f} {r['who_said_what_F1']:7.4f}")
    print(json.dumps(rows))


if __name__ == "__main__":
    main()
