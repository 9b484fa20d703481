"""Times and events. Placeholder until the temporal extractor lands."""

from __future__ import annotations

from ..model import Event, TimeExpression
from .actors import ActorIndex
from .nlp import ParsedArticle


def extract_timeline(parsed: ParsedArticle, index: ActorIndex) -> tuple[list[TimeExpression], list[Event]]:
    return [], []
