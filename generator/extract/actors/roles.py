"""Roles and affiliations of actors, read from the noun phrase around their names.

News style gives a person's function in two places (AP and Reuters style: a title before the name
is capitalised, a description after it is set off by commas):

- a premodifying title: "Kremlin spokesman Dmitry Peskov" -> role "Kremlin spokesman";
- an apposition: "Konstantin Kosachyov, deputy chairman of Russia's upper house of parliament,"
  -> that description; and the reverse order, "the head of the agency, Fransiskus Soelistyo".

The affiliation is the actor named inside the role (an organization before a country before a
group): Peskov -> kremlin, "Ukrainian President" -> ukraine. Organizations get an affiliation from
the table of government seats (the Kremlin -> Russia) or a country before their name ("Russia's
Foreign Ministry").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from ..lexicon import key, words
from ..nlp import ParsedArticle
from . import data

if TYPE_CHECKING:
    from . import ActorIndex

PREMODIFIER_DEPS = {
    "compound",
    "amod",
    "nmod",
    "poss",
    "case",
    "punct",
    "nummod",
    "npadvmod",
    "advmod",
    "cc",
    "conj",
}
MAX_ROLE_TOKENS = 14  # longer appositions are clauses, not titles
KIND_PREFERENCE = {"organization": 0, "country": 1, "group": 2, "place": 3, "person": 4}
PERSON_SUFFIX = re.compile(r"(man|woman|person|ist)$")


def is_person_title(token: Token) -> bool:
    """A head noun of a person's title: "spokesman", "President", "economist"."""
    lower = token.lower_
    if lower in data.PERSON_TITLES or token.lemma_.lower() in data.PERSON_TITLES:
        return True
    return token.pos_ == "NOUN" and bool(PERSON_SUFFIX.search(lower)) and len(lower) > 4


def premodifier(span: Span) -> Span | None:
    """The title words right before a name, inside its noun phrase: "Kremlin spokesman"."""
    words = premodifier_words(span, stop_at_person=True)
    if words is None:
        return None
    doc = span.doc
    # a possessor names the affiliation, not the title: "Britain's Prime Minister" -> "Prime Minister"
    marks = [t.i for t in words if t.dep_ == "case" or t.text in {"'s", "’s"}]
    role = doc[marks[-1] + 1 : span.start] if marks else words
    while len(role) and (role[0].is_punct or role[0].lower_ in data.HONORIFICS):
        role = role[1:]
    while len(role) and role[-1].lower_ in data.HONORIFICS:  # "civil service chief Lord Butler"
        role = role[:-1]
    if not len(role) or not is_role_head(role[-1]):
        return None
    return role


def is_role_head(token: Token) -> bool:
    return is_person_title(token) or (token.pos_ == "NOUN" and token.text.islower())


def apposition(span: Span) -> Span | None:
    """A description set off by commas after a name, or a name in apposition to a title."""
    doc = span.doc
    for child in span.root.children:
        if child.dep_ == "appos" and child.i >= span.end and child.tag_ in {"NN", "NNP"}:
            if child.ent_type_ in {"PERSON", "GPE", "ORG"} and not is_person_title(child):
                continue
            return trim(doc[child.left_edge.i : child.right_edge.i + 1], child)
    head = span.root.head
    if span.root.dep_ == "appos" and head.i < span.start and is_person_title(head):
        return trim(doc[head.left_edge.i : span.start], head)
    return None


def after_possessor(words: Span) -> Span:
    """A title without the possessor before it: "Britain's Prime Minister" -> "Prime Minister"."""
    marks = [
        t.i for t in words if t.text in {"'s", "’s", "'", "’"} and t.dep_ == "case" and t.i < words.end - 1
    ]
    if marks and marks[0] < words.root.i:
        return words.doc[marks[-1] + 1 : words.end] if marks[-1] < words.root.i else words
    return words


def trim(words: Span, head: Token) -> Span | None:
    """Cut a role at a clause or bracket and strip articles and punctuation around it."""
    doc, start, end = words.doc, words.start, words.end
    for token in words:
        if token.i <= head.i:
            continue
        if token.dep_ in {"relcl", "acl"}:
            end = token.left_edge.i
            break
        dash = token.text in {"-", "--"} and token.whitespace_ != ""
        article = token.dep_ == "cc" and token.i + 1 < len(doc) and doc[token.i + 1].dep_ == "det"
        if token.text in {",", "(", ";", ":", "—", "–"} or dash or article:
            end = token.i
            break
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct):
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    if end - start == 0 or end - start > MAX_ROLE_TOKENS:
        return None
    return doc[start:end]


def affiliation_in(words: Span, index: ActorIndex, self_id: str) -> str | None:
    """The actor a role names, preferring organizations, then countries, then groups."""
    doc = words.doc
    found = [
        m.actor
        for m in index.mentions
        if words.start_char <= m.start < words.end_char
        and m.actor != self_id
        and not counterpart(doc, m.start)
    ]
    actors = [index.get(a) for a in dict.fromkeys(found)]
    ranked = sorted((a for a in actors if a is not None), key=lambda a: KIND_PREFERENCE[a.kind])
    return ranked[0].id if ranked else None


# Prepositions after which a role names a counterpart, not the body the holder belongs to:
# "ambassador to the European Union", "negotiator with the Taliban", "envoy from Norway".
COUNTERPART_PREPOSITIONS = frozenset(
    {"to", "with", "against", "from", "on", "over", "into", "toward", "towards"}
)


def counterpart(doc: Doc, char: int) -> bool:
    """Does the mention starting at `char` follow a counterpart preposition ("ambassador to X")?"""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return False
    i = span.start - 1
    while i >= 0 and doc[i].lower_ in {"the", "a", "an"}:
        i -= 1
    return i >= 0 and doc[i].lower_ in COUNTERPART_PREPOSITIONS


def assign_roles(parsed: ParsedArticle, index: ActorIndex) -> None:
    """Fill in `role` and `affiliation` of every actor from its mentions."""
    doc = parsed.doc
    for actor in index.actors:
        if actor.affiliation:  # a country name from the table of government seats
            actor.affiliation = index.resolve(actor.affiliation) or actor.affiliation
        for mention in index.mentions_of(actor.id):
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            if actor.kind == "person" and not actor.role:
                role, scope = premodifier(span), premodifier_words(span)
                if role is None:
                    scope = apposition(span) or title_before_comma(span)
                    role = after_possessor(scope) if scope is not None else None
                if role is not None:
                    role, scope = whole_names(role, index), whole_names(scope, index) if scope else None
                    actor.role = role.text
                    actor.affiliation = (
                        affiliation_in(scope or role, index, actor.id)
                        or body_named_in(scope or role, parsed, index)
                        or actor.affiliation
                    )
            if actor.kind == "person" and describes_a_body(actor.role):
                actor.kind, actor.role, actor.affiliation = "organization", None, None
            if actor.kind == "person" and not actor.affiliation:
                titled = owner_and_title(span, index, actor.id)
                if titled is not None:
                    actor.affiliation, role = titled
                    actor.role = actor.role or role.text
            elif actor.kind == "organization" and not actor.affiliation:
                words = premodifier_words(span)
                found = affiliation_in(words, index, actor.id) if words is not None else None
                actor.affiliation = found if found and index.get(found).kind == "country" else None  # type: ignore[union-attr]


BODY_PREPOSITIONS = frozenset({"of", "at", "for"})


def body_named_in(words: Span, parsed: ParsedArticle, index: ActorIndex) -> str | None:
    """A body the role names in common nouns, made an actor: "head of the search and rescue agency".

    The body is the object of "of", "at" or "for" in the role, a definite noun phrase of at least
    two words headed by an organization word ("agency", "union"); a bare "the agency" is too vague.
    """
    for token in reversed(list(words)):
        if token.lower_ not in data.ORG_WORDS or token.pos_ != "NOUN" or token.dep_ != "pobj":
            continue
        if token.head.lower_ not in BODY_PREPOSITIONS:
            continue
        phrase = words.doc[token.left_edge.i : token.i + 1]
        if phrase[0].lower_ != "the" or len(phrase) < 3 or any(t.is_punct and t.text != "'" for t in phrase):
            continue
        return add_body(parsed, index, phrase[1:])
    return None


def add_body(parsed: ParsedArticle, index: ActorIndex, phrase: Span) -> str:
    """The id of the organization called `phrase`, added to the index when it is new."""
    found = index.resolve(phrase.text)
    if found:
        return found
    return index.add(
        phrase.text, "organization", phrase.start_char, phrase.end_char, parsed.paragraph_of(phrase)
    )


def whole_names(words: Span, index: ActorIndex) -> Span:
    """A role never ends inside a name: "deputy leader of Britain First", however the parse cut it."""
    end = words.end_char
    for mention in index.mentions:
        if words.start_char <= mention.start < words.end_char < mention.end:
            end = max(end, mention.end)
    if end == words.end_char:
        return words
    return words.doc.char_span(words.start_char, end, alignment_mode="expand") or words


def premodifier_words(span: Span, stop_at_person: bool = False) -> Span | None:
    """The words of a name's noun phrase right before it, up to a comma or bracket.

    With `stop_at_person`, a word of another person's name ends them too (the word right before
    the name may be a part of it the tagger left out).
    """
    doc, start = span.doc, span.start
    subtree = {t.i for t in span.root.subtree}
    while start > 0:
        token = doc[start - 1]
        if token.i not in subtree or token.dep_ not in PREMODIFIER_DEPS or token.text in {",", "(", ")"}:
            break
        if (
            stop_at_person
            and token.ent_type_ == "PERSON"
            and token.ent_iob_ != "O"
            and token.i < span.start - 1
        ):
            break
        start -= 1
    return doc[start : span.start] if start < span.start else None


BODY_NOUNS = words("body_nouns")
HEAD_ENDS = frozenset({"of", "at", "for", "in", "to", "with", "from", "on", "who", "which", "that"})


def describes_a_body(role: str | None) -> bool:
    """A role whose head noun names a kind of body: "stock-market listed company", "miner"."""
    if not role:
        return False
    head: list[str] = []
    for word in role.lower().split():
        if word in HEAD_ENDS:
            break
        head.append(word)
    word = key(head[-1]) if head else ""
    return word in BODY_NOUNS or word.removesuffix("s") in BODY_NOUNS


def owner_and_title(span: Span, index: ActorIndex, self_id: str) -> tuple[str, Span] | None:
    """The body a title before a name belongs to, read from the words when the parse missed it.

    "CPUC President Marybel Batjer", "Lakers assistant coach Jason Kidd", "PG&E's principal
    meteorologist Scott Strenfel": title words (ending on a person title) right before the name,
    and before them a capitalised name that is an actor of the story. Returns that actor's id
    and the role as premodifier roles are written (a possessor left out).
    """
    doc, first = span.doc, span.sent.start
    i = span.start
    while i > first and is_title_word(doc[i - 1]):
        i -= 1
    if i == span.start or not is_person_title(doc[span.start - 1]):
        return None
    j = i
    while j > first and is_owner_word(doc[j - 1]):
        j -= 1
    owner = doc[j:i]
    while len(owner) and owner[-1].text in POSSESSIVE_MARKS:
        owner = owner[:-1]
    if not len(owner):
        return None
    found = [a for a in index.actors_in(owner.start_char, owner.end_char) if a != self_id]
    target = found[-1] if found else index.resolve(owner.text)
    if target is None or target == self_id:
        return None
    possessive = doc[i - 1].text in POSSESSIVE_MARKS
    return target, doc[i if possessive else j : span.start]


POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


def is_title_word(token: Token) -> bool:
    """A word of a title: a person title ("President") or a lower-case noun or adjective ("assistant")."""
    if is_person_title(token) and token.lower_ not in data.HONORIFICS:
        return True
    return token.is_alpha and token.is_lower and token.pos_ in {"NOUN", "ADJ", "PROPN", "VERB"}


def is_owner_word(token: Token) -> bool:
    """A word of the name that owns a title: capitalised, an ampersand or a possessive mark."""
    if token.text in POSSESSIVE_MARKS or token.text == "&":
        return True
    return token.text[:1].isupper() and not is_person_title(token) and token.pos_ not in {"DET", "PRON"}


def title_before_comma(span: Span) -> Span | None:
    """A title set off before a name, when the parse did not make it an apposition.

    "The mayor of Surabaya, Tri Rismaharini, comforted relatives"; "London's mayor, Sadiq Khan,
    said": a noun phrase opening the sentence or clause, with a person title and no verb, then a
    comma, then the name followed by a comma or the end of the sentence.
    """
    doc = span.doc
    comma = span.start - 1
    after = doc[span.end] if span.end < len(doc) else None
    if (
        comma <= span.sent.start
        or doc[comma].text != ","
        or (after is not None and after.text not in {",", "."})
    ):
        return None
    start = comma
    while (
        start > span.sent.start and doc[start - 1].text != "," and doc[start - 1].pos_ not in {"VERB", "AUX"}
    ):
        start -= 1
    phrase = doc[start:comma]
    if not 2 <= len(phrase) <= MAX_ROLE_TOKENS or not any(is_person_title(t) for t in phrase):
        return None
    if phrase[0].lower_ not in {"the", "a", "an"} and not any(t.text in POSSESSIVE_MARKS for t in phrase):
        return None
    return trim(phrase, phrase[0])
