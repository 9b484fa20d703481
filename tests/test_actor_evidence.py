"""Names that are not actors, whatever the tagger says: places as locations, products, counts."""

from __future__ import annotations

import pytest

from generator.extract.actors import extract_actors


def names_and_kinds(parse, text: str) -> dict[str, str]:
    return {a.name: a.kind for a in extract_actors(parse(text)).actors}


@pytest.mark.parametrize(
    ("text", "not_actor"),
    [
        ("The ship sank off the coast of Sumatra on Friday.", "Sumatra"),
        ("Storms hit communities east of Fresno overnight.", "Fresno"),
        ("About half of Sonoma County's cell towers were down.", "Sonoma County"),
        ("Fires burned in Kern and Tulare counties last year.", "Kern and Tulare"),
        ("Flight 772, an Airbus A330, landed safely.", "Airbus"),
        ("She won an Oscar for the role.", "Oscar"),
        ("The group shared anti-Islam videos online.", "Islam"),
        ("She criticized him for retweeting British far-right anti-Islam videos.", "Islam"),
        ("Senator Ann Wolk, R-Ohio, voted against the bill.", "Ohio"),
        ("Passengers included 40 Germans and three Austrians.", "Germans"),
        ("Contributing: Lena Park", "Lena Park"),
    ],
)
def test_not_an_actor(parse, text, not_actor):
    assert not_actor not in names_and_kinds(parse, text)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Coach (Frank) Vogel praised the defence.", "Frank Vogel", "person"),
        ("Bucks: G Tomas Adeyemi sat out with a sore ankle.", "Tomas Adeyemi", None),
        ("Opposition Labour lawmaker Ruth Gale called it a disgrace.", "Labour Party", "organization"),
        ("Madrid's mayor, Elena Ruiz, said the metro would reopen.", "Madrid", "place"),
    ],
)
def test_actor_named_whole(parse, text, name, kind):
    found = names_and_kinds(parse, text)
    assert name in found, found
    assert kind is None or found[name] == kind
    assert not any(n.startswith("G ") for n in found)


def test_a_party_in_a_description_is_no_actor(parse):
    assert "Republican Party" not in names_and_kinds(parse, "The Republican president called for a ban.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Moscow fined Vostok, a stock-market listed company, on Monday.", "Vostok"),
        ("Shares in Caldera Gold, the miner, fell sharply.", "Caldera Gold"),
    ],
)
def test_a_name_described_as_a_body_is_an_organization(parse, text, name):
    found = names_and_kinds(parse, text)
    assert found.get(name) in {"organization", None}
    assert found.get(name) != "person"


def test_liberal_democrats_are_not_the_us_democratic_party(parse):
    found = names_and_kinds(parse, "Liberal Democrat deputy leader Ian Moray said the report was damning.")
    assert "Democratic Party" not in found


@pytest.mark.parametrize(
    ("paragraphs", "name"),
    [
        (
            ["Volodymyr Zelenskiy spoke on Monday.", "Zelensky said the talks would go on."],
            "Volodymyr Zelenskiy",
        ),
        (["Sergei Kislyak left the embassy.", "Kisliak declined to comment."], "Sergei Kislyak"),
    ],
)
def test_spelling_variants_of_a_name_are_one_person(parse, paragraphs, name):
    actors = [a for a in extract_actors(parse(paragraphs)).actors if a.kind == "person"]
    assert [a.name for a in actors] == [name]


def test_different_short_names_stay_apart(parse):
    actors = extract_actors(parse(["Anna Mann met Tom Man on Friday.", "Mann and Man left together."])).actors
    assert len([a for a in actors if a.kind == "person"]) == 2


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Islamist militants have carried out several attacks this year.", "Islamist militants"),
        ("Yesterday Norwegian rescuers pulled two fishermen from the sea.", "Norwegian rescuers"),
    ],
)
def test_a_particular_group_acting_is_an_actor(parse, text, group):
    assert names_and_kinds(parse, text).get(group) == "group"


@pytest.mark.parametrize(
    "text",
    [
        "Prison officials said the guards had been suspended.",
        "Many residents left their homes overnight.",
        "Aviation experts said the pilots had little time.",
    ],
)
def test_vague_or_described_people_are_no_group(parse, text):
    assert not [kind for kind in names_and_kinds(parse, text).values() if kind == "group"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Lena Ortiz, the U.S. attorney for the Eastern District of Virginia, filed the case.",
            "Eastern District of Virginia",
        ),
        (
            "The Oregon Governor's Office of Emergency Management said roads were closed.",
            "Oregon Governor's Office of Emergency Management",
        ),
    ],
)
def test_a_body_is_named_with_its_place_or_office_holder(parse, text, name):
    assert names_and_kinds(parse, text).get(name) == "organization"


def test_a_title_of_a_place_names_no_body(parse):
    found = names_and_kinds(parse, "The Governor of Texas, Dan Wolfe, signed the order.")
    assert not any(name.endswith("of Texas") for name in found)


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("Ruiz scored twice against the Falcons on Sunday.", "Falcons"),
        ("He spent two seasons with the Hornets before the trade.", "Hornets"),
    ],
)
def test_a_capitalised_plural_after_the_is_an_organization(parse, text, team):
    assert names_and_kinds(parse, text).get(team) == "organization"


def test_a_plural_name_where_something_happens_is_no_actor(parse):
    found = names_and_kinds(parse, "She sang at the Grammys and hiked in the Rockies.")
    assert "Grammys" not in found and "Rockies" not in found


def test_a_group_that_speaks_again_and_again_is_one_actor(parse):
    text = [
        "State prosecutors alleged that the clerk forged the ledgers.",
        "Prosecutors said the clerk hid the money abroad.",
    ]
    groups = [a for a in extract_actors(parse(text)).actors if a.kind == "group"]
    assert [(g.name, g.aliases) for g in groups] == [("State prosecutors", ["Prosecutors"])]


def test_a_group_that_speaks_once_or_never_modified_is_no_actor(parse):
    text = ["Officials said the road was closed.", "Officials said it would reopen on Monday."]
    assert not [a for a in extract_actors(parse(text)).actors if a.kind == "group"]


def test_the_people_of_a_named_body_are_a_group(parse):
    found = names_and_kinds(parse, "Acme Corp officials said the plant would close.")
    assert found.get("Acme Corp officials") == "group"


def test_capitals_after_a_colon_make_no_proper_adjective(parse):
    found = names_and_kinds(parse, "Internal memo: Federal guards falsified records of checks")
    assert "Federal guards" not in found


def test_a_country_whose_nationals_take_part_is_an_actor(parse):
    found = names_and_kinds(parse, "Among the dead were one person each from Chile, Peru and Norway.")
    assert {"Chile", "Peru", "Norway"} <= set(found)


def test_a_country_travelled_from_is_a_place(parse):
    assert "Norway" not in names_and_kinds(parse, "The ship sailed from Norway to the islands.")


def test_a_body_a_spokesperson_speaks_for_is_an_organization(parse):
    assert (
        names_and_kinds(parse, "A navy spokesman said the wreck had been found.").get("navy")
        == "organization"
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Malaysian Airlines Flight 17 was shot down.", "Malaysian Airlines"),
        ("Thailand AirAsia's Flight 201 landed late.", "Thailand AirAsia"),
    ],
)
def test_a_national_name_of_a_company_is_whole(parse, text, name):
    assert names_and_kinds(parse, text).get(name) == "organization"


def test_a_national_arm_is_not_its_parent(parse):
    text = ["Thailand AirAsia's Flight 201 landed late.", "Thailand AirAsia is part owned by AirAsia."]
    names = {a.name for a in extract_actors(parse(text)).actors}
    assert {"Thailand AirAsia", "AirAsia"} <= names


@pytest.mark.parametrize(
    ("text", "not_actor"),
    [
        ("Home Secretary Ruth Gale said the law would change.", "Home"),
        ("The group says it wants to ban Islam from schools.", "Islam"),
    ],
)
def test_a_title_word_or_a_faith_is_no_actor(parse, text, not_actor):
    assert not_actor not in names_and_kinds(parse, text)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Relatives of the missing gathered at the port and wept.", "Relatives of the missing"),
        ("Residents of the valley said the water was dirty.", "Residents of the valley"),
    ],
)
def test_people_of_someone_acting_are_a_group(parse, text, group):
    assert names_and_kinds(parse, text).get(group) == "group"


def test_counted_people_of_someone_are_no_group(parse):
    found = names_and_kinds(parse, "Many relatives of the crew wept at the port.")
    assert not [kind for kind in found.values() if kind == "group"]
