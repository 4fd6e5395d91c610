"""The data that flows through the pipeline, and its JSONL form.

Every position is a Python ``str`` offset (code points) into the original,
un-normalised document text, so ``text[span.start:span.end] == span.text``
always holds. The JSON shapes follow ``shared/spec/quotes-jsonl.md`` exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Kind = Literal["direct", "indirect", "mixed"]
StanceLabel = Literal["support", "oppose", "neutral"]
STANCE_LABELS: tuple[str, ...] = ("support", "oppose", "neutral")


@dataclass(frozen=True)
class Span:
    """A stretch of the document: ``[start, end)`` and the text it covers."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, doc_text: str, start: int, end: int) -> "Span":
        return cls(start, end, doc_text[start:end])

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_json(cls, obj: dict[str, Any] | None) -> "Span | None":
        if obj is None:
            return None
        return cls(int(obj["start"]), int(obj["end"]), str(obj.get("text", "")))

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Attribution:
    """What span tagging finds: a statement's content with its source mention and cue.

    This is the hand-over point between the tagger (rules or transformer) and
    the rest of the pipeline; speaker names, affiliation and stance come later.
    """

    content: Span
    source: Span | None
    cue: Span | None
    score: float = 1.0


@dataclass
class Stance:
    target: str
    label: str  # one of STANCE_LABELS
    score: float

    def to_json(self) -> dict[str, Any]:
        return {"target": self.target, "label": self.label, "score": round(float(self.score), 4)}

    @classmethod
    def from_json(cls, obj: dict[str, Any] | None) -> "Stance | None":
        if obj is None:
            return None
        return cls(str(obj.get("target", "")), str(obj["label"]), float(obj.get("score", 1.0)))


@dataclass
class Statement:
    """One attributed statement (the spec's QUOTE)."""

    start: int
    end: int
    text: str
    kind: str  # Kind
    speaker: str | None = None
    mention: Span | None = None
    cue: Span | None = None
    affiliation: str | None = None
    role: str | None = None
    stance: Stance | None = None
    score: float = 1.0
    # Gold files only: other names that count as right.
    speaker_aliases: list[str] = field(default_factory=list)
    affiliation_aliases: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        obj: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "speaker": self.speaker,
            "mention": self.mention.to_json() if self.mention else None,
            "cue": self.cue.to_json() if self.cue else None,
            "affiliation": self.affiliation,
            "role": self.role,
            "stance": self.stance.to_json() if self.stance else None,
            "score": round(float(self.score), 4),
        }
        if self.speaker_aliases:
            obj["speaker_aliases"] = list(self.speaker_aliases)
        if self.affiliation_aliases:
            obj["affiliation_aliases"] = list(self.affiliation_aliases)
        return obj

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> "Statement":
        return cls(
            start=int(obj["start"]),
            end=int(obj["end"]),
            text=str(obj.get("text", "")),
            kind=str(obj.get("kind", "indirect")),
            speaker=obj.get("speaker"),
            mention=Span.from_json(obj.get("mention")),
            cue=Span.from_json(obj.get("cue")),
            affiliation=obj.get("affiliation"),
            role=obj.get("role"),
            stance=Stance.from_json(obj.get("stance")),
            score=float(obj.get("score", 1.0)),
            speaker_aliases=list(obj.get("speaker_aliases") or []),
            affiliation_aliases=list(obj.get("affiliation_aliases") or []),
        )


_OPTIONAL_DOC_FIELDS = ("title", "published", "source", "url", "target")


@dataclass
class Document:
    id: str
    text: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    target: str | None = None
    quotes: list[Statement] = field(default_factory=list)

    def to_json(self, include_text: bool = True) -> dict[str, Any]:
        obj: dict[str, Any] = {"id": self.id}
        if include_text:
            obj["text"] = self.text
        for name in _OPTIONAL_DOC_FIELDS:
            value = getattr(self, name)
            if value is not None:
                obj[name] = value
        obj["quotes"] = [q.to_json() for q in self.quotes]
        return obj

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> "Document":
        return cls(
            id=str(obj["id"]),
            text=str(obj["text"]),
            quotes=[Statement.from_json(q) for q in obj.get("quotes") or []],
            **{name: obj.get(name) for name in _OPTIONAL_DOC_FIELDS},
        )
