"""Speakers: find the speech verb (the cue) of a quote and turn its subject into an actor.

Attribution in news follows a few fixed shapes ("…," Peskov said / said Peskov / Peskov said: "…" /
Peskov said that …), all of which put the speaker in the subject of a reporting verb, so the
dependency parse, not word order, finds the speaker. Pronouns and role descriptions go to the
most salient person that agrees in gender (`referents`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..actors import ActorIndex, Mention, normalise_name
from ..nlp import PARAGRAPH_SEPARATOR, doc_text
from .documents import document_source, is_research_document
from .person_nouns import names_a_person
from .referents import (
    Speaker,
    SpeakerMemory,
    continuing_speaker,
    describes_name,
    gender_of_words,
    is_main_subject,
    person_mentions,
    rank_people,
    resolve_person_pronoun,
)
from .words import (
    CHANNEL_NOUNS,
    CHANNEL_PREPS,
    DIRECT_ONLY_VERBS,
    DOCUMENT_NOUNS,
    ORG_NOUNS,
    PERSON_NOUNS,
    PERSON_SUFFIXES,
    PLACE_NOUNS,
    SPEECH_VERBS,
)

# An unnamed speaker described at greater length than this is cut to its head phrase.
UNNAMED_MAX_WORDS = 8
# How many tokens around a person's name may hold their role noun ("Surrey Mayor Doug McCallum").
ROLE_WINDOW = 4
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "it", "we"})
FIRST_PERSON = frozenset({"i", "we"})
# "The 56-year-old said": an age used as a noun names a person.
AGE_NOUN = re.compile(r"\d+-years?-old")
# Prepositions that end the head of a role phrase ("head of …", "spokesman for …").
ROLE_PREPOSITIONS = frozenset({"of", "for", "at", "in", "to", "with", "on", "from"})


def is_speech_verb(token: Token, direct: bool = False) -> bool:
    """A reporting verb; with `direct`, also the verbs that only frame direct quotes."""
    if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VBN", "VB"):
        return False
    lemma = token.lemma_.lower()
    return lemma in SPEECH_VERBS or (direct and lemma in DIRECT_ONLY_VERBS)


def subject_of(verb: Token) -> Token | None:
    """The subject of a speech verb, inherited from the first conjunct when it has none.

    When the parse gives a verb two subjects ("CPUC President Marybel Batjer said" split in two),
    the one next to the verb is the head: an English noun phrase ends in its head.
    """
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ != "WDT"]
    if subjects:
        before = [c for c in subjects if c.i < verb.i]
        return before[-1] if before else subjects[0]
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return subject_of(verb.head)
    if verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG" and verb.head.pos_ in ("VERB", "AUX"):
        return subject_of(verb.head)  # "He voiced his anger, writing "…"": the writer is He
    if verb.dep_ == "relcl":  # "a move he said would …" keeps its own subject; "who said" uses head
        head = verb.head
        return head if head.pos_ in ("PROPN", "NOUN") else None
    return None


def subject_phrase(subject: Token) -> Span:
    """The words naming the speaker: the subject with its compounds, titles and determiner."""
    doc = subject.doc
    left = subject.i
    for child in subject.lefts:
        if child.dep_ in ("compound", "amod", "det", "poss", "nmod", "nummod"):
            left = min(left, child.left_edge.i)
    right = subject.i
    for child in subject.rights:
        if child.dep_ in ("compound", "flat"):
            right = max(right, child.right_edge.i)
    return doc[left : right + 1]


def cue_of(verb: Token) -> tuple[str, str | None]:
    """The cue words ("told reporters", "wrote on Telegram") and the channel, if one is named."""
    doc = verb.doc
    parts = [verb]
    channel: str | None = None
    for child in verb.rights:
        if child.dep_ in ("prt", "dative") or (child.dep_ == "dobj" and child.i - verb.i <= 2):
            # a dative ("told reporters") keeps its whole phrase; a particle or object stops at its head
            parts.extend(t for t in child.subtree if child.dep_ == "dative" or t.i <= child.i)
            if verb.lemma_ == "tell" and child.ent_type_ == "ORG":
                channel = child.text
        elif child.dep_ == "prep" and child.lower_ in CHANNEL_PREPS:
            found = channel_in(child)
            if found:
                channel = found
                parts.extend(child.subtree)
    start = min(t.i for t in parts)
    end = max(t.i for t in parts)
    words = [t for t in doc[start : end + 1] if t.i == verb.i or t in parts]
    return "".join(t.text_with_ws for t in words).strip(" ,"), channel


def channel_in(prep: Token) -> str | None:
    """The medium named after a preposition: a proper name (Telegram, X) or a channel noun."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        return None
    obj = objects[0]
    names = [
        t for t in obj.subtree if t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME", "GPE", "LOC")
    ]
    if obj.lemma_.lower() in CHANNEL_NOUNS or obj.lower_ in CHANNEL_NOUNS:
        return (
            names[0].text
            if names and obj.pos_ != "PROPN" and names[0].i < obj.i
            else (obj.text if obj.pos_ == "PROPN" else obj.lemma_.lower())
        )
    if obj.pos_ == "PROPN" and obj.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "PERSON", "NORP"):
        return obj.text
    return None


def resolve_pronoun(pronoun: Token, index: ActorIndex, memory: SpeakerMemory) -> Speaker | None:
    """The actor a pronoun subject refers to: the most salient agreeing person, or group."""
    word = pronoun.lower_
    if word in PERSON_PRONOUNS:
        chosen = continuing_speaker(pronoun, index, memory)
        if chosen is None and unnamed_person_continues(pronoun, memory):
            return memory.last
        chosen = chosen or resolve_person_pronoun(pronoun, index, memory)
    elif word == "they" and unnamed_group_continues(pronoun, memory):
        return memory.last
    elif word in GROUP_PRONOUNS:
        chosen = group_candidate(pronoun, index, memory)
    else:
        return None
    actor = index.get(chosen)
    if actor is None:
        last = memory.last  # "said a source close to the probe. He cautioned …": one unnamed person
        if last is not None and word in PERSON_PRONOUNS and (last.actor or last.head):
            return last
        return None
    return Speaker(actor.id, actor.name)


def unnamed_person_continues(pronoun: Token, memory: SpeakerMemory) -> bool:
    """ "…, said a source close to the probe. He cautioned …": he or she after one unnamed (or
    unindexed) person who spoke last, in the same or the next paragraph, with no named subject
    in between (`continuing_speaker` found none), is that person."""
    last = memory.last
    if last is None or last.actor is not None or not last.head or memory.last_char > pronoun.idx:
        return False
    return doc_text(pronoun.doc).count(PARAGRAPH_SEPARATOR, memory.last_char, pronoun.idx) <= 1


def unnamed_group_continues(pronoun: Token, memory: SpeakerMemory) -> bool:
    """ "Authorities said she stabbed the driver. They said her injuries were not life-threatening":
    "they" after an unnamed plural source, in the same or the next paragraph, is that source."""
    last = memory.last
    if last is None or last.actor is not None or not last.plural or memory.last_char > pronoun.idx:
        return False
    return doc_text(pronoun.doc).count(PARAGRAPH_SEPARATOR, memory.last_char, pronoun.idx) <= 1


def group_candidate(pronoun: Token, index: ActorIndex, memory: SpeakerMemory) -> str | None:
    """For they/it/we: the latest speaking or mentioned organisation, country or group."""
    here = pronoun.idx
    best: tuple[int, str] | None = None
    for char, actor_id in memory.recent:
        actor = index.get(actor_id)
        if char < here and actor and actor.kind != "person" and (best is None or char > best[0]):
            best = (char, actor_id)
    if best is None:
        for mention in index.mentions:
            actor = index.get(mention.actor)
            if memory.in_quotes(mention.start):
                continue
            if mention.start < here and actor and actor.kind in ("organization", "country"):
                best = (mention.start, mention.actor)
    return best[1] if best else None


def resolve_subject(subject: Token, index: ActorIndex, memory: SpeakerMemory) -> Speaker | None:
    """Turn the subject of a speech verb into a speaker (actor id and the words)."""
    if subject.pos_ == "PRON":
        if subject.lower_ in FIRST_PERSON:
            return None
        return resolve_pronoun(subject, index, memory)
    misread_name = subject.pos_ == "NOUN" and subject.text[:1].isupper() and index.resolve(subject.text)
    if (subject.pos_ == "NOUN" and not misread_name) or is_age(subject):  # "Richards" tagged as a noun
        return resolve_description(subject, index, memory)
    phrase = subject_phrase(subject)
    actor_id = index.actor_at(subject.idx, subject.idx + len(subject.text))
    actor_id = actor_id or index.actor_at(phrase.start_char, phrase.end_char)
    if actor_id is None:
        actor_id = index.resolve(phrase.text) or first_name_match(phrase.text, index)
        actor_id = actor_id or add_missing_person(phrase, index)
    actor = index.get(actor_id)
    if actor is not None and actor.kind != "person" and len(actor.name.split()) == 1:
        # "Wang said" taken for a body: a speaker named by the family name of one person (Wang Qishan)
        actor = index.get(first_name_match(actor.name, index)) or actor
    if actor is None:
        return Speaker(None, phrase.text)
    return Speaker(actor.id, mention_words(subject, phrase, actor.id, index))


def resolve_description(subject: Token, index: ActorIndex, memory: SpeakerMemory) -> Speaker | None:
    """A common noun heads the subject: "her statement", "the ministry", "the mayor", "officials".

    A noun with a name in front ("Foreign Ministry spokeswoman") is still not that organisation:
    the speaker is unnamed unless an appositive or an earlier mention says who it is.
    """
    lemma = subject.lemma_.lower()
    possessor = next((c for c in subject.children if c.dep_ == "poss"), None)
    if lemma in DOCUMENT_NOUNS and possessor is not None:  # "her statement said"
        found = resolve_subject(possessor, index, memory)
        if found is not None:
            return found
    if is_research_document(subject):  # "the report said": its author, or no speaker at all
        return document_source(subject, index, memory)
    named = appositive_actor(subject, index)
    if named is not None:
        return Speaker(named, written_name(subject, named, index))
    earlier = same_unnamed_source(subject, memory)
    if earlier is not None:
        return earlier
    actor = index.get(definite_reference(subject, index, memory) or named_next(subject, index))
    if actor is not None:
        return Speaker(actor.id, subject_phrase(subject).text)
    plural = subject.tag_ in ("NNS", "NNPS")
    head = None if plural else subject.lemma_.lower()  # one person, not "officials"
    return Speaker(None, unnamed_phrase(subject), head, plural)


def same_unnamed_source(subject: Token, memory: SpeakerMemory) -> Speaker | None:
    """ "A person familiar with the talks said …" then "the person said": the same unnamed source,
    not a named person the story mentioned in between."""
    last = memory.last
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subject.children)
    if last is None or last.actor is not None or not definite or memory.last_char > subject.idx:
        return None
    return last if last.head == subject.lemma_.lower() else None


def unnamed_phrase(subject: Token) -> str:
    """ "Person familiar with the negotiations", "businesses and residents", "group representing
    rural counties": the noun with its modifiers and conjuncts, not its clauses. An indefinite
    article only introduces the source, so the label goes without it, as annotators write it."""
    doc = subject.doc
    end = subject.i
    for child in subject.rights:
        clause = child.dep_ == "acl" and child.tag_ != "VBG"  # "representing …" describes; "who …" does not
        if child.dep_ in ("relcl", "appos", "punct", "advcl") or clause:
            break
        end = child.right_edge.i
    phrase = subject_phrase(subject)
    start = phrase.start + 1 if phrase[0].lower_ in ("a", "an") and len(phrase) > 1 else phrase.start
    if end - phrase.start + 1 > UNNAMED_MAX_WORDS:
        end = phrase.end - 1
    return doc[start : end + 1].text


def definite_reference(subject: Token, index: ActorIndex, memory: SpeakerMemory) -> str | None:
    """ "The company said" / "the mayor said": the fitting actor mentioned before.

    A body the text described with the same noun ("TransLink, the agency") comes first, then one
    whose name ends in it ("the ministry": the Foreign Ministry), then, for the common words of
    `ORG_NOUNS` and `PLACE_NOUNS` only, the latest one; a noun that names a person asks who held
    that role. Any other noun ("the airline", "the embassy") needs the description or the name.
    """
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in subject.children):
        return None
    if subject.tag_ in ("NNS", "NNPS"):
        return None
    lemma = subject.lemma_.lower()
    kinds: tuple[str, ...] = ("organization",)
    if lemma in PLACE_NOUNS:
        kinds = ("country", "place")
    elif lemma not in ORG_NOUNS and is_person_noun(subject):
        return role_holder(subject, index, memory)
    latest = named = described = None
    for mention in index.mentions:
        actor = index.get(mention.actor)
        if mention.start >= subject.idx or actor is None or actor.kind not in kinds:
            continue
        if memory.in_quotes(mention.start):
            continue
        latest = actor.id
        if normalise_name(actor.name).split()[-1:] == [lemma]:
            named = actor.id
        if described_as(subject.doc, mention, lemma):
            described = actor.id
    common = lemma in ORG_NOUNS or lemma in PLACE_NOUNS
    return described or named or (latest if common else None)


def described_as(doc: Doc, mention: Mention, lemma: str) -> bool:
    """Whether the words around a mention call it by this noun ("Mayor Doug McCallum", "TransLink,
    the agency"), not merely use it to describe another noun ("airline boss Tony Fernandes")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    window = doc[max(span.start - ROLE_WINDOW, 0) : min(span.end + ROLE_WINDOW, len(doc))]
    return any(t.lemma_.lower() == lemma and not modifies_noun(t) and describes_name(t, span) for t in window)


def role_holder(subject: Token, index: ActorIndex, memory: SpeakerMemory) -> str | None:
    """The person an earlier sentence gave this role ("Mayor Doug McCallum" … "the mayor")."""
    lemma = subject.lemma_.lower()
    doc = subject.doc
    best: str | None = None
    for mention in index.mentions:
        actor = index.get(mention.actor)
        if mention.start >= subject.idx or actor is None or actor.kind != "person":
            continue
        if actor.role and role_head(actor.role) == lemma:
            best = actor.id
            continue
        if described_as(doc, mention, lemma):
            best = actor.id
    if best is None and is_person_noun(subject):
        best = varied_reference(subject, index, memory)
    return best


def varied_reference(subject: Token, index: ActorIndex, memory: SpeakerMemory) -> str | None:
    """ "Niederreiter has four goals. The 26-year-old right wing said …": elegant variation for
    the named main subject of the sentence just before, else for the speaker of the last
    attribution when salience agrees. A judge first mentioned as "the judge" after sentences
    about an offender ("He attacked …") is not the offender, and stays an unnamed source."""
    gender = gender_of_words(subject.doc[subject.i : subject.i + 1])
    last_word = subject.sent.start - 1
    while last_word >= 0 and subject.doc[last_word].is_space:
        last_word -= 1
    subject_before = sentence_subject(subject.doc[last_word].sent, index) if last_word >= 0 else None
    if subject_before is not None and gender in (None, memory.genders.get(subject_before, gender)):
        return subject_before
    last = memory.last
    if last is None or last.actor is None or memory.last_char > subject.idx:
        return None
    if doc_text(subject.doc).count(PARAGRAPH_SEPARATOR, memory.last_char, subject.idx) > 1:
        return None
    candidates = rank_people(subject, index, memory, gender)
    return last.actor if candidates[:1] == [last.actor] else None


def sentence_subject(sentence: Span, index: ActorIndex) -> str | None:
    """The named person who is the main subject of a sentence, if any."""
    subject = subject_of(sentence.root) if sentence.root.pos_ in ("VERB", "AUX") else None
    if subject is None or subject.pos_ != "PROPN" or not is_main_subject(subject):
        return None
    if subject.ent_type_ in ("GPE", "LOC", "ORG", "NORP", "FAC"):  # "Edmonton responded": a team, a city
        return None
    # the index's mentions and the bare surnames it missed ("Niederreiter has four goals")
    return next((actor for _, head, actor in person_mentions(subject.doc, index) if head == subject), None)


def named_next(subject: Token, index: ActorIndex) -> str | None:
    """ "A hardline opposition lawmaker said …. Lawmaker Rosa Ortiz …": an indefinite description
    named by its role noun in the same or the next sentence, before any other person is."""
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children):
        return None
    doc = subject.doc
    sentence = subject.sent
    following = doc[sentence.end].sent if sentence.end < len(doc) else sentence
    lemma = subject.lemma_.lower()
    for mention in index.mentions:
        actor = index.get(mention.actor)
        if mention.start <= subject.idx or mention.start >= following.end_char or actor is None:
            continue
        if actor.kind != "person" or mention.start < subject.idx + len(subject.text):
            continue
        named = (actor.role and role_head(actor.role) == lemma) or described_as(doc, mention, lemma)
        return actor.id if named else None
    return None


def role_head(role: str) -> str:
    """The noun a role phrase names its holder by: "boss" in "airline boss", "head" in "head of
    the search and rescue agency" (the last word before a preposition)."""
    words = re.findall(r"[\w'-]+", role.lower())
    cut = next((i for i, w in enumerate(words) if w in ROLE_PREPOSITIONS), len(words))
    return words[cut - 1] if cut else ""


def modifies_noun(token: Token) -> bool:
    """ "airline" in "airline boss Tony Fernandes" describes the boss's employer, not him."""
    return token.dep_ in ("compound", "amod", "nmod") and token.head.pos_ == "NOUN"


def is_age(token: Token) -> bool:
    """ "The 56-year-old said": an age used as a noun, one token or split at its hyphens."""
    return bool(AGE_NOUN.fullmatch(token.lower_)) or (
        token.lower_ == "old" and any(c.lower_ in ("year", "years") for c in token.children)
    )


def is_person_noun(token: Token) -> bool:
    """A noun that names a person by role (coach, spokeswoman, defenceman, secretary, 56-year-old)."""
    word = token.lower_
    if word in PERSON_NOUNS or is_age(token):
        return True
    person = names_a_person(token.lemma_.lower())
    return person if person is not None else word.endswith(PERSON_SUFFIXES)


def first_name_match(name: str, index: ActorIndex) -> str | None:
    """ "Wang" for Wang Qishan: family name first, as in Chinese and Korean names; only if unique."""
    key = normalise_name(name)
    if " " in key or not key:
        return None
    found = [
        a.id
        for a in index.actors
        if a.kind == "person" and normalise_name(a.name).split()[:1] == [key] and len(a.name.split()) > 1
    ]
    return found[0] if len(found) == 1 else None


def mention_words(subject: Token, phrase: Span, actor_id: str, index: ActorIndex) -> str:
    """The name as written: the entity mention under the subject, else the subject phrase."""
    for mention in index.mentions_of(actor_id):
        if mention.start <= subject.idx < mention.end:
            return doc_text(subject.doc)[mention.start : mention.end]
    actor = index.get(actor_id)
    return phrase.text if phrase.text.strip() else (actor.name if actor else subject.text)


def mention_covering(index: ActorIndex, char: int) -> Mention | None:
    """The actor mention that holds a character offset."""
    return next((m for m in index.mentions if m.start <= char < m.end), None)


def written_name(subject: Token, actor_id: str, index: ActorIndex) -> str:
    """The actor's name as the subject phrase writes it ("Woody Johnson" after "The ambassador,")."""
    phrase = subject.doc[subject.left_edge.i : subject.right_edge.i + 1]
    for mention in index.mentions_of(actor_id):
        if phrase.start_char <= mention.start < phrase.end_char:
            return doc_text(subject.doc)[mention.start : mention.end]
    actor = index.get(actor_id)
    return actor.name if actor else subject.text


def appositive_actor(subject: Token, index: ActorIndex) -> str | None:
    """ "The spokesman, Dmitry Peskov, said": the named appositive is the speaker.

    A name set right after the role's complement ("The U.S. ambassador to London Woody Johnson")
    is an appositive the parse folded into that complement; a name that is the whole complement
    ("a spokeswoman for Trudeau", "an aide to Trump") is who the speaker works for, not the speaker.
    """
    for child in subject.children:
        if child.dep_ == "appos":
            found = index.actor_at(child.idx, child.idx + len(child.text))
            if found:
                return found
        if child.dep_ == "prep":
            for obj in (c for c in child.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
                mention = mention_covering(index, obj.idx)
                actor = index.get(mention.actor) if mention else None
                if mention and actor and actor.kind == "person" and mention.start > obj.left_edge.idx:
                    return actor.id
    return None


def add_missing_person(phrase: Span, index: ActorIndex) -> str | None:
    """A named speaker spaCy did not tag: the index adds them as a person so later mentions resolve."""
    names = [t for t in phrase if t.pos_ == "PROPN" and t.text[:1].isupper()]
    if not names or any(t.ent_type_ in ("GPE", "ORG", "NORP", "LOC", "FAC") for t in names):
        return None
    if len(names) < 2 and names[0].ent_type_ != "PERSON":
        return None
    last = names[-1]
    first = names[0]
    while first.i > 0 and first.nbor(-1).pos_ == "PROPN" and first.nbor(-1).dep_ == "compound":
        first = first.nbor(-1)
    name = phrase.doc[first.i : last.i + 1].text
    if not re.fullmatch(r"[A-Z][\w.'’-]*(\s+[A-Z][\w.'’-]*)+", name):
        return None
    return index.add_person_mention(name, first.idx, last.idx + len(last.text))
