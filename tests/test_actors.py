"""Actor extraction: sentence tables -> expected actors, kinds, aliases, roles and affiliations."""

from __future__ import annotations

import pytest

from generator.extract.actors import ActorIndex, actor_slug, extract_actors, normalise_name
from generator.extract.nlp import parse_article
from generator.story.model import Article, Dateline


def actors_of(parse, text: str | list[str]) -> ActorIndex:
    return extract_actors(parse(text))


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Chancellor Olaf Brenner said on Monday that the budget would pass.", "Olaf Brenner", "person"),
        ("The European Commission proposed new rules for banks.", "European Commission", "organization"),
        ("Poland said it would send more troops to the border.", "Poland", "country"),
        ("Officials in the West have long doubted the promise.", "the West", "group"),
        ("Kyiv says it will not give up any territory.", "Ukraine", "country"),
        ("Washington announced new sanctions against the company.", "United States", "country"),
        ("The U.S. Treasury said the U.S. economy grew.", "United States", "country"),
        ("Greenpeace activists climbed the Shell platform, Greenpeace said.", "Greenpeace", "organization"),
        ("The Kremlin rejected the offer on Tuesday.", "Kremlin", "organization"),
    ],
)
def test_actor_found_with_kind(parse, text, name, kind):
    index = actors_of(parse, text)
    actor = index.get(index.resolve(name))
    assert actor is not None, [a.name for a in index.actors]
    assert actor.kind == kind


@pytest.mark.parametrize(
    ("paragraphs", "canonical", "alias"),
    [
        (
            ["Finance Minister Anna Kowalczyk spoke first.", "Kowalczyk later said the plan was ready."],
            "Anna Kowalczyk",
            "Kowalczyk",
        ),
        (["Russia has warned Japan.", "Moscow says the islands are Russian."], "Russia", "Moscow"),
        (["Ukraine asked for help.", "Kyiv says it needs air defences."], "Ukraine", "Kyiv"),
        (
            ["The Russian Federation objected to the resolution, and Russia walked out."],
            "Russia",
            "Russian Federation",
        ),
        (["The U.S. backed the plan.", "The United States also sent money."], "United States", "U.S."),
        (["The West supports the plan.", "Many Westerners doubt it will work."], "the West", "Westerners"),
        (
            ["Pacific Gas & Electric Co. cut power to 50,000 homes.", "PG&E said the cut was needed."],
            "Pacific Gas & Electric Co.",
            "PG&E",
        ),
        (
            ["Former prime minister Harold Brigham spoke.", "Mr Brigham said he was proud."],
            "Harold Brigham",
            "Mr Brigham",
        ),
    ],
)
def test_aliases_merge_into_one_actor(parse, paragraphs, canonical, alias):
    index = actors_of(parse, paragraphs)
    actor_id = index.resolve(canonical)
    assert actor_id is not None, [a.name for a in index.actors]
    assert index.resolve(alias) == actor_id
    assert index.get(actor_id).name == canonical
    assert len([a for a in index.actors if a.id == actor_id]) == 1


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        (
            "Kremlin spokesman Dmitry Peskov told reporters the talks were over.",
            "Dmitry Peskov",
            "Kremlin spokesman",
            "kremlin",
        ),
        (
            "Ukrainian President Volodymyr Zelenskiy thanked the allies.",
            "Volodymyr Zelenskiy",
            "Ukrainian President",
            "ukraine",
        ),
        (
            "Marta Lindqvist, deputy chairman of Sweden's central bank, said rates would rise.",
            "Marta Lindqvist",
            "deputy chairman of Sweden's central bank",
            "sweden",
        ),
        (
            "Bob Harlan, an economist at Northern Trust Bank, said inflation would fall.",
            "Bob Harlan",
            "economist at Northern Trust Bank",
            "northern-trust-bank",
        ),
        (
            "Foreign Ministry spokeswoman Lena Dorn said the embassy would stay open.",
            "Lena Dorn",
            "Foreign Ministry spokeswoman",
            "foreign-ministry",
        ),
        (
            "Britain's Prime Minister Theresa May rejected the criticism.",
            "Theresa May",
            "Prime Minister",
            "united-kingdom",
        ),
    ],
)
def test_role_and_affiliation(parse, text, name, role, affiliation):
    index = actors_of(parse, text)
    actor = index.get(index.resolve(name))
    assert actor is not None, [a.name for a in index.actors]
    assert actor.role == role
    assert actor.affiliation == affiliation


@pytest.mark.parametrize(
    ("text", "not_actor"),
    [
        ("The minister wrote on Telegram that the bridge was closed.", "Telegram"),
        ("The senator said on Twitter that she would vote against the bill.", "Twitter"),
        ("The leaders met in Vilnius on Tuesday to discuss the alliance.", "Vilnius"),
        ("Talks were held in Geneva, and Iran said it was ready to continue.", "Geneva"),
        ("Prices rose 3 percent in March, the central bank of Brazil said.", "March"),
    ],
)
def test_not_actors(parse, text, not_actor):
    index = actors_of(parse, text)
    names = {normalise_name(n) for a in index.actors for n in [a.name, *a.aliases]}
    assert normalise_name(not_actor) not in names


def test_dateline_agency_is_no_actor(nlp):
    article = Article(
        title="t",
        paragraphs=[
            "OSLO (Reuters) - Norway said on Monday it would raise its defence budget, Reuters reported."
        ],
        dateline=Dateline(place="OSLO", agency="Reuters"),
    )
    index = extract_actors(parse_article(article, nlp))
    assert index.resolve("Reuters") is None
    assert index.resolve("Norway") == "norway"


def test_wire_credits_name_no_actors(parse):
    index = actors_of(
        parse,
        ["Chile said the copper mine would reopen.", "(Reporting by Jane Farrow; Editing by Tom Hollis)"],
    )
    assert index.resolve("Jane Farrow") is None
    assert index.resolve("Tom Hollis") is None


def test_ids_are_unique_slugs(parse):
    index = actors_of(
        parse,
        [
            "Kremlin spokesman Dmitry Peskov said Russia and Ukraine would talk.",
            "Peskov added that the U.S. was not invited.",
        ],
    )
    ids = [a.id for a in index.actors]
    assert len(ids) == len(set(ids))
    assert "dmitry-peskov" in ids
    assert all(i == actor_slug(i) for i in ids)


def test_paragraphs_of_mentions(parse):
    index = actors_of(parse, ["Denmark said no.", "Nothing else happened.", "Copenhagen says it will wait."])
    assert index.get("denmark").paragraphs == [1, 3]


def test_actor_at_and_actors_in(parse):
    parsed = parse("Greece and Turkey agreed to talk.")
    index = extract_actors(parsed)
    assert index.actor_at(0, 6) == "greece"
    assert index.actors_in(0, len(parsed.doc.text)) == ["greece", "turkey"]


@pytest.mark.parametrize(
    ("paragraphs", "name"),
    [
        pytest.param(
            ["Konstantin Kosachyov said the vote was a farce.", "Kosachyov wrote on Telegram."],
            "Konstantin Kosachyov",
            id="surname-tagged-org",
        ),
        pytest.param(
            ["Coach (Frank) Vogel praised the defence.", "Vogel said the team was tired."],
            "Frank Vogel",
            id="parenthesised-first-name",
        ),
        pytest.param(["President Joe Biden spoke about U.S. aid."], "Joe Biden", id="bare-title"),
    ],
)
def test_person_names_survive_tagger_errors(parse, paragraphs, name):
    index = actors_of(parse, paragraphs)
    actor = index.get(index.resolve(name))
    assert actor is not None and actor.kind == "person"
    assert len([a for a in index.actors if a.kind == "person"]) == 1


def test_bare_title_affiliation_unknown(parse):
    """ "President Joe Biden" names no country: the affiliation stays empty rather than guessed."""
    index = actors_of(parse, "President Joe Biden spoke about U.S. aid to Israel.")
    assert index.get("joe-biden").affiliation is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mark Dane, deputy leader of Britain First, spoke at the rally.", "Britain First"),
        ("Critics said sharing posts from Britain First was wrong.", "Britain First"),
    ],
)
def test_organization_named_after_a_country_stays_whole(parse, text, name):
    """The tagger reads "Britain First" as the country and an ordinal; the party keeps its name."""
    index = actors_of(parse, text)
    actor = index.get(index.resolve(name))
    assert actor is not None, [a.name for a in index.actors]
    assert actor.kind == "organization"
    assert index.resolve("Britain") is None  # the country itself is not named


def test_role_ends_after_a_whole_name(parse):
    index = actors_of(parse, "Mark Dane, deputy leader of Britain First, spoke at the rally.")
    actor = index.get("mark-dane")
    assert actor.role == "deputy leader of Britain First"
    assert actor.affiliation == "britain-first"


@pytest.mark.parametrize(
    ("text", "person", "place"),
    [
        ("The Irish ambassador to London Sean Kelly wrote that he was worried.", "Sean Kelly", "London"),
        (
            "The French ambassador to Berlin Anne Morel said on Monday that talks would resume.",
            "Anne Morel",
            "Berlin",
        ),
        (
            "The ambassador to London Mark Bell wrote on Twitter he had relayed concerns to Washington.",
            "Mark Bell",
            "London",
        ),
    ],
)
def test_place_glued_to_a_name_is_split(parse, text, person, place):
    """The tagger glues "London Sean Kelly" into one organization; the title says a person follows."""
    index = actors_of(parse, text)
    actor = index.get(index.resolve(person))
    assert actor is not None and actor.kind == "person", [(a.name, a.kind) for a in index.actors]
    assert actor.name == person
    assert not any(place in a.name and a.kind != "country" for a in index.actors if a is not actor)


def test_organization_starting_with_a_capital_is_not_split(parse):
    index = actors_of(parse, "Tokyo Electric Power said the plant was safe.")
    actor = index.get(index.resolve("Tokyo Electric Power"))
    assert actor is not None and actor.kind == "organization"
