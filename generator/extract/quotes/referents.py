"""Referents: which person a pronoun ("he said") or a role description ("the right wing") means.

Recency alone sends "he said" to whoever was named last, often a man only mentioned in passing.
Lappin & Leass (1994, "An algorithm for pronominal anaphora resolution", Computational
Linguistics 20(4)) rank the candidates by salience instead: being in a recent sentence, being a
subject, an object, a head noun outside any prepositional phrase each add weight; the weight halves
with every sentence of distance and adds up over every mention of the same referent, including the
pronouns already resolved to it. News attribution adds one factor of its own: the speaker of an
attribution stays the topic of the quote paragraphs that follow, so being a speaker adds weight.
Gender agreement filters the candidates, with gender read from the article itself (honorifics,
role nouns, pronouns in unambiguous sentences) and, failing that, from common first names.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..actors import ActorIndex
from ..nlp import PARAGRAPH_SEPARATOR, ParsedArticle, doc_text
from .marks import covered
from .words import FEMALE_FIRST_NAMES, FEMALE_WORDS, MALE_FIRST_NAMES, MALE_WORDS

# Lappin & Leass (1994), salience factor weights (their Section 2.1 table).
SENTENCE_RECENCY = 100
SUBJECT_EMPHASIS = 80
OBJECT_EMPHASIS = 50  # accusative (direct object)
OBLIQUE_EMPHASIS = 40  # indirect object and oblique complement
HEAD_NOUN_EMPHASIS = 80  # not embedded in another noun phrase ("Poulter's office")
NON_ADVERBIAL_EMPHASIS = 50  # not inside a prepositional (adverbial) phrase
# Having been the speaker of an attribution: as strong as being a subject (news-style addition).
SPEAKER_EMPHASIS = 80
# Salience halves per sentence; past this many sentences back a mention no longer counts.
MAX_SENTENCES_BACK = 6
# Third-person personal pronouns and the gender each shows (possessives and objects included).
GENDERED_PRONOUNS = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}
# Honorific and role words only: pronouns near a name are too often someone else's.
TITLE_FEMALE = FEMALE_WORDS - set(GENDERED_PRONOUNS)
TITLE_MALE = MALE_WORDS - set(GENDERED_PRONOUNS)
# How far a credit's parentheses reach around a name, in characters: "(Lauren Pelley / CBC News)".
CREDIT_REACH = 60
# How many tokens around a person's name may hold a title or role noun ("Ms.", "spokeswoman").
TITLE_WINDOW = 3


@dataclass
class Speaker:
    actor: str | None  # actor id, None for unnamed sources ("officials")
    name: str  # as written, or the resolved actor's name for a pronoun
    head: str | None = None  # an unnamed source's head noun ("person"), for "the person said" later
    plural: bool = False  # an unnamed group ("officials"), for "they said" later


@dataclass
class SpeakerMemory:
    """What attribution remembers while reading the article in order: who spoke, who is she."""

    last: Speaker | None = None
    last_paragraph: int = 0
    last_char: int = 0  # where the last attribution was made
    genders: dict[str, str] = field(default_factory=dict)  # actor id -> "m" | "f"
    recent: list[tuple[int, str]] = field(default_factory=list)  # (char offset, actor id) spoken
    quoted: list[tuple[int, int]] = field(default_factory=list)  # doc ranges inside quotation marks
    resolved: dict[int, str] = field(default_factory=dict)  # pronoun token index -> actor id
    cursor: int = 0  # pronouns before this token index have been resolved

    def in_quotes(self, char: int) -> bool:
        """Names inside a quote are the speaker's words, never the reporter's referents."""
        return covered(char, self.quoted)

    def remember(self, speaker: Speaker, paragraph: int, char: int) -> None:
        self.last = speaker
        self.last_paragraph = paragraph
        self.last_char = char
        if speaker.actor:
            self.recent.append((char, speaker.actor))


def role_weight(token: Token) -> int:
    """Lappin & Leass salience of one mention from its grammatical role, before distance decay."""
    weight = SENTENCE_RECENCY
    dep = token.dep_
    if dep in ("nsubj", "nsubjpass"):
        weight += SUBJECT_EMPHASIS
    elif dep == "dobj":
        weight += OBJECT_EMPHASIS
    elif dep in ("dative", "pobj"):
        weight += OBLIQUE_EMPHASIS
    if dep not in ("poss", "compound", "nmod"):
        weight += HEAD_NOUN_EMPHASIS
    if dep != "pobj" and token.head.dep_ != "prep":
        weight += NON_ADVERBIAL_EMPHASIS
    return weight


def sentence_number(doc: Doc, char: int) -> int:
    """Index of the sentence holding a character offset."""
    starts = doc.user_data.get("sentence_starts")
    if starts is None:
        starts = [s.start_char for s in doc.sents]
        doc.user_data["sentence_starts"] = starts
    return max(bisect.bisect_right(starts, char) - 1, 0)


def mention_head(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def person_mentions(doc: Doc, index: ActorIndex) -> list[tuple[int, Token, str]]:
    """Every mention of a person: the index's, plus later bare surnames it missed ("Niederreiter
    has four goals"), since news style names a person in full once, then by surname (AP
    Stylebook, "names"). Credits in parentheses ("(Jane Doe/CBC)") are captions, not referents."""
    key = f"person_mentions:{len(index.actors)}:{len(index.mentions)}"
    if key in doc.user_data:
        return doc.user_data[key]
    found: list[tuple[int, Token, str]] = []
    taken: set[int] = set()
    for mention in index.mentions:
        actor = index.get(mention.actor)
        head = mention_head(doc, mention.start, mention.end)
        if actor is None or head is None or actor.kind != "person" or is_credit(doc, mention.start):
            continue
        found.append((mention.start, head, actor.id))
        taken.update(range(mention.start, mention.end))
    surnames = surname_owners(index)
    for token in doc:
        owner = surnames.get(token.text)
        if owner and token.pos_ == "PROPN" and token.idx not in taken and not is_credit(doc, token.idx):
            found.append((token.idx, token, owner))
    doc.user_data[key] = found
    return found


def surname_owners(index: ActorIndex) -> dict[str, str]:
    """Surname -> person actor id, for surnames only one person of the article has."""
    owners: dict[str, list[str]] = {}
    for actor in index.actors:
        words = actor.name.split()
        if actor.kind == "person" and len(words) > 1 and words[-1][:1].isupper():
            owners.setdefault(words[-1], []).append(actor.id)
    return {name: ids[0] for name, ids in owners.items() if len(ids) == 1}


def is_credit(doc: Doc, char: int) -> bool:
    """A photo or video credit: a name inside parentheses, as "(Jane Doe)" or "(Jane Doe/CBC)"."""
    text = doc_text(doc)
    opening = text.rfind("(", max(char - CREDIT_REACH, 0), char + 1)
    closing = text.find(")", char, char + CREDIT_REACH)
    if opening < 0 or closing < 0:
        return False
    inside = text[opening + 1 : closing]
    first = not text[opening + 1 : char].strip()
    return "\n" not in inside and ")" not in inside and ("/" in inside or first)


def rank_people(here: Token, index: ActorIndex, memory: SpeakerMemory, gender: str | None) -> list[str]:
    """Person actors before `here`, most salient first, without those of the other gender."""
    doc = here.doc
    current = sentence_number(doc, here.idx)
    scores: dict[str, float] = {}

    def add(actor_id: str, char: int, weight: float) -> None:
        distance = current - sentence_number(doc, char)
        if 0 <= distance <= MAX_SENTENCES_BACK:
            scores[actor_id] = scores.get(actor_id, 0.0) + weight / 2**distance

    for start, head, actor_id in person_mentions(doc, index):
        if start < here.idx and not memory.in_quotes(start):
            add(actor_id, start, role_weight(head))
    for i, actor_id in memory.resolved.items():
        if i < here.i:
            add(actor_id, doc[i].idx, role_weight(doc[i]))
    for char, actor_id in memory.recent:
        if char < here.idx:
            add(actor_id, char, SPEAKER_EMPHASIS)
    people = []
    for actor_id, score in scores.items():
        actor = index.get(actor_id)
        if actor is None or actor.kind != "person":
            continue
        if gender is not None and memory.genders.get(actor_id, gender) != gender:
            continue
        people.append((score, actor_id))
    return [actor_id for _, actor_id in sorted(people, reverse=True)]


def continuing_speaker(pronoun: Token, index: ActorIndex, memory: SpeakerMemory) -> str | None:
    """The person a speaker pronoun continues: the newest main-clause subject since the last
    attribution, else the last speaker (Grosz, Joshi & Weinstein 1995, "Centering",
    Computational Linguistics 21(2): the subject of the previous utterance is the preferred
    referent of a subject pronoun; news attribution keeps the speaker as that center until a new
    subject takes over). Only within the pronoun's paragraph and the one before; None lets
    salience ranking decide."""
    gender = GENDERED_PRONOUNS.get(pronoun.lower_)
    if gender is None:
        return None
    text = doc_text(pronoun.doc)
    own = text.rfind(PARAGRAPH_SEPARATOR, 0, pronoun.idx)
    reach = max(text.rfind(PARAGRAPH_SEPARATOR, 0, own), 0) if own > 0 else 0
    last = memory.last
    if last is not None and reach <= memory.last_char < pronoun.idx:
        reach = memory.last_char
    else:
        last = None
    known: str | None = None  # a subject whose gender the article shows wins over one it does not
    unknown: str | None = None
    for start, head, actor_id in person_mentions(pronoun.doc, index):
        if reach < start < pronoun.idx and is_main_subject(head) and not memory.in_quotes(start):
            if memory.genders.get(actor_id) == gender:
                known = actor_id
            elif actor_id not in memory.genders:
                unknown = actor_id
    if known or unknown:
        return known or unknown
    if last is not None and last.actor is not None and memory.genders.get(last.actor, gender) == gender:
        return last.actor
    return None


def is_main_subject(token: Token) -> bool:
    """The subject of a sentence's main verb (or of a verb joined to it), not of a clause inside."""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = token.head
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT"


def resolve_person_pronoun(pronoun: Token, index: ActorIndex, memory: SpeakerMemory) -> str | None:
    """The person a he/she pronoun means, resolving every earlier pronoun first so that each
    resolved pronoun adds to its referent's salience, as in Lappin & Leass."""
    doc = pronoun.doc
    for token in doc[memory.cursor : pronoun.i]:
        if token.lower_ in GENDERED_PRONOUNS and not memory.in_quotes(token.idx):
            found = rank_people(token, index, memory, GENDERED_PRONOUNS[token.lower_])
            if found:
                memory.resolved[token.i] = found[0]
    memory.cursor = max(memory.cursor, pronoun.i + 1)
    if pronoun.i in memory.resolved:
        return memory.resolved[pronoun.i]
    found = rank_people(pronoun, index, memory, GENDERED_PRONOUNS.get(pronoun.lower_))
    if found:
        memory.resolved[pronoun.i] = found[0]
    return found[0] if found else None


def learn_genders(parsed: ParsedArticle, index: ActorIndex, memory: SpeakerMemory) -> None:
    """Gender of each person from the text: a title or role noun beside a name, else the
    pronouns of a sentence naming no other person, else a common first name."""
    doc = parsed.doc
    for mention in index.mentions:
        actor = index.get(mention.actor)
        if actor is None or actor.kind != "person" or actor.id in memory.genders:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None:
            window = doc[max(span.start - TITLE_WINDOW, 0) : min(span.end + TITLE_WINDOW, len(doc))]
            gender = gender_of_words([t for t in window if describes_name(t, span)])
            if gender:
                memory.genders[actor.id] = gender
    learn_from_pronouns(parsed, index, memory)
    for actor in index.actors:
        if actor.kind == "person" and actor.id not in memory.genders:
            first = actor.name.split()[0].lower() if actor.name.split() else ""
            if first in FEMALE_FIRST_NAMES:
                memory.genders[actor.id] = "f"
            elif first in MALE_FIRST_NAMES:
                memory.genders[actor.id] = "m"


def describes_name(token: Token, name: Span) -> bool:
    """A title or role word of this name ("Ms" Rutte, spokeswoman Jane Doe, Doe, a spokeswoman),
    not one of a neighbour's ("… banquet with Queen Elizabeth") or one the name owns ("Doe's wife")."""
    if name.start <= token.i < name.end:
        return True
    owns = name.root.head == token and name.root.dep_ != "poss"
    return owns or name.start <= token.head.i < name.end


def gender_of_words(words: Iterable[Token]) -> str | None:
    """Gender shown by honorifics or role nouns (Ms, spokeswoman, Mr, chairman)."""
    found = {t.lower_.rstrip(".") for t in words}
    if found & TITLE_FEMALE:
        return "f"
    if found & TITLE_MALE:
        return "m"
    return None


def in_object_of_named_subject(pronoun: Token) -> bool:
    """ "Trump took her hand": a pronoun in the object of a verb whose subject is a name is
    usually someone else (else English says "his own" or "himself")."""
    if pronoun.lower_.endswith("self") or any(c.lower_ == "own" for c in pronoun.head.children):
        return False
    for token in [pronoun, *pronoun.ancestors]:
        if token.dep_ in ("dobj", "dative") and any(
            c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in token.head.children
        ):
            return True
    return False


def learn_from_pronouns(parsed: ParsedArticle, index: ActorIndex, memory: SpeakerMemory) -> None:
    """ "Parker opted to end her life": one person named, one pronoun gender, outside quotes."""
    for sent in parsed.sents:
        people = {
            m.actor
            for m in index.mentions
            if sent.start_char <= m.start < sent.end_char
            and not memory.in_quotes(m.start)
            and getattr(index.get(m.actor), "kind", None) == "person"
        }
        if len(people) != 1:
            continue
        first = min(m.start for m in index.mentions if m.actor in people and sent.start_char <= m.start)
        genders = {
            GENDERED_PRONOUNS[t.lower_]
            for t in sent
            if t.lower_ in GENDERED_PRONOUNS
            and t.idx > first
            and not memory.in_quotes(t.idx)
            and not in_object_of_named_subject(t)
        }
        actor_id = next(iter(people))
        if len(genders) == 1 and actor_id not in memory.genders:
            memory.genders[actor_id] = next(iter(genders))
