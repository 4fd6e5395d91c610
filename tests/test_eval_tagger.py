"""eval/eval_tagger.py's logit average of several taggers (``--ensemble-with``)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tests.test_stance_eval import _load_script

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "tagger"
evaluation = _load_script("eval", "eval_tagger")
TEXT = "“The plan is sound,” Mayor Ana Ruiz said on Monday. Critics said it would raise taxes."

pytestmark = pytest.mark.skipif(not (MODEL_DIR / "config.json").exists(), reason="no trained tagger shipped")


@pytest.fixture(scope="module")
def tagger():
    return evaluation.TransformerTagger.from_dir(MODEL_DIR, precision="fp32")


class _Uniform:
    """A member that gives every label the same log-probability, on given word offsets."""

    transitions = None

    def __init__(self, offsets):
        self.offsets = offsets

    def word_logprobs(self, text):
        return self.offsets, np.full((len(self.offsets), 7), np.log(1 / 7))


def test_ensemble_averages_the_members_log_probabilities(tagger):
    offsets, logp = tagger.word_logprobs(TEXT)
    same_twice = evaluation.LogitAverage([tagger, tagger])
    assert np.allclose(same_twice.word_logprobs(TEXT)[1], logp)
    assert np.allclose(same_twice.transitions, tagger.transitions)
    assert same_twice.spans(TEXT) == tagger.spans(TEXT)

    with_uniform = evaluation.LogitAverage([tagger, _Uniform(offsets)])
    assert with_uniform.transitions is None  # a member without transitions: none to average
    assert np.allclose(with_uniform.word_logprobs(TEXT)[1], (logp + np.log(1 / 7)) / 2)


def test_ensemble_refuses_members_that_cut_words_differently(tagger):
    offsets, _ = tagger.word_logprobs(TEXT)
    with pytest.raises(ValueError, match="different windows"):
        evaluation.LogitAverage([tagger, _Uniform(offsets[1:])]).word_logprobs(TEXT)


def test_ensemble_option_scores_spans_only(capsys):
    assert evaluation.main(["--ensemble-with", str(MODEL_DIR)]) == 2
    assert "--no-statements" in capsys.readouterr().err
