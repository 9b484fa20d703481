"""Relations between actors. Placeholder until the relation extractor lands."""

from __future__ import annotations

from ..model import Quote, Relation
from .actors import ActorIndex
from .nlp import ParsedArticle


def extract_relations(parsed: ParsedArticle, index: ActorIndex, quotes: list[Quote]) -> list[Relation]:
    return []
