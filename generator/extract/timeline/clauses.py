"""The clause a temporal expression dates, told short: subject + verb + object.

A timeline entry reads best as a headline-like clause ("NATO had told Ukraine it could join"),
so the dependency subtree of the dated verb is pruned: relative and adverbial clauses,
appositions, asides and the time expression itself go; subject, auxiliaries, verb, objects and
complements stay (the core of an extractive sentence compression, as in Knight & Marcu 2002).
A clause without a subject of its own borrows one: an infinitive or participle ("to hold off")
is told from the verb that governs it ("Putin decided to hold off"), a conjoined verb takes the
subject of the first conjunct, and failing both the whole sentence is told, trimmed.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..actors import ActorIndex
from .framing import VERB_POS, attributing_verb
from .pronouns import SUBJECT_DEPS, relative_antecedent, resolved_pronoun
from .trimming import shorten, trim_edges, whole_quotations, with_units

# Dependencies that hang asides off a clause; the short version leaves them out.
PRUNED_DEPS: frozenset[str] = frozenset(
    {"relcl", "appos", "advcl", "parataxis", "cc", "mark", "dep", "meta", "intj", "discourse",
     "preconj", "punct", "npadvmod", "predet"}
)  # fmt: skip
# Dependencies of a clause's head that are clauses of their own: kept once, pruned deeper down.
CLAUSE_DEPS: frozenset[str] = frozenset({"ccomp", "xcomp", "conj", "acl"})
# Clauses whose subject is that of the clause governing them (infinitives, participles, gerunds).
SUBJECTLESS_DEPS: frozenset[str] = frozenset({"xcomp", "acl", "advcl", "pcomp", "csubj", "csubjpass"})
# How many governing clauses to climb through at most (decided → to hold off → retaliating).
MAX_CLIMB = 4
# Prepositional phrases are kept only this many levels below the dated verb.
MAX_PREP_DEPTH = 2
# Words that introduce an attribution ("according to court records"): a source, not the event.
ATTRIBUTION_WORDS: frozenset[str] = frozenset({"according"})


def governing_word(span: Span) -> Token | None:
    """The verb (or event noun, for "last year's invasion") the expression dates."""
    token = span.root
    if token.dep_ == "poss" and token.head.pos_ == "NOUN":
        return token.head
    return governing_verb(token)


def governing_verb(token: Token) -> Token | None:
    """The nearest verb at or above a token."""
    while token.pos_ not in VERB_POS and token.head.i != token.i:
        token = token.head
    return token if token.pos_ in VERB_POS else None


def own_subjects(verb: Token) -> list[Token]:
    """The subjects of a verb itself."""
    return [child for child in verb.children if child.dep_ in SUBJECT_DEPS]


def first_conjunct(verb: Token) -> Token:
    """The first verb of a coordination ("went ahead and took" → went)."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def clause_with_subject(head: Token) -> tuple[Token, list[Token]]:
    """The clause to tell for a dated verb, and its subject (own, borrowed, or none found).

    A conjoined verb takes the subject of the first conjunct; an infinitive, participle or
    gerund is told from the verb governing it, climbing until a subject is found.
    """
    clause = head
    for _ in range(MAX_CLIMB):
        subjects = own_subjects(clause) or own_subjects(first_conjunct(clause))
        if subjects:
            return clause, subjects
        first = first_conjunct(clause)
        up = governing_verb(first.head) if first.dep_ in SUBJECTLESS_DEPS else None
        if up is None or up.i == first.i:
            break
        clause = up
    root = head.sent.root
    if root.pos_ in VERB_POS and root.i != clause.i:
        return root, own_subjects(root)
    return clause, []


def spine(clause: Token, head: Token) -> set[int]:
    """Token ids from the told clause down to the dated verb: kept whatever their depth."""
    path = {head.i}
    for ancestor in head.ancestors:
        if ancestor.i == clause.i:
            return path | {clause.i}
        path.add(ancestor.i)
    return {head.i, clause.i}


def time_tokens(time: Span, times: set[int]) -> set[int]:
    """Token ids of the time expressions, with the preposition placing this one ("on")."""
    skip = set(range(time.start, time.end)) | times
    if time.root.dep_ == "pobj" and time.root.head.i == time.start - 1:
        skip.add(time.start - 1)
    return skip


def describe_clause(
    head: Token, time: Span, index: ActorIndex, times: set[int], hidden: set[int] | None = None
) -> tuple[str, list[Token]]:
    """The short text of the clause dated by `time` (its verb `head`), and the tokens it names.

    `hidden` tokens (a dateline) are left out of the text but not of the parse: the words they
    govern, as the parser attached them, are still told.
    """
    skip = time_tokens(time, times)
    if head.pos_ not in VERB_POS:
        clause, subjects, path = head, list[Token](), {head.i}
    else:
        clause, subjects = clause_with_subject(head)
        source = attributing_verb(clause)
        if source is not None:  # "Prosecutors alleged [no checks were made]": told with who says so
            clause, subjects = source, own_subjects(source) + subjects
        path = spine(clause, head)
    kept = {t.i for t in collect(clause, skip, 0, path)}
    names: dict[int, str] = {}
    named: list[Token] = []
    for subject in (s for s in subjects if s.i not in skip):
        kept |= {t.i for t in collect(subject, skip, 1, set())}
        name, words = name_subject(subject, skip, index)
        if name:
            names[subject.i] = name
            named += words
    sentence = head.sent
    kept = with_units(whole_quotations(kept, sentence), sentence) - (hidden or set())
    tokens = trim_edges([head.doc[i] for i in sorted(kept)], frozenset(names))
    tokens, cut = shorten(tokens, path | {s.i for s in subjects})
    text = render(tokens, names) + (" \u2026" if cut else "")
    return text, sorted(tokens + named, key=lambda t: t.i)


def name_subject(subject: Token, skip: set[int], index: ActorIndex) -> tuple[str | None, list[Token]]:
    """What to write for a pronoun subject ("it" → "Russia", "who" → "the son"), and its words."""
    antecedent = relative_antecedent(subject)
    if antecedent is not None:
        clause = subject.head
        inner = set(range(clause.left_edge.i, clause.right_edge.i + 1))
        words = trim_edges(sorted(collect(antecedent, skip | inner, 2, set()), key=lambda t: t.i))
        return (render(words, {}) or None), words
    return resolved_pronoun(subject, index), []


def collect(token: Token, skip: set[int], depth: int, path: set[int]) -> list[Token]:
    """The token and the children worth keeping, recursively; `path` children are always kept."""
    if token.i in skip:
        return []
    kept = [token]
    for child in token.children:
        if child.i in path:
            kept.extend(collect(child, skip, 0, path))
        elif keeps(token, child, depth, path):
            below = collect(child, skip, depth + 1, path)
            if child.dep_ == "prep" and len(below) == 1:
                continue  # the preposition's object was the date itself: "from [10:30] to"
            kept.extend(below)
    return kept


def keeps(parent: Token, child: Token, depth: int, path: set[int]) -> bool:
    """Whether a child (at `depth` below the told clause) belongs to the short version."""
    if child.dep_ == "cc":  # "and" stays between nouns, and between verbs both told
        return any(
            s.dep_ == "conj" and (s.i in path or keeps(parent, s, depth, path)) for s in parent.children
        )
    if child.dep_ == "prep" and child.lower_ in ATTRIBUTION_WORDS:
        return False
    if child.dep_ in PRUNED_DEPS and not is_inner_quote(child):
        return False
    if child.dep_ == "conj":  # coordinated nouns are one phrase; a coordinated verb is its own clause
        return child.pos_ not in VERB_POS
    if child.dep_ in CLAUSE_DEPS and depth >= 2:
        return False
    return not (child.dep_ == "prep" and depth >= MAX_PREP_DEPTH)


def is_inner_quote(token: Token) -> bool:
    """Quotation marks stay: the timeline shows quoted words as quoted."""
    return token.dep_ == "punct" and token.text in {'"', "\u201c", "\u201d"}


def render(tokens: list[Token], names: dict[int, str]) -> str:
    """Join tokens as written, with the names given for some (pronoun subjects)."""
    words: list[str] = []
    for position, token in enumerate(tokens):
        text = names.get(token.i, token.text)
        gap = position > 0 and (
            tokens[position - 1].i != token.i - 1 or bool(tokens[position - 1].whitespace_)
        )
        words.append((" " if gap else "") + text)
    return "".join(words).strip()
