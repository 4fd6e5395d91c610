"""Stance: the shipped classifier on clear-cut pairs, derive_target, and the interface."""

from __future__ import annotations

import pytest

from attribution.stance import DEFAULT_STANCE_DIR, DELTA_FILE, derive_target, load_stance_classifier
from attribution.types import STANCE_LABELS, Document, Stance

needs_model = pytest.mark.skipif(
    not (DEFAULT_STANCE_DIR / DELTA_FILE).exists(), reason="models/stance not trained yet (attribution train stance)"
)

# Hand-written, deliberately unambiguous; each label is checked on three pairs and must get two.
CLEAR_CUT = {
    "support": [
        ("nuclear power", "Nuclear power is clean and safe, and we should build many more reactors."),
        ("stricter gun laws", "We need stricter gun laws now. Universal background checks save lives and I fully support them."),
        ("raising the minimum wage", "Raising the minimum wage is the right thing to do; workers deserve a living wage."),
    ],
    "oppose": [
        ("nuclear power", "Nuclear power is far too dangerous and every reactor in this country should be shut down."),
        ("the death penalty", "The death penalty is barbaric, it kills innocent people, and it must be abolished."),
        ("school vouchers", "Vouchers drain money from public schools. They are a terrible idea and I am against them."),
    ],
    "neutral": [
        ("nuclear power", "The city council meets on Tuesday evening to discuss the opening hours of the new library."),
        ("the death penalty", "My daughter started learning the violin this year and practises every afternoon."),
        ("school vouchers", "The recipe calls for two cups of flour, a pinch of salt and three eggs."),
    ],
}


@pytest.fixture(scope="module")
def classifier():
    return load_stance_classifier()


# The models shipped before session 27 read a statement running its target down *and* calling for
# action against it ("... is barbaric ... must be abolished") as support, and "oppose" was a strict
# xfail here; session 27's weight average reads 2 of the 3 as oppose (not the death-penalty one), so
# the mark came off.

@needs_model
@pytest.mark.parametrize("label", ["support", "oppose", "neutral"])
def test_clear_cut_pairs(classifier, label):
    pairs = CLEAR_CUT[label]
    right = 0
    for target, statement in pairs:
        [stance] = classifier.predict(target, [statement])
        right += stance.label == label
    assert right >= 2, f"only {right}/3 clear {label} statements labelled {label}"


@needs_model
def test_predict_interface(classifier):
    statements = [s for _, s in CLEAR_CUT["support"]]
    stances = classifier.predict("nuclear power", statements, contexts=["", "More context.", ""])
    assert len(stances) == 3
    for stance in stances:
        assert isinstance(stance, Stance)
        assert stance.target == "nuclear power"
        assert stance.label in STANCE_LABELS
        assert 1 / 3 <= stance.score <= 1.0  # the winning probability of three labels
    assert classifier.predict("anything", []) == []
    with pytest.raises(ValueError):
        classifier.predict("x", ["a", "b"], contexts=["only one"])


@needs_model
def test_loader_is_cached():
    assert load_stance_classifier() is load_stance_classifier(DEFAULT_STANCE_DIR)


def test_missing_model_is_a_user_error(tmp_path):
    from attribution.errors import UserError

    with pytest.raises(UserError, match="no trained stance model"):
        load_stance_classifier(tmp_path)


def test_derive_target_prefers_title():
    doc = Document(id="d", text="Some text about taxes and more taxes.", title="  The Carbon Tax Debate ")
    assert derive_target(doc) == "The Carbon Tax Debate"


def test_derive_target_most_frequent_noun_chunk():
    text = (
        "Short dateline\n\n"
        "The carbon tax divided the senators on Monday. Supporters said the carbon tax would cut "
        "emissions, while critics said a carbon tax would raise prices for families."
    )
    assert derive_target(Document(id="d", text=text)).lower() == "carbon tax"


def test_derive_target_empty_document():
    assert derive_target(Document(id="d", text="   ")) == ""


class _Dummy:
    def eval(self):
        return self


def test_context_is_off_by_default_and_never_repeats_the_statement():
    from attribution.stance import StanceClassifier

    clf = StanceClassifier(_Dummy(), tokenizer=None)
    window = "Before the vote, Smith said the plan is a disaster for farmers, and left the room."
    statement = "the plan is a disaster for farmers"
    assert clf._with_context(statement, window) == statement
    clf.context_chars = 40
    text = clf._with_context(statement, window)
    assert text.startswith(statement + " | ")
    assert text.count(statement) == 1
    assert "Smith said" in text and "left the room" in text


@needs_model
def test_int8_is_the_tagger_s_alone_the_stance_model_stays_in_fp32():
    import torch

    from attribution.stance import StanceClassifier

    int8 = StanceClassifier.from_dir(DEFAULT_STANCE_DIR, precision="int8")
    assert not int8.bf16 and all(type(m) is torch.nn.Linear for m in int8.model.modules() if "Linear" in type(m).__name__)
