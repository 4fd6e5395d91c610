"""The transformer tagger: decoding, windows, pairing, the shipped model, and training
through the same code path on the tiny invented PolNeAR fixture."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from attribution.tagger_model import (
    LABEL_ID,
    LABELS,
    TaggedSpan,
    argmax_decode,
    encode_document,
    label_transitions,
    labels_to_spans,
    load_tokenizer,
    make_windows,
    pair_spans,
    viterbi,
    word_shapes,
)

REPO_ROOT = Path(__file__).resolve().parent.parent
MODEL_DIR = REPO_ROOT / "models" / "tagger"
FIXTURE = Path(__file__).parent / "fixtures" / "brat_mini"


@pytest.fixture(scope="module")
def tokenizer():
    return load_tokenizer()


def _logp(rows: list[dict[str, float]]) -> np.ndarray:
    out = np.full((len(rows), len(LABELS)), np.log(1e-4))
    for t, row in enumerate(rows):
        for label, p in row.items():
            out[t, LABEL_ID[label]] = np.log(p)
    return out


def _legal(path: list[int]) -> bool:
    prev = "O"
    for lab in path:
        name = LABELS[lab]
        if name.startswith("I-") and prev[2:] != name[2:]:
            return False
        prev = name
    return True


def test_viterbi_forbids_orphan_inside_tags():
    # argmax reads O, I-content, I-content: an orphan I-; the constrained path must not.
    logp = _logp([{"O": 0.9, "B-content": 0.05}, {"I-content": 0.6, "B-content": 0.35}, {"I-content": 0.9}])
    assert not _legal(argmax_decode(logp))
    path = viterbi(logp)
    assert _legal(path)
    assert [LABELS[i] for i in path] == ["O", "B-content", "I-content"]


def test_viterbi_paths_are_always_legal():
    rng = np.random.default_rng(0)
    for _ in range(50):
        logp = np.log(rng.dirichlet(np.ones(len(LABELS)), size=12))
        assert _legal(viterbi(logp))


def test_label_transitions_are_smoothed_conditional_log_probs():
    seqs = [[LABEL_ID[x] for x in ("O", "B-content", "I-content", "I-content", "O")]] * 3
    logt = label_transitions(seqs)
    assert np.allclose(np.exp(logt).sum(1), 1.0)
    b, i, o = LABEL_ID["B-content"], LABEL_ID["I-content"], LABEL_ID["O"]
    assert logt[b, i] > logt[b, b] and logt[i, i] > logt[i, LABEL_ID["B-source"]]
    assert np.isfinite(logt).all()  # add-one: no bigram is impossible, only the BIO rules forbid


def test_viterbi_bigram_weight_keeps_one_content_span_together():
    # The posteriors alone split one content span at an uncertain word (B-content after B-content);
    # training bigrams that never show B-content -> B-content merge it; weight 0 changes nothing.
    logp = _logp([{"B-content": 0.9}, {"B-content": 0.5, "I-content": 0.45}, {"I-content": 0.9}])
    seqs = [[LABEL_ID[x] for x in ("O", "B-content", "I-content", "I-content", "O")]] * 20
    logt = label_transitions(seqs)
    assert [LABELS[i] for i in viterbi(logp)] == ["B-content", "B-content", "I-content"]
    assert [LABELS[i] for i in viterbi(logp, logt, 0.0)] == ["B-content", "B-content", "I-content"]
    assert [LABELS[i] for i in viterbi(logp, logt, 0.5)] == ["B-content", "I-content", "I-content"]
    rng = np.random.default_rng(1)
    for _ in range(20):
        assert _legal(viterbi(np.log(rng.dirichlet(np.ones(len(LABELS)), size=10)), logt, 1.0))


def test_labels_to_spans_trims_quote_marks_from_content():
    text = "He said “we will win” today."
    words = [(0, 2), (3, 7), (8, 9), (9, 11), (12, 16), (17, 20), (20, 21), (22, 27), (27, 28)]
    labels = ["B-source", "B-cue", "B-content", "I-content", "I-content", "I-content", "I-content", "O", "O"]
    spans = labels_to_spans(text, words, [LABEL_ID[x] for x in labels], [1.0] * len(words))
    got = {(s.kind, text[s.start : s.end]) for s in spans}
    assert got == {("source", "He"), ("cue", "said"), ("content", "we will win")}


def test_windows_cover_the_document_in_order_within_budget(tokenizer):
    paragraph = "The minister said the plan would work. " * 12
    text = "\n\n".join([paragraph.strip()] * 6)
    enc = encode_document(tokenizer, text)
    windows = make_windows(text, enc, max_tokens=64)
    assert windows[0][0] == 0 and windows[-1][1] == len(enc.ids)
    assert all(a < b and b - a <= 62 for a, b in windows)
    assert all(w1[1] == w2[0] for w1, w2 in zip(windows, windows[1:]))
    first = enc.first_subword
    assert all(first[a] for a, _ in windows)  # never cut inside a word


def _span(text: str, kind: str, needle: str, nth: int = 0) -> TaggedSpan:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return TaggedSpan(kind, start, start + len(needle), 0.9)


def test_word_shapes_give_casing_and_quotation_to_every_word_piece(tokenizer):
    text = 'NATO chief Jens Stoltenberg said "the Alliance is READY," adding more.'
    enc = encode_document(tokenizer, text)
    shape = {text[a:b]: s for (a, b), s in zip(enc.offsets, word_shapes(text, enc))}
    assert shape["NATO"] == 2 and shape["chief"] == 0 and shape["Jens"] == 1
    pieces = [(text[a:b], s) for (a, b), s in zip(enc.offsets, word_shapes(text, enc)) if 15 <= a < 27]
    assert len(pieces) > 1 and all(s == 1 for _, s in pieces)  # "Stoltenberg" is cut, every piece is Capitalised
    assert shape["the"] == 3 and shape["Alliance"] == 4 and shape["READY"] == 5  # inside the quotation: + 3
    assert shape["adding"] == 0


def test_pairing_nearest_cue_and_source_and_merging_around_a_cue():
    text = ("Mayor Ann Lee said taxes would fall. “It is time,” she added. “We are ready.”\n\n"
            "The levy, Critics argued, was rushed.")
    spans = [
        _span(text, "source", "Mayor Ann Lee"), _span(text, "cue", "said"), _span(text, "content", "taxes would fall"),
        _span(text, "content", "It is time,"), _span(text, "source", "she"), _span(text, "cue", "added"),
        _span(text, "content", "We are ready."), _span(text, "content", "The levy"), _span(text, "source", "Critics"),
        _span(text, "cue", "argued"), _span(text, "content", "was rushed"),
    ]
    got = [(a.content.text, a.source.text if a.source else None, a.cue.text if a.cue else None) for a in pair_spans(text, spans)]
    assert got == [
        ("taxes would fall", "Mayor Ann Lee", "said"),
        # two whole quotations around a cue stay two direct statements; the second opens a
        # new sentence, so it is a follow-on quote (no mention, no cue of its own)
        ("It is time,", "she", "added"),
        ("We are ready.", None, None),
        # reported speech interrupted by its cue is one statement
        ("The levy, Critics argued, was rushed", "Critics", "argued"),
    ]


def test_pairing_takes_the_cue_of_the_contents_own_sentence():
    # the first "said" ends only three characters before the second quotation, but a sentence ends between
    text = ('“We need the votes,” Bellweather said. “We have them,” Ostrander said. “Is it fair?” Vell asked.\n\n'
            '“Nothing should end like this.”\n\nHis parents said in a statement that they wanted answers.')
    spans = [
        _span(text, "content", "We need the votes,"), _span(text, "source", "Bellweather"), _span(text, "cue", "said"),
        _span(text, "content", "We have them,"), _span(text, "source", "Ostrander"), _span(text, "cue", "said", 1),
        _span(text, "content", "Is it fair?"), _span(text, "source", "Vell"), _span(text, "cue", "asked"),
        _span(text, "content", "Nothing should end like this."), _span(text, "source", "His parents"),
        _span(text, "cue", "said in a statement"), _span(text, "content", "that they wanted answers"),
    ]
    got = [(a.content.text, a.source.text if a.source else None) for a in pair_spans(text, spans)]
    assert got == [
        ("We need the votes,", "Bellweather"),
        ("We have them,", "Ostrander"),
        ("Is it fair?", "Vell"),  # a question mark ends the quotation, not the sentence
        # a paragraph of its own: the quotation before's speaker, not the parents of the next paragraph
        ("Nothing should end like this.", None),
        ("that they wanted answers", "His parents"),
    ]


@pytest.mark.skipif(not (MODEL_DIR / "config.json").exists(), reason="no trained tagger shipped in models/tagger")
def test_shipped_model_finds_an_obvious_quote():
    from attribution.tagging import load_tagger

    tagger = load_tagger("transformer")
    text = ("The city council approved the budget on Tuesday.\n\n"
            "“This budget protects every school in the city,” Mayor Maria Lopez said at a news conference.\n\n"
            "Opposition leader Tom Baker said the plan would raise taxes for families.")
    found = tagger.tag(text)
    assert found, "no attribution found"
    for a in found:
        for span in (a.content, a.source, a.cue):
            if span is not None:
                assert text[span.start : span.end] == span.text
        assert 0.0 <= a.score <= 1.0
    assert [a.content.start for a in found] == sorted(a.content.start for a in found)
    direct = [a for a in found if "protects every school" in a.content.text]
    assert direct and direct[0].source is not None and "Maria Lopez" in direct[0].source.text
    assert direct[0].cue is not None and direct[0].cue.text == "said"
    reported = [a for a in found if "raise taxes" in a.content.text]
    assert reported and reported[0].source is not None and "Tom Baker" in reported[0].source.text


def test_inference_precision_choice(monkeypatch):
    from attribution.backbone import PRECISION_ENV, inference_bf16
    from attribution.errors import UserError

    assert inference_bf16("fp32") is False and inference_bf16("bf16") is True
    monkeypatch.setenv(PRECISION_ENV, "fp32")
    assert inference_bf16() is False  # the environment decides when the caller does not
    assert inference_bf16("bf16") is True  # an explicit argument wins
    monkeypatch.setenv(PRECISION_ENV, "half")
    with pytest.raises(UserError, match="precision"):
        inference_bf16()


def test_int8_is_asked_for_and_leaves_the_head_in_fp32(monkeypatch):
    import torch

    from attribution.backbone import PRECISION_ENV, inference_bf16, inference_precision, quantize_for_inference

    monkeypatch.delenv(PRECISION_ENV, raising=False)
    assert inference_precision() in ("fp32", "bf16")  # auto never picks int8: it costs accuracy
    assert inference_precision("int8") == "int8" and not inference_bf16("int8")
    model = torch.nn.Sequential()
    model.add_module("encoder", torch.nn.Linear(8, 8))
    model.add_module("head", torch.nn.Linear(8, 3))
    assert quantize_for_inference(model, "fp32", keep=("head",)) is model
    quantized = quantize_for_inference(model, "int8", keep=("head",))
    assert type(quantized.encoder) is not torch.nn.Linear and "quantized" in type(quantized.encoder).__module__
    assert type(quantized.head) is torch.nn.Linear
    x = torch.randn(4, 8)
    assert torch.allclose(quantized(x), model(x), atol=0.1)  # the same function, a little coarser


@pytest.mark.skipif(not (MODEL_DIR / "config.json").exists(), reason="no trained tagger shipped in models/tagger")
def test_int8_tagger_finds_the_statement_of_a_clear_sentence():
    from attribution.tagger_model import TransformerTagger

    text = "“We will not raise the levy this year,” Finance Minister Ada Okafor told reporters on Monday."
    int8 = TransformerTagger.from_dir(MODEL_DIR, precision="int8")
    found = int8.tag(text)
    assert [a.content.text for a in found] == ["We will not raise the levy this year,"]
    assert found[0].source is not None and "Ada Okafor" in found[0].source.text


@pytest.mark.skipif(not (MODEL_DIR / "config.json").exists(), reason="no trained tagger shipped in models/tagger")
def test_bf16_inference_finds_the_same_spans_as_fp32():
    from attribution.tagger_model import TransformerTagger

    text = ("“We will not raise the levy this year,” Finance Minister Ada Okafor told reporters on Monday.\n\n"
            "She said the harbour project would be paid for by the port authority.")
    fp32 = TransformerTagger.from_dir(MODEL_DIR, precision="fp32")
    bf16 = TransformerTagger.from_dir(MODEL_DIR, precision="bf16")
    assert not fp32.bf16 and bf16.bf16
    spans = lambda t: [(s.kind, s.start, s.end) for s in t.spans(text)]  # noqa: E731
    assert spans(fp32) and spans(bf16) == spans(fp32)
    import numpy as np

    # and bf16 really ran: the scores differ in their last digits, not in their decisions
    assert not np.array_equal(fp32.word_logprobs(text)[1], bf16.word_logprobs(text)[1])


def _train(tmp_path: Path, epochs: int, **kw):
    from attribution.train_tagger import TrainConfig, train

    config = TrainConfig(out=tmp_path / "model", corpus=FIXTURE, checkpoint_dir=tmp_path / "ckpt", epochs=epochs,
                         batch_size=2, max_tokens=48, checkpoint_every=2, threads=1, train_split="train",
                         dev_split="train", **kw)
    return config, train(config, log=lambda *_: None)


def test_training_smoke_writes_a_loadable_delta_and_resumes(tmp_path):
    from attribution.tagger_model import DELTA_FILE, TransformerTagger

    config, meta = _train(tmp_path, epochs=1, features="shape")
    model_dir = tmp_path / "model"
    assert (model_dir / DELTA_FILE).exists()
    saved = json.loads((model_dir / "config.json").read_text())
    assert saved["labels"] == list(LABELS) and saved["training"]["best_epoch"] == 1
    assert (model_dir / DELTA_FILE).stat().st_size < 25_000_000  # the word embeddings are not shipped
    # the training windows' label bigrams travel with the model, for weighted Viterbi
    bigrams = np.exp(np.array(saved["label_transitions"]["score"]))
    assert bigrams.shape == (len(LABELS), len(LABELS)) and np.allclose(bigrams.sum(1), 1.0, atol=1e-3)
    assert bigrams[LABEL_ID["B-content"], LABEL_ID["I-content"]] > bigrams[LABEL_ID["B-content"], LABEL_ID["B-content"]]
    tagger = TransformerTagger.from_dir(model_dir)
    assert tagger.transitions is not None and tagger.transition_weight == 0.0
    assert saved["features"] == "shape" and tagger.features == "shape"
    assert tagger.model.bert.embeddings.token_type_embeddings.num_embeddings == 6
    text = (FIXTURE / "data" / "train" / "text" / "invented_2016-01-01_harbour-plan.txt").read_text()
    for a in tagger.tag(text):
        assert text[a.content.start : a.content.end] == a.content.text
    # resume continues from the checkpoint into a second epoch
    config.epochs, config.resume = 2, True
    from attribution.train_tagger import train

    meta = train(config, log=lambda *_: None)
    assert [h["epoch"] for h in meta["training"]["history"]] == [1, 2]


def test_training_without_features_gives_a_plain_model(tmp_path):
    from attribution.tagger_model import TransformerTagger

    _train(tmp_path, epochs=1, features=None)
    tagger = TransformerTagger.from_dir(tmp_path / "model")
    assert tagger.features is None
    assert tagger.model.bert.embeddings.token_type_embeddings.num_embeddings == 2  # the backbone's own


def test_training_can_continue_from_a_trained_tagger(tmp_path):
    import torch

    from attribution.errors import UserError
    from attribution.tagger_model import TransformerTagger
    from attribution.train_tagger import TrainConfig, train

    _train(tmp_path, epochs=1, features=None)
    start = TransformerTagger.from_dir(tmp_path / "model").model
    head_before = start.classifier.weight.detach().clone()
    cont = TrainConfig(out=tmp_path / "cont", corpus=FIXTURE, checkpoint_dir=tmp_path / "ckpt2", epochs=1, batch_size=2,
                       max_tokens=48, checkpoint_every=50, threads=1, dev_split="train", lr=0.0, head_lr=0.0,
                       init_from=tmp_path / "model")
    meta = train(cont, log=lambda *_: None)
    assert meta["training"]["hyperparameters"]["init_from"] == str(tmp_path / "model")
    # with zero learning rates the continued model is the starting model, not a fresh head
    after = TransformerTagger.from_dir(tmp_path / "cont").model.classifier.weight.detach()
    assert torch.allclose(after, head_before.to(after.dtype), atol=1e-2)
    cont.features, cont.out = "shape", tmp_path / "cont2"
    with pytest.raises(UserError, match="features"):
        train(cont, log=lambda *_: None)


def test_runs_with_another_seed_share_the_head_start_on_request(tmp_path):
    from attribution.tagger_model import TransformerTagger

    def head(name: str, **kw):
        # zero learning rates: the saved head is the head's random start
        _train(tmp_path / name, epochs=1, features=None, lr=0.0, head_lr=0.0, **kw)
        return TransformerTagger.from_dir(tmp_path / name / "model").model.classifier.weight.detach()

    shipped_seed = head("a", seed=13)
    same_start = head("b", seed=29, head_seed=13)
    own_start = head("c", seed=29)
    assert np.array_equal(shipped_seed.numpy(), same_start.numpy())
    assert not np.allclose(shipped_seed.numpy(), own_start.numpy(), atol=1e-2)
    saved = json.loads((tmp_path / "b" / "model" / "config.json").read_text())["training"]["hyperparameters"]
    assert (saved["seed"], saved["head_seed"]) == (29, 13)
    from attribution.errors import UserError

    with pytest.raises(UserError, match="head-seed"):  # a continued model brings its own head
        _train(tmp_path / "d", epochs=1, features=None, head_seed=13, init_from=tmp_path / "a" / "model")


def test_average_tagger_writes_the_mean_of_runs_as_a_model(tmp_path):
    from safetensors.torch import load_file
    from typer.testing import CliRunner

    from attribution.cli import app
    from attribution.tagger_model import DELTA_FILE, TransformerTagger

    _train(tmp_path / "a", epochs=1, features=None, crf=True, seed=13)
    _train(tmp_path / "b", epochs=1, features=None, crf=True, seed=29, head_seed=13)
    a, b, soup = tmp_path / "a" / "model", tmp_path / "b" / "model", tmp_path / "soup"
    result = CliRunner().invoke(app, ["train", "average-tagger", str(a), str(b), "--out", str(soup)])
    assert result.exit_code == 0, result.output
    wa, wb, ws = (load_file(str(d / DELTA_FILE)) for d in (a, b, soup))
    name = "classifier.weight"
    assert not torch_equal(wa[name], wb[name])  # two different runs ...
    assert np.allclose(ws[name].float().numpy(), ((wa[name].float() + wb[name].float()) / 2).numpy(), atol=2e-3)
    ta, tb, ts = (np.array(json.loads((d / "config.json").read_text())["label_transitions"]["score"]) for d in (a, b, soup))
    assert np.allclose(ts, (ta + tb) / 2, atol=1e-4)
    saved = json.loads((soup / "config.json").read_text())
    assert saved["averaged_from"] == [str(a), str(b)] and saved["decoding"] == json.loads((a / "config.json").read_text())["decoding"]
    text = (FIXTURE / "data" / "train" / "text" / "invented_2016-01-01_harbour-plan.txt").read_text()
    for attribution in TransformerTagger.from_dir(soup).tag(text):  # ... averaged into one loadable model
        assert text[attribution.content.start : attribution.content.end] == attribution.content.text
    # an epoch checkpoint averages too; anything else is a one-line error
    epoch_ckpt = tmp_path / "a" / "ckpt" / "last.pt"
    assert CliRunner().invoke(app, ["train", "average-tagger", str(a), str(epoch_ckpt), "--out", str(tmp_path / "s2")]).exit_code == 0
    _train(tmp_path / "shape", epochs=1, features="shape")  # its token-type table has other rows
    shaped = tmp_path / "shape" / "model"
    for bad in ([str(a)], [str(a), str(tmp_path / "nowhere")], [str(epoch_ckpt), str(epoch_ckpt)], [str(a), str(shaped)]):
        result = CliRunner().invoke(app, ["train", "average-tagger", *bad, "--out", str(tmp_path / "bad")])
        assert result.exit_code != 0 and "Traceback" not in result.output and result.output.strip().count("\n") == 0


def torch_equal(x, y) -> bool:
    return bool((x == y).all())


def test_crf_training_learns_transitions_and_decodes_with_them(tmp_path):
    from attribution.tagger_model import TransformerTagger

    config, meta = _train(tmp_path, epochs=1, features=None, crf=True, train_annotators="all")
    assert meta["training"]["train_documents"] == 2  # both annotators' copies of the fixture article
    saved = json.loads((tmp_path / "model" / "config.json").read_text())
    assert saved["training"]["hyperparameters"]["train_annotators"] == "all"
    assert saved["decoding"]["transition_weight"] == 1.0
    assert saved["label_transitions"]["from"].startswith("learned with the encoder as a CRF")
    learned = np.array(saved["label_transitions"]["score"])
    assert learned.shape == (len(LABELS), len(LABELS))
    assert np.array_equal(learned, np.array(meta["label_transitions"]["score"]))  # what train() returns is what it saved
    tagger = TransformerTagger.from_dir(tmp_path / "model")
    assert tagger.transition_weight == 1.0 and np.allclose(tagger.transitions, learned)
    # training moved the matrix away from its start, the counted bigrams
    from attribution.tagger_model import load_tokenizer
    from attribution.train_tagger import load_split, transitions_record, window_examples

    start = transitions_record(window_examples(load_tokenizer(), load_split(FIXTURE, "train"), 48), "train")["score"]
    assert not np.allclose(learned, np.array(start))
    config.epochs, config.resume = 2, True  # the learned matrix is resumed with the rest
    from attribution.train_tagger import train

    assert [h["epoch"] for h in train(config, log=lambda *_: None)["training"]["history"]] == [1, 2]


def test_training_averages_the_last_epochs_and_keeps_the_average_only_if_dev_prefers_it(tmp_path):
    import torch

    from attribution.errors import UserError
    from attribution.tagger_model import TransformerTagger
    from attribution.train_tagger import average_epoch_weights

    _, meta = _train(tmp_path, epochs=2, features=None, crf=True, average_last=2)
    ckpt = tmp_path / "ckpt"
    first, second = (torch.load(ckpt / f"epoch{e}.pt", weights_only=False) for e in (1, 2))
    weights, transitions = average_epoch_weights(ckpt, [1, 2])
    name = "classifier.weight"
    assert not torch.equal(first["model"][name], second["model"][name])
    assert torch.allclose(weights[name], (first["model"][name] + second["model"][name]) / 2)
    assert np.allclose(transitions, (first["crf"].double() + second["crf"].double()).numpy() / 2)
    with pytest.raises(UserError, match="epoch3.pt"):
        average_epoch_weights(ckpt, [2, 3])
    training = meta["training"]
    assert training["average"]["epochs"] == [1, 2]
    averaged_mean = training["average"]["dev"]["mean_f1"]
    singles = [h["dev"]["mean_f1"] for h in training["history"]]
    saved = json.loads((tmp_path / "model" / "config.json").read_text())
    if averaged_mean > max(singles):  # kept: the delta and the transitions are the average's
        assert training["best_epoch"] == "average of 1-2" and "averaged over epochs 1-2" in saved["label_transitions"]["from"]
        loaded = TransformerTagger.from_dir(tmp_path / "model").model.state_dict()[name]
        assert torch.allclose(loaded, weights[name].to(torch.float16).float())
    else:  # not kept: the best single epoch stays
        assert training["best_epoch"] in (1, 2) and "averaged" not in saved["label_transitions"]["from"]


@pytest.mark.slow
def test_training_learns_the_fixture(tmp_path):
    """Longer variant: enough steps to fit the fixture's spans."""
    _, meta = _train(tmp_path, epochs=30, lr=3e-4, head_lr=3e-3, warmup=0.0)
    assert meta["training"]["best_dev_mean_f1"] >= 0.5


def test_crf_nll_matches_brute_force_enumeration():
    import itertools

    import torch

    from attribution.tagger_model import BIO_START, BIO_TRANSITIONS
    from attribution.train_tagger import crf_nll, pack_labelled

    torch.manual_seed(0)
    n = len(LABELS)
    rules = torch.tensor(np.where(np.isfinite(BIO_TRANSITIONS), 0.0, -1e4), dtype=torch.float32)
    trans = torch.randn(n, n) + rules
    start = np.where(np.isfinite(BIO_START), 0.0, -1e4)
    # two windows: 3 labelled words and 2 labelled words, unlabelled sub-words in between
    logits = torch.randn(2, 5, n)
    labels = torch.tensor([[-100, LABEL_ID["B-source"], -100, LABEL_ID["B-cue"], LABEL_ID["B-content"]],
                           [LABEL_ID["O"], -100, LABEL_ID["B-content"], -100, -100]])
    emissions, packed = pack_labelled(logits, labels)
    assert packed.tolist() == [[1, 3, 5], [0, 5, -100]]
    got = crf_nll(emissions, packed, trans)
    for r in range(2):
        words = [int(x) for x in packed[r] if x != -100]
        em = emissions[r, : len(words)]

        def path_score(path):
            return float(start[path[0]] + sum(em[t, lab] for t, lab in enumerate(path))
                         + sum(trans[a, b] for a, b in zip(path, path[1:])))

        log_z = torch.logsumexp(torch.tensor([path_score(p) for p in itertools.product(range(n), repeat=len(words))]), 0)
        assert abs(float(got[r]) - (float(log_z) - path_score(words))) < 1e-3


def test_distillation_learns_the_teachers_averaged_word_distributions(tmp_path):
    """--teacher: the student adds KL(teachers' average || its own word distribution) to its loss."""
    import torch
    from typer.testing import CliRunner

    from attribution.cli import app
    from attribution.train_tagger import distillation_loss, load_split, teacher_logprobs, window_examples

    _train(tmp_path / "t", epochs=1, features=None, crf=True, seed=13)
    teacher = tmp_path / "t" / "model"
    examples = window_examples(load_tokenizer(), load_split(FIXTURE, "train", annotators="all"), 48)
    alone = teacher_logprobs([teacher], examples, progress=False)
    assert [len(rows) for rows in alone] == [sum(lab != -100 for lab in ex["labels"]) for ex in examples]
    assert np.allclose(np.exp(alone[0]).sum(1), 1, atol=1e-3)
    assert all(np.allclose(x, y, atol=1e-4) for x, y in zip(teacher_logprobs([teacher, teacher], examples, progress=False), alone))

    target = torch.log_softmax(torch.randn(1, 5, 7), -1)
    labels = torch.tensor([[0, 1, 2, -100, -100]])
    assert distillation_loss(target + 3.0, labels, target).item() == pytest.approx(0.0, abs=1e-6)
    assert distillation_loss(torch.zeros(1, 5, 7), labels, target).item() > 0

    def distance_to_teacher(model_dir: Path) -> float:
        own = teacher_logprobs([model_dir], examples, progress=False)
        return float(np.mean([(np.exp(t) * (t - s)).sum(1).mean() for t, s in zip(alone, own)]))

    _train(tmp_path / "plain", epochs=1, features=None, seed=29, head_seed=13)
    _, meta = _train(tmp_path / "student", epochs=1, features=None, seed=29, head_seed=13, teachers=[teacher], distill_weight=5.0)
    assert meta["training"]["hyperparameters"]["teachers"] == [str(teacher)]
    assert distance_to_teacher(tmp_path / "student" / "model") < distance_to_teacher(tmp_path / "plain" / "model")
    shaped = tmp_path / "shape"
    _train(shaped, epochs=1, features="shape")
    result = CliRunner().invoke(app, ["train", "tagger", "--corpus", str(FIXTURE), "--out", str(tmp_path / "bad"),
                                      "--checkpoints", str(tmp_path / "bad_ck"), "--max-train-docs", "1", "--max-dev-docs", "1",
                                      "--teacher", str(shaped / "model")])
    assert result.exit_code != 0 and "--features shape" in result.output and "Traceback" not in result.output
