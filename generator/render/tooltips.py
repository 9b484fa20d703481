"""Glossary tooltips: the Markdown abbreviation block appended to every page.

Python-Markdown's `abbr` extension reads lines `*[term]: definition` and wraps every later
occurrence of `term` in `<abbr title="definition">`; Material's `content.tooltips` feature then
shows the title as a tooltip. What the extension does, read from `markdown/extensions/abbr.py`
(Markdown 3.11), and what follows from it here:

* The term line is matched by `^[*]\\[(?P<abbr>[^\\\\]*?)\\][ ]?:[ ]*\\n?[ ]*(?P<title>.*)$`: a term
  cannot hold a backslash, and ends at the first `]`; such terms are left out. An empty title would
  let the *next* line become the title (`\\n?`), so empty definitions are left out too, as is a
  title of exactly `""` or `''` (which deletes an abbreviation).
* Terms are found with `\\b(?:term1|term2…)\\b`, longest first, case-sensitively: multi-word terms
  work ("rules-based order"), but "Security assurances" at the start of a sentence is not
  "security assurances". So each term also gets its capitalised form, and a lower-case term its
  plural in -s.
* The title is set as an attribute of the element and never parsed as Markdown; the serializer
  escapes `<`, `>` and `"` but leaves anything that looks like an entity alone (`&copy;` would
  show as ©). So definitions are HTML-escaped here, `&` included, which shows them exactly as
  written; braces and `]` become character references as well, so a `{{ … }}` in a definition
  stays text even if a macro plugin ever reads the page, and the line stays one line.
* Each definition line is a block of its own (blank lines between): the block processor takes
  one definition per run and re-queues the rest of its block, so one block of n lines costs
  O(n²) string copying, while n blocks cost O(n).
* Headings get tooltips too; `clean_headings` removes them again (see that module).
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..story.model import GlossaryEntry, Story

UNSAFE_TERM = re.compile(r"[\\\]\x00-\x1f\x7f]")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # incl. Python-Markdown's \x02/\x03 stash marks
WORD = re.compile(r"\w+")
ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "{": "&#123;", "}": "&#125;", "]": "&#93;"}


def abbreviation_lines(entries: list[tuple[str, str]]) -> str:
    """The `*[term]: definition` block for (term, definition) pairs, longest term first.

    The first definition given for a term (or a variant of it) wins; terms that the abbr syntax
    cannot express, and empty definitions, are skipped. Returns "" when nothing is left.
    """
    titles: dict[str, str] = {}
    for term, definition in entries:
        term = " ".join(str(term).split())
        title = safe_title(definition)
        if not term or not title or UNSAFE_TERM.search(term):
            continue
        for variant in term_variants(term):
            titles.setdefault(variant, title)
    ordered = sorted(titles.items(), key=lambda item: (-len(item[0]), item[0]))
    return "\n\n".join(f"*[{term}]: {title}" for term, title in ordered)  # a block each: linear parsing


class TermFinder:
    """(term, definition) pairs, indexed by the first word of each spelling, to find a page's terms.

    The abbr extension compiles every term of a page's block into one pattern and runs it over
    every text node; the whole site glossary on every page costs some 50 ms a page (about a minute
    per 1,000 pages), while a page uses a handful of terms. So each page gets only the terms whose
    spelling it contains, and testing hundreds of spellings on every page is itself slow: a term
    is tested only when the first word of one of its spellings is a word of the page (a spelling
    the extension can find at word boundaries always starts with a whole word of the text).
    """

    def __init__(self, entries: list[tuple[str, str]]) -> None:
        self.entries = entries
        self.variants = [term_variants(term) for term, _ in entries]
        self.by_word: dict[str, set[int]] = defaultdict(set)
        self.always: set[int] = set()  # spellings that start with no word: tested on every page
        for index, variants in enumerate(self.variants):
            for variant in variants:
                first = WORD.match(variant)
                if first:
                    self.by_word[first.group()].add(index)
                else:
                    self.always.add(index)

    def used(self, text: str, words: set[str]) -> list[tuple[str, str]]:
        """The entries (in their order) with a spelling in `text`, whose words are `words`."""
        candidates = set(self.always)
        for word in words & self.by_word.keys():
            candidates |= self.by_word[word]
        return [
            self.entries[index]
            for index in sorted(candidates)
            if any(variant in text for variant in self.variants[index])
        ]


def abbreviations_for(text: str, *finders: TermFinder) -> str:
    """The abbreviation block of only the terms that occur in `text` (a page's Markdown); the
    finders' terms in their order, so the first finder's definition of a term wins."""
    words = set(WORD.findall(text))
    return abbreviation_lines([entry for finder in finders for entry in finder.used(text, words)])


def term_variants(term: str) -> list[str]:
    """The spellings a term takes in running text: as given, capitalised, and a plural."""
    variants = [term]
    last = term.split()[-1]
    if last.isalpha() and last.islower() and not last.endswith("s"):
        variants.append(term + "s")  # tariff → tariffs
    for variant in list(variants):
        if variant[0].islower():
            variants.append(variant[0].upper() + variant[1:])  # "Security assurances …"
    return variants


def safe_title(definition: str | None) -> str:
    """A definition as the text of one title attribute line: one line, escaped, shown verbatim."""
    text = " ".join(CONTROL.sub(" ", str(definition or "")).split())
    if text in ('""', "''"):
        return ""
    return "".join(ENTITIES.get(char, char) for char in text)


def story_terms(story: Story) -> list[tuple[str, str]]:
    """(term, definition) of the story's terms readers may see (settled: defined, not doubtful);
    they come before the site glossary's, so the story's own sense wins on its pages."""
    return [(term.term, term.definition) for term in story.glossary if term.settled and term.definition]


def glossary_terms(glossary: list[GlossaryEntry]) -> list[tuple[str, str]]:
    """(term, definition) for the site glossary's terms and their aliases; an entry with a context
    is one sense of several, used only by the stories it fits (they carry it in their own terms)."""
    terms = []
    for entry in glossary:
        if entry.context:
            continue
        terms.append((entry.term, entry.definition))
        terms += [(alias, entry.definition) for alias in entry.aliases]
    return terms
