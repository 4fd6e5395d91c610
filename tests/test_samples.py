"""The bundled gold sets (data/samples, data/dev, data/heldout): each is up to date with its
annotations and consistent with the spec."""

import subprocess
import sys
from pathlib import Path

import pytest

from attribution.reader import read_documents

DATA = Path(__file__).resolve().parent.parent / "data"
SAMPLES = DATA / "samples"
GOLD_SETS = ["samples", "dev", "heldout"]


@pytest.mark.parametrize("name", GOLD_SETS)
def test_gold_is_built_from_annotations(name):
    result = subprocess.run([sys.executable, str(SAMPLES / "build_gold.py"), "--dir", str(DATA / name), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("name", GOLD_SETS)
def test_gold_spans_match_text(name):
    docs = list(read_documents(DATA / name / "gold.jsonl"))
    assert len(docs) >= 4
    for doc in docs:
        assert 300 <= len(doc.text.split()) <= 900
        for q in doc.quotes:
            assert doc.text[q.start : q.end] == q.text
            assert q.kind in ("direct", "indirect", "mixed")
            for span in (q.mention, q.cue):
                if span is not None:
                    assert doc.text[span.start : span.end] == span.text


def test_rules_extract_samples_reasonably():
    """A floor under the rule tagger on the samples (they were used to develop the rules,
    so this guards against regressions; it is not a held-out measure)."""
    from attribution.evaluation import evaluate
    from attribution.pipeline import Pipeline

    metrics, _ = evaluate(str(SAMPLES / "gold.jsonl"), None, Pipeline(tagger="rules", stance=False))
    assert metrics["statements@0.3"]["f1"] >= 0.85
    assert metrics["who_said_what"]["f1"] >= 0.75


def test_default_pipeline_affiliations_on_samples():
    """A floor under affiliation and role on the samples with the default tagger (the samples
    were used to develop the affiliation rules: a regression guard, not a held-out measure)."""
    from attribution.evaluation import evaluate
    from attribution.pipeline import Pipeline

    metrics, _ = evaluate(str(SAMPLES / "gold.jsonl"), None, Pipeline(stance=False))
    assert metrics["affiliation_accuracy"] >= 0.90
    assert metrics["role_accuracy"] >= 0.90


def test_default_pipeline_speakers_and_affiliations_on_dev_set():
    """A floor under speakers, affiliation and role on data/dev, the set the session-18 to -20 rules were
    developed on (a regression guard; data/heldout is the measure and is never asserted on here)."""
    from attribution.evaluation import evaluate
    from attribution.pipeline import Pipeline

    metrics, _ = evaluate(str(DATA / "dev" / "gold.jsonl"), None, Pipeline(stance=False))
    assert metrics["speaker_accuracy"] >= 0.90  # session 20, 58 articles: 0.917 / 0.784 / 0.834
    assert metrics["affiliation_accuracy"] >= 0.76
    assert metrics["role_accuracy"] >= 0.82
    assert metrics["statements@0.3"]["f1"] >= 0.92  # 0.949 (session 24: quotation marks around a name are no statement); 0.941 before


@pytest.mark.skipif(not (DATA.parent.parent / "shared" / "corpora" / "polnear").is_dir(),
                    reason="PolNeAR is not beside the repository (../shared/corpora/polnear)")
@pytest.mark.parametrize("split, floors", [
    # 45 articles since session 24: 0.804 / 0.676 / 0.666 in session 25, 0.803 / 0.674 / 0.666 in 24 (the first
    # 30: 0.806 / 0.681 / 0.639; session 23: 0.806 / 0.684 / 0.622, role read with abbreviated titles in full;
    # session 22: 0.781 / 0.661 / 0.433, session 21: 0.772 / 0.618 / 0.403; session 20: 0.676 / 0.405 / 0.235)
    ("dev", (0.78, 0.65, 0.63)),
    # 80 articles since session 24: 0.845 / 0.603 / 0.616 in session 25, 0.842 / 0.599 / 0.616 in 24 (with session
    # 23's code 0.826 / 0.539 / 0.553; its first 40: 0.841 / 0.638 / 0.610; session 22: 0.823 / 0.611 / 0.586;
    # before its rules: 0.798 / 0.491 / 0.508)
    ("train", (0.82, 0.57, 0.59)),
])
def test_default_pipeline_speakers_and_affiliations_on_real_news(tmp_path, split, floors):
    """A floor under speakers, affiliation and role on real news: the PolNeAR dev and train articles of
    data/polnear_people, where sessions 21 to 23 developed their rules (a regression guard; its test
    part is the measure and is never asserted on here)."""
    from attribution.evaluation import evaluate
    from attribution.pipeline import Pipeline
    from attribution.polnear import DEFAULT_CORPUS, convert

    convert(DEFAULT_CORPUS, tmp_path, (split,), DATA / "polnear_people" / f"{split}.jsonl")
    metrics, _ = evaluate(str(tmp_path / f"{split}.jsonl"), None, Pipeline(stance=False))
    speaker, affiliation, role = floors
    assert metrics["speaker_accuracy"] >= speaker
    assert metrics["affiliation_accuracy"] >= affiliation
    assert metrics["role_accuracy"] >= role


def test_a_mixed_statement_may_quote_its_fragment_in_single_marks():
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_gold", SAMPLES / "build_gold.py")
    build_gold = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_gold)
    text = "The councillor said the plan was ‘reckless’ and didn’t add up."
    start, end = text.index("the plan"), text.index(" and")
    build_gold._check_marks(text, start, end, "mixed", "test")  # British single marks around the fragment
    with pytest.raises(build_gold.AnnotationError):
        build_gold._check_marks(text, start, end, "indirect", "test")
    plain = "The councillor said the plan didn’t add up."
    with pytest.raises(build_gold.AnnotationError):  # an apostrophe is no quotation mark
        build_gold._check_marks(plain, plain.index("the plan"), len(plain) - 1, "mixed", "test")
