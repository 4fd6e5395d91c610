"""Stance training data and the `attribution train stance` path, on tiny fixtures written here."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from attribution.cli import app
from attribution.train_stance import StanceExample, grouped_dev_split, load_vast, macro_f1

VAST_COLUMNS = ["new_id", "arc_id", "author", "post", "ori_topic", "new_topic", "topic_str",
                "label", "label_name", "type_idx", "seen?", "contains_topic?"]
# label: 0 = con, 1 = pro, 2 = neutral (as in the VAST release)
TEMPLATES = {
    1: "I love {t}. {t} is wonderful and everyone should support it.",
    0: "I hate {t}. {t} is awful and everyone should reject it.",
    2: "The weather was mild today and the bus arrived on time.",
}
TOPICS = ["solar panels", "city parks", "public libraries", "bike lanes", "night trains", "farm subsidies"]


def write_vast_fixture(folder: Path, comments: int = 12) -> Path:
    """A tiny VAST-shaped corpus: each comment (arc) carries three rows, one per label."""
    (folder / "vast").mkdir(parents=True, exist_ok=True)
    path = folder / "vast" / "vast_train.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(VAST_COLUMNS)
        row_id = 0
        for c in range(comments):
            topic = TOPICS[c % len(TOPICS)]
            label = c % 3
            post = TEMPLATES[label].format(t=topic) + f" (comment {c})"
            for topic_variant in (topic, f"the {topic}", f"{topic} policy"):
                writer.writerow([row_id, 1000 + c, f"author{c}", post, topic, topic_variant, topic_variant,
                                 label, {0: "con", 1: "pro", 2: "neutral"}[label], 1, c % 2, 1])
                row_id += 1
    return path


def test_load_vast_maps_labels_and_groups(tmp_path):
    rows = load_vast(write_vast_fixture(tmp_path, comments=3))
    assert len(rows) == 9
    assert [r.label for r in rows[::3]] == ["oppose", "support", "neutral"]  # 0 con, 1 pro, 2 neutral
    assert rows[0].group == rows[1].group == "vast:1000"
    assert {r.seen for r in rows} == {0, 1}


def test_load_vast_reads_the_paired_topic_of_synthetic_neutral_rows(tmp_path):
    # In VAST's synthetic-neutral rows (type 4) `new_topic` is the comment's own topic and
    # `topic_str` the other comment's topic it is paired with: the row is only neutral
    # toward the latter.
    path = tmp_path / "vast_train.csv"
    post = "Bike lanes make the city safer for everyone. (comment 1)"
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(VAST_COLUMNS)
        writer.writerow([1, 7, "a", post, "bike lanes", "bike lanes", "bike lane", 1, "pro", 2, 1, 1])
        writer.writerow([2, 7, "a", post, "bike lanes", "bike lanes", "farm subsidy", 2, "neutral", 4, 1, 0])
    sided, neutral = load_vast(path)
    assert (sided.target, sided.label) == ("bike lane", "support")
    assert (neutral.target, neutral.label) == ("farm subsidy", "neutral")


def test_batches_cover_every_example_once_and_group_similar_lengths():
    from attribution.train_stance import _batches

    texts = ["word " * n for n in [3, 200, 5, 180, 4, 190, 6, 170] * 25]
    examples = [StanceExample("t", text, "support", f"g{i}") for i, text in enumerate(texts)]
    batches = _batches(examples, batch_size=8, seed=13, epoch=0, pool_batches=5)
    assert sorted(i for b in batches for i in b) == list(range(len(examples)))
    assert batches == _batches(examples, batch_size=8, seed=13, epoch=0, pool_batches=5)  # a resume sees the same
    assert batches != _batches(examples, batch_size=8, seed=13, epoch=1, pool_batches=5)
    # half the texts are short and half long: a batch mixes the two only where a pool's sorted run turns
    mixed = [b for b in batches if len({len(examples[i].text) > 100 for i in b}) == 2]
    assert len(mixed) <= len(batches) // 5 + 1


def test_dev_split_keeps_each_comment_on_one_side(tmp_path):
    rows = load_vast(write_vast_fixture(tmp_path, comments=40))
    train, dev = grouped_dev_split(rows, dev_fraction=0.3, seed=13)
    assert train and dev and len(train) + len(dev) == len(rows)
    assert not ({r.group for r in train} & {r.group for r in dev})
    assert not ({r.text for r in train} & {r.text for r in dev})
    # deterministic and independent of row order
    train2, dev2 = grouped_dev_split(list(reversed(rows)), dev_fraction=0.3, seed=13)
    assert {r.group for r in dev2} == {r.group for r in dev}


def test_dev_split_refuses_a_comment_under_two_groups():
    from attribution.errors import UserError

    rows = [StanceExample("t", "same comment text", "support", f"vast:{i}") for i in range(200)]
    with pytest.raises(UserError, match="both train and dev"):
        grouped_dev_split(rows, dev_fraction=0.5)


def test_macro_f1():
    assert macro_f1(["support", "oppose", "neutral"], ["support", "oppose", "neutral"]) == 1.0
    # support: P=1/2 R=1 F=2/3; oppose: 0; neutral: P=1 R=1/2 F=2/3
    assert macro_f1(["support", "oppose", "neutral", "neutral"], ["support", "support", "neutral", "oppose"]) == pytest.approx(4 / 9)


def _train_cli(tmp_path: Path, epochs: int, extra: list[str] = ()) -> object:
    write_vast_fixture(tmp_path / "corpora", comments=24)
    return CliRunner().invoke(app, [
        "train", "stance", "--corpora", str(tmp_path / "corpora"), "--out", str(tmp_path / "model"),
        "--epochs", str(epochs), "--batch-size", "8", "--max-length", "48", "--dev-fraction", "0.25",
        "--checkpoint-every", "2", *extra,
    ])


def test_train_stance_cli_smoke(tmp_path):
    """One short epoch through the same code path as `attribution train stance`; the result loads."""
    result = _train_cli(tmp_path, epochs=1, extra=["--max-train-samples", "16"])
    assert result.exit_code == 0, result.output
    model_dir = tmp_path / "model"
    assert (model_dir / "stance_delta.safetensors").exists()
    assert (model_dir / "checkpoint" / "state.pt").exists()
    from safetensors import safe_open

    with safe_open(str(model_dir / "stance_delta.safetensors"), "pt") as fh:
        keys = list(fh.keys())
        assert not any("word_embeddings" in k for k in keys)  # frozen: comes from the backbone package
        assert "head.weight" in keys and str(fh.get_tensor("head.weight").dtype) == "torch.float16"
    from attribution.stance import StanceClassifier

    stances = StanceClassifier.from_dir(model_dir).predict("solar panels", ["I love solar panels."])
    assert stances[0].label in ("support", "oppose", "neutral")
    import json

    config = json.loads((model_dir / "stance_config.json").read_text())
    cal = config["calibration"]  # the label bias is chosen on dev at the end of training
    assert cal["split"] == "dev" and cal["dev_macro_f1_after"] >= cal["dev_macro_f1_before"]
    assert len(config["label_bias"]) == 3 and config["label_bias"][0] == 0.0
    assert "Label bias (chosen on dev)" in (model_dir / "README.md").read_text()
    again = CliRunner().invoke(app, ["train", "stance", "--corpora", str(tmp_path / "corpora"), "--out", str(model_dir),
                                     "--dev-fraction", "0.25", "--max-length", "48", "--calibrate-only"])
    assert again.exit_code == 0, again.output
    assert "label bias" in again.output
    # --init-from continues from that model: the first step starts from its weights, not the backbone's
    from safetensors.torch import load_file

    before = load_file(str(model_dir / "stance_delta.safetensors"))["head.weight"]
    cont = CliRunner().invoke(app, ["train", "stance", "--corpora", str(tmp_path / "corpora"), "--out", str(tmp_path / "cont"),
                                    "--init-from", str(model_dir), "--epochs", "1", "--batch-size", "8", "--max-length", "48",
                                    "--dev-fraction", "0.25", "--max-train-samples", "8", "--lr", "1e-9"])
    assert cont.exit_code == 0, cont.output
    after = load_file(str(tmp_path / "cont" / "stance_delta.safetensors"))["head.weight"]
    assert (after.float() - before.float()).abs().max() < 1e-2  # a tiny lr barely moves the loaded head
    # the continued model's card gives both stages' commands, the first one's from the starting model's record
    card = (tmp_path / "cont" / "README.md").read_text()
    assert "Stage 1" in card and "Stage 2" in card
    assert f"--out {model_dir.as_posix()} --epochs 1" in card and f"--init-from {model_dir}" in card
    assert "--max-train-samples 8" in card  # every option that shaped the data is in the command
    assert json.loads((tmp_path / "cont" / "stance_config.json").read_text())["training"]["started_from"]["training"]["epochs"] == 1


def test_average_stance_averages_runs_of_one_start_and_calibrates_on_what_all_held_out(tmp_path):
    """Two runs from one start with other seeds, averaged weight for weight; the label bias is then chosen
    on the VAST dev comments neither seed's split trained on."""
    import json

    from safetensors.torch import load_file

    from attribution.train_stance import load_vast, grouped_dev_split, vast_seeds

    base = _train_cli(tmp_path, epochs=1, extra=["--max-train-samples", "8", "--dev-fraction", "0.5"])
    assert base.exit_code == 0, base.output
    common = ["--corpora", str(tmp_path / "corpora"), "--init-from", str(tmp_path / "model"), "--epochs", "1",
              "--batch-size", "8", "--max-length", "48", "--dev-fraction", "0.5", "--max-train-samples", "8"]
    for seed in ("13", "29"):
        run = CliRunner().invoke(app, ["train", "stance", "--out", str(tmp_path / f"s{seed}"), "--seed", seed, *common])
        assert run.exit_code == 0, run.output
    soup = tmp_path / "soup"
    made = CliRunner().invoke(app, ["train", "average-stance", str(tmp_path / "s13"), str(tmp_path / "s29"), "--out", str(soup)])
    assert made.exit_code == 0, made.output
    heads = [load_file(str(d / "stance_delta.safetensors"))["head.weight"].float() for d in (tmp_path / "s13", tmp_path / "s29", soup)]
    assert (heads[2] - (heads[0] + heads[1]) / 2).abs().max() < 1e-3
    config = json.loads((soup / "stance_config.json").read_text())
    assert vast_seeds(config["training"]) == {13, 29}
    cal = CliRunner().invoke(app, ["train", "stance", "--corpora", str(tmp_path / "corpora"), "--out", str(soup),
                                   "--dev-fraction", "0.5", "--max-length", "48", "--calibrate-only"])
    assert cal.exit_code == 0, cal.output
    vast = load_vast(tmp_path / "corpora" / "vast" / "vast_train.csv")
    dev13, dev29 = grouped_dev_split(vast, 0.5, 13)[1], {e.text for e in grouped_dev_split(vast, 0.5, 29)[1]}
    both = [e for e in dev13 if e.text in dev29]
    calibration = json.loads((soup / "stance_config.json").read_text())["calibration"]
    assert calibration["n"] == len(both) and 0 < len(both) < len(dev13)  # VAST is the only dev set here
    card = (soup / "README.md").read_text()  # an average's card gives its own commands, not a run's empty record
    assert "attribution train average-stance" in card and "None" not in card
    lone = CliRunner().invoke(app, ["train", "average-stance", str(tmp_path / "s13"), "--out", str(tmp_path / "x")])
    assert lone.exit_code == 2 and "at least two" in lone.output
    # a third seed that keeps seed 13's split: averaged with the seed-13 run, all of seed 13's dev stays unseen
    kept = CliRunner().invoke(app, ["train", "stance", "--out", str(tmp_path / "s41"), "--seed", "41", "--split-seed", "13", *common])
    assert kept.exit_code == 0, kept.output
    card = (tmp_path / "s41" / "README.md").read_text()
    assert "--seed 41" in card and "--split-seed 13" in card
    pair = CliRunner().invoke(app, ["train", "average-stance", str(tmp_path / "s13"), str(tmp_path / "s41"), "--out", str(tmp_path / "soup2")])
    assert pair.exit_code == 0, pair.output
    assert vast_seeds(json.loads((tmp_path / "soup2" / "stance_config.json").read_text())["training"]) == {13}


def test_train_stance_cli_bad_corpora_is_one_line_error(tmp_path):
    result = CliRunner().invoke(app, ["train", "stance", "--corpora", str(tmp_path / "nowhere"), "--out", str(tmp_path / "m")])
    assert result.exit_code == 2
    assert "VAST file not found" in result.output
    assert "Traceback" not in result.output


@pytest.mark.slow
def test_train_stance_learns_the_fixture(tmp_path):
    """Several epochs on the fixture: dev macro-F1 must clear a threshold well above chance (1/3)."""
    result = _train_cli(tmp_path, epochs=6, extra=["--lr", "1e-4"])
    assert result.exit_code == 0, result.output
    import json

    config = json.loads((tmp_path / "model" / "stance_config.json").read_text())
    assert config["training"]["best_dev_macro_f1"] >= 0.8


def write_perspectrum_fixture(folder: Path) -> Path:
    """A tiny Perspectrum-shaped corpus: four debates (claims), two in train and two in dev."""
    root = folder / "perspectrum"
    root.mkdir(parents=True, exist_ok=True)
    claims, pool, split = [], [], {}
    for c, topic in enumerate(TOPICS[:4]):
        pids = {"SUPPORT": [], "UNDERMINE": []}
        for label, template in (("SUPPORT", "{t} make life better, number {n}."), ("UNDERMINE", "{t} waste money, number {n}.")):
            for n in range(3):
                pid = len(pool)
                pool.append({"pId": pid, "text": template.format(t=topic.capitalize(), n=n)})
                pids[label].append(pid)
        claims.append({"cId": c, "text": f"We need more {topic}",
                       "perspectives": [{"pids": v, "stance_label_3": k} for k, v in pids.items()]})
        split[str(c)] = "train" if c < 2 else "dev"
    for name, data in (("perspectrum_with_answers_v1.0.json", claims), ("perspective_pool_v1.0.json", pool),
                       ("dataset_split_v1.0.json", split)):
        (root / name).write_text(json.dumps(data), encoding="utf-8")
    return root


def test_offtopic_neutrals_put_a_text_under_another_groups_target():
    from attribution.train_stance import offtopic_neutrals

    rows = [StanceExample(f"target {g}", f"text {g}.{i}", "support", f"g{g}") for g in range(3) for i in range(6)]
    made = offtopic_neutrals(rows, seed=5, per_group=2)
    assert len(made) == 6 and all(e.label == "neutral" for e in made)
    for e in made:
        own = e.group[1:]
        assert e.text.startswith(f"text {own}.") and e.target != f"target {own}"  # text kept, target foreign
    assert made == offtopic_neutrals(rows, seed=5, per_group=2)  # seeded


def test_train_stance_with_perspectrum_chooses_on_both_dev_sets(tmp_path):
    write_perspectrum_fixture(tmp_path / "corpora")
    result = _train_cli(tmp_path, epochs=1, extra=["--max-train-samples", "16", "--extra", "perspectrum",
                                                   "--extra", "offtopic"])
    assert result.exit_code == 0, result.output
    config = json.loads((tmp_path / "model" / "stance_config.json").read_text())
    assert config["calibration"]["sets"] == ["vast", "perspectrum"]
    by_set = config["training"]["history"][0]["dev_macro_f1_by_set"]
    assert set(by_set) == {"vast", "perspectrum"}
    assert abs(config["training"]["history"][0]["dev_macro_f1"] - sum(by_set.values()) / 2) < 1e-3
    assert "Perspectrum's dev split with off-topic neutrals" in (tmp_path / "model" / "README.md").read_text()


def write_ibm_fixture(folder: Path) -> Path:
    """Two IBM Claim Stance motions: one for its topic (sentiment 1), one against it (-1)."""
    root = folder / "ibm-claim-stance"
    root.mkdir(parents=True, exist_ok=True)
    rows = [  # (motion, topic, motion's sentiment toward it, claim, claim's stance toward the motion)
        ("This house would build night trains", "night trains", "1", "Night trains cut flights", "PRO"),
        ("This house would build night trains", "night trains", "1", "Night trains lose money", "CON"),
        ("This house would ban farm subsidies", "farm subsidies", "-1", "Farm subsidies distort markets", "PRO"),
        ("This house would ban farm subsidies", "farm subsidies", "-1", "Farm subsidies keep villages alive", "CON"),
    ]
    with (root / "claim_stance_dataset_v1.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["topicId", "split", "topicText", "topicTarget", "topicSentiment", "claim_stance",
                         "claim_claimCorrectedText"])
        for i, (motion, topic, sentiment, claim, stance) in enumerate(rows):
            writer.writerow([i // 2, "train", motion, topic, sentiment, stance, claim])
    return root


def test_ibm_claims_under_the_motions_topic_turn_over_where_the_motion_opposes_it(tmp_path):
    from attribution.train_stance import load_ibm_claim_stance

    root = write_ibm_fixture(tmp_path)
    motions = {e.text: (e.target, e.label) for e in load_ibm_claim_stance(root)}
    assert motions["Farm subsidies distort markets"] == ("This house would ban farm subsidies", "support")
    topics = {e.text: (e.target, e.label) for e in load_ibm_claim_stance(root, topic_targets=True)}
    assert topics == {
        "Night trains cut flights": ("night trains", "support"),
        "Night trains lose money": ("night trains", "oppose"),
        "Farm subsidies distort markets": ("farm subsidies", "oppose"),  # PRO a ban = against the subsidies
        "Farm subsidies keep villages alive": ("farm subsidies", "support"),
    }


def test_train_stance_refuses_ibm_under_motions_and_topics_at_once(tmp_path):
    write_ibm_fixture(tmp_path / "corpora")
    result = _train_cli(tmp_path, epochs=1, extra=["--extra", "ibm", "--extra", "ibm-topic"])
    assert result.exit_code == 2 and "choose one of --extra ibm and --extra ibm-topic" in result.output
    assert "Traceback" not in result.output


def test_stage_command_names_a_news_training_file_other_than_the_default():
    from attribution.train_stance import NEWS_TRAIN_SET, _train_command

    stage = {"epochs": 3, "lr": 3e-5, "batch_size": 16, "max_length": 256, "seed": 13, "extra": ["news"], "news_repeat": 2}
    assert "--news-train" not in _train_command(stage, "runs/x")
    assert "--news-train" not in _train_command(stage | {"news_train": None}, "runs/x")
    assert "--news-train" not in _train_command(stage | {"news_train": str(NEWS_TRAIN_SET)}, "runs/x")
    assert "--news-train runs/news_r12.jsonl" in _train_command(stage | {"news_train": "runs/news_r12.jsonl"}, "runs/x")


def write_invented_fixture(path: Path) -> Path:
    """Two invented articles in data/stance_invented's format, one naming its dispute from both sides."""
    articles = [
        {"id": "tram-line", "title": "Tram line approved", "target": "the tram line", "target2": "the bus-only plan",
         "text": "The council approved the tram line. “It will cut traffic,” the mayor said. Critics said it costs too much.",
         "statements": [{"text": "It will cut traffic", "speaker": "mayor", "label": "support", "label2": "oppose"},
                        {"text": "it costs too much", "speaker": None, "label": "oppose", "label2": "support"}]},
        {"id": "pool-closure", "title": "Pool to close", "target": "closing the pool",
         "text": "The pool will shut in May, the city said.",
         "statements": [{"text": "The pool will shut in May", "speaker": "the city", "label": "neutral"}]},
    ]
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    return path


def test_invented_articles_give_a_pair_per_statement_and_target(tmp_path):
    from attribution.train_stance import load_invented

    pairs = {(e.target, e.text, e.label) for e in load_invented(write_invented_fixture(tmp_path / "a.jsonl"))}
    assert pairs == {
        ("the tram line", "It will cut traffic", "support"), ("the bus-only plan", "It will cut traffic", "oppose"),
        ("the tram line", "it costs too much", "oppose"), ("the bus-only plan", "it costs too much", "support"),
        ("closing the pool", "The pool will shut in May", "neutral"),  # no target2: one pair
    }
    assert load_invented(tmp_path) == load_invented(tmp_path / "a.jsonl")  # a folder reads its *.jsonl
    bad = tmp_path / "bad" / "b.jsonl"
    bad.parent.mkdir()
    bad.write_text((tmp_path / "a.jsonl").read_text().replace('"label2": "oppose"', '"label2": "against"'))
    from attribution.errors import UserError

    with pytest.raises(UserError, match="'against'"):
        load_invented(bad)


def test_train_stance_with_invented_news_chooses_on_the_invented_dev_set(tmp_path, monkeypatch):
    import attribution.train_stance as train_stance

    invented = write_invented_fixture(tmp_path / "invented.jsonl")
    dev = tmp_path / "dev_gold.jsonl"  # quotes-JSONL gold with stance, as data/dev/gold.jsonl
    quotes = [{"start": 0, "end": 17, "text": "Solar panels help", "stance": {"target": "solar panels", "label": label, "score": 1.0}}
              for label in ("support", "oppose", "neutral")]
    dev.write_text(json.dumps({"id": "d1", "text": "Solar panels help.", "quotes": quotes}) + "\n", encoding="utf-8")
    monkeypatch.setattr(train_stance, "INVENTED_DEV_SET", dev)
    result = _train_cli(tmp_path, epochs=1, extra=["--max-train-samples", "16", "--extra", "invented",
                                                   "--invented-train", str(invented)])
    assert result.exit_code == 0, result.output
    config = json.loads((tmp_path / "model" / "stance_config.json").read_text())
    assert config["calibration"]["sets"] == ["vast", "invented"]
    assert config["training"]["n_train"] == 16 + 2 * 5  # the corpus sample, then each invented pair twice
    card = (tmp_path / "model" / "README.md").read_text()
    assert "Invented news" in card and f"--invented-train {invented.as_posix()}" in card
    missing = _train_cli(tmp_path, epochs=1, extra=["--extra", "invented", "--invented-train", str(tmp_path / "none.jsonl")])
    assert missing.exit_code == 2 and "invented stance set not found" in missing.output
