"""Quotation marks: find the quoted spans of each paragraph, before any syntax is consulted.

Newspapers mix straight (") and curly (“ ”) double quotes, use single quotes for quotes inside
quotes (and, in British style, sometimes for whole quotes), and use the same character for the
apostrophe (don't, Europeans'). A straight mark carries no direction, so it is read from its
neighbours: a mark after a space and before a letter opens, a mark after a letter or punctuation
and before a space closes. Pairing is done per paragraph, so one stray mark can spoil at most
its own paragraph, never the rest of the article.

Wire convention for long quotes (AP Stylebook, "quotation marks"): a paragraph that opens a quote
without closing it continues in the next paragraph, which opens again. Older BBC copy runs such
paragraphs together, so an opening mark met while a quote is still open also ends the open one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPEN = "“"
DOUBLE_CLOSE = "”"
SINGLE_OPEN = "‘"
SINGLE_CLOSE = "’"
STRAIGHT_DOUBLE = '"'
STRAIGHT_SINGLE = "'"
OPENING_CONTEXT = " \t\n([{—–-/"  # characters after which a straight mark opens a quote
CLOSING_FOLLOW = " \t\n.,;:!?)]}—–-…"  # characters before which a straight mark closes a quote


@dataclass
class Mark:
    pos: int  # offset of the mark in the paragraph
    role: str  # "open", "close" or "either" ("none" marks are dropped)


@dataclass
class QuotedSpan:
    """The content of one pair of quotation marks in one paragraph (marks excluded)."""

    paragraph: int  # 1-based
    start: int  # offset of the first character inside the marks
    end: int  # offset just past the last character inside the marks
    closed: bool = True  # False: the quote runs to the end of its paragraph (continues)
    continues: bool = False  # True: it carries on a quote left open in the previous paragraph

    def text(self, paragraph_text: str) -> str:
        return paragraph_text[self.start : self.end]


def covered(char: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether a character offset falls inside one of `ranges` (quoted text, marks included)."""
    return any(start <= char < end for start, end in ranges)


def overlaps(item: tuple[int, int], ranges: list[tuple[int, int]]) -> bool:
    """Whether the character range `item` shares a character with one of `ranges`."""
    return any(item[0] < end and start < item[1] for start, end in ranges)


def classify_mark(text: str, pos: int) -> str:
    """Tell whether the mark at `pos` opens or closes a quote, from the characters around it."""
    char = text[pos]
    if char in (DOUBLE_OPEN, SINGLE_OPEN):
        return "open"
    if char == DOUBLE_CLOSE:
        return "close"
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    if before.isspace() and after.isspace():
        return "none"  # a mark standing alone between spaces quotes nothing
    opens = before in OPENING_CONTEXT or before in (DOUBLE_OPEN, STRAIGHT_DOUBLE)
    closes = after in CLOSING_FOLLOW or after in (DOUBLE_CLOSE, STRAIGHT_DOUBLE)
    if opens and not after.isspace():
        return "open"
    if closes and not before.isspace():
        return "close"
    return "either"


def is_apostrophe(text: str, pos: int) -> bool:
    """A single mark between two letters (don't, O'Regan) or after a plural s is an apostrophe."""
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    if before.isalnum() and after.isalnum():
        return True
    # Europeans' / the '90s / rock 'n' roll: possessive plural or elision, not a quote
    return (before in "sS" and not after.isalnum()) or (
        before.isspace() and text[pos + 1 : pos + 3].isdigit()
    )


def find_marks(text: str, single: bool) -> list[Mark]:
    """The double (or single) quotation marks of `text`, apostrophes left out."""
    chars = (
        (SINGLE_OPEN, SINGLE_CLOSE, STRAIGHT_SINGLE)
        if single
        else (DOUBLE_OPEN, DOUBLE_CLOSE, STRAIGHT_DOUBLE)
    )
    marks = []
    for pos, char in enumerate(text):
        if char not in chars:
            continue
        if single and is_apostrophe(text, pos):
            continue
        role = classify_mark(text, pos)
        if role != "none":
            marks.append(Mark(pos, role))
    return marks


def pair_marks(text: str, marks: list[Mark], paragraph: int) -> list[QuotedSpan]:
    """Pair opening and closing marks left to right; an open quote at the end stays open."""
    spans: list[QuotedSpan] = []
    open_at: int | None = None
    for mark in marks:
        if open_at is None:
            if mark.role in ("open", "either"):
                open_at = mark.pos
            elif not spans:
                # a closing mark with nothing open: the paragraph carries on an earlier quote
                spans.append(QuotedSpan(paragraph, 0, mark.pos, continues=True))
            continue
        if mark.role in ("close", "either"):
            spans.append(QuotedSpan(paragraph, open_at + 1, mark.pos))
            open_at = None
        else:  # an opening mark while open: run-on paragraphs of one long quote
            spans.append(QuotedSpan(paragraph, open_at + 1, mark.pos, closed=False))
            open_at = mark.pos
    if open_at is not None:
        spans.append(QuotedSpan(paragraph, open_at + 1, len(text), closed=False))
    return [trim_span(text, s) for s in spans if text[s.start : s.end].strip()]


def trim_span(text: str, span: QuotedSpan) -> QuotedSpan:
    """Drop the white space inside the marks so the text is a clean substring."""
    while span.start < span.end and text[span.start].isspace():
        span.start += 1
    while span.end > span.start and text[span.end - 1].isspace():
        span.end -= 1
    return span


def uses_single_quotes(text: str) -> bool:
    """British style: single quotes as the outer marks, with no double marks in the paragraph."""
    if re.search(r"[\"“”]", text):
        return False
    return len(find_marks(text, single=True)) >= 2


def find_quoted_spans(paragraphs: list[str]) -> list[QuotedSpan]:
    """Every top-level quoted span of the article, in order; nested quotes stay inside."""
    spans: list[QuotedSpan] = []
    for number, text in enumerate(paragraphs, start=1):
        marks = find_marks(text, single=uses_single_quotes(text))
        found = pair_marks(text, marks, number)
        if found and spans and not spans[-1].closed and spans[-1].paragraph == number - 1:
            # the previous paragraph left a quote open: this one carries it on if it opens at once
            first = found[0]
            if text[: max(first.start - 1, 0)].strip() == "":
                first.continues = True
        spans.extend(found)
    return spans
