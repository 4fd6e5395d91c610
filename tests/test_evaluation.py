"""The spec's matching and scoring rules, on hand-made documents."""

from attribution.evaluation import match, name_matches, role_matches, score
from attribution.types import Document, Span, Statement

TEXT = 'Kirby said "we acted within the law and we will do so again." Then Rasool said the strikes were illegal.'


def st(fragment, speaker=None, mention=None, **kw):
    start = TEXT.index(fragment)
    m = None
    if mention:
        ms = TEXT.index(mention)
        m = Span(ms, ms + len(mention), mention)
    return Statement(start, start + len(fragment), fragment, kw.pop("kind", "direct"), speaker=speaker, mention=m, **kw)


def test_coverage_thresholds():
    gold = [st("we acted within the law and we will do so again.")]
    half = [st("we acted within the law")]  # covers ~47% of the gold characters
    assert match(TEXT, gold, half, 0.3)[0][1] == 0
    assert match(TEXT, gold, half, 0.8)[0][1] is None


def test_quote_marks_and_space_are_trimmed_before_matching():
    gold = [st("we acted within the law and we will do so again.")]
    with_marks = [st('"we acted within the law and we will do so again."')]
    assert match(TEXT, gold, with_marks, 0.99)[0][1] == 0


def test_each_prediction_matches_one_gold():
    gold = [st("we acted within the law"), st("we acted within the law and we will do so again.")]
    pred = [st("we acted within the law and we will do so again.")]
    matched = [pi for _, pi, _ in match(TEXT, gold, pred, 0.3)]
    assert matched.count(0) == 1


def test_name_rule():
    assert name_matches("John Kirby", [], "John F. Kirby")
    assert not name_matches("John Kirby", [], "Kirby")
    assert name_matches("Popular Mobilisation Forces", ["PMF"], "the PMF")
    assert name_matches(None, [], None)
    assert not name_matches(None, [], "Someone")
    assert name_matches("Dr. Ana Ruiz", [], "Ana Ruiz")
    assert name_matches("Rev. Peter Wherry", [], "Peter Wherry")
    # a role is all title: "Sen." must be there, with or without its full stop, or written in full
    assert role_matches("Sen.", "Sen")
    assert role_matches("Sen.", "Senator") and role_matches("retired general", "retired Gen.")
    assert not role_matches("Sen.", "spokesman")
    assert not role_matches("Sen.", "Rep.")
    assert role_matches(None, None) and not role_matches("Sen.", None) and not role_matches(None, "Sen.")


def test_score_counts_who_said_what():
    gold = Document("d", TEXT, quotes=[
        st("we acted within the law and we will do so again.", "John Kirby", "Kirby"),
        st("the strikes were illegal", "Yahya Rasool", "Rasool", kind="indirect"),
    ])
    pred = Document("d", TEXT, quotes=[
        st("we acted within the law and we will do so again.", "John Kirby", "Kirby"),
        st("the strikes were illegal", "Rasool", "Rasool", kind="indirect"),  # surname only: wrong
        st("Then Rasool", None),  # a false positive
    ])
    metrics, misses = score([gold], [pred])
    assert metrics["statements@0.3"] == {"precision": round(2 / 3, 4), "recall": 1.0, "f1": 0.8}
    assert metrics["speaker_accuracy"] == 0.5
    assert metrics["mention_accuracy"] == 1.0
    assert metrics["who_said_what"]["recall"] == 0.5
    assert [m.reason for m in misses] == ["wrong speaker"]


def test_misses_list_wrong_affiliations_and_roles_after_speakers():
    gold_q = st("we acted within the law and we will do so again.", "John Kirby", "Kirby")
    gold_q.affiliation, gold_q.role = "Pentagon", "Press Secretary"
    pred_q = st("we acted within the law and we will do so again.", "Kirby", "Kirby")  # surname only: wrong
    pred_q.affiliation, pred_q.role = "Pentagon", "spokesman"
    metrics, misses = score([Document("d", TEXT, quotes=[gold_q])], [Document("d", TEXT, quotes=[pred_q])])
    assert metrics["affiliation_accuracy"] == 1.0 and metrics["role_accuracy"] == 0.0
    assert [m.reason for m in misses] == ["wrong speaker", "wrong role"]


def test_an_affiliation_or_role_where_the_gold_has_none_is_counted_apart():
    gold = [st("we acted within the law and we will do so again.", "John Kirby", "Kirby"),
            st("the strikes were illegal", "Yahya Rasool", "Rasool", kind="indirect")]
    pred = [st("we acted within the law and we will do so again.", "John Kirby", "Kirby"),
            st("the strikes were illegal", "Yahya Rasool", "Rasool", kind="indirect")]
    pred[0].affiliation = "Pentagon"  # the gold has none
    metrics, _ = score([Document("d", TEXT, quotes=gold)], [Document("d", TEXT, quotes=pred)])
    assert metrics["affiliation_accuracy"] is None  # no gold affiliation to be right about
    assert metrics["spurious_affiliation_rate"] == 0.5 and metrics["spurious_role_rate"] == 0.0


def test_unresolved_follow_on_quote_takes_the_speaker_predicted_at_its_speaker_mention():
    text = "“We acted,” he said. “We will act again.” Critics said it was illegal."

    def at(fragment, speaker=None, mention=None):
        start = text.index(fragment)
        m = Span(text.index(mention), text.index(mention) + len(mention), mention) if mention else None
        return Statement(start, start + len(fragment), fragment, "direct", speaker=speaker, mention=m)

    he = text.index("he")
    gold = Document("d", text, quotes=[at("We acted,", None, "he"), at("We will act again.")])
    extra = {("d", 0): {"speaker_unresolved": True},
             ("d", 1): {"speaker_unresolved": True, "speaker_mention": {"start": he, "end": he + 2, "text": "he"}}}
    same = Document("d", text, quotes=[at("We acted,", "Ann Lee", "he"), at("We will act again.", "Ann Lee")])
    other = Document("d", text, quotes=[at("We acted,", "Ann Lee", "he"), at("We will act again.", "Bo Chen")])
    assert score([gold], [same], extra)[0]["speaker_accuracy"] == 1.0
    assert score([gold], [other], extra)[0]["speaker_accuracy"] == 0.5
