"""The store benchmark runs end to end at a tiny size (the real run is 1,000,000 statements)."""

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "eval" / "bench_store.py"


def test_bench_store_tiny_run(tmp_path, db_url):
    spec = importlib.util.spec_from_file_location("bench_store", SCRIPT)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    result = bench.main(["--statements", "400", "--documents", "10", "--per-doc", "5", "--queries", "3", "--speakers", "50",
                         "--db", db_url, "--out", str(tmp_path / "r.json")])
    assert result["stored"]["statements"] == 400
    assert result["add_document"]["documents"] == 10 and result["bulk_load"]["statements"] == 350
    assert result["search"]["keyword+speaker (a word they used)"]["mean_hits"] >= 1
    assert (tmp_path / "r.json").exists()
