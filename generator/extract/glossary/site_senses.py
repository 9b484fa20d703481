"""A site-glossary term of several senses: which entry a story gets.

An editor may write one term twice ("Congress" of the United States, and of Peru), each entry
with a `context`: words of the stories it fits ("Washington, Senate, Republicans"; "Peru, Lima").
A story gets, for each such term, the entry whose context (and definition) shares most with the
story's words; an entry without context is the default when none is shared; when no entry fits,
the term is left to the other finders (and so, at worst, wanted) rather than defined wrongly. A
term of one entry with a context has one sense of several a word may have ("turnover" in
basketball): it too is given only to the stories that share its context.
"""

from __future__ import annotations

from collections import defaultdict

from ...story.model import GlossaryEntry
from ..nlp import ParsedArticle
from .lexical import story_context
from .senses import overlap, text_stems


def choose_entries(parsed: ParsedArticle, entries: list[GlossaryEntry]) -> list[GlossaryEntry]:
    """The site glossary with, for each term of several entries, the one that fits this story."""
    by_term: dict[str, list[GlossaryEntry]] = defaultdict(list)
    for entry in entries:
        by_term[entry.term.lower()].append(entry)
    if all(len(group) == 1 and not group[0].context for group in by_term.values()):
        return entries
    context = story_context(parsed.doc)
    chosen = []
    for group in by_term.values():
        best = group[0] if len(group) == 1 and not group[0].context else fitting_entry(group, context)
        if best is not None:
            chosen.append(best)
    return chosen


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
