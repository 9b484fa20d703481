"""The data model of a story: what ingest produces, what extraction fills in, what editors change.

Every stage speaks these types and nothing else. `to_dict` gives the JSON/YAML shape of the
`explainer extract` contract (`DESIGN.md`); `from_dict` reads it back from a story file
that `content.validate` has already checked, so it trusts its input.
This module imports nothing of ours.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

ActorKind = Literal["person", "organization", "country", "group", "place"]
QuoteKind = Literal["direct", "partial", "indirect"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
TermSource = Literal["glossary", "article", "manual", "wordnet", "wanted"]

ACTOR_KINDS: tuple[str, ...] = ("person", "organization", "country", "group", "place")
QUOTE_KINDS: tuple[str, ...] = ("direct", "partial", "indirect")
TIME_TYPES: tuple[str, ...] = ("DATE", "TIME", "DURATION", "SET")
TERM_SOURCES: tuple[str, ...] = ("glossary", "article", "manual", "wordnet", "wanted")
STATUSES: tuple[str, ...] = ("draft", "reviewed")  # draft after extraction, reviewed when an editor says so
FLAGGED: tuple[str, ...] = ("actors", "quotes", "events", "relations", "glossary")  # items with flags
RELATION_KINDS: tuple[str, ...] = (
    "speaks-for",
    "member-of",
    "leads",
    "supports",
    "opposes",
    "criticizes",
    "related",
)


@dataclass
class Dateline:
    place: str | None = None
    agency: str | None = None
    date: str | None = None  # as written ("Feb 26"); the timeline turns it into a date


@dataclass
class Article:
    """An ingested article: metadata plus body paragraphs, before any NLP."""

    title: str
    paragraphs: list[str]
    section: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD, or None when unknown
    dateline: Dateline = field(default_factory=Dateline)
    byline: str | None = None
    url: str | None = None
    site_name: str | None = None
    subheadings: dict[int, str] = field(default_factory=dict)  # paragraph number -> subheading before it


@dataclass
class Actor:
    id: str
    name: str
    kind: ActorKind
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    affiliation: str | None = None  # an actor id, or free text when the affiliate is no actor
    paragraphs: list[int] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)  # why a reviewer should check it (see generator.review)


@dataclass
class Quote:
    id: str
    speaker: str | None  # actor id; None when the source is unnamed ("officials")
    speaker_name: str  # as written in the article
    text: str
    kind: QuoteKind
    paragraph: int
    cue: str | None = None
    channel: str | None = None
    flags: list[str] = field(default_factory=list)


@dataclass
class TimeExpression:
    text: str
    value: str  # TIMEX3 value: 2023-07-12, 2023-W28, P1D, PAST_REF, XXXX-WXX-3 ...
    type: TimeType
    paragraph: int


@dataclass
class Event:
    date: str | None  # ISO day, month or year; None when only relative
    relative: str | None  # the words of the text that place it
    what: str
    paragraph: int
    actors: list[str] = field(default_factory=list)
    value: str | None = None  # TIMEX3 value, kept when the date is relative (XXXX-WXX-3)
    flags: list[str] = field(default_factory=list)


@dataclass
class Relation:
    source: str
    target: str
    kind: str
    paragraph: int | None = None
    flags: list[str] = field(default_factory=list)


@dataclass
class Term:
    term: str
    definition: str | None
    source: TermSource
    paragraph: int | None = None
    paragraphs: list[int] = field(default_factory=list)
    # A definition whose sense the tool could not settle (source wordnet): for the editor to
    # confirm (then set false) or replace; pages show only definitions that are not doubtful.
    doubtful: bool = False
    flags: list[str] = field(default_factory=list)

    @property
    def settled(self) -> bool:
        """Defined and not doubtful: the only terms readers see."""
        return bool(self.definition) and not self.doubtful


@dataclass(frozen=True)
class GlossaryEntry:
    """A definition from the hand-written site glossary (`content/glossary.yaml`)."""

    term: str
    definition: str
    aliases: tuple[str, ...] = ()
    # Words of the stories this sense belongs to (Peru, Lima), for a term of several senses:
    # each story gets the entry whose context it shares most (extract/glossary/site_senses.py).
    context: tuple[str, ...] = ()


@dataclass
class Story:
    """One article and everything extracted from it; the content of `story.yaml`."""

    title: str
    paragraphs: list[str]
    section: str | None = None
    published: str | None = None
    dateline: Dateline = field(default_factory=Dateline)
    byline: str | None = None
    url: str | None = None
    subheadings: dict[int, str] = field(default_factory=dict)
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    glossary: list[Term] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    status: str = "draft"

    def to_dict(self) -> dict[str, Any]:
        """Plain data in contract order, ready for JSON or YAML.

        `status` comes right after the title, where an editor looks for it; an item's `flags`
        appear only when it has some, so a cleared flag is simply a missing key.
        """
        data = asdict(self)
        ordered = {"title": data.pop("title"), "status": data.pop("status"), **data}
        for key in FLAGGED:
            for item in ordered[key]:
                if not item["flags"]:
                    del item["flags"]
        return ordered

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Story:
        """Build a story from validated plain data (a loaded `story.yaml` or extract JSON)."""
        return cls(
            title=data["title"],
            paragraphs=list(data["paragraphs"]),
            section=data.get("section"),
            published=data.get("published"),
            dateline=_build(Dateline, data.get("dateline") or {}),
            byline=data.get("byline"),
            url=data.get("url"),
            subheadings={int(k): v for k, v in (data.get("subheadings") or {}).items()},
            actors=[_build(Actor, a) for a in data.get("actors") or []],
            quotes=[_build(Quote, q) for q in data.get("quotes") or []],
            events=[_build(Event, e) for e in data.get("events") or []],
            relations=[_build(Relation, r) for r in data.get("relations") or []],
            glossary=[_build(Term, t) for t in data.get("glossary") or []],
            times=[_build(TimeExpression, t) for t in data.get("times") or []],
            status=data.get("status") or "draft",
        )

    def actor(self, actor_id: str | None) -> Actor | None:
        """The actor with this id, or None."""
        return next((a for a in self.actors if a.id == actor_id), None)


def _build(cls: Any, data: dict[str, Any]) -> Any:
    """Instantiate a dataclass from a dict, ignoring keys it does not know."""
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names})
