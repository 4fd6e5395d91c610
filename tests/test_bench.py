"""The extraction benchmark runs end to end on a two-article corpus (the real run is 200 PolNeAR articles)."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIXTURE = REPO / "tests" / "fixtures" / "brat_mini"


def test_bench_times_both_taggers_and_writes_into_a_folder(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(FIXTURE, corpus)
    # the benchmark reads dev, then test, then train: the fixture has no test split of its own
    shutil.copytree(corpus / "data" / "dev", corpus / "data" / "test")
    out = tmp_path / "figures"
    out.mkdir()
    proc = subprocess.run([sys.executable, str(REPO / "eval" / "bench.py"), "--n", "2", "--precision", "fp32",
                           "--corpus", str(corpus), "--out", str(out)], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    figures = json.loads((out / "bench.json").read_text(encoding="utf-8"))
    assert figures["rules"]["articles"] == 2 and figures["transformer fp32"]["articles"] == 2
    assert figures["transformer fp32"]["statements"] > 0
    assert figures["ratios"]["transformer fp32"]["speed_over_rules"] > 0


def test_bench_without_corpus_is_one_line_error(tmp_path):
    proc = subprocess.run([sys.executable, str(REPO / "eval" / "bench.py"), "--corpus", str(tmp_path / "nowhere")],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 2
    assert proc.stderr.strip().startswith("error:") and "Traceback" not in proc.stderr
