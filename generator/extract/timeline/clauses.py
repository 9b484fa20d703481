"""The clause a temporal expression dates, told short: subject + verb + object.

A timeline entry reads best as a headline-like clause ("NATO had told Ukraine it could join"),
so the dependency subtree of the dated verb is pruned: relative and adverbial clauses,
appositions, asides and the time expression itself go; subject, auxiliaries, verb, objects and
complements stay (the core of an extractive sentence compression, as in Knight & Marcu 2002).
A pronoun subject ("it last year launched …") is replaced by the actor it most likely stands
for: the named subject of the clause it is reported in, else the nearest fitting actor before.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..actors import ActorIndex

# Dependencies that hang asides off a clause; the short version leaves them out.
PRUNED_DEPS: frozenset[str] = frozenset(
    {"relcl", "appos", "advcl", "parataxis", "cc", "mark", "dep", "meta", "intj", "discourse",
     "preconj", "punct", "npadvmod", "predet"}
)  # fmt: skip
# Dependencies of a clause's head that are clauses of their own: kept once, pruned deeper down.
CLAUSE_DEPS: frozenset[str] = frozenset({"ccomp", "xcomp", "conj", "acl"})
# Past this many words the description is cut (a headline is 8–14 words long).
MAX_WORDS = 16
# Prepositional phrases are kept only this many levels below the dated verb.
MAX_PREP_DEPTH = 2
# Pronouns that stand for an actor, and the kinds of actor each may stand for.
PRONOUN_KINDS: dict[str, frozenset[str]] = {
    "it": frozenset({"organization", "country", "group", "place"}),
    "he": frozenset({"person"}),
    "she": frozenset({"person"}),
    "they": frozenset({"organization", "country", "group"}),
    "we": frozenset({"organization", "country", "group"}),
}
# Words that a clause description should not start or end with.
EDGE_WORDS: frozenset[str] = frozenset({"that", "and", "but", "or", ",", "-", "--", ";", ":", "as", "which"})


def governing_word(span: Span) -> Token | None:
    """The verb (or event noun, for "last year's invasion") the expression dates."""
    token = span.root
    if token.dep_ == "poss" and token.head.pos_ == "NOUN":
        return token.head
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


def describe_clause(head: Token, time: Span, index: ActorIndex, times: set[int]) -> tuple[str, list[Token]]:
    """The short text of the clause headed by `head`, without its time expressions (token ids `times`)."""
    skip = set(range(time.start, time.end)) | times
    if time.root.dep_ == "pobj" and time.root.head.i == time.start - 1:
        skip.add(time.start - 1)
    tokens = sorted(collect(head, skip, depth=0), key=lambda t: t.i)
    tokens = trim_edges(tokens)[: MAX_WORDS + 4]
    text = render(tokens, head, index)
    if (
        head.dep_ == "relcl"
        and tokens
        and tokens[0].tag_ in ("WP", "WDT")
        and tokens[0].dep_.startswith("nsubj")
    ):
        antecedent = sorted(
            collect(head.head, skip | set(range(head.left_edge.i, head.right_edge.i + 1)), 2),
            key=lambda t: t.i,
        )
        text = render(trim_edges(antecedent), head.head, index) + text[len(tokens[0].text) :]
    return text, tokens


def collect(token: Token, skip: set[int], depth: int) -> list[Token]:
    """The token and the children worth keeping, recursively."""
    if token.i in skip:
        return []
    kept = [token]
    for child in token.children:
        if child.i in skip or child.dep_ in PRUNED_DEPS and not is_inner_quote(child):
            continue
        if child.dep_ in CLAUSE_DEPS and depth >= 2:
            continue
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
            continue
        if child.dep_ == "prep" and depth >= MAX_PREP_DEPTH:
            continue
        kept.extend(collect(child, skip, depth + 1))
    return kept


def is_inner_quote(token: Token) -> bool:
    """Quotation marks stay: the timeline shows quoted words as quoted."""
    return token.dep_ == "punct" and token.text in {'"', "\u201c", "\u201d"}


def trim_edges(tokens: list[Token]) -> list[Token]:
    """Drop connectives and punctuation left dangling at either end."""
    while tokens and (
        tokens[0].lower_ in EDGE_WORDS
        or tokens[0].tag_ == "WRB"
        or tokens[0].is_punct
        and tokens[0].text not in '"\u201c'
    ):
        tokens = tokens[1:]
    while tokens and (
        tokens[-1].lower_ in EDGE_WORDS or tokens[-1].is_punct and tokens[-1].text not in '"\u201d'
    ):
        tokens = tokens[:-1]
    return tokens


def render(tokens: list[Token], head: Token, index: ActorIndex) -> str:
    """Join tokens as written, naming the actor the clause's pronoun subject stands for."""
    words: list[str] = []
    for position, token in enumerate(tokens):
        subject = token.dep_ in ("nsubj", "nsubjpass") and token.head.i == head.i
        text = resolved_pronoun(token, index) if subject else None
        text = text or token.text
        gap = position > 0 and (
            tokens[position - 1].i != token.i - 1 or bool(tokens[position - 1].whitespace_)
        )
        words.append((" " if gap else "") + text)
    text = "".join(words).strip()
    text = balance_quotes(text)
    cut = text.split()
    return " ".join(cut[:MAX_WORDS]) + (" …" if len(cut) > MAX_WORDS else "")


def balance_quotes(text: str) -> str:
    """Remove a lone straight quotation mark left by pruning."""
    if text.count('"') % 2:
        index = text.rfind('"') if text.rfind('"') > len(text) // 2 else text.find('"')
        text = (text[:index] + text[index + 1 :]).replace("  ", " ").strip()
    return text


def resolved_pronoun(token: Token, index: ActorIndex) -> str | None:
    """The name of the actor a subject pronoun refers to, when one is clear enough."""
    actor_id = pronoun_actor(token, index)
    actor = index.get(actor_id) if actor_id else None
    return actor.name if actor else None


def pronoun_actor(token: Token, index: ActorIndex) -> str | None:
    """The actor a subject pronoun stands for: a reporting subject above it, else the nearest before."""
    kinds = PRONOUN_KINDS.get(token.lower_)
    if kinds is None:
        return None
    for ancestor in token.head.ancestors:
        for child in ancestor.children:
            if child.dep_ == "nsubj" and child.i < token.i:
                actor_id = fitting_actor(child, kinds, index)
                if actor_id:
                    return actor_id
    sentence = token.sent
    for mention in sorted(index.mentions, key=lambda m: -m.start):
        if sentence.start_char <= mention.start and mention.end <= token.idx:
            actor = index.get(mention.actor)
            if actor is not None and actor.kind in kinds:
                return actor.id
    return None


def fitting_actor(subject: Token, kinds: frozenset[str], index: ActorIndex) -> str | None:
    """The actor named by a subject's words, if its kind fits the pronoun."""
    span = subject.doc[subject.left_edge.i : subject.i + 1]
    actor_id = index.actor_at(span.start_char, span.end_char)
    actor = index.get(actor_id) if actor_id else None
    return actor.id if actor is not None and actor.kind in kinds else None


def actors_of(tokens: list[Token], index: ActorIndex) -> list[str]:
    """The actors mentioned in a clause (pronoun subjects resolved), in order of mention."""
    found: list[str] = []
    for token in tokens:
        actor_id = index.actor_at(token.idx, token.idx + len(token))
        if actor_id is None and token.dep_ in ("nsubj", "nsubjpass"):
            actor_id = pronoun_actor(token, index)
        if actor_id and actor_id not in found:
            found.append(actor_id)
    return found
