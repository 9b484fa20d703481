"""The actor graph: who relates to whom in one story, laid out with networkx, written as SVG text.

Decisions, so that editors and readers know what they see:

- Only actors with at least one relation are drawn; the actors page lists every actor on its card,
  and a graph of 40 unconnected dots helps nobody. A story without relations draws its most
  mentioned actors (up to `MAX_ISOLATED`) so the page is never blank.
- Colour *and* shape show the actor kind (Okabe-Ito colours, safe for colour-blind readers);
  line style and colour show the relation kind; a legend lists only what the graph shows.
- The output is byte-identical for the same story: a fixed layout seed, sorted nodes and edges,
  numbers printed with two decimals, no date. Text stays text so labels are searchable and readable
  by screen readers; each node's link carries the actor's name (`aria-label` and `<title>`).
- Each node and label links to the actor's card; `link` makes the address (the default, "#id",
  suits an SVG inlined in the actors page; the site passes "actors/#id" for the actors.svg file
  that readers open on its own). Links open in the top window (`target="_top"`).
- Arrows stop at the edge of a node's marker or label box, so no arrowhead hides under a label.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import networkx as nx

from ..story.model import Actor, Relation, Story
from . import graph_svg as svg
from .graph_layout import (
    LABEL_HEIGHT,
    LABEL_OFFSET,
    LABEL_PAD,
    end_directions,
    figure_size,
    label_half_width,
    layout,
    margin_points,
)

MAX_ISOLATED = 12
FONT_SIZE = 9  # points; readable when the SVG is scaled to the content column (about 700 px)
LEGEND_WIDTH = 1.7  # inches right of the plot for the legend
LEGEND_ROW = 0.18  # inches per legend entry at FONT_SIZE - 1
LEGEND_PAD = 0.3  # inches above and below the legend entries
ARROW_GAP = 1.5  # points left between an arrowhead and the box it points at
POINT = 72  # points per inch: the layout works in inches, the SVG in points

KIND_STYLE: dict[str, tuple[str, str, str]] = {  # kind -> (colour, marker, legend label)
    "person": ("#E69F00", "o", "person"),
    "organization": ("#0072B2", "s", "organization"),
    "country": ("#009E73", "D", "country"),
    "group": ("#CC79A7", "h", "group"),
    "place": ("#999999", "^", "place"),
}
RELATION_STYLE: dict[str, tuple[str, str, float]] = {  # kind -> (colour, line style, width)
    "speaks-for": ("#555555", "dashed", 1.4),
    "leads": ("#0072B2", "solid", 2.0),
    "member-of": ("#555555", "dotted", 1.6),
    "supports": ("#009E73", "solid", 1.6),
    "opposes": ("#D55E00", "solid", 1.6),
    "criticizes": ("#D55E00", "dashdot", 1.6),
    "related": ("#999999", "solid", 1.0),
}
RELATION_WORDS = {
    "speaks-for": "speaks for",
    "leads": "leads",
    "member-of": "is a member of",
    "supports": "supports",
    "opposes": "opposes",
    "criticizes": "criticizes",
    "related": "is related to",
}


@dataclass(frozen=True)
class GraphView:
    """What the image shows: the actors drawn and the relations between them."""

    actors: list[Actor]
    relations: list[Relation]
    left_out: int  # actors of the story not drawn


def select(story: Story) -> GraphView:
    """The actors and relations to draw (see the module docstring for the rule)."""
    known = {a.id for a in story.actors}
    relations = sorted(
        {
            (r.source, r.target, r.kind): r
            for r in story.relations
            if r.source in known and r.target in known
        }.values(),
        key=lambda r: (r.source, r.target, r.kind),
    )
    linked = {r.source for r in relations} | {r.target for r in relations}
    actors = [a for a in story.actors if a.id in linked]
    if not actors:
        actors = sorted(story.actors, key=lambda a: (-len(a.paragraphs), a.id))[:MAX_ISOLATED]
    return GraphView(sorted(actors, key=lambda a: a.id), relations, len(story.actors) - len(actors))


def build_graph(view: GraphView) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for actor in view.actors:
        graph.add_node(actor.id, label=actor.name, kind=actor.kind)
    for relation in view.relations:
        graph.add_edge(relation.source, relation.target, kind=relation.kind)
    return graph


def card_anchor(actor_id: str) -> str:
    """The default node link: the actor's card on the page the SVG is inlined in."""
    return f"#{actor_id}"


def draw_actor_graph(story: Story, link: Callable[[str], str] = card_anchor) -> str:
    """The actor graph as SVG text (byte-identical for the same story)."""
    graph = build_graph(select(story))
    pos = layout(graph, figure_size(graph.number_of_nodes()))
    left, right, bottom, top = plot_box(graph, pos)
    height = max(top - bottom, legend_height(graph))

    def place(x: float, y: float) -> tuple[float, float]:  # inches, y up -> points, y down
        return (x - left) * POINT, (top - y) * POINT

    body = draw_edges(graph, pos, place) + draw_nodes(graph, pos, place, link)
    body += draw_legend(graph, (right - left) * POINT)
    return svg.document((right - left + LEGEND_WIDTH) * POINT, height * POINT, body)


def draw_edges(
    graph: nx.MultiDiGraph, pos: dict[str, tuple[float, float]], place: Callable[[float, float], svg.Point]
) -> list[str]:
    """Arrows that start and stop at the edge of a node's marker and label, so no head hides."""
    drawn = []
    for index, (source, target, data) in enumerate(
        sorted(graph.edges(data=True), key=lambda e: (e[0], e[1], e[2]["kind"]))
    ):
        twins = graph.number_of_edges(source, target) + graph.number_of_edges(target, source)
        bend = 0.0 if twins == 1 else 0.15 * (1 + index % 2)
        (sx, sy), (tx, ty) = pos[source], pos[target]
        out_source, out_target = end_directions(pos[source], pos[target], bend)
        control = place(sx + out_source[0], sy + out_source[1])
        shrink = (
            margin_points(graph.nodes[source]["label"], out_source),
            margin_points(graph.nodes[target]["label"], out_target) + ARROW_GAP,
        )
        style = RELATION_STYLE.get(data["kind"], RELATION_STYLE["related"])
        drawn.append(svg.arrow(place(sx, sy), control, place(tx, ty), shrink, style))
    return drawn


def draw_nodes(
    graph: nx.MultiDiGraph,
    pos: dict[str, tuple[float, float]],
    place: Callable[[float, float], svg.Point],
    link: Callable[[str], str],
) -> list[str]:
    """Each actor's marker and its label on a white box, both linking to the actor's card."""
    drawn = []
    for node in sorted(graph.nodes):
        name, kind = graph.nodes[node]["label"], graph.nodes[node]["kind"]
        colour, shape, _ = KIND_STYLE.get(kind, KIND_STYLE["person"])
        x, y = pos[node]
        box_left, box_top = place(x - label_half_width(name), y - LABEL_OFFSET + LABEL_PAD)
        box = svg.white_box(box_left, box_top, label_half_width(name) * 2 * POINT, LABEL_HEIGHT * POINT)
        baseline = box_top + LABEL_PAD * POINT + FONT_SIZE * 0.85  # the text's top at the box's padding
        label = box + svg.text(place(x, y)[0], baseline, name, FONT_SIZE)
        drawn.append(svg.link(link(node), name, svg.marker(shape, place(x, y), colour)))
        drawn.append(svg.link(link(node), name, label))
    return drawn


def kinds_shown(graph: nx.MultiDiGraph) -> tuple[set[str], set[str]]:
    """The actor kinds and the relation kinds the graph draws: what the legend lists."""
    return {graph.nodes[n]["kind"] for n in graph.nodes}, {d["kind"] for _, _, d in graph.edges(data=True)}


def draw_legend(graph: nx.MultiDiGraph, x: float) -> list[str]:
    """One row per actor kind and relation kind shown, right of the plot."""
    kinds, relations = kinds_shown(graph)
    rows = [
        (svg.marker(shape, (x + 14, 0.0), colour, svg.MARKER_RADIUS * 0.7), label)
        for kind, (colour, shape, label) in KIND_STYLE.items()
        if kind in kinds
    ] + [
        (f'<path d="M{svg.num(x + 4)},0 H{svg.num(x + 24)}" {svg.line_style(*style)}/>', RELATION_WORDS[kind])
        for kind, style in RELATION_STYLE.items()
        if kind in relations
    ]
    drawn = []
    for row, (sample, label) in enumerate(rows):
        y = (row + 0.8) * LEGEND_ROW * POINT  # the first row level with the top of the plot
        words = svg.text(x + 32, 3, label, FONT_SIZE - 1, "start")
        drawn.append(f'<g transform="translate(0 {svg.num(y)})">{sample}{words}</g>')
    return drawn


def plot_box(
    graph: nx.MultiDiGraph, pos: dict[str, tuple[float, float]]
) -> tuple[float, float, float, float]:
    """Inches: left, right, bottom and top of the area holding every marker and label."""
    if not pos:
        return 0.0, 2.0, 0.0, 1.0
    half = {n: label_half_width(graph.nodes[n]["label"]) + 0.12 for n in pos}
    left = min(p[0] - half[n] for n, p in pos.items())
    right = max(p[0] + half[n] for n, p in pos.items())
    bottom = min(p[1] for p in pos.values()) - LABEL_OFFSET - LABEL_HEIGHT - 0.15
    top = max(p[1] for p in pos.values()) + 0.3
    return left, right, bottom, top


def legend_height(graph: nx.MultiDiGraph) -> float:
    """Inches the legend needs: one row per actor kind and relation kind shown."""
    kinds, relations = kinds_shown(graph)
    return (len(kinds) + len(relations)) * LEGEND_ROW + LEGEND_PAD


def graph_alt_text(story: Story) -> str:
    """A text equivalent of the graph: who is drawn and every relation, in words."""
    view = select(story)
    names = {a.id: a.name for a in story.actors}
    if not view.relations:
        listed = ", ".join(a.name for a in view.actors)
        return f"Actor graph of {len(view.actors)} actors with no relations found: {listed}."
    sentences = [
        f"{names[r.source]} {RELATION_WORDS.get(r.kind, r.kind)} {names[r.target]}" for r in view.relations
    ]
    text = (
        f"Actor graph of {len(view.actors)} actors and {len(view.relations)} relations: "
        + "; ".join(sentences)
        + "."
    )
    if view.left_out:
        text += f" {view.left_out} more actors have no relation and are not drawn."
    return text
