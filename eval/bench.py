"""Extraction speed and peak memory: transformer tagger vs the spaCy-only rule tagger.

Each tagger runs in its own child process (so peak RSS is its own) over the same fixed
articles: PolNeAR dev + test texts, topped up from train in file order to ``--n``
(default 200), read from ../shared (never copied). Each child times
``Pipeline(tagger=..., stance=False).process(doc)`` per article after one warm-up
article (model loading is reported apart), and reports articles/second and peak RSS
(``resource.getrusage``). The parent prints both and their ratio.

The transformer runs once per ``--precision`` (default ``fp32,auto``: fp32, and bf16
autocast too on CPUs with native bf16, which is what ``extract`` uses there), so
the precision speed-up is measured in the same run as the rule baseline; add ``int8`` to time
the opt-in int8 encoders too.

Usage: python eval/bench.py [--n 200] [--threads 1] [--precision fp32,auto,int8]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from attribution.polnear import DEFAULT_CORPUS, split_files  # noqa: E402


def articles(corpus: Path, n: int) -> list[tuple[str, str]]:
    """(id, text) of the fixed benchmark set."""
    out: list[tuple[str, str]] = []
    for split in ("dev", "test", "train"):
        for article, txt, _ in split_files(corpus, split):
            if len(out) >= n:
                return out
            out.append((article, txt.read_text(encoding="utf-8")))
    return out


def worker(tagger: str, corpus: Path, n: int, threads: int, precision: str) -> dict:
    import os

    import torch

    from attribution.backbone import PRECISION_ENV, inference_precision

    torch.set_num_threads(threads)
    os.environ[PRECISION_ENV] = precision
    from attribution.pipeline import Pipeline
    from attribution.types import Document

    docs = articles(corpus, n)
    t0 = time.perf_counter()
    pipe = Pipeline(tagger=tagger, stance=False)
    pipe.process(Document(id="warm-up", text=docs[0][1]))  # loads models (spaCy, tagger)
    load_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    statements = chars = 0
    for doc_id, text in docs:
        statements += len(pipe.process(Document(id=doc_id, text=text)).quotes)
        chars += len(text)
    seconds = time.perf_counter() - t1
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    label = tagger if tagger == "rules" else f"{tagger} {inference_precision()}"
    return {"tagger": label, "articles": len(docs), "characters": chars, "statements": statements,
            "seconds": round(seconds, 2), "articles_per_second": round(len(docs) / seconds, 3),
            "load_seconds": round(load_s, 2), "peak_rss_mb": round(peak_kb / 1024, 1), "threads": threads}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="articles/second and peak memory of extraction")
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--precision", default="fp32,auto",
                    help="Comma-separated transformer precisions to time (fp32, bf16, int8, auto); duplicates are dropped.")
    ap.add_argument("--worker", choices=["rules", "transformer"], help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, default=REPO_ROOT / "eval" / "out" / "bench.json",
                    help="JSON file for the figures, or a folder to write bench.json in.")
    args = ap.parse_args(argv)
    if args.out.is_dir():
        args.out = args.out / "bench.json"
    if not args.corpus.is_dir():
        print(f"error: PolNeAR not found at {args.corpus}", file=sys.stderr)
        return 2
    if args.worker:
        print(json.dumps(worker(args.worker, args.corpus, args.n, args.threads, args.precision)))
        return 0
    from attribution.backbone import PRECISIONS, inference_precision

    asked = [p.strip() for p in args.precision.split(",") if p.strip()]
    if not asked or any(p not in PRECISIONS for p in asked):
        print(f"error: --precision takes a comma-separated list of {', '.join(PRECISIONS)}", file=sys.stderr)
        return 2
    resolved = list(dict.fromkeys(inference_precision(p) for p in asked))
    results = {}
    for tagger, precision in [("rules", "fp32")] + [("transformer", p) for p in resolved]:
        cmd = [sys.executable, __file__, "--worker", tagger, "--n", str(args.n), "--threads", str(args.threads),
               "--corpus", str(args.corpus), "--precision", precision]
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            print(proc.stderr[-2000:], file=sys.stderr)
            return proc.returncode
        row = json.loads(proc.stdout.strip().splitlines()[-1])
        results[row["tagger"]] = row
    r = results["rules"]
    print(f"{'tagger':18s} {'articles':>8s} {'art/s':>8s} {'load s':>7s} {'peak MB':>8s} {'statements':>10s}")
    for x in results.values():
        print(f"{x['tagger']:18s} {x['articles']:8d} {x['articles_per_second']:8.2f} {x['load_seconds']:7.1f} "
              f"{x['peak_rss_mb']:8.0f} {x['statements']:10d}")
    ratios = {}
    for name, t in results.items():
        if name == "rules":
            continue
        ratios[name] = {"speed_over_rules": round(t["articles_per_second"] / r["articles_per_second"], 3),
                        "memory_over_rules": round(t["peak_rss_mb"] / r["peak_rss_mb"], 3)}
        print(f"{name} / rules: speed x{ratios[name]['speed_over_rules']}, peak memory x{ratios[name]['memory_over_rules']}")
    for faster in ("bf16", "int8"):
        if f"transformer {faster}" in results and "transformer fp32" in results:
            speedup = results[f"transformer {faster}"]["articles_per_second"] / results["transformer fp32"]["articles_per_second"]
            ratios[f"{faster}_over_fp32_speed"] = round(speedup, 3)
            print(f"transformer {faster} / fp32: speed x{speedup:.2f}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({**results, "ratios": ratios}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
