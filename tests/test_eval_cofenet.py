"""eval/eval_tagger_cofenet.py: CofeNet's tokens placed in the raw text, CofeNet's span rule, the
projection of our character spans, on a small article written for the test."""

from __future__ import annotations

import json

import pytest

from attribution.tagger_model import TaggedSpan
from tests.test_stance_eval import _load_script

cofenet = _load_script("eval", "eval_tagger_cofenet")

TEXT = "Harbour vote.\n\nThe mayor said “it (was) a fine plan.” Critics disagreed.\n"
TOKENS = ["The", "mayor", "said", "``", "it", "-LRB-", "was", "-RRB-", "a", "fine", "plan", ".", "''",
          "Critics", "disagreed", "."]


def test_bio_spans_follow_cofenets_reading():
    labels = ["B-source", "I-source", "O", "B-cue", "I-content", "B-content", "I-content", "I-cue"]
    assert cofenet.bio_spans(labels) == {("source", 0, 2), ("cue", 3, 4), ("content", 5, 7)}


def test_token_offsets_undo_ptb_escapes():
    offsets, end = cofenet.token_offsets(TEXT, TOKENS, 0)
    assert [TEXT[s:e] for s, e in offsets][3:8] == ["“", "it", "(", "was", ")"]
    assert TEXT[offsets[12][0]:offsets[12][1]] == "”"
    assert TEXT[end - 1] == "."
    assert cofenet.token_offsets(TEXT, ["The", "harbour", "unicorn"], 0) is None


def test_abbreviation_full_stop_gets_an_empty_span():
    text = "He moved to Washington, D.C. Then he left."
    offsets, _ = cofenet.token_offsets(text, ["He", "moved", "to", "Washington", ",", "D.C.", ".", "Then"], 0)
    assert offsets[6][0] == offsets[6][1] == offsets[5][1]


def test_projection_attaches_quotation_marks_only_when_asked():
    offsets, _ = cofenet.token_offsets(TEXT, TOKENS, 0)
    content = TaggedSpan("content", TEXT.index("it ("), TEXT.index(".”") + 1, 0.9)
    kept = cofenet.project([content], offsets, TOKENS, "keep")
    attached = cofenet.project([content], offsets, TOKENS, "attach")
    assert cofenet.bio_spans(kept) == {("content", 4, 12)}
    assert cofenet.bio_spans(attached) == {("content", 3, 13)}


class _FixedTagger:
    """Stands in for the transformer: the spans are known, so the score is too."""

    def __init__(self, spans):
        self._spans = spans
        self.calls = 0

    def spans(self, text):
        self.calls += 1
        return self._spans


def test_evaluate_scores_every_annotated_copy_with_cofenets_rule(tmp_path):
    corpus = tmp_path / "polnear"
    (corpus / "data" / "dev" / "text").mkdir(parents=True)
    (corpus / "data" / "dev" / "text" / "harbour.txt").write_text(TEXT, encoding="utf-8")
    (corpus / "cofenet-bio").mkdir()
    gold = ["O"] * len(TOKENS)
    gold[0:2] = ["B-source", "I-source"]
    gold[2] = "B-cue"
    gold[3:13] = ["B-content"] + ["I-content"] * 9
    title = {"tokens": ["Harbour", "vote", "."], "labels": ["O", "O", "O"]}
    rows = [{**title, "id": "harbour_a1"}, {"tokens": TOKENS, "labels": gold, "id": "harbour_a1"},
            {**title, "id": "harbour_b2"}, {"tokens": TOKENS, "labels": gold, "id": "harbour_b2"},
            {"tokens": ["Nothing", "like", "this"], "labels": ["O"] * 3, "id": "harbour_b2"}]
    (corpus / "cofenet-bio" / "valid.txt").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    tagger = _FixedTagger([TaggedSpan("source", TEXT.index("The mayor"), TEXT.index(" said"), 0.9),
                           TaggedSpan("cue", TEXT.index("said"), TEXT.index("said") + 4, 0.9),
                           TaggedSpan("content", TEXT.index("it ("), TEXT.index(".”") + 1, 0.9),
                           TaggedSpan("content", TEXT.index("Critics"), TEXT.index("disagreed"), 0.5)])
    result = cofenet.evaluate(tagger, corpus, "dev", ("keep", "attach"))
    assert tagger.calls == 1  # both copies of the article share one tagging
    assert (result["lines_scored"], result["lines_unplaced"]) == (4, 1)
    attach, keep = result["scores"]["attach"], result["scores"]["keep"]
    assert attach["source"]["f1"] == attach["cue"]["f1"] == 1.0
    assert attach["content"]["recall"] == 1.0 and attach["content"]["precision"] == pytest.approx(0.5)
    assert keep["content"]["recall"] == 0.0
