"""The hand-labelled news stance sets: statements read back from the corpus by offset, hash-checked."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from attribution.errors import UserError
from attribution.train_stance import TrainConfig, load_news_dev, load_news_set, load_news_train, load_training_data
from tests.test_stance_training import write_vast_fixture

ARTICLE = "Harbour plan.\n\nThe mayor said the harbour plan would ruin the waterfront for a generation.\n"
REPO = Path(__file__).resolve().parent.parent


def _load_script(folder: str, name: str):
    """A script of eval/ or data/ as a module (they are run as files, not installed)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, REPO / folder / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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


def test_news_training_set_must_not_share_an_article_with_the_news_dev_set(tmp_path):
    statement = "the harbour plan would ruin the waterfront for a generation"
    path = _write(tmp_path, "train", statement)
    other_dev = tmp_path / "dev.jsonl"
    other_dev.write_text(json.dumps({"article": "another_article"}) + "\n", encoding="utf-8")
    [example] = load_news_train(tmp_path, path, dev_path=other_dev)
    assert example.label == "oppose" and example.group == "news:harbour_1"
    with pytest.raises(UserError, match="shares an article"):
        load_news_train(tmp_path, path, dev_path=path)


def test_extra_news_repeats_the_news_statements_and_leaves_the_dev_sets_alone(tmp_path, monkeypatch):
    import attribution.train_stance as ts

    statement = "the harbour plan would ruin the waterfront for a generation"
    news = _write(tmp_path, "train", statement)
    write_vast_fixture(tmp_path, comments=12)
    monkeypatch.setattr(ts, "NEWS_TRAIN_SET", news)
    monkeypatch.setattr(ts, "NEWS_DEV_SET", tmp_path / "no-dev-set.jsonl")
    base = TrainConfig(out=tmp_path / "m", corpora=tmp_path)
    plain, plain_devs = load_training_data(base)
    with_news, devs = load_training_data(TrainConfig(out=tmp_path / "m", corpora=tmp_path, extra=["news"], news_repeat=3))
    assert len(with_news) == len(plain) + 3
    assert sum(e.text == statement for e in with_news) == 3
    assert {k: len(v) for k, v in devs.items()} == {k: len(v) for k, v in plain_devs.items()}
    # --news-train: another file (part of the set) replaces the default one
    part = tmp_path / "part.jsonl"
    part.write_text("", encoding="utf-8")
    only_part, _ = load_training_data(TrainConfig(out=tmp_path / "m", corpora=tmp_path, extra=["news"], news_train=part))
    assert len(only_part) == len(plain)


def test_agreement_of_two_readers(monkeypatch):
    monkeypatch.syspath_prepend(str(REPO / "eval"))  # as when run as a script
    module = _load_script("eval", "stance_agreement")
    first = ["support", "oppose", "neutral", "neutral"]
    assert module.agreement(first, first)["kappa"] == pytest.approx(1.0)
    result = module.agreement(first, ["support", "oppose", "neutral", "oppose"])
    assert result["accuracy"] == pytest.approx(0.75)
    # expected agreement (1*1 + 1*2 + 2*1) / 16 = 5/16
    assert result["kappa"] == pytest.approx((0.75 - 5 / 16) / (1 - 5 / 16))
    assert result["confusion"]["neutral"] == {"support": 0, "oppose": 1, "neutral": 1}


def test_candidates_keep_long_continuous_content_spans_once(tmp_path):
    script = _load_script("data", "stance_news_candidates")
    text = "The mayor said the harbour plan would ruin the waterfront. Critics said no. Aides said it twice."
    data = tmp_path / "polnear" / "data" / "train"
    (data / "text").mkdir(parents=True)
    (data / "attributions").mkdir()
    (data / "text" / "harbour_1.txt").write_text(text, encoding="utf-8")
    long_start = text.index("the harbour")
    long_end = text.index(".")
    ann = [
        "T1\tSource 0 9\tThe mayor",
        "T2\tCue 10 14\tsaid",
        f"T3\tContent {long_start} {long_end}\t{text[long_start:long_end]}",
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
        "E2\tAttribution:T2 Content:T3 Cue:T2 Source:T1",  # the same span in a second attribution
        f"T4\tContent {text.index('no')} {text.index('no') + 2}\tno",  # too short
        "E3\tAttribution:T2 Content:T4 Cue:T2",
        f"T5\tContent {long_start} {long_start + 20};{long_start + 25} {long_end}\tbroken",  # discontinuous
        "E4\tAttribution:T2 Content:T5 Cue:T2",
    ]
    (data / "attributions" / "harbour_1_a1.ann").write_text("\n".join(ann) + "\n", encoding="utf-8")
    [row] = script.candidates(tmp_path / "polnear", "train", "harbour_1")
    assert (row["start"], row["end"], row["source"], row["cue"]) == (long_start, long_end, "The mayor", "said")
    assert row["text"] == "the harbour plan would ruin the waterfront" and row["annotator"] == "a1"
