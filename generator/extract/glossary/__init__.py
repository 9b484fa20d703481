"""Glossary: which terms of an article need explaining, ranked by need, with their definitions.

Terms come from the finders of `candidates` (the site glossary's terms and aliases, labels in
quotation marks that are nobody's words, acronyms, named public bodies), names the article
describes (`described`), and dictionary terms (`lexical`: WordNet compounds, rare words, common
words in a specialised sense). Definitions, in this order:

1. the site glossary (source "glossary"), the entry whose `context` fits when a term has several,
   and not where the term heads a compound of another sense, "grade inflation" (`site_senses`);
2. the article itself (`definitions`, source "article");
3. WordNet (source "wordnet"), in the sense chosen from the story's words (`senses`); a sense the
   evidence does not settle is kept with `doubtful` set, for the editor, and never shown.

A term with none is kept with no definition and source "wanted" for `explainer check`; named
organisations and dictionary terms are dropped instead (nobody needs them listed). Without
WordNet, one line on stderr says so and extraction goes on.

Ranking puts first what a reader most needs: terms the site glossary knows and labels the writer
put in quotation marks (coinages like "special military operation"), then terms the article or
the dictionary explains (at most `MAX_TERMS` dictionary terms, most needed first), then those
left unexplained; within a rank, the order of first appearance.
"""

from __future__ import annotations

from dataclasses import replace

from ...story.model import GlossaryEntry, Quote, Term
from ..actors import ActorIndex
from ..lexicon.wordnet import WORDNET_MISSING, WordNet, load_wordnet, warn_once
from ..nlp import ParsedArticle
from .candidates import (
    TermCandidate,
    find_acronyms,
    find_glossary_terms,
    find_institutions,
    find_quoted_terms,
    name_pattern,
)
from .definitions import define_in_article, find_expansion, find_spelled_name
from .described import find_described_names
from .lexical import MAX_TERMS, LexicalDefinition, define_with_wordnet, find_lexical_terms, is_rare, need
from .site_senses import choose_entries, drop_other_compounds


def extract_terms(
    parsed: ParsedArticle, index: ActorIndex, quotes: list[Quote], site_glossary: list[GlossaryEntry]
) -> list[Term]:
    """The terms a reader of this article may need explained, most needed first."""
    known = find_glossary_terms(parsed.text, choose_entries(parsed, site_glossary))
    known = drop_other_compounds(parsed, known)
    wordnet = load_wordnet()
    if wordnet is None:
        warn_once(WORDNET_MISSING)
    terms = [(rank(c, None), c.start, to_term(parsed, c, None)) for c in known]
    lexical = []
    for candidate in find_candidates(parsed, index, quotes, known, wordnet):
        definition = define_in_article(parsed, candidate)
        if definition is None and wordnet is not None and candidate.kind != "organisation":
            from_dictionary = define_with_wordnet(parsed, candidate.term, wordnet, candidate.occurrences)
            if candidate.kind == "lexical":
                if from_dictionary and (from_dictionary.specialised or is_rare(candidate.term)):
                    lexical.append((need(candidate.term, from_dictionary), candidate, from_dictionary))
                continue
            if from_dictionary:
                if candidate.kind == "acronym" and len(wordnet.synsets(candidate.term)) > 1:
                    # initialisms are too ambiguous for the story's words to settle: MP, CSE
                    from_dictionary = replace(from_dictionary, doubtful=True)
                terms.append((1, candidate.start, dictionary_term(parsed, candidate, from_dictionary)))
                continue
        if definition is None and candidate.kind == "organisation":
            continue  # a name nobody explains is no glossary term
        terms.append((rank(candidate, definition), candidate.start, to_term(parsed, candidate, definition)))
    for _, candidate, from_dictionary in sorted(lexical, key=lambda t: t[0])[:MAX_TERMS]:
        terms.append((1, candidate.start, dictionary_term(parsed, candidate, from_dictionary)))
    return [term for _, _, term in sorted(terms, key=lambda t: (t[0], t[1]))]


def find_candidates(
    parsed: ParsedArticle,
    index: ActorIndex,
    quotes: list[Quote],
    known: list[TermCandidate],
    wordnet: WordNet | None,
) -> list[TermCandidate]:
    """Every candidate besides the site glossary's `known` terms, one per term, none of them twice.

    Dictionary terms come last, outside the spans the other finders claimed, and not when the
    site glossary already names them (or, for a word of one sense, a WordNet synonym of them).
    """
    text = parsed.text
    taken = [span for c in known for span in c.occurrences]
    found = (
        find_quoted_terms(parsed, index, quotes)
        + find_acronyms(parsed, index)
        + find_institutions(parsed)
        + find_described_names(parsed, index)
    )
    named = {n.lower() for c in known if c.entry for n in (c.entry.term, *c.entry.aliases)}
    others = merge_candidates(
        [c for c in found if not covered(c, taken) and c.term.lower() not in named], text
    )
    others = fold_expansions(parsed, others)
    if wordnet is None:
        return others
    taken += [span for c in others if c.kind != "organisation" for span in c.occurrences]
    named |= {c.term.lower() for c in others}
    lexical = merge_candidates(find_lexical_terms(parsed, wordnet, taken), text)
    return others + [c for c in lexical if not synonyms(wordnet, c.term) & named]


def synonyms(wordnet: WordNet, term: str) -> set[str]:
    """The term and, when it has one sense, its WordNet synonyms, lower-cased: "Fed" is the
    glossary's "Federal Reserve" (a word of several senses keeps only itself)."""
    senses = wordnet.synsets(term)
    return {term.lower()} | ({lemma.lower() for lemma in senses[0].lemmas} if len(senses) == 1 else set())


def covered(candidate: TermCandidate, taken: list[tuple[int, int]]) -> bool:
    """Whether a glossary match already covers the candidate, or its last word (its head).

    "Public Utilities Commission" inside "California Public Utilities Commission" covers it; the
    "Senate" inside "Senate Judiciary Committee" does not.
    """
    return any(s < candidate.end <= e for s, e in taken)


def merge_candidates(candidates: list[TermCandidate], text: str) -> list[TermCandidate]:
    """One candidate per term, first occurrence first, with every occurrence of it in the text."""
    merged: dict[str, TermCandidate] = {}
    for candidate in sorted(candidates, key=lambda c: c.start):
        key = candidate.term if candidate.kind == "acronym" else candidate.term.lower()
        if key in merged:
            continue
        pattern = name_pattern(candidate.term)
        candidate.occurrences = [(m.start(), m.end()) for m in pattern.finditer(text)] or [
            (candidate.start, candidate.end)
        ]
        merged[key] = candidate
    return list(merged.values())


def fold_expansions(parsed: ParsedArticle, candidates: list[TermCandidate]) -> list[TermCandidate]:
    """Fold an institution spelled out beside its acronym into the acronym: CPUC, not both."""
    text = parsed.text
    spelled: dict[str, TermCandidate] = {}
    for candidate in candidates:
        if candidate.kind != "acronym":
            continue
        for start, end in candidate.occurrences:
            found = find_expansion(text, start, end) or find_spelled_name(parsed.doc, start, end)
            if found:
                spelled[text[found[0] : found[1]].lower().removeprefix("the ")] = candidate
                candidate.occurrences = sorted({*candidate.occurrences, found})
                break
    kept = []
    for candidate in candidates:
        acronym = spelled.get(candidate.term.lower())
        if acronym is not None and candidate is not acronym:
            acronym.occurrences = sorted(set(acronym.occurrences + candidate.occurrences))
            continue
        kept.append(candidate)
    return kept


def rank(candidate: TermCandidate, definition: str | None) -> int:
    """0: glossary-known or a quoted label; 1: explained by the article; 2: wanted."""
    if candidate.kind in ("glossary", "quoted"):
        return 0
    return 1 if definition else 2


def to_term(parsed: ParsedArticle, candidate: TermCandidate, definition: str | None) -> Term:
    """The Term of a candidate, with its source and the paragraphs it appears in."""
    paragraphs = sorted(
        {parsed.paragraph_at(start) for start, _ in candidate.occurrences or [(candidate.start, 0)]}
    )
    if candidate.entry is not None:
        return Term(candidate.term, candidate.entry.definition, "glossary", paragraphs[0], paragraphs)
    if definition:
        return Term(candidate.term, definition, "article", paragraphs[0], paragraphs)
    return Term(candidate.term, None, "wanted", paragraphs[0], paragraphs)


def dictionary_term(parsed: ParsedArticle, candidate: TermCandidate, definition: LexicalDefinition) -> Term:
    """The Term of a candidate defined by WordNet; doubtful when its sense is unsure."""
    term = to_term(parsed, candidate, definition.text)
    term.source = "wordnet"
    term.doubtful = definition.doubtful
    return term
