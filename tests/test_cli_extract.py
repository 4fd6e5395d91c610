"""The extract and eval commands, including every kind of bad input."""

import json

import pytest
from typer.testing import CliRunner

from attribution.cli import app

runner = CliRunner()

ARTICLE = (
    "Pentagon Press Secretary John Kirby defended the strikes on Monday.\n\n"
    "“The United States took necessary and proportionate action,” Kirby said.\n\n"
    "Yahya Rasool, Iraq's defence ministry spokesperson, said the attacks violated Iraqi sovereignty."
)


def invoke(*args, input=None):
    return runner.invoke(app, list(args), input=input)


def assert_one_line_error(result, fragment):
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    assert fragment in result.output
    assert len(result.output.strip().splitlines()) <= 2  # one message (rich may wrap it once)


def test_extract_txt_jsonl_follows_spec(tmp_path):
    path = tmp_path / "kirby.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = invoke("extract", str(path), "--format", "jsonl", "--no-stance", "--include-text")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output.splitlines()[0])
    assert doc["id"] == "kirby" and doc["text"] == ARTICLE
    assert doc["quotes"], "no statements found"
    keys = {"start", "end", "text", "kind", "speaker", "mention", "cue", "affiliation", "role", "stance", "score"}
    for q in doc["quotes"]:
        assert keys <= set(q)
        assert ARTICLE[q["start"] : q["end"]] == q["text"]
        assert q["kind"] in ("direct", "indirect", "mixed")
    assert any(q["speaker"] == "John Kirby" for q in doc["quotes"])


def test_all_attributions_keeps_what_is_no_statement(tmp_path):
    path = tmp_path / "kirby.txt"
    path.write_text(ARTICLE + " The ministry rejected the claims.", encoding="utf-8")

    def texts(*options):
        result = invoke("extract", str(path), "--format", "jsonl", "--no-stance", "--tagger", "transformer", *options)
        assert result.exit_code == 0, result.output
        return [q["text"] for q in json.loads(result.output.splitlines()[0])["quotes"]]

    statements, everything = texts(), texts("--all-attributions")
    assert "the claims" not in statements and "the claims" in everything
    assert set(statements) < set(everything)


def test_extract_jsonl_folder_stdin_and_csv(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text("“We are ready,” said Mara Olsen.", encoding="utf-8")
    result = invoke("extract", str(folder), "--format", "jsonl", "--no-stance")
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.output.splitlines()] == ["a", "b"]

    jsonl = tmp_path / "in.jsonl"
    jsonl.write_text(json.dumps({"id": "x1", "text": ARTICLE}) + "\n", encoding="utf-8")
    result = invoke("extract", str(jsonl), "--format", "csv", "--no-stance")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].startswith("doc_id,start,end,kind,speaker")
    assert "John Kirby" in result.output

    result = invoke("extract", "-", "--format", "table", "--no-stance", input=ARTICLE)
    assert result.exit_code == 0, result.output
    assert "Kirby" in result.output


@pytest.mark.parametrize(
    "content, fragment",
    [
        (b"", "empty file"),
        (b"   \n\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("Caf\u00e9 said hello".encode("latin-1"), "UTF-8"),
    ],
)
def test_bad_text_files(tmp_path, content, fragment):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert_one_line_error(invoke("extract", str(path), "--no-stance"), fragment)


def test_bad_jsonl_names_the_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"id": "ok", "text": "Fine."}) + "\n{not json\n", encoding="utf-8")
    assert_one_line_error(invoke("extract", str(path), "--format", "jsonl", "--no-stance"), "line 2")
    path.write_text(json.dumps({"id": "ok"}) + "\n", encoding="utf-8")
    assert_one_line_error(invoke("extract", str(path), "--no-stance"), "line 1: missing 'text'")
    path.write_text(json.dumps({"text": "no id"}) + "\n", encoding="utf-8")
    assert_one_line_error(invoke("extract", str(path), "--no-stance"), "missing 'id'")


def test_missing_path():
    assert_one_line_error(invoke("extract", "/no/such/article.txt"), "no such file")


def test_huge_article_is_refused_cleanly(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text(("The minister said the plan would work. " * 130_000), encoding="utf-8")  # ~5 MB
    assert_one_line_error(invoke("extract", str(path), "--no-stance"), "characters")


def test_eval_scores_perfect_predictions(tmp_path):
    content = "The United States took necessary and proportionate action,"
    start = ARTICLE.index(content)
    mention = ARTICLE.index("Kirby said")
    gold = {
        "id": "g1",
        "text": ARTICLE,
        "quotes": [
            {
                "start": start, "end": start + len(content), "text": content, "kind": "direct", "speaker": "John Kirby",
                "mention": {"start": mention, "end": mention + 5, "text": "Kirby"},
                "cue": {"start": mention + 6, "end": mention + 10, "text": "said"},
                "affiliation": "Pentagon", "role": "Press Secretary", "stance": None, "score": 1.0,
            }
        ],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    result = invoke("eval", str(path), "--pred", str(path), "--json")
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.output)
    assert metrics["statements@0.8"]["f1"] == 1.0
    assert metrics["who_said_what"]["f1"] == 1.0
    assert metrics["affiliation_accuracy"] == 1.0

    result = invoke("eval", str(path), "--json", "--no-stance", "--tagger", "rules")
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.output)
    assert metrics["statements@0.3"]["recall"] == 1.0
    assert metrics["speaker_accuracy"] == 1.0


def test_eval_reads_predictions_that_leave_out_the_text(tmp_path):
    # extract's JSONL output may leave out each text (the spec: it "may repeat text"); eval takes it from gold
    content = "The United States took necessary and proportionate action,"
    start = ARTICLE.index(content)
    quote = {"start": start, "end": start + len(content), "text": content, "kind": "direct", "speaker": "John Kirby"}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "g1", "text": ARTICLE, "quotes": [quote]}) + "\n", encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"id": "g1", "quotes": [quote]}) + "\n", encoding="utf-8")
    result = invoke("eval", str(gold), "--pred", str(pred), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["statements@0.8"]["f1"] == 1.0

    pred.write_text(json.dumps({"id": "not-in-gold", "quotes": [quote]}) + "\n", encoding="utf-8")
    assert_one_line_error(invoke("eval", str(gold), "--pred", str(pred)), "missing 'text'")


def test_every_command_has_help_with_example():
    for command in ("extract", "eval"):
        result = invoke(command, "--help")
        assert result.exit_code == 0
        assert "Example:" in result.output
