"""Tidying the tokens kept for an event so that they read as one short, whole clause.

Pruning a dependency tree leaves debris a reader notices at once: half a quotation, a number
without its "%", a sentence ending on "to" or "according to", a preposition whose object was
the date itself. The rules here work on the kept tokens (a sorted list) and on the sentence they
come from, never on the whole Doc. They follow the headline conventions of news style guides
(a headline is a complete clause; quotations are never cut — AP Stylebook, "quotations").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

# Past this many words the description is shortened (a headline is 8–14 words long; a timeline
# entry may carry a little more, such as the object of a reported statement).
MAX_WORDS = 20
# A quotation longer than this many words is left out rather than given whole.
MAX_QUOTE_WORDS = 12
OPENING_QUOTES = frozenset({"\u201c", "\u2018"})
CLOSING_QUOTES = frozenset({"\u201d", "\u2019"})
STRAIGHT_QUOTES = frozenset({'"'})
QUOTE_MARKS = OPENING_QUOTES | CLOSING_QUOTES | STRAIGHT_QUOTES
# Quotation marks that may stand at the start (opening) or the end (closing) of a description.
LEADING_MARKS = OPENING_QUOTES | STRAIGHT_QUOTES
TRAILING_MARKS = CLOSING_QUOTES | STRAIGHT_QUOTES
# Words that a clause description should not start or end with.
EDGE_WORDS: frozenset[str] = frozenset({"that", "and", "but", "or", ",", "-", "--", ";", ":", "as", "which"})
# Parts of speech that cannot end a clause: they announce words that were cut.
DANGLING_POS: frozenset[str] = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PART", "AUX"})
# Dependencies shed first, rightmost first, when a description is too long: modifiers, not core.
OPTIONAL_DEPS: tuple[str, ...] = (
    "prep",
    "advmod",
    "npadvmod",
    "acl",
    "conj",
    "amod",
    "ccomp",
    "xcomp",
    "dobj",
)
# Units a number is never separated from.
UNIT_WORDS: frozenset[str] = frozenset({"%", "percent", "per", "cent"})


def is_quote(token: Token) -> bool:
    """Whether a token is a quotation mark (straight or curly)."""
    return token.text in QUOTE_MARKS


def quotations(sentence: Span) -> list[tuple[int, int]]:
    """Token ids of the opening and closing marks of each quotation in a sentence."""
    pairs: list[tuple[int, int]] = []
    opened: int | None = None
    for token in sentence:
        if not is_quote(token):
            continue
        opens = token.text in OPENING_QUOTES or token.text in STRAIGHT_QUOTES and opened is None
        if opens and opened is None:
            opened = token.i
        elif not opens and opened is not None:
            pairs.append((opened, token.i))
            opened = None
    return pairs


def whole_quotations(kept: set[int], sentence: Span) -> set[int]:
    """Keep a quotation whole (when short) or not at all: a reader must see what was said."""
    kept = set(kept)
    paired: set[int] = set()
    for start, end in quotations(sentence):
        paired |= {start, end}
        inside = set(range(start + 1, end))
        if not inside & kept:
            kept -= {start, end}
        elif sum(not sentence.doc[i].is_punct for i in inside) <= MAX_QUOTE_WORDS:
            kept |= inside | {start, end}
        else:
            kept -= inside | {start, end}
    doc = sentence.doc
    return {i for i in kept if i in paired or not is_quote(doc[i])}


def with_units(kept: set[int], sentence: Span) -> set[int]:
    """Keep each number with its unit and currency sign: "30%", "$40 million"."""
    doc = sentence.doc
    added = set(kept)
    for i in kept:
        token = doc[i]
        if token.like_num and i + 1 < sentence.end and doc[i + 1].lower_ in UNIT_WORDS:
            added.add(i + 1)
        if token.like_num and i - 1 >= sentence.start and doc[i - 1].tag_ == "$":
            added.add(i - 1)
        if token.lower_ in UNIT_WORDS and i - 1 >= sentence.start and doc[i - 1].like_num:
            added.add(i - 1)
    return added


def trim_edges(tokens: list[Token], keep: frozenset[int] = frozenset()) -> list[Token]:
    """Drop connectives, punctuation and words that announce a cut at either end (not `keep`)."""
    while (
        tokens
        and tokens[0].i not in keep
        and (
            tokens[0].lower_ in EDGE_WORDS
            or tokens[0].tag_ == "WRB"
            or is_stray_punct(tokens[0], LEADING_MARKS)
        )
    ):
        tokens = tokens[1:]
    while (
        tokens
        and tokens[-1].i not in keep
        and (
            tokens[-1].lower_ in EDGE_WORDS
            or tokens[-1].pos_ in DANGLING_POS
            or tokens[-1].dep_ == "prep"  # a preposition whose object was cut: "including", "according"
            or is_stray_punct(tokens[-1], TRAILING_MARKS)
        )
    ):
        tokens = tokens[:-1]
    return tokens


def is_stray_punct(token: Token, allowed: frozenset[str]) -> bool:
    """Punctuation that means nothing at an edge; quotation marks and "%" do."""
    return token.is_punct and token.text not in allowed and token.lower_ not in UNIT_WORDS


def word_count(tokens: Iterable[Token]) -> int:
    """Words as a reader counts them: punctuation is not a word."""
    return sum(not token.is_punct for token in tokens)


def shorten(tokens: list[Token], keep: set[int]) -> tuple[list[Token], bool]:
    """Shed whole optional phrases, rightmost first, until the clause fits in MAX_WORDS.

    Returns the tokens and whether a hard cut (marked with an ellipsis) was still needed.
    Token ids in `keep` (the clause's spine: subject, verbs down to the dated one) never go.
    """
    for dep in OPTIONAL_DEPS:
        if word_count(tokens) <= MAX_WORDS:
            break
        for token in sorted(tokens, key=lambda t: -t.i):
            if word_count(tokens) <= MAX_WORDS:
                break
            if token.dep_ == dep and token.i not in keep and token in tokens:
                drop = set(range(token.left_edge.i, token.right_edge.i + 1))
                if not drop & keep:
                    tokens = trim_edges([t for t in tokens if t.i not in drop])
    if word_count(tokens) <= MAX_WORDS:
        return tokens, False
    cut: list[Token] = []
    for token in tokens:
        if word_count(cut) >= MAX_WORDS:
            break
        cut.append(token)
    if sum(is_quote(token) for token in cut) % 2:  # never end inside a quotation
        last = max(position for position, token in enumerate(cut) if is_quote(token))
        cut = cut[:last]
    return trim_edges(cut), True
