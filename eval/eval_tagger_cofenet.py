"""Score the tagger on CofeNet's own PolNeAR files, with CofeNet's span rule: the like-for-like
comparison with the published table.

``eval/eval_tagger.py`` scores spans over whole articles, one annotator per article, against our
brat conversion. CofeNet's published figures come from its own conversion
(``../shared/corpora/polnear/cofenet-bio/{valid,test}.txt``: one line per paragraph, PTB-style
tokens, every annotator's copy of an article) and its own metric: spans read from each line's BIO
labels (an ``I-`` that does not continue a span of its type starts nothing), a predicted span right
when its type, first and last token equal a gold span's in the same line. This script runs our
tagger once per article on the raw text (as ``extract`` does), projects its character spans onto
CofeNet's tokens line by line, and scores with that rule.

Two conventions differ and are handled openly:

- tokens: CofeNet's tokens are found in the article text in order (PTB escapes such as ``-LRB-``
  and quote tokens mapped back); lines that cannot be placed are left out of both gold and
  prediction, and counted in the output;
- quotation marks: our content spans exclude enclosing quotation marks (as the spec wants), while
  PolNeAR annotators often include them. ``--quotes`` decides how a content span is projected:
  ``keep`` (as tagged), ``attach`` (take in a quotation mark token right next to either end).
  Choose on ``--split dev``; the shipped choice is the default.

Usage:
    python eval/eval_tagger_cofenet.py --split dev --quotes all
    python eval/eval_tagger_cofenet.py --split test
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tqdm import tqdm

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(REPO_ROOT / "eval"))

from eval_tagger import PUBLISHED  # noqa: E402

from attribution.backbone import PRECISIONS  # noqa: E402
from attribution.polnear import DEFAULT_CORPUS  # noqa: E402
from attribution.tagger_model import TransformerTagger  # noqa: E402
from attribution.text import QUOTE_CHARS  # noqa: E402
from attribution.train_tagger import TYPES, span_prf  # noqa: E402

FILES = {"dev": "valid.txt", "test": "test.txt"}
QUOTE_RULES = ("keep", "attach")
# PTB escapes and quote tokens in CofeNet's files, and what the article text may hold instead.
_QUOTES = ['"', "“", "”", "``", "''", "‘", "'", "’"]
_ESCAPES = {
    "``": _QUOTES, "''": _QUOTES, "`": ["‘", "'", "`", "’"], "'": ["’", "'", "‘"],
    "'''": ["’”", "'\"", "’\"", "'”"], "```": ["“‘", "\"'", "“'"],
    "-LRB-": ["("], "-RRB-": [")"], "-LSB-": ["["], "-RSB-": ["]"], "-LCB-": ["{"], "-RCB-": ["}"],
    "--": ["—", "–", "--", "―", "-"], "-": ["—", "–", "-", "―"], "...": ["…", "...", ". . ."],
}
# How far ahead a token that is not next in the text may be looked for (CoreNLP drops markup,
# so a few characters of the text have no token).
_RESYNC_CHARS = 300


def token_offsets(text: str, tokens: list[str], pos: int) -> tuple[list[tuple[int, int]], int] | None:
    """Character span of each token in ``text`` from ``pos`` on, and where the line ends; None
    when a token cannot be found. The sentence-final "." that CoreNLP adds after an abbreviation
    ("D.C." + ".") gets an empty span."""
    spans: list[tuple[int, int]] = []
    for token in tokens:
        token = token.replace("\xa0", " ")
        while pos < len(text) and text[pos].isspace():
            pos += 1
        forms = [token, *_ESCAPES.get(token, []), token.replace("'", "’"), token.replace("`", "‘")]
        form = next((f for f in forms if text.startswith(f, pos)), None)
        if form is not None:
            spans.append((pos, pos + len(form)))
            pos += len(form)
            continue
        if token == "." and spans and spans[-1][1] > spans[-1][0] and text[spans[-1][1] - 1] == ".":
            spans.append((spans[-1][1], spans[-1][1]))
            continue
        found = [(i, f) for f in forms if (i := text.find(f, pos, pos + _RESYNC_CHARS)) >= 0]
        if not found:
            return None
        i, form = min(found)
        spans.append((i, i + len(form)))
        pos = i + len(form)
    return spans, pos


def bio_spans(labels: list[str]) -> set[tuple[str, int, int]]:
    """(type, first token, end token) of each span, read as CofeNet reads BIO: a span starts at
    ``B-``; an ``I-`` of another type, or after ``O``, ends the open span and starts none."""
    out: set[tuple[str, int, int]] = set()
    open_span: list | None = None
    for i, label in enumerate([*labels, "O"]):
        continues = open_span is not None and label == f"I-{open_span[0]}"
        if continues:
            continue
        if open_span is not None:
            out.add((open_span[0], open_span[1], i))
            open_span = None
        if label.startswith("B-"):
            open_span = [label[2:], i]
    return out


def project(spans, offsets: list[tuple[int, int]], tokens: list[str], quotes: str) -> list[str]:
    """BIO labels of one line's tokens from character spans: a token belongs to the span it
    overlaps (an empty token: the span it sits in); each span restarts with ``B-`` in a line."""
    labels = ["O"] * len(offsets)
    for span in spans:
        inside = [i for i, (s, e) in enumerate(offsets)
                  if (s < span.end and e > span.start) or (s == e and span.start < s < span.end)]
        if not inside:
            continue
        first, last = inside[0], inside[-1]
        if quotes == "attach" and span.kind == "content":
            if first > 0 and _is_quote(tokens[first - 1]) and labels[first - 1] == "O":
                first -= 1
            if last + 1 < len(tokens) and _is_quote(tokens[last + 1]) and labels[last + 1] == "O":
                last += 1
        if any(lab != "O" for lab in labels[first : last + 1]):
            continue  # our spans never overlap; a projection that does keeps the first
        labels[first] = f"B-{span.kind}"
        for i in range(first + 1, last + 1):
            labels[i] = f"I-{span.kind}"
    return labels


def _is_quote(token: str) -> bool:
    return token in ("``", "''", "`", "'", "'''", "```") or (len(token) == 1 and token in QUOTE_CHARS)


def evaluate(tagger: TransformerTagger, corpus: Path, split: str, quote_rules=QUOTE_RULES,
             max_docs: int | None = None) -> dict:
    rows = [json.loads(line) for line in (corpus / "cofenet-bio" / FILES[split]).read_text(encoding="utf-8").splitlines()
            if line.strip()]
    by_copy: dict[str, list[dict]] = {}
    for row in rows:
        by_copy.setdefault(row["id"], []).append(row)
    copies = list(by_copy)[:max_docs] if max_docs else list(by_copy)
    gold: list[set] = []
    pred: dict[str, list[set]] = {rule: [] for rule in quote_rules}
    placed = skipped = 0
    tagged: dict[str, list] = {}  # article -> spans (double-annotated articles are tagged once)
    for copy_id in tqdm(copies, desc=f"cofenet {split}", unit="doc"):
        article = copy_id.rsplit("_", 1)[0]
        text = (corpus / "data" / split / "text" / f"{article}.txt").read_text(encoding="utf-8")
        if article not in tagged:
            tagged[article] = tagger.spans(text)
        pos = 0
        for row in by_copy[copy_id]:
            found = token_offsets(text, row["tokens"], pos)
            if found is None:
                skipped += 1
                continue
            offsets, pos = found
            placed += 1
            lo, hi = offsets[0][0], offsets[-1][1]
            line_spans = [s for s in tagged[article] if s.start < hi and s.end > lo]
            gold.append(bio_spans(row["labels"]))
            for rule in quote_rules:
                pred[rule].append(bio_spans(project(line_spans, offsets, row["tokens"], rule)))
    return {"split": split, "copies": len(copies), "lines_scored": placed, "lines_unplaced": skipped,
            "scores": {rule: span_prf(gold, p) for rule, p in pred.items()}}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="dev", choices=sorted(FILES))
    ap.add_argument("--model", type=Path, default=REPO_ROOT / "models" / "tagger")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--quotes", choices=[*QUOTE_RULES, "all"], default="attach",
                    help="how content spans take in quotation marks (choose on dev; 'all' scores each)")
    ap.add_argument("--precision", choices=PRECISIONS, default="auto")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--max-docs", type=int, default=None)
    ap.add_argument("--out", type=Path, default=None, help="write the scores as JSON here")
    args = ap.parse_args(argv)
    if not (args.corpus / "cofenet-bio" / FILES[args.split]).is_file():
        print(f"error: no CofeNet file {FILES[args.split]} under {args.corpus / 'cofenet-bio'}", file=sys.stderr)
        return 2
    import torch

    torch.set_num_threads(args.threads)
    tagger = TransformerTagger.from_dir(args.model, precision=args.precision)
    rules = QUOTE_RULES if args.quotes == "all" else (args.quotes,)
    result = evaluate(tagger, args.corpus, args.split, rules, args.max_docs)
    print(f"PolNeAR {args.split}, CofeNet's files and span rule: {result['copies']} annotated copies, "
          f"{result['lines_scored']} lines scored, {result['lines_unplaced']} not placed in the text")
    print("| system | source | cue | content |\n|---|---|---|---|")
    for rule, s in result["scores"].items():
        print(f"| {args.model.name} (quotes: {rule}) | " + " | ".join(f"{100 * s[k]['f1']:.1f}" for k in TYPES) + " |")
    if args.split == "test":
        for name, figures in PUBLISHED.items():
            print(f"| {name} (published) | " + " | ".join(f"{f:.1f}" for f in figures) + " |")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
