"""Relations between actors: who speaks for, leads or belongs to whom; who backs or attacks whom.

Three sources, each a set of small rule modules on spaCy's dependency parse:

1. *Roles* (here). A title names a relation to the affiliate it names (AP style puts both before
   the name): "Kremlin spokesman Dmitry Peskov" speaks for the Kremlin (`SPOKES_TITLES`),
   "Ukrainian President Volodymyr Zelenskiy" leads Ukraine (`LEADER_TITLES`, unless the title is
   "deputy", "vice" or "former"); any other title is membership ("deputy chairman of Russia's
   upper house" -> member of Russia). Kin are relatives, not members ("the husband of lawmaker
   Jo Cox" -> related to Jo Cox). A seat of government leads its country (the Kremlin -> Russia).
   Verbs and prepositions of membership (`membership`: "heads", "plays for"), team rosters
   (`rosters`), a name's own phrase (`ties`: "Paris-based Safran", "ties between X and Y").
2. *Stance words in the reporting* (`stance`): "Germany backs Poland"; contests (`contests`: "the
   Lakers beat the Thunder"); adversaries in apposition (`adversaries`: "Holm, his rival").
3. *What speakers say* (`speech`): criticism in quotes and reported statements; who alleges
   wrongdoing of whom (`allegations`); who speaks "on behalf of" whom (`behalf`).

The word lists are data files (`..lexicon`): those of roles, stance and speech in `lexicon`, the others
at the top of the module that reads them.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...story.model import Quote, Relation
from ..actors import ActorIndex, normalise_name
from ..actors.data import GOVERNMENT_SEATS, LEADER_TITLES, SPOKES_TITLES
from ..nlp import ParsedArticle
from .adversaries import adversary_relations
from .allegations import allegation_relations
from .behalf import behalf_relations
from .contests import contest_relations
from .lexicon import CONTENDERS, DEMOTING, FAMILY
from .membership import membership_relations
from .references import body_of_role
from .rosters import roster_relations
from .speech import quoted_statements, speech_relations
from .stance import stance_relations
from .ties import tie_relations


def extract_relations(parsed: ParsedArticle, index: ActorIndex, quotes: list[Quote]) -> list[Relation]:
    """Every relation the roles, the reporting and the quotes show, each once, with its paragraph."""
    quoted = list(quoted_statements(parsed, quotes))
    found = [*role_relations(parsed, index), *membership_relations(parsed, index)]
    found += [
        *roster_relations(parsed, index, found),
        *contest_relations(parsed, index),
        *tie_relations(parsed, index),
        *stance_relations(parsed, index),
        *speech_relations(parsed, index, quoted),
        *allegation_relations(parsed, index),
        *adversary_relations(parsed, index),
        *behalf_relations(parsed, index, quoted),
    ]
    unique: dict[tuple[str, str, str], Relation] = {}
    for relation in found:
        if relation.source != relation.target:
            unique.setdefault((relation.source, relation.target, relation.kind), relation)
    return list(unique.values())


def role_relations(parsed: ParsedArticle, index: ActorIndex) -> Iterator[Relation]:
    for actor in index.actors:
        target = index.get(actor.affiliation)
        if target is None and actor.kind == "person" and actor.role:
            target = index.get(body_of_role(actor.role, index))  # "company CEO Andy Vesey"
        if target is None:
            continue
        paragraph = first_paragraph_with(parsed, actor.role, actor.paragraphs)
        if actor.kind == "organization" and target.kind == "country":
            if actor.role is None and normalise_name(actor.name) in GOVERNMENT_SEATS:
                yield Relation(actor.id, target.id, "leads", paragraph)
            continue
        if actor.kind != "person" or not actor.role:
            continue
        if CONTENDERS & set(actor.role.lower().split()):
            continue  # a nominee for the White House is none of its members
        kind = role_kind(actor.role)
        if kind == "related" and target.kind != "person":
            continue  # "the son of the Saudi king" is no member of Saudi Arabia; the king is unknown
        yield Relation(actor.id, target.id, kind, paragraph)


def role_kind(role: str) -> str:
    """speaks-for, leads, member-of or (for kin: "husband of ...") related, from the words of a title."""
    words = role.lower().replace("-", " ").split()
    head = " ".join(words[: words.index("of")]) if "of" in words else " ".join(words)
    if any(w in FAMILY for w in head.split()):
        return "related"
    if any(title in head for title in SPOKES_TITLES):
        return "speaks-for"
    demoted = any(w in DEMOTING for w in head.split())
    if not demoted and any(head.endswith(title) or f"{title} " in head for title in LEADER_TITLES):
        return "leads"
    return "member-of"


def first_paragraph_with(parsed: ParsedArticle, text: str | None, paragraphs: list[int]) -> int | None:
    for number in paragraphs:
        if text and text in parsed.paragraph_text(number):
            return number
    return paragraphs[0] if paragraphs else None
