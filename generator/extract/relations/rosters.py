"""Who plays for which team when the sentence itself names no team ("for the Thunder").

Sport reports state a roster three more ways:

- a notes paragraph headed by a team, AP's convention ("Lakers: Kyle Kuzma left the court ..."):
  the person each sentence is about (its main subject) plays for that team;
- a statistic during the team's game: "Davis scored 34 points during the Lakers' fifth straight
  victory" (a contest noun the team possesses, in the clause of the statistic);
- the other scorers of a paragraph that names one team only, once one of them was said to play
  for it: "Schröder scored 20 points for the Thunder. Danilo Gallinari added 25 points, and
  Nerlens Noel had 15."

A statistic is a counted object of a stated verb with a person subject: a statistic noun
(`statistic_nouns`: points, rebounds, a 3-pointer) or a bare number ("had 15").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Token

from ...story.model import Relation
from ..actors import ActorIndex
from ..nlp import ParsedArticle
from .clauses import actor_named, kind_of, stated
from .contests import CONTEST_NOUNS
from .lexicon import SUBJECTS
from .membership import statistic_clause

TEAM_LABEL = re.compile(r"^([A-Z][\w.&' -]{0,40}):\s")


def roster_relations(parsed: ParsedArticle, index: ActorIndex, found: list[Relation]) -> Iterator[Relation]:
    """`found`: the memberships the other rules stated, from which a paragraph's roster grows."""
    stated_here = [*labelled_notes(parsed, index), *statistics_in_a_game(parsed, index)]
    yield from stated_here
    yield from fellow_scorers(parsed, index, [*found, *stated_here])


def person_subject(verb: Token, index: ActorIndex) -> str | None:
    """The person a verb is said of; of two subjects ("Lakers: Kuzma left"), the person."""
    for subject in (c for c in verb.children if c.dep_ in SUBJECTS):
        found = actor_named(subject, index)
        if kind_of(found, index) == "person":
            return found
    return None


def team(actor_id: str | None, index: ActorIndex) -> str | None:
    return actor_id if kind_of(actor_id, index) == "organization" else None


def labelled_notes(parsed: ParsedArticle, index: ActorIndex) -> Iterator[Relation]:
    """ "Lakers: Kyle Kuzma left the court ...": each sentence's main subject plays for the Lakers."""
    for number, text in enumerate(parsed.article.paragraphs, start=1):
        label = TEAM_LABEL.match(text)
        side = team(index.resolve(label.group(1)), index) if label else None
        if side is None:
            continue
        start = parsed.starts[number - 1]
        end = start + len(text)
        for sentence in parsed.sents:
            if start <= sentence.start_char < end:
                member = person_subject(sentence.root, index) if stated(sentence.root) else None
                if member:
                    yield Relation(member, side, "member-of", number)


def statistics_in_a_game(parsed: ParsedArticle, index: ActorIndex) -> Iterator[Relation]:
    """ "Davis scored 34 points during the Lakers' victory": Davis plays for the Lakers."""
    for token in parsed.doc:
        if token.dep_ != "poss" or token.head.lemma_.lower() not in CONTEST_NOUNS:
            continue
        side = team(actor_named(token, index), index)
        verb = next((a for a in token.head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if side is None or verb is None or not statistic_clause(verb):
            continue
        member = person_subject(verb, index)
        if member:
            yield Relation(member, side, "member-of", parsed.paragraph_at(token.idx))


def fellow_scorers(parsed: ParsedArticle, index: ActorIndex, found: list[Relation]) -> Iterator[Relation]:
    """The scorers of a paragraph (or, when the paragraph names both teams, of a sentence) naming
    one team, once one of them plays for it: "After Green got a rebound for the Lakers,
    Caldwell-Pope drilled a 3-pointer"."""
    members = {(r.source, r.target) for r in found if r.kind == "member-of"}
    if not members:
        return  # no one plays for a team: no roster to grow
    players = {source for source, _ in members}
    teams_at: dict[int, str | None] = {}  # resolved once: a word is in a paragraph and a sentence

    def team_at(token: Token) -> str | None:
        if token.i not in teams_at:
            named = actor_named(token, index) if token.text[:1].isupper() else None
            teams_at[token.i] = team(named, index)
        return teams_at[token.i]

    paragraphs = [
        parsed.doc.char_span(start, start + len(text), alignment_mode="expand")
        for start, text in zip(parsed.starts, parsed.article.paragraphs, strict=True)
    ]
    for unit in [*(p for p in paragraphs if p is not None), *parsed.sents]:
        scorers = {m for t in unit if statistic_clause(t) for m in [person_subject(t, index)] if m}
        if not scorers & players:
            continue  # no scorer known to play for anyone: the unit's teams do not matter
        teams = {a for t in unit for a in [team_at(t)] if a}
        if len(teams) != 1:
            continue
        side = teams.pop()
        if any((scorer, side) in members for scorer in scorers):  # grown from a player, not an employee
            for member in sorted(scorers):
                yield Relation(member, side, "member-of", parsed.paragraph_at(unit.start_char))
