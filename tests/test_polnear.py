"""PolNeAR converter on a tiny invented brat fixture (tests/fixtures/brat_mini)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from attribution.cli import app
from attribution.errors import UserError
from attribution.polnear import convert, iter_split, parse_ann, speaker_from_mention, split_files

FIXTURE = Path(__file__).parent / "fixtures" / "brat_mini"


def _doc(split: str) -> dict:
    (doc,) = list(iter_split(FIXTURE, split))
    return doc


def test_offsets_match_text_and_spec_fields():
    for split in ("train", "dev"):
        doc = _doc(split)
        for q in doc["quotes"]:
            assert doc["text"][q["start"] : q["end"]] == q["text"]
            for key in ("mention", "cue"):
                if q[key]:
                    assert doc["text"][q[key]["start"] : q[key]["end"]] == q[key]["text"]
            assert q["affiliation"] is None and q["role"] is None and q["stance"] is None
        assert [q["start"] for q in doc["quotes"]] == sorted(q["start"] for q in doc["quotes"])


def test_smallest_annotator_is_chosen():
    ((article, _txt, ann),) = split_files(FIXTURE, "train")
    assert article == "invented_2016-01-01_harbour-plan"
    assert ann.name.endswith("_b2.ann")
    assert len(_doc("train")["quotes"]) == 5  # the c9 annotator marked only one


def test_every_annotators_copy_on_request():
    copies = split_files(FIXTURE, "train", annotators="all")
    assert [doc_id for doc_id, _, _ in copies] == ["invented_2016-01-01_harbour-plan_b2", "invented_2016-01-01_harbour-plan_c9"]
    assert copies[0][1] == copies[1][1]  # one text, two annotations
    from attribution.train_tagger import load_split

    first, every = load_split(FIXTURE, "train"), load_split(FIXTURE, "train", annotators="all")
    assert len(first) == 1 and len(every) == 2 and every[0][2] == first[0][2] != every[1][2]
    with pytest.raises(UserError, match="unknown annotator choice"):
        split_files(FIXTURE, "train", annotators="some")


def test_kinds_speakers_and_trimming():
    quotes = _doc("train")["quotes"]
    indirect, direct, follow_on, mixed, no_source = quotes
    assert indirect["kind"] == "indirect" and indirect["speaker"] == "Lena Ortiz"  # title dropped
    assert indirect["mention"]["text"] == "Mayor Lena Ortiz, a former engineer"
    # a discontinuous content in two quotations: one direct statement each, marks trimmed;
    # the second opens a new sentence, so it has no mention or cue of its own
    assert direct["kind"] == follow_on["kind"] == "direct"
    assert direct["text"] == "We are building for the next fifty years," and follow_on["text"] == "Nobody will be left behind."
    assert direct["speaker"] is None and direct["speaker_unresolved"] is True
    assert direct["mention"]["text"] == "she" and direct["cue"]["text"] == "said"
    assert follow_on["mention"] is None and follow_on["cue"] is None
    assert follow_on["speaker_unresolved"] is True and follow_on["speaker_mention"]["text"] == "she"
    # multi-line T record, quoted fragment inside reported speech
    assert mixed["kind"] == "mixed" and mixed["text"] == "the plan “a gift to developers\nand nobody else."
    assert mixed["mention"]["text"] == "Critics"
    assert no_source["mention"] is None and no_source["speaker"] is None and "speaker_unresolved" not in no_source
    assert no_source["cue"]["text"] == "according to"


def test_content2_is_merged():
    first, second = _doc("dev")["quotes"]
    assert first["speaker"] is None and first["speaker_unresolved"]  # "Officials at the port" names nobody
    assert second["text"] == "Repairs are due in May, they added, and costs are unknown"


def test_parse_ann_skips_continuation_lines():
    entities, events = parse_ann("T1\tContent 0 5;7 9\tab\ncd\nE1\tAttribution:T2 Content:T1 Content2:T3\n")
    assert entities["T1"].pieces == ((0, 5), (7, 9))
    assert events == [("Attribution", {"Content": ["T1", "T3"]})]


@pytest.mark.parametrize("mention,name", [
    ("Craig Varoga, a D.C.-based Democratic strategist", "Craig Varoga"),
    ("one of the family's attorneys, Justin Bamberg,", "Justin Bamberg"),
    ("The New York Post", "New York Post"),
    ("he", None), ("I", None), ("a source", None),
    ("White House spokesman Josh Earnest", "Josh Earnest"), ("Secretary of State John Kerry", "John Kerry"),
    ("Republican vice-presidential nominee Gov. Mike Pence", "Mike Pence"), ("Democrat Hillary Clinton", "Hillary Clinton"),
    ("Republican presidential nominee", None), ("spokeswoman for Hillary Clinton", None),
    ("Several cast members", None), ("Critics", None), ("Kirby", "Kirby"),
])
def test_speaker_from_mention(mention, name):
    assert speaker_from_mention(mention) == name


def test_cli_writes_jsonl(tmp_path):
    result = CliRunner().invoke(app, ["data", "polnear", "--corpus", str(FIXTURE), "--out", str(tmp_path), "--split", "train", "--split", "dev"])
    assert result.exit_code == 0, result.output
    lines = (tmp_path / "train.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and len(json.loads(lines[0])["quotes"]) == 5


def test_bad_corpus_is_a_user_error(tmp_path):
    with pytest.raises(UserError):
        convert(tmp_path / "missing", tmp_path)
    result = CliRunner().invoke(app, ["data", "polnear", "--corpus", str(tmp_path), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2 and "not a PolNeAR split" in result.output


def _people_file(tmp_path, doc, **overrides) -> Path:
    """A people file for one converted article: every statement read as the mayor's."""
    from attribution.polnear import content_digest

    rows = [{"article": doc["id"], "annotator": "b2", "start": q["start"], "end": q["end"],
             "sha1": content_digest(q["text"]), "speaker": "Lena Ortiz", "speaker_aliases": ["Lena M. Ortiz"],
             "affiliation": "Harbour City", "affiliation_aliases": [], "role": "Mayor", **overrides}
            for q in doc["quotes"]]
    path = tmp_path / "people.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_people_file_puts_speakers_affiliations_and_roles_on_its_articles_only(tmp_path):
    doc = _doc("train")
    people = _people_file(tmp_path, doc)
    counts = convert(FIXTURE, tmp_path / "out", ("train", "dev"), people)
    assert counts["train"]["documents"] == 1 and counts["dev"]["documents"] == 0  # dev article not annotated
    (written,) = [json.loads(line) for line in (tmp_path / "out" / "train.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [q["start"] for q in written["quotes"]] == [q["start"] for q in doc["quotes"]]
    assert any(q.get("speaker_unresolved") for q in doc["quotes"])  # "they" in PolNeAR's own reading ...
    for q in written["quotes"]:  # ... and resolved by the annotators
        assert (q["speaker"], q["affiliation"], q["role"]) == ("Lena Ortiz", "Harbour City", "Mayor")
        assert q["speaker_aliases"] == ["Lena M. Ortiz"] and "speaker_unresolved" not in q


def test_people_file_that_does_not_fit_the_corpus_is_a_user_error(tmp_path):
    doc = _doc("train")
    with pytest.raises(UserError, match="does not match"):
        convert(FIXTURE, tmp_path / "out", ("train",), _people_file(tmp_path, doc, sha1="0" * 12))
    short = _people_file(tmp_path, {"id": doc["id"], "quotes": doc["quotes"][1:]})
    with pytest.raises(UserError, match="no row"):
        convert(FIXTURE, tmp_path / "out", ("train",), short)
    (tmp_path / "bad.jsonl").write_text("{not json\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["data", "polnear", "--corpus", str(FIXTURE), "--out", str(tmp_path / "o"),
                                      "--people", str(tmp_path / "bad.jsonl")])
    assert result.exit_code == 2 and "bad.jsonl:1: not a people row" in result.output
