"""A site-glossary term of several senses: which entry a story gets.

An editor may write one term twice ("Congress" of the United States, and of Peru), each entry
with a `context`: words of the stories it fits ("Washington, Senate, Republicans"; "Peru, Lima").
A story gets, for each such term, the entry whose context (and definition) shares most with the
story's words; an entry without context is the default when none is shared; when no entry fits,
the term is left to the other finders (and so, at worst, wanted) rather than defined wrongly. A
term of one entry with a context has one sense of several a word may have ("turnover" in
basketball): it too is given only to the stories that share its context.

A one-word term the story uses as the head of a compound whose first noun its definition does
not mention is another term: "grade inflation" is no rise in prices, "staff turnover" no lost
ball; "price inflation" keeps the entry (`drop_other_compounds`).
"""

from __future__ import annotations

from collections import defaultdict

from ...story.model import GlossaryEntry
from ..nlp import ParsedArticle
from .candidates import TermCandidate
from .definitions import token_span
from .lexical import story_context
from .senses import overlap, stem, text_stems


def choose_entries(parsed: ParsedArticle, entries: list[GlossaryEntry]) -> list[GlossaryEntry]:
    """The site glossary with, for each term of several entries, the one that fits this story."""
    by_term: dict[str, list[GlossaryEntry]] = defaultdict(list)
    for entry in entries:
        by_term[entry.term.lower()].append(entry)
    if all(settled(group) for group in by_term.values()):
        return entries
    context = story_context(parsed.doc)
    chosen = []
    for group in by_term.values():
        best = group[0] if settled(group) else fitting_entry(group, context)
        if best is not None:
            chosen.append(best)
    return chosen


def settled(group: list[GlossaryEntry]) -> bool:
    """Whether a term's entries leave nothing to choose: one entry, for every story (no context)."""
    return len(group) == 1 and not group[0].context


def fitting_entry(group: list[GlossaryEntry], context: set[str]) -> GlossaryEntry | None:
    """The entry whose context words the story shares most; the context-free one as a default."""
    scored = []
    for entry in group:
        own = text_stems(entry.term)
        score = overlap(text_stems(" ".join(entry.context)) - own, context)
        scored.append((score, entry))
    score, best = max(scored, key=lambda s: s[0])
    if score > 0:
        return best
    return next((entry for entry in group if not entry.context), None)


def drop_other_compounds(parsed: ParsedArticle, known: list[TermCandidate]) -> list[TermCandidate]:
    """The glossary matches without the occurrences that head a compound of another sense."""
    kept = []
    for candidate in known:
        entry = candidate.entry
        if entry is None or " " in entry.term.strip() or not entry.term.islower():
            kept.append(candidate)
            continue
        own = text_stems(" ".join((entry.term, *entry.aliases, entry.definition)))
        occurrences = candidate.occurrences
        candidate.occurrences = [(s, e) for s, e in occurrences if not other_compound(parsed, s, e, own)]
        if candidate.occurrences:
            candidate.start, candidate.end = candidate.occurrences[0]
            kept.append(candidate)
    return kept


def other_compound(parsed: ParsedArticle, start: int, end: int, own: set[str]) -> bool:
    """Whether the word at start:end heads a compound ("grade inflation") whose first noun is not
    among the words `own` of the term's entry."""
    span = token_span(parsed.doc, start, end)
    if span is None or span.start == 0:
        return False
    before = parsed.doc[span.start - 1]
    return (
        before.pos_ == "NOUN"
        and before.dep_ == "compound"
        and span.start <= before.head.i < span.end
        and not {stem(before.lemma_), stem(before.text), stem(before.lemma_ + "s")} & own  # "prices"
    )
