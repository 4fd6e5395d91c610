"""The hand-labelled news stance sets: statements read back from the corpus by offset, hash-checked."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from attribution.errors import UserError
from attribution.train_stance import load_news_dev, load_news_set

ARTICLE = "Harbour plan.\n\nThe mayor said the harbour plan would ruin the waterfront for a generation.\n"


def _write(tmp_path: Path, split: str, statement: str, sha1: str | None = None) -> Path:
    text_dir = tmp_path / "polnear" / "data" / split / "text"
    text_dir.mkdir(parents=True)
    (text_dir / "harbour_1.txt").write_text(ARTICLE, encoding="utf-8")
    start = ARTICLE.index(statement)
    row = {"article": "harbour_1", "annotator": "a1", "start": start, "end": start + len(statement),
           "sha1": sha1 or hashlib.sha1(statement.encode()).hexdigest()[:12], "target": "the harbour plan",
           "label": "oppose"}
    path = tmp_path / "set.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    return path


def test_news_set_reads_statements_from_the_named_split(tmp_path):
    statement = "the harbour plan would ruin the waterfront for a generation"
    path = _write(tmp_path, "train", statement)
    [item] = load_news_set(tmp_path, path, "train")
    assert item["text"] == statement and item["label"] == "oppose"
    assert statement in item["window"]
    with pytest.raises(UserError, match="not found"):  # the same rows are not in the dev split
        load_news_set(tmp_path, path, "dev")


def test_news_set_refuses_a_text_that_no_longer_matches(tmp_path):
    path = _write(tmp_path, "dev", "the harbour plan would ruin the waterfront", sha1="0" * 12)
    with pytest.raises(UserError, match="does not match its hash"):
        load_news_set(tmp_path, path, "dev")


def test_news_dev_set_comes_from_train_articles(tmp_path):
    statement = "the harbour plan would ruin the waterfront for a generation"
    path = _write(tmp_path, "train", statement)
    [example] = load_news_dev(tmp_path, path)
    assert (example.target, example.text, example.label) == ("the harbour plan", statement, "oppose")
