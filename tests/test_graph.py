"""The actor graph: deterministic, valid SVG, every drawn actor labelled and linked."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from generator.render.graph import build_graph, draw_actor_graph, graph_alt_text, select
from generator.render.graph_layout import (
    CHAR_WIDTH,
    LABEL_HEIGHT,
    LABEL_OFFSET,
    MARKER_RADIUS,
    figure_size,
    label_half_width,
    layout,
    margin_points,
)
from generator.story.model import Actor, Relation, Story

SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}href"
KINDS = ["person", "organization", "country", "group", "place"]
RELATION_KINDS = ["speaks-for", "leads", "member-of", "supports", "opposes", "criticizes"]


def make_story(count: int, isolated: int = 0) -> Story:
    actors = [
        Actor(id=f"actor-{i}", name=f"Actor Number {i}", kind=KINDS[i % len(KINDS)]) for i in range(count)
    ]
    actors += [Actor(id=f"lonely-{i}", name=f"Lonely {i}", kind="person") for i in range(isolated)]
    relations = [
        Relation(f"actor-{i}", f"actor-{(i * 7 + 3) % count}", RELATION_KINDS[i % len(RELATION_KINDS)], 1)
        for i in range(count)
        if (i * 7 + 3) % count != i
    ]
    return Story(title="t", paragraphs=["p"], actors=actors, relations=relations)


def small_story() -> Story:
    return Story(
        title="t",
        paragraphs=["p"],
        actors=[
            Actor(
                "dmitry-peskov", "Dmitry Peskov", "person", role="Kremlin spokesman", affiliation="kremlin"
            ),
            Actor("kremlin", "Kremlin", "organization"),
            Actor("russia", "Russia", "country"),
            Actor("the-west", "the West", "group"),
            Actor("europe", "Europe", "place"),
            Actor("lonely", "Nobody Related", "person"),
        ],
        relations=[
            Relation("dmitry-peskov", "kremlin", "speaks-for", 1),
            Relation("kremlin", "russia", "leads", 1),
            Relation("kremlin", "the-west", "criticizes", 1),
            Relation("russia", "europe", "opposes", 2),
        ],
    )


def parse_svg(text: str) -> ET.Element:
    return ET.fromstring(text.encode("utf-8"))


def texts(root: ET.Element) -> str:
    return " ".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))


@pytest.mark.parametrize("story", [small_story(), make_story(5), make_story(40)], ids=["small", "5", "40"])
def test_same_story_same_bytes(story):
    assert draw_actor_graph(story) == draw_actor_graph(story)


@pytest.mark.parametrize("story", [small_story(), make_story(40)], ids=["small", "40"])
def test_valid_svg_with_every_label(story):
    root = parse_svg(draw_actor_graph(story))
    assert root.tag == f"{SVG}svg"
    shown = texts(root)
    for actor in select(story).actors:
        assert actor.name in shown


def test_isolated_actors_left_out():
    view = select(small_story())
    assert "lonely" not in {a.id for a in view.actors}
    assert view.left_out == 1
    assert "Nobody Related" not in texts(parse_svg(draw_actor_graph(small_story())))


def test_story_without_relations_still_draws_actors():
    story = Story(
        title="t", paragraphs=["p"], actors=[Actor("a", "Alpha", "person"), Actor("b", "Beta", "country")]
    )
    shown = texts(parse_svg(draw_actor_graph(story)))
    assert "Alpha" in shown and "Beta" in shown


def site_link(actor_id: str) -> str:
    return f"actors/#{actor_id}"  # what the renderer passes for actors.svg opened on its own


@pytest.mark.parametrize("story", [small_story(), make_story(40)], ids=["small", "40"])
def test_nodes_link_to_cards_in_the_top_window(story):
    root = parse_svg(draw_actor_graph(story, link=site_link))
    anchors = list(root.iter(f"{SVG}a"))
    drawn = {site_link(a.id) for a in select(story).actors}
    assert {a.get(XLINK) for a in anchors} == drawn
    assert all(a.get("target") == "_top" for a in anchors)
    for href in drawn:  # the marker and the label
        assert len([a for a in anchors if a.get(XLINK) == href]) == 2


def test_hostile_names_stay_text():
    name = "Tom & \"Jerry\" <script>alert(1)</script> 'x'"
    story = Story(
        title="t",
        paragraphs=["p"],
        actors=[Actor("a", name, "person"), Actor("b", "B&B <Ltd>", "organization")],
        relations=[Relation("a", "b", "leads", 1)],
    )
    text = draw_actor_graph(story)
    root = parse_svg(text)  # escaped, so still well-formed XML
    assert "<script>" not in text
    assert name in texts(root)
    anchors = [a for a in root.iter(f"{SVG}a") if a.get("href") == "#a"]
    assert {a.get("aria-label") for a in anchors} == {f"{name}: actor card"}
    assert all(a.find(f"{SVG}title").text == name for a in anchors)


def test_links_deterministic():
    assert draw_actor_graph(small_story(), link=site_link) == draw_actor_graph(small_story(), link=site_link)


def test_legend_names_kinds_and_relations():
    shown = texts(parse_svg(draw_actor_graph(small_story())))
    for word in ["person", "organization", "country", "group", "place", "speaks for", "leads", "criticizes"]:
        assert word in shown


def test_no_date_in_svg():
    assert "<dc:date>" not in draw_actor_graph(small_story())


@pytest.mark.parametrize(("count", "low", "high"), [(5, 5.0, 8.0), (40, 10.0, 13.0)])
def test_size_grows_with_actor_count(count, low, high):
    width, _ = figure_size(count)
    assert low <= width <= high


def test_alt_text_lists_relations_in_words():
    text = graph_alt_text(small_story())
    assert "Dmitry Peskov speaks for Kremlin" in text
    assert "Kremlin criticizes the West" in text
    assert "1 more actors have no relation" in text


def test_alt_text_without_relations():
    story = Story(title="t", paragraphs=["p"], actors=[Actor("a", "Alpha", "person")])
    assert "Alpha" in graph_alt_text(story)


@pytest.mark.parametrize(
    "direction", [(0, 1), (1, 0), (-1, 0), (1, 1)], ids=["up", "right", "left", "diagonal"]
)
def test_arrow_beside_or_above_stops_at_the_marker(direction):
    assert margin_points("Konstantin Kosachyov", direction) == pytest.approx(MARKER_RADIUS * 72)


def test_arrow_from_below_stops_under_the_label():
    label_bottom = (LABEL_OFFSET + LABEL_HEIGHT) * 72
    assert label_bottom <= margin_points("Konstantin Kosachyov", (0, -1)) <= label_bottom + 1


def test_steep_arrow_from_below_clears_a_long_label():
    label = "Konstantin Kosachyov"
    margin = margin_points(label, (0.5, -1))  # leaves through the bottom of the box, not its side
    assert margin / 72 >= (LABEL_OFFSET + LABEL_HEIGHT) * 1.1
    assert margin_points(label, (4, -1)) / 72 >= len(label) * CHAR_WIDTH / 2  # through its side


@pytest.mark.parametrize("story", [small_story(), make_story(12), make_story(40)], ids=["small", "12", "40"])
def test_labels_do_not_overlap(story):
    graph = build_graph(select(story))
    pos = layout(graph, figure_size(graph.number_of_nodes()))
    boxes = {
        n: (
            x - label_half_width(graph.nodes[n]["label"]),
            x + label_half_width(graph.nodes[n]["label"]),
            y - LABEL_OFFSET - LABEL_HEIGHT,
            y + MARKER_RADIUS,
        )
        for n, (x, y) in pos.items()
    }
    names = sorted(boxes)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            (al, ar, ab, at), (bl, br, bb, bt) = boxes[a], boxes[b]
            assert ar <= bl or br <= al or at <= bb or bt <= ab, (a, b)


DRAW_IN_FRESH_PROCESS = """
import sys
from generator.render.graph import draw_actor_graph
from generator.story.model import Actor, Relation, Story
groups = [["Maria Zakharova", "Kremlin", "Foreign Ministry", "Russia", "Dmitry Peskov"],
          ["Joe Biden", "United States", "Israel", "Antony Blinken"],
          ["NATO", "G7", "Ukraine", "Volodymyr Zelenskiy"]]
actors, relations = [], []
for names in groups:  # three separate groups, each under half the graph: laid out one by one
    ids = [name.lower().replace(" ", "-") for name in names]
    actors += [Actor(i, n, ["person", "organization", "country"][len(n) % 3]) for i, n in zip(ids, names)]
    relations += [Relation(a, b, "supports", 1) for a, b in zip(ids, ids[1:])]
    relations.append(Relation(ids[-1], ids[0], "criticizes", 2))
sys.stdout.write(draw_actor_graph(Story(title="t", paragraphs=["p"], actors=actors, relations=relations)))
"""


def test_same_svg_whatever_the_hash_seed():
    """Fresh processes with different string hashing draw the same bytes (CI builds from scratch).

    networkx iterates a small subgraph in the order of a Python set, which follows the hash seed.
    """
    drawings = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        command = [sys.executable, "-c", DRAW_IN_FRESH_PROCESS]
        result = subprocess.run(command, capture_output=True, env=env, check=True, timeout=120)
        drawings.add(result.stdout)
    assert len(drawings) == 1
