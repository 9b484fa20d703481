"""Checks that say why an extracted item may be wrong, whatever article it came from.

Each check reads only the story (its items and paragraphs), never the extractor's internals, so
it judges any extraction, old or new, and hand-added items too. A check yields reasons, each
`code: explanation`: the code ranks the doubt (`WEIGHTS`), the explanation is for the editor.
The evidence is general: how a name is written (one word, lower case, a stray initial), where it
stands in the text (inside a quotation, after a preposition, in a credit line), modal verbs and
clock times in events, and whether an evidence paragraph names what it is evidence of.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from ..story.model import Actor, Event, Quote, Relation, Story, Term

WEIGHTS: dict[str, int] = {  # how likely an item with this flag is wrong: most doubtful first
    "speaker": 4,
    "kind": 4,
    "quoted-date": 4,
    "not-a-date": 4,
    "fragment": 3,
    "duplicate": 3,
    "credit": 3,
    "role": 3,
    "evidence": 3,
    "after-publication": 3,
    "hypothetical": 2,
    "shortened": 2,
    "name": 2,
    "short-name": 1,
    "wanted": 2,
    "unnamed-speaker": 1,
    "definition": 1,
    "passing": 1,
    "term": 1,
    "quoted-words": 1,
}
PROPAGATED = ("kind", "name", "credit")  # doubts about an actor that extend to the quotes given to it


def wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


PARTICLES = wordset("de del der di du da van von bin al la le of the and for on y")
PRONOUNS = wordset(
    "i you he she it we they me him her us them his its our their this that these those who which"
)
CONJUNCTIONS = wordset("and but or nor so yet because although while as if when")
NUMBERS = wordset("one two three four five six seven eight nine ten several many some both")
PREPOSITIONS = wordset("from of to by with for about against in on at into off near")
MODALS = re.compile(
    r"\b(would|could|should|might|may|will|won't|can't|couldn't|shouldn't|wouldn't|expected|"
    r"set to|plans? to|due to|likely to|if)\b",
    re.IGNORECASE,
)
CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2} ?[ap]\.?m\.?|\b(overnight|tonight|midnight|noon)\b", re.I)
FUTURE = re.compile(r"^(next|tomorrow|until|by|in the coming|later this|within)\b", re.IGNORECASE)
QUOTED = re.compile(r"[\"“”]([^\"“”]*)[\"“”]")
CREDIT = re.compile(r"^\W*(contributing|additional reporting|reporting|writing|editing)( by)?\s*:?", re.I)
CALENDAR_WORDS = frozenset(
    w.lower().rstrip(".") for w in [*calendar.day_name, *calendar.month_name, *calendar.month_abbr] if w
) | {"sept"}
SPEECH_VERBS = re.compile(
    r"\b(said|says|told|tells|added|estimated|indicated|warned|announced|argued|suggested|stressed|"
    r"believed|hoped|predicted|claimed|insisted)\b"
)
FIRM_SUFFIX = re.compile(r"\b(Co|Company|Sons|Partners)\.?$")
CONTINUING = re.compile(r"(added|adds|continued|went on)\b")
PRESENT = re.compile(r"\b(is|are|am|has|have|appears?|prepares?|remains?|faces?)\b")
PASSIVE_SPEECH = r"\s+(?:was|were|had been)\s+(?:warned|told|advised|informed|asked|reminded|urged)\b"
NOUN_DATE = re.compile(r"\b(ended|ending|dated|a|an)\s*$", re.IGNORECASE)
ANONYMOUS_HEADS = wordset("spokesman spokeswoman spokesperson source sources official officials")
COMPANY_WORDS = wordset(
    "company firm carrier miner producer maker bank group agency operator retailer insurer lender "
    "airline utility corporation conglomerate giant"
)
HEAD_WORDS = wordset(
    "president chairman chairwoman chair chief head leader ceo king queen premier governor mayor "
    "chancellor boss commander captain coach manager founder owner director-general minister "
    "secretary-general prime"
)


@dataclass
class Context:
    """What every check may read: the story and the names each actor goes by."""

    story: Story
    names: dict[str, list[str]] = field(default_factory=dict)
    involved: set[str] = field(default_factory=set)  # actors that speak, act, relate or are affiliated to
    terms: set[frozenset[str]] = field(default_factory=set)  # the glossary terms, as name keys
    doubts: dict[str, str] = field(default_factory=dict)  # actor id → the doubt its quotes inherit

    def __post_init__(self) -> None:
        story = self.story
        for actor in story.actors:
            self.names[actor.id] = actor_names(actor)
        self.involved = {q.speaker for q in story.quotes if q.speaker}
        self.involved |= {end for r in story.relations for end in (r.source, r.target)}
        self.involved |= {a for e in story.events for a in e.actors}
        self.involved |= {a.affiliation for a in story.actors if a.affiliation}
        self.terms = {name_key(t.term) for t in story.glossary}
        for actor in story.actors:
            doubt = next((r for r in actor_checks(actor, self) if r.split(":", 1)[0] in PROPAGATED), None)
            if doubt:
                self.doubts[actor.id] = (
                    f"{actor.name}'s own entry is flagged ({doubt.split(':', 1)[1].strip()})"
                )

    def paragraph(self, number: int | None) -> str:
        if number and 1 <= number <= len(self.story.paragraphs):
            return self.story.paragraphs[number - 1]
        return ""


def actor_names(actor: Actor) -> list[str]:
    """Every name the article may use for an actor: name, aliases, a person's surname."""
    names = [actor.name, *(str(a) for a in actor.aliases)]
    words = actor.name.split()
    if actor.kind == "person" and len(words) > 1:
        names.append(words[-1])
    return [n for n in names if n.strip()]


def mentions(text: str, name: str) -> list[int]:
    """Start offsets of `name` in `text` as a whole word (case-sensitive: names are capitalised)."""
    return [m.start() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]


def outside_quotes(text: str) -> str:
    """The text with quoted passages blanked out (same length, so offsets still hold)."""
    return QUOTED.sub(lambda m: " " * len(m.group(0)), text)


def names_in(text: str, names: list[str]) -> bool:
    return any(mentions(text, n) for n in names)


# --- actors -------------------------------------------------------------------------------


def actor_checks(actor: Actor, ctx: Context) -> Iterator[str]:
    words = actor.name.replace("/", " ").split()
    if actor.kind == "person" and head_noun(actor.role or "") in COMPANY_WORDS:
        yield f"kind: a person whose role names a company ({actor.role})"
    if re.search(r"\s(and|&)\s", actor.name) and not FIRM_SUFFIX.search(actor.name):
        yield "kind: the name joins two names with 'and': two actors, or none"
    if any(len(w) == 1 and w.isupper() for w in words):
        yield "name: the name holds a stray initial"
    if actor.kind in ("person", "place") and actor.name.endswith(".") and len(words) == 1:
        yield "name: an abbreviation, not a name"
    if actor.kind == "person" and len(words) == 1:
        yield "short-name: a person named by one word only: a full name, or not a person?"
    if len(words) > 1 and words[-1][:1].islower():
        yield f"name: the name ends in a lower-case word ({words[-1]}): a description, not a name?"
    role = (actor.role or "").split()
    if role and (role[0].lower() in PRONOUNS | CONJUNCTIONS | NUMBERS or role[0].isdigit()):
        yield f"role: the role starts with '{role[0]}', not a title"
    twin = duplicate_of(actor, ctx.story.actors)
    if twin:
        yield f"duplicate: may be the same actor as {twin.id} ({twin.name})"
    mentioned = [n for n in actor.paragraphs if 1 <= n <= len(ctx.story.paragraphs)]
    if mentioned and all(CREDIT.match(ctx.paragraph(n)) for n in mentioned):
        yield "credit: named only in the reporting credits, not in the story"
    elif actor.id not in ctx.involved and not actor.role and len(set(actor.paragraphs)) <= 1:
        yield "passing: named once and takes part in nothing: an actor of this story?"
    if actor.id not in ctx.involved and {name_key(n) for n in ctx.names[actor.id]} & ctx.terms:
        yield "term: the glossary explains it as a term: a thing (an exam, a plan), or an actor?"


def duplicate_of(actor: Actor, actors: list[Actor]) -> Actor | None:
    """Another actor whose name holds all of this one's words ('Rondo' in 'Rajon Rondo')."""
    own = name_key(actor.name)
    earlier = True
    for other in actors:
        if other.id == actor.id:
            earlier = False
            continue
        theirs = name_key(other.name)
        if own and ((own == theirs and earlier) or own < theirs):
            return other
    return None


def head_noun(phrase: str) -> str:
    """The head of a noun phrase: its last word before 'of', 'to', 'at' … ('head of the agency')."""
    words = re.split(r"\s(?:of|to|at|for|in|on|from|with|who|close)\s", phrase.strip(), maxsplit=1)[0].split()
    return words[-1].lower().strip(".,'’") if words else ""


def name_key(name: str) -> frozenset[str]:
    """The words of a name, without possessives, plurals or particles."""
    words = re.findall(r"[A-Za-z0-9]+", re.sub(r"['’]s\b", "", name))
    return frozenset(w.lower().rstrip("s") for w in words if w.lower() not in PARTICLES)


# --- quotes -------------------------------------------------------------------------------


def quote_checks(quote: Quote, ctx: Context) -> Iterator[str]:
    paragraph = ctx.paragraph(quote.paragraph)
    said_by = (quote.speaker_name or "").strip()
    if quote.speaker is None:
        yield from unnamed_speaker(said_by)
    else:
        names = ctx.names.get(quote.speaker, [])
        actor = ctx.story.actor(quote.speaker)
        named = any(said_by == n or n in said_by.split() for n in names)
        if actor is not None and said_by and not named and not describes(said_by, actor):
            yield f"speaker: the article says '{said_by}', attributed to {actor.name}: the same?"
        own = speaker_mentions(outside_quotes(paragraph).replace(quote.text, " " * len(quote.text)), names)
        before = outside_quotes(ctx.paragraph(quote.paragraph - 1))
        if names and not own and not speaker_mentions(before, names):
            where = "only inside the quotation" if names_in(paragraph, names) else "not in its paragraph"
            yield f"speaker: the speaker is named {where}"
        elif own and all(before.split()[-1:] in ([p] for p in PREPOSITIONS) for before, _ in own):
            yield "speaker: the speaker is named after a preposition ('data from X'), not as the one speaking"
        elif own and all(after[:1].isupper() for _, after in own):
            yield "speaker: the speaker is named only as part of another name ('CPUC President …')"
        elif own and all(re.search(r"\bthat( the)?$", before) for before, _ in own):
            yield "speaker: the speaker is named inside a reported clause ('… that the X should')"
        if any(re.search(re.escape(n) + PASSIVE_SPEECH, paragraph) for n in names):
            yield "speaker: the speaker is the one spoken to ('she was warned'), not the one speaking"
        previous = previous_quote(quote, ctx.story.quotes)
        cue = re.escape(quote.cue or "\0")
        pronoun = re.search(rf"\b(he|she)\s+(\w+\s+)?{cue}", paragraph)
        if previous and previous.speaker != quote.speaker and pronoun and CONTINUING.match(quote.cue or ""):
            yield f"speaker: 'he/she {quote.cue}' follows a quote by {previous.speaker_name}: the same one?"
        if actor is not None and actor.kind == "place":
            yield "speaker: the speaker is a place"
        if quote.speaker in ctx.doubts:
            yield f"speaker: {ctx.doubts[quote.speaker]}"
    if quote.kind == "indirect" and (len(quote.text.split()) < 5 or quote.text.lower().startswith("that ")):
        yield "fragment: too short to be what someone said"


def previous_quote(quote: Quote, quotes: list[Quote]) -> Quote | None:
    """The quote just before this one in the same paragraph."""
    index = next(i for i, q in enumerate(quotes) if q is quote)
    before = quotes[index - 1] if index else None
    return before if before is not None and before.paragraph == quote.paragraph else None


def unnamed_speaker(said_by: str) -> Iterator[str]:
    """An unresolved speaker: a name not linked to an actor, or a description of one person."""
    if not said_by or said_by.lower() in ("unattributed", "unknown", "unnamed source"):
        yield "speaker: no speaker found"
        return
    words = said_by.split()
    head = head_noun(said_by)
    proper = words[0].lower() not in ("the", "a", "an") and "'" not in said_by and "’" not in said_by
    if proper and all(w[:1].isupper() or w.lower() in PARTICLES for w in words):
        if len(words) > 1 or not head.endswith("s"):  # 'Officials', 'Analysts': unnamed sources
            yield f"unnamed-speaker: '{said_by}' is not linked to an actor"
    elif head not in ANONYMOUS_HEADS and not re.search(r"(?<![su])s$", head):  # one person or body
        yield f"unnamed-speaker: '{said_by}' describes the speaker: who is it?"


def describes(description: str, actor: Actor) -> bool:
    """Whether a description ('London's mayor') fits the actor: its head noun is their role or name."""
    head = head_noun(description)
    known = f"{actor.name} {' '.join(str(a) for a in actor.aliases)}".lower().split()
    return bool(head) and (head == head_noun(actor.role or "") or head in known)


def speaker_mentions(text: str, names: list[str]) -> list[tuple[str, str]]:
    """(word before, word after) each mention of a speaker, leaving out possessives ('Epstein's')."""
    found = []
    for name in names:
        for at in mentions(text, name):
            after = text[at + len(name) :]
            if re.match(r"['’]s\b", after):
                continue
            before = " ".join(text[:at].split()[-2:]).lower()
            found.append((before, after.split()[0] if after.split() and after[:1] == " " else ""))
    return found


# --- events -------------------------------------------------------------------------------


def event_checks(event: Event, ctx: Context) -> Iterator[str]:
    paragraph = ctx.paragraph(event.paragraph)
    published = ctx.story.published
    if event.date and published and event.date[: len(published)] > published[: len(event.date)]:
        yield f"after-publication: dated {event.date}, after the article was published ({published})"
    relative = (event.relative or "").strip()
    if relative:
        yield from relative_checks(relative, paragraph)
    if len(event.what.split()) < 5:
        yield "shortened: too short to say who did what"
    elif PRESENT.search(event.what):
        yield "hypothetical: told in the present tense: the date may belong to something else"
    modal = MODALS.search(event.what)
    if (modal and not SPEECH_VERBS.search(event.what[: modal.start()])) or (
        relative and FUTURE.match(relative)
    ):
        yield "hypothetical: a possible or future event, not one that happened"
    if QUOTED.search(event.what) or re.search(r"[“”\"]", event.what):
        yield "quoted-words: the event quotes someone: a statement or opinion rather than what happened?"
    caps = [w for w in re.findall(r"\b[A-Z]{2,}\b", event.what) if len(w) >= 5]
    if caps or re.search(r"\b[A-Z]{2,} [A-Z]{2,}\b", event.what):
        yield "shortened: the text holds capitals from a headline or dateline"
    gaps = shortening_gaps(event.what, paragraph)
    if gaps >= 3:
        yield f"shortened: cut from its sentence in {gaps} places: check it still says what happened"


def relative_checks(relative: str, paragraph: str) -> Iterator[str]:
    at = [m.start() for m in re.finditer(re.escape(relative), paragraph)]
    if at and all(quoted_span(paragraph, i) for i in at):
        yield f"quoted-date: '{relative}' is said inside a quotation, relative to when it was said"
    calendar_words = {w.lower().rstrip(".") for w in re.findall(r"[A-Za-z.]+", relative)} & CALENDAR_WORDS
    if CLOCK.search(relative) and not calendar_words:
        yield f"not-a-date: '{relative}' is a time of day, not a date"
    elif (
        relative[:1].isupper()
        and not calendar_words
        and at
        and all(not sentence_start(paragraph, i) for i in at)
    ):
        yield f"not-a-date: '{relative}' is capitalised mid-sentence: a name, not a date?"
    if (
        at
        and all(NOUN_DATE.search(paragraph[:i]) for i in at)
        or (relative.lower().startswith("from ") and not re.search(r"\b(to|until)\b", paragraph))
    ):
        yield f"not-a-date: '{relative}' dates a thing ('the week ended …'), not the event"
    if at and all(re.search(r"\b(to|until|through)\s*$", paragraph[:i]) for i in at):
        yield f"not-a-date: '{relative}' ends a range: the event spans more than that date"


def quoted_span(text: str, offset: int) -> re.Match[str] | None:
    return next((m for m in QUOTED.finditer(text) if m.start() <= offset < m.end()), None)


def sentence_start(text: str, offset: int) -> bool:
    return not text[:offset].strip() or text[:offset].rstrip()[-1] in '.!?:"“”'


def shortening_gaps(what: str, paragraph: str) -> int:
    """How many times the event text skips words of its paragraph (0 for a verbatim clause)."""
    words = re.findall(r"\w+", paragraph.lower())
    cursor, gaps, previous = 0, 0, -2
    for word in re.findall(r"\w+", what.lower()):
        try:
            found = words.index(word, cursor)
        except ValueError:
            continue
        if found != previous + 1 and previous >= 0:
            gaps += 1
        previous, cursor = found, found + 1
    return gaps


# --- relations and glossary ---------------------------------------------------------------


def relation_checks(relation: Relation, ctx: Context) -> Iterator[str]:
    paragraph = ctx.paragraph(relation.paragraph)
    missing = [
        end for end in (relation.source, relation.target) if not names_in(paragraph, ctx.names.get(end, []))
    ]
    if relation.paragraph and missing:
        yield f"evidence: paragraph {relation.paragraph} does not name {' or '.join(missing)}"
    source, target = ctx.story.actor(relation.source), ctx.story.actor(relation.target)
    if relation.kind == "leads" and target is not None and target.kind == "place":
        yield f"kind: leads a place ({target.name}): the team or body, rather?"
    elif relation.kind == "leads" and source is not None and source.kind == "person":
        role = set(re.findall(r"[a-z-]+", (source.role or "").lower()))
        if not role & HEAD_WORDS:
            yield f"role: leads, but the role ({source.role or 'none'}) names no head of anything"


def term_checks(term: Term, ctx: Context) -> Iterator[str]:
    if not term.definition or term.source == "wanted":
        yield "wanted: no definition yet: add one to content/glossary.yaml"
    elif term.source == "article":
        if not term.definition.startswith("Short for"):
            yield "definition: taken from the article's own words: check that it defines the term"
    elif term.source not in ("glossary", "manual"):
        yield f"definition: from a general dictionary ({term.source}): check the sense fits the story"


CHECKS: dict[str, Callable[..., Iterator[str]]] = {
    "actors": actor_checks,
    "quotes": quote_checks,
    "events": event_checks,
    "relations": relation_checks,
    "glossary": term_checks,
}


def weight(reason: str) -> int:
    """The doubt a reason stands for (unknown codes, such as a hand-written flag, rank high)."""
    return WEIGHTS.get(reason.split(":", 1)[0].strip(), 3)
