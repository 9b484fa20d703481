"""Relations between actors: who speaks for, leads or belongs to whom; who backs or attacks whom.

Three sources, each a small rule set on spaCy's dependency parse:

1. *Roles* (`role_relations`). A title names a relation to the affiliate it names (AP style puts
   both before the name): "Kremlin spokesman Dmitry Peskov" speaks for the Kremlin (`SPOKES_TITLES`),
   "Ukrainian President Volodymyr Zelenskiy" leads Ukraine (`LEADER_TITLES`, unless the title is
   "deputy", "vice" or "former"); any other title is membership ("deputy chairman of Russia's
   upper house" -> member of Russia). A seat of government leads its country (the Kremlin ->
   Russia).
2. *Stance words in the reporting* (`stance_relations`). A verb, adjective or noun of the
   lexicons below with an actor as its agent and another as its patient: "Russia, which is
   staunchly opposed to Ukraine ever joining NATO" -> russia opposes nato (of "X joining Y" the
   patient is Y, the body being joined or acted on; X when Y is no actor); "the West is planning
   to offer Ukraine assurances" -> the West supports Ukraine; "G7 countries ... announce a
   framework ... for security assurances for Ukraine" -> g7 supports ukraine (a support noun's
   beneficiary, agent found up the clause chain).
3. *What speakers say* (`speech_relations`). In a statement (a quote from the quote extractor,
   or the complement of a speech verb with an actor subject), an actor other than the speaker's
   own side is criticised when it is tied to a negative word (`NEGATIVE`): the agent of a
   negative verb ("NATO was exploiting Kyiv", "invented by Westerners"), the beneficiary of a
   negative noun ("a humiliation for Zelenskiy"), or an agent inside the subject of a negative
   verdict ("assurances the West is planning ... would be a dangerous mistake").

The lexicons are hand-made from verbs of judging and verbs of helping (Levin 1993, classes 33
and 13.4) plus the evaluative nouns and adjectives of political reporting; they err on the side
of precision: a relation the rules miss can be added by an editor, a false one misleads.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..model import Quote, Relation
from .actor_data import GOVERNMENT_SEATS, LEADER_TITLES, SPOKES_TITLES
from .actors import ActorIndex
from .nlp import ParsedArticle

OPPOSE = {
    "oppose",
    "opposed",
    "reject",
    "resist",
    "block",
    "veto",
    "boycott",
    "obstruct",
    "thwart",
    "hostile",
    "opposition",
    "resistance",
    "against",
    "fight",
    "combat",
    "counter",
    "sanction",
}
SUPPORT = {
    "support",
    "back",
    "help",
    "aid",
    "assist",
    "defend",
    "endorse",
    "arm",
    "fund",
    "finance",
    "supply",
    "protect",
    "champion",
    "offer",
    "provide",
    "give",
    "send",
    "pledge",
    "supportive",
    "backing",
    "assistance",
    "assurance",
    "guarantee",
    "weapon",
    "ally",
    "sympathetic",
}
SUPPORT_NOUNS = {
    "support",
    "help",
    "aid",
    "assistance",
    "backing",
    "assurance",
    "guarantee",
    "weapon",
    "funding",
    "loan",
    "arms",
    "protection",
    "solidarity",
}
CRITICIZE = {
    "criticise",
    "criticize",
    "condemn",
    "accuse",
    "blame",
    "slam",
    "denounce",
    "rebuke",
    "chastise",
    "lambaste",
    "scold",
    "mock",
    "ridicule",
    "deride",
    "berate",
    "castigate",
    "censure",
    "reproach",
    "fault",
    "decry",
    "assail",
    "attack",
    "humiliate",
    "insult",
    "criticism",
    "condemnation",
    "critical",
    "scathing",
}
NEGATIVE = {
    "mistake",
    "dangerous",
    "humiliation",
    "lesson",
    "threat",
    "threaten",
    "aggression",
    "aggressive",
    "brutal",
    "hostile",
    "lie",
    "invent",
    "fabricate",
    "exploit",
    "disservice",
    "ignore",
    "impinge",
    "provocation",
    "provocative",
    "illegal",
    "unacceptable",
    "absurd",
    "reckless",
    "irresponsible",
    "failure",
    "disgrace",
    "shameful",
    "hypocrisy",
    "hypocritical",
    "propaganda",
    "arrogant",
    "destroy",
    "abuse",
    "betray",
    "betrayal",
    "crime",
    "criminal",
    "corrupt",
    "incompetent",
    "racist",
    "hateful",
    "disgraceful",
    "wrong",
    "bad",
    "terrible",
    "outrageous",
    "appalling",
    "deplorable",
    "shocking",
    "false",
    "mislead",
    "misleading",
    "deceive",
    "blackmail",
    "bully",
    "interfere",
    "interference",
    "meddle",
    "meddling",
    "violate",
    "violation",
    "undermine",
    "sabotage",
    "harm",
    "damage",
    "risk",
    "disaster",
}
NEGATIVE_PHRASAL = {("make", "up")}  # "the West made up its own rules"
SPEECH = {
    "say",
    "tell",
    "add",
    "write",
    "state",
    "announce",
    "claim",
    "argue",
    "warn",
    "insist",
    "note",
    "explain",
    "declare",
    "allege",
    "accuse",
    "tweet",
    "post",
    "comment",
    "complain",
    "stress",
    "suggest",
    "reply",
    "respond",
    "charge",
    "gloat",
}
DEMOTING = {"deputy", "vice", "assistant", "former", "ex", "acting", "associate", "then", "late"}
SUBJECTS = {"nsubj", "nsubjpass", "csubj"}


def extract_relations(parsed: ParsedArticle, index: ActorIndex, quotes: list[Quote]) -> list[Relation]:
    """Every relation the roles, the reporting and the quotes show, each once, with its paragraph."""
    found = [
        *role_relations(parsed, index),
        *stance_relations(parsed, index),
        *speech_relations(parsed, index, quotes),
    ]
    unique: dict[tuple[str, str, str], Relation] = {}
    for relation in found:
        if relation.source != relation.target:
            unique.setdefault((relation.source, relation.target, relation.kind), relation)
    return list(unique.values())


def role_relations(parsed: ParsedArticle, index: ActorIndex) -> Iterator[Relation]:
    for actor in index.actors:
        target = index.get(actor.affiliation)
        if target is None:
            continue
        paragraph = first_paragraph_with(parsed, actor.role, actor.paragraphs)
        if actor.kind == "organization" and target.kind == "country":
            if actor.role is None and actor.name.lower() in GOVERNMENT_SEATS:
                yield Relation(actor.id, target.id, "leads", paragraph)
            continue
        if actor.kind != "person" or not actor.role:
            continue
        yield Relation(actor.id, target.id, role_kind(actor.role), paragraph)


def role_kind(role: str) -> str:
    """speaks-for, leads or member-of, from the words of a title."""
    words = role.lower().replace("-", " ").split()
    head = " ".join(words[: words.index("of")]) if "of" in words else " ".join(words)
    if any(title in head for title in SPOKES_TITLES):
        return "speaks-for"
    demoted = any(w in DEMOTING for w in head.split())
    if not demoted and any(head.endswith(title) or f"{title} " in head for title in LEADER_TITLES):
        return "leads"
    return "member-of"


def first_paragraph_with(parsed: ParsedArticle, text: str | None, paragraphs: list[int]) -> int | None:
    for number in paragraphs:
        if text and text in parsed.paragraph_text(number):
            return number
    return paragraphs[0] if paragraphs else None


def actor_of(token: Token, index: ActorIndex) -> str | None:
    """The actor a noun stands for: itself, a compound naming it ("G7 countries"), or the antecedent
    of a relative pronoun ("Russia, which ...")."""
    if token.tag_ == "WDT" and token.head.dep_ == "relcl":
        token = token.head.head
    found = index.actor_at(token.idx, token.idx + len(token))
    if found:
        return found
    for child in token.children:
        if child.dep_ in {"compound", "amod"} and child.i < token.i:
            found = index.actor_at(child.idx, child.idx + len(child))
            if found:
                return found
    return None


def agent_of(token: Token, index: ActorIndex) -> str | None:
    """The actor doing what `token` says: its subject, or the subject up its chain of clauses.

    The climb stops at a speech verb: the speaker of "X said Y would help Z" is not the helper.
    """
    current: Token | None = token
    came_by = ""
    for _ in range(8):
        if current is None:
            return None
        for child in current.children:
            if (child.dep_ in SUBJECTS or child.dep_ == "agent") and child != token:
                subject = (
                    next((c for c in child.children if c.dep_ == "pobj"), child)
                    if child.dep_ == "agent"
                    else child
                )
                found = actor_of(subject, index)
                if found:
                    return found
        if current is not token and current.lemma_.lower() in SPEECH and came_by != "dobj":
            return None  # "commenting on assurances for Kyiv": the speaker talks, not gives
        if current.dep_ in {"ccomp"} and current.head.lemma_.lower() in SPEECH:
            return None
        if current.dep_ == "acl" and current.tag_ == "VBN":
            return None
        came_by = current.dep_
        current = current.head if current.head != current else None
    return None


def patients_of(token: Token, index: ActorIndex) -> list[str]:
    """Who a stance word is about: its object, its dative, or the object of its preposition."""
    found: list[str] = []
    for child in token.children:
        if child.dep_ in {"dobj", "dative", "attr"}:
            found += [a for a in [actor_of(child, index)] if a]
            # "offer Ukraine new loans" is sometimes parsed with Ukraine as a modifier of "loans"
            found += [
                a
                for c in child.children
                if c.dep_ == "nmod" and c.i < child.i
                for a in [actor_of(c, index)]
                if a
            ]
        elif child.dep_ == "prep" and child.lower_ in {"to", "for", "against", "of", "on", "with"}:
            for obj in child.children:
                if obj.dep_ in {"pobj", "pcomp"}:
                    found += [a for a in [gerund_patient(obj, index) or actor_of(obj, index)] if a]
    return found


def gerund_patient(obj: Token, index: ActorIndex) -> str | None:
    """Of "Ukraine joining NATO", the body acted on (NATO); None when there is no such clause."""
    for clause in obj.children:
        if clause.dep_ == "acl" and clause.tag_ == "VBG":
            target = next((c for c in clause.children if c.dep_ == "dobj"), None)
            if target is not None:
                return actor_of(target, index)
    return None


def stance_relations(parsed: ParsedArticle, index: ActorIndex) -> Iterator[Relation]:
    for token in parsed.doc:
        lemma = token.lemma_.lower()
        kind = (
            "opposes"
            if lemma in OPPOSE
            else "supports"
            if lemma in SUPPORT
            else "criticizes"
            if lemma in CRITICIZE
            else None
        )
        if kind is None or token.pos_ not in {"VERB", "ADJ", "NOUN"}:
            continue
        if token.pos_ == "NOUN" and lemma in SUPPORT_NOUNS:
            yield from support_noun(token, index, parsed)
            continue
        agent = agent_of(token if token.pos_ == "VERB" else token.head, index)
        if agent is None and token.dep_ == "acomp":
            agent = agent_of(token.head, index)
        for patient in patients_of(token, index):
            if agent and patient != agent:
                yield Relation(agent, patient, kind, parsed.paragraph_at(token.idx))


def support_noun(token: Token, index: ActorIndex, parsed: ParsedArticle) -> Iterator[Relation]:
    """ "assurances for Ukraine": who gives them is the agent up the clause chain."""
    beneficiaries = [
        actor_of(obj, index)
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ in {"for", "to"}
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    found = [b for b in beneficiaries if b]
    if not found:
        return
    owner = next(
        (c for c in token.children if c.dep_ in {"poss", "compound", "amod"} and actor_of(c, index)), None
    )
    agent = actor_of(owner, index) if owner is not None else agent_of(token.head, index)
    for beneficiary in found:
        if agent and agent != beneficiary:
            yield Relation(agent, beneficiary, "supports", parsed.paragraph_at(token.idx))


def speech_relations(parsed: ParsedArticle, index: ActorIndex, quotes: list[Quote]) -> Iterator[Relation]:
    """Criticism in what speakers say: quotes first, then "X said (that) ..." clauses."""
    statements = list(quoted_statements(parsed, quotes)) + list(reported_statements(parsed, index))
    for speaker, span in statements:
        own_side = side_of(speaker, index)
        for target, token in criticised_in(span, index):
            if target not in own_side:
                yield Relation(speaker, target, "criticizes", parsed.paragraph_at(token.idx))


def side_of(actor_id: str, index: ActorIndex) -> set[str]:
    """An actor and what it belongs to, up two levels: Peskov, the Kremlin, Russia."""
    side, current = {actor_id}, index.get(actor_id)
    for _ in range(2):
        if current is None or not current.affiliation:
            break
        side.add(current.affiliation)
        current = index.get(current.affiliation)
    return side


def quoted_statements(parsed: ParsedArticle, quotes: list[Quote]) -> Iterator[tuple[str, Span]]:
    for quote in quotes:
        if not quote.speaker or not quote.text:
            continue
        offset = parsed.paragraph_text(quote.paragraph).find(quote.text)
        if offset < 0:
            continue
        start = parsed.starts[quote.paragraph - 1] + offset
        span = parsed.doc.char_span(start, start + len(quote.text), alignment_mode="expand")
        if span is not None:
            yield quote.speaker, span


def reported_statements(parsed: ParsedArticle, index: ActorIndex) -> Iterator[tuple[str, Span]]:
    """The complement clause of a speech verb whose subject is an actor ("Kosachyov said ...")."""
    doc = parsed.doc
    for token in doc:
        if token.lemma_.lower() not in SPEECH or token.pos_ != "VERB":
            continue
        speaker = speaker_of(token, index)
        if speaker is None:
            continue
        for child in token.children:
            if child.dep_ in {"ccomp", "xcomp", "dobj"} or (child.dep_ == "prep" and child.lower_ == "of"):
                yield speaker, doc[child.left_edge.i : child.right_edge.i + 1]


def speaker_of(verb: Token, index: ActorIndex) -> str | None:
    """The actor subject of a speech verb, or of the speech verb it depends on ("..., alleging")."""
    current = verb
    for _ in range(4):
        subject = next((c for c in current.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            return actor_of(subject, index)
        if current.head == current:
            return None
        current = current.head
    return None


def criticised_in(span: Span, index: ActorIndex) -> Iterator[tuple[str, Token]]:
    """Actors a statement ties to a negative word, with the word as evidence."""
    for token in span:
        lemma = token.lemma_.lower()
        phrasal = any((lemma, c.lower_) in NEGATIVE_PHRASAL for c in token.children if c.dep_ == "prt")
        if lemma not in NEGATIVE and not phrasal:
            continue
        if token.pos_ in {"VERB", "AUX"}:
            for child in token.children:
                if child.dep_ in SUBJECTS:
                    yield from actors_named(child, index, token)
                elif child.dep_ == "agent":
                    for obj in child.children:
                        yield from actors_named(obj, index, token)
        if token.pos_ == "NOUN":
            for child in token.children:
                if child.dep_ == "poss":
                    yield from actors_named(child, index, token)
                if child.dep_ == "prep" and child.lower_ in {"for", "to", "of", "on", "against", "by"}:
                    for obj in child.children:
                        if obj.dep_ == "pobj":
                            yield from actors_named(obj, index, token)
        if token.dep_ in {"attr", "acomp"} or (token.dep_ == "amod" and token.head.dep_ == "attr"):
            verdict = token if token.dep_ != "amod" else token.head
            for subject in (c for c in verdict.head.children if c.dep_ in SUBJECTS):
                for inner in subject.subtree:
                    if inner.dep_ in SUBJECTS and inner != subject:
                        yield from actors_named(inner, index, token)


def actors_named(token: Token, index: ActorIndex, evidence: Token) -> Iterator[tuple[str, Token]]:
    found = actor_of(token, index)
    if found:
        yield found, evidence
