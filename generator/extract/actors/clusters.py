"""Actor clusters: which mentions name the same actor, and what to call it.

One actor per country, group, organization or person: full names absorb surnames, first names
and honorific forms ("Mrs Thatcher"); organizations absorb their acronyms ("PG&E"), short forms
("Fed") and word-order variants ("Justice Department"). Table names (countries, capitals,
demonyms) cluster by the canonical name the table gives them.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from ...story.model import ActorKind
from . import data
from .mentions import MentionCandidate
from .names import normalise_name, strip_article, strip_honorific
from .spans import person_shaped


def person_key(name: str) -> tuple[str, ...]:
    return tuple(normalise_name(strip_honorific(name)).split())


def cluster_persons(candidates: list[MentionCandidate]) -> dict[tuple[str, ...], list[MentionCandidate]]:
    """Group person mentions: full names first, then short forms join the nearest matching full name."""
    clusters: dict[tuple[str, ...], list[MentionCandidate]] = {}
    persons = [c for c in candidates if c.kind == "person"]
    for cand in sorted(persons, key=lambda c: -len(person_key(c.name))):
        key = person_key(cand.name)
        if not key:
            continue
        matches = [k for k in clusters if k != key and (k[-len(key) :] == key or k[: len(key)] == key)]
        if key not in clusters and not matches:
            matches = [k for k in clusters if spelling_variant(k[-len(key) :], key)]
        if key in clusters or not matches:
            clusters.setdefault(key, []).append(cand)
            continue
        clusters[nearest(matches, clusters, cand)].append(cand)
    return clusters


MIN_VARIANT_LENGTH = 6  # shorter names differ by a letter too often to be one name ("Mann", "Man")
VARIANT_RATIO = 0.85


def spelling_variant(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two transliterations of one name: "Zelensky", "Zelenskyy", "Zelenskiy" (same words before).

    The last words must be long, start alike and differ by a letter or two.
    """
    if len(a) != len(b) or not a or a[:-1] != b[:-1] or a[-1] == b[-1]:
        return False
    x, y = a[-1], b[-1]
    if min(len(x), len(y)) < MIN_VARIANT_LENGTH or x[:4] != y[:4]:
        return False
    return SequenceMatcher(None, x, y).ratio() >= VARIANT_RATIO


def nearest(keys: list[tuple[str, ...]], clusters: dict, cand: MentionCandidate) -> tuple[str, ...]:
    """Of several people a short name may mean, the one mentioned last before it (else first)."""

    def last_before(key: tuple[str, ...]) -> int:
        return max((c.span.start for c in clusters[key] if c.span.start < cand.span.start), default=-1)

    return max(keys, key=lambda k: (last_before(k), -min(c.span.start for c in clusters[k])))


def adopt_person_names(candidates: list[MentionCandidate]) -> None:
    """A name the tagger called ORG or GPE is a person when a person of that name is in the story.

    Either the same name or surname ("Kosachyov" after "Konstantin Kosachyov"), or a two- or
    three-word name whose first or last word is a person elsewhere ("Herumanto Tanus" after
    "Herumanto").
    """
    for _ in range(2):  # a name adopted in the first round lends its surname to the second
        names = {person_key(c.name) for c in candidates if c.kind == "person"}
        surnames = {k[-1:] for k in names if len(k) > 1}
        singles = {k for k in names if len(k) == 1}
        for cand in candidates:
            key = person_key(cand.name)
            if cand.kind == "person" or not cand.label or not key:
                continue
            known = (
                key[:1] in singles
                or key[-1:] in singles
                or any(spelling_variant(key[-1:], s) for s in singles)
            )
            shaped = len(key) > 1 and person_shaped(cand.span) and known
            if key in names or key in surnames or shaped:
                cand.kind, cand.canonical, cand.strong = "person", None, True


def org_initials(name: str) -> str:
    words = [
        w
        for w in re.findall(r"[\w&]+", name)
        if w.lower() not in {"of", "and", "the", "for", "co", "corp", "inc", "ltd"}
    ]
    return "".join(w if w == "&" else w[0] for w in words if w[0].isupper() or w == "&").upper()


def org_key(name: str) -> str:
    words = normalise_name(name).split()
    while len(words) > 1 and name.split()[0][:1].islower() and words[0] == name.split()[0].lower():
        words, name = words[1:], " ".join(name.split()[1:])  # "federal Bureau of Prisons"
    key = " ".join(w for w in words if w not in data.COMPANY_SUFFIXES)
    swapped = re.match(r"^(\w+) department$", key)  # "Justice Department" = "Department of Justice"
    return f"department of {swapped.group(1)}" if swapped else key


def short_form_of(short: str, long: str) -> bool:
    """Is `short` an acronym, abbreviation or head-less form of the organization `long`?"""
    s_key, l_key = org_key(short), org_key(long)
    if len(s_key.split()) >= len(l_key.split()):
        return False
    if re.fullmatch(r"[A-Z&.]{2,8}", short.replace(".", "")):
        initials = org_initials(long)
        return len(short) >= 2 and (initials == short or (len(short) >= 3 and initials.endswith(short)))
    first = l_key.split()[0]
    if " " not in s_key and 3 <= len(s_key) < len(first) and first.startswith(s_key):
        return True  # "Fed" for "Federal Reserve"
    l_words, s_words = l_key.split(), s_key.split()
    if l_words[-len(s_words) :] == s_words and " ".join(l_words[: -len(s_words)]) in data.COUNTRY_NAMES:
        return False  # "Indonesia AirAsia" is the national arm of AirAsia, not another name for it
    return l_words[: len(s_words)] == s_words or l_words[-len(s_words) :] == s_words


def cluster_key(cand: MentionCandidate) -> tuple[str, str]:
    """Table names cluster by their canonical name; others by name whatever the tagger's label."""
    if cand.canonical:
        return cand.kind, cand.canonical
    return "", org_key(cand.name)


def cluster_others(candidates: list[MentionCandidate]) -> dict[tuple[str, str], list[MentionCandidate]]:
    clusters: dict[tuple[str, str], list[MentionCandidate]] = {}
    for cand in candidates:
        if cand.kind != "person":
            clusters.setdefault(cluster_key(cand), []).append(cand)
    orgs = [k for k in clusters if not k[0] and majority_kind(clusters[k]) == "organization"]
    for short in sorted(orgs, key=lambda k: len(k[1])):
        longer = [
            k
            for k in orgs
            if k != short and k in clusters and short_form_of(clusters[short][0].name, clusters[k][0].name)
        ]
        if len(longer) == 1:
            clusters[longer[0]].extend(clusters.pop(short))
    return clusters


def majority_kind(members: list[MentionCandidate]) -> ActorKind:
    """The kind most mentions agree on; strong mentions count double."""
    votes: dict[ActorKind, int] = {}
    for cand in members:
        votes[cand.kind] = votes.get(cand.kind, 0) + (2 if cand.strong else 1)
    return max(votes, key=lambda k: (votes[k], k == "organization"))


def canonical_name(kind: str, members: list[MentionCandidate]) -> str:
    if members[0].canonical:
        return members[0].canonical
    names = [strip_article(strip_honorific(c.name) if kind == "person" else c.name) for c in members]
    first = {n: i for i, n in reversed(list(enumerate(names)))}
    best = max(names, key=lambda n: (len(n.split()), not n.isupper(), -first[n]))
    if kind == "person" and len(best.split()) == 1:
        return members[0].name  # keep "Lord Armstrong" rather than a bare surname
    return best
