"""The actor graph: who relates to whom in one story, drawn as an SVG with networkx and matplotlib.

Decisions, so that editors and readers know what they see:

- Only actors with at least one relation are drawn; the actors page lists every actor on its card,
  and a graph of 40 unconnected dots helps nobody. A story without relations draws its most
  mentioned actors (up to `MAX_ISOLATED`) so the page is never blank.
- Colour *and* shape show the actor kind (Okabe-Ito colours, safe for colour-blind readers);
  line style and colour show the relation kind; a legend lists only what the graph shows.
- The output is byte-identical for the same story: a fixed layout seed, sorted nodes and edges,
  `svg.hashsalt` fixed and no date in the metadata. Text stays text (`svg.fonttype: none`) so labels
  are searchable and readable by screen readers.
- Each node and label links to the actor's card; `link` makes the address (the default, "#id",
  suits an SVG inlined in the actors page; the site passes "actors/#id" for the actors.svg file
  that readers open on its own). Links open in the top window (`target="_top"`).
- Arrows stop at the edge of a node's marker or label box, so no arrowhead hides under a label.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import matplotlib

matplotlib.use("Agg")  # no display: the generator runs in CI and on servers

import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402

from .model import Actor, Relation, Story  # noqa: E402

SEED = 7  # any fixed number: the layout must not change between builds
MAX_ISOLATED = 12
FONT_SIZE = 9  # points; readable when the SVG is scaled to the content column (about 700 px)
CHAR_WIDTH = 0.075  # inches per character at FONT_SIZE, to keep labels apart
LABEL_SPACE = 0.2  # inches kept free on each side of a label, so neighbours do not read as one name
LINE_HEIGHT = 0.42  # half the inches kept between nodes stacked vertically: label plus a visible arrow
SPREAD = 1.1  # inches per square root of node count: room for arrows between labels
GAP = 0.9  # inches between separately laid out groups
LEGEND_WIDTH = 1.7  # inches right of the plot for the legend
LEGEND_ROW = 0.18  # inches per legend entry at FONT_SIZE - 1
LEGEND_PAD = 0.3  # inches above and below the legend entries
MARKER_RADIUS = 0.1  # inches: a 170 pt² marker with its white rim
LABEL_OFFSET = 0.17  # inches from a node's centre down to the top of its label text
LABEL_HEIGHT = 0.19  # inches of one line of label text at FONT_SIZE, padding included
LABEL_PAD = 0.03  # inches of white box around the label text
ARROW_GAP = 1.5  # points left between an arrowhead and the box it points at

LINK_TARGET = re.compile(rb'(<a xlink:href="[^"]*")(?: target="[^"]*")?>')

KIND_STYLE: dict[str, tuple[str, str, str]] = {  # kind -> (colour, marker, legend label)
    "person": ("#E69F00", "o", "person"),
    "organization": ("#0072B2", "s", "organization"),
    "country": ("#009E73", "D", "country"),
    "group": ("#CC79A7", "h", "group"),
    "place": ("#999999", "^", "place"),
}
RELATION_STYLE: dict[str, tuple[str, Any, float]] = {  # kind -> (colour, line style, width)
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


def figure_size(count: int) -> tuple[float, float]:
    """Inches: about 6 x 4.5 for 5 actors, growing with the square root to 13 x 10 for 40."""
    side = min(13.0, max(6.0, 2.2 * math.sqrt(count) + 1.5))
    return side, side * 0.75


def layout(graph: nx.MultiDiGraph, size: tuple[float, float]) -> dict[str, tuple[float, float]]:
    """Node positions in inches: each connected group laid out apart, then packed in rows."""
    simple = nx.Graph(graph.to_undirected())
    components = sorted((sorted(c) for c in nx.connected_components(simple)), key=lambda c: (-len(c), c))
    placed: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for nodes in components:
        labels = {n: graph.nodes[n]["label"] for n in nodes}
        pos = component_layout(simple.subgraph(nodes), labels)
        left = min(p[0] - label_half_width(labels[n]) for n, p in pos.items())  # labels overhang
        width = max(p[0] + label_half_width(labels[n]) for n, p in pos.items()) - left + GAP
        height = max(p[1] for p in pos.values()) + GAP
        if x > 0 and x + width > size[0]:  # start a new row below
            x, y, row_height = 0.0, y - row_height, 0.0
        for node, (px, py) in pos.items():
            placed[node] = (x + px - left, y - height + GAP + py)
        x, row_height = x + width, max(row_height, height)
    return placed


def label_half_width(label: str) -> float:
    """Inches from a node's centre to either end of its label, white box included."""
    return len(label) * CHAR_WIDTH / 2 + LABEL_PAD


def component_layout(graph: nx.Graph, labels: dict[str, str]) -> dict[str, tuple[float, float]]:
    """A seeded spring layout of one connected group, scaled to inches, labels kept apart.

    Returned positions start at (0, 0) at the lower left.
    """
    count = graph.number_of_nodes()
    if count == 1:
        return {next(iter(graph.nodes)): (0.0, 0.0)}
    if count == 2:  # side by side, one arrow's length apart
        first, second = sorted(graph.nodes)
        gap = (len(labels[first]) + len(labels[second])) * CHAR_WIDTH / 2 + 0.8
        return {first: (0.0, 0.0), second: (gap, 0.0)}
    raw = nx.spring_layout(graph, seed=SEED, iterations=200)
    xs, ys = [p[0] for p in raw.values()], [p[1] for p in raw.values()]
    span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    width, height = SPREAD * math.sqrt(count) * 1.3, SPREAD * math.sqrt(count)
    pos = {
        n: [(raw[n][0] - min(xs)) / span_x * width, (raw[n][1] - min(ys)) / span_y * height]
        for n in sorted(raw)
    }
    separate_labels(pos, labels)
    low_x = min(p[0] for p in pos.values())
    low_y = min(p[1] for p in pos.values())
    return {n: (p[0] - low_x, p[1] - low_y) for n, p in pos.items()}


def separate_labels(pos: dict[str, list[float]], labels: dict[str, str]) -> None:
    """Push apart nodes whose boxes (marker and label) overlap, along the axis needing the shorter move."""
    nodes = sorted(pos)
    half = {n: (len(labels[n]) * CHAR_WIDTH / 2 + LABEL_SPACE, LINE_HEIGHT) for n in nodes}
    for _ in range(300):
        moved = False
        for i, a in enumerate(nodes):
            for b in nodes[i + 1 :]:
                dx, dy = pos[b][0] - pos[a][0], pos[b][1] - pos[a][1]
                overlap_x = half[a][0] + half[b][0] - abs(dx)
                overlap_y = half[a][1] + half[b][1] - abs(dy)
                if overlap_x <= 0 or overlap_y <= 0:
                    continue
                moved = True
                if overlap_y <= overlap_x:
                    step = (overlap_y / 2 + 0.01) * (1 if dy >= 0 else -1)
                    pos[a][1] -= step
                    pos[b][1] += step
                else:
                    step = (overlap_x / 2 + 0.01) * (1 if dx >= 0 else -1)
                    pos[a][0] -= step
                    pos[b][0] += step
        if not moved:
            break


def draw_actor_graph(
    story: Story, link: Callable[[str], str] = lambda actor_id: f"#{actor_id}", fmt: str = "svg"
) -> str:
    """The actor graph as SVG text (byte-identical for the same story)."""
    data = render_graph(story, link, fmt)
    return data.decode("utf-8")


def render_graph(
    story: Story, link: Callable[[str], str] = lambda actor_id: f"#{actor_id}", fmt: str = "svg"
) -> bytes:
    """The actor graph as SVG or PNG bytes; PNG serves previews and inspection."""
    view = select(story)
    graph = build_graph(view)
    pos = layout(graph, figure_size(graph.number_of_nodes()))
    with matplotlib.rc_context(
        {
            "svg.hashsalt": "explainer-actor-graph",
            "svg.fonttype": "none",
            "font.family": "DejaVu Sans",
            "font.size": FONT_SIZE,
        }
    ):
        fig, ax = make_axes(graph, pos)
        try:
            draw_edges(ax, graph, pos)
            draw_nodes(ax, graph, pos, link)
            draw_legend(ax, graph)
            buffer = io.BytesIO()
            metadata = {"Date": None} if fmt == "svg" else {"Software": None}
            fig.savefig(buffer, format=fmt, metadata=metadata, dpi=100)
        finally:
            plt.close(fig)
    return links_to_top(buffer.getvalue()) if fmt == "svg" else buffer.getvalue()


def links_to_top(svg: bytes) -> bytes:
    """Open node links in the top window, not a new tab (matplotlib writes `target="_blank"`).

    The actors page shows the SVG as an image that links to the SVG itself; a reader who opens it
    and clicks a node goes to the actor's card in the same tab, and so does one who sees the SVG
    embedded in a frame.
    """
    return LINK_TARGET.sub(rb'\1 target="_top">', svg)


def draw_edges(ax: plt.Axes, graph: nx.MultiDiGraph, pos: dict[str, tuple[float, float]]) -> None:
    """Arrows that start and stop at the edge of a node's marker and label, so no head hides."""
    for index, (source, target, data) in enumerate(
        sorted(graph.edges(data=True), key=lambda e: (e[0], e[1], e[2]["kind"]))
    ):
        colour, style, width = RELATION_STYLE.get(data["kind"], RELATION_STYLE["related"])
        twins = graph.number_of_edges(source, target) + graph.number_of_edges(target, source)
        bend = 0.0 if twins == 1 else 0.15 * (1 + index % 2)
        out_source, out_target = end_directions(pos[source], pos[target], bend)
        ax.annotate(
            "",
            xy=pos[target],
            xytext=pos[source],
            zorder=1,
            arrowprops={
                "arrowstyle": "-|>",
                "color": colour,
                "linestyle": style,
                "linewidth": width,
                "shrinkA": margin_points(graph.nodes[source]["label"], out_source),
                "shrinkB": margin_points(graph.nodes[target]["label"], out_target) + ARROW_GAP,
                "mutation_scale": 12,
                "connectionstyle": f"arc3,rad={bend}",
            },
        )


def end_directions(
    start: tuple[float, float], end: tuple[float, float], bend: float
) -> tuple[tuple[float, float], tuple[float, float]]:
    """The directions in which an arc leaves its start and its end, each pointing away from the node.

    Matplotlib's `arc3` is a quadratic Bézier whose control point lies `bend` times the chord's
    length off its middle; the curve leaves each end towards that control point.
    """
    dx, dy = end[0] - start[0], end[1] - start[1]
    control = ((start[0] + end[0]) / 2 + bend * dy, (start[1] + end[1]) / 2 - bend * dx)
    return (
        (control[0] - start[0], control[1] - start[1]),
        (control[0] - end[0], control[1] - end[1]),
    )


def margin_points(label: str, direction: tuple[float, float]) -> float:
    """Points from a node's centre to the edge of its marker or label box, along `direction`.

    Positions are in inches (see `make_axes`); the label box hangs below the marker, as drawn by
    `draw_nodes`. A ray that passes under the marker into the label leaves where the label ends.
    """
    length = math.hypot(*direction)
    if length == 0:
        return MARKER_RADIUS * 72
    ux, uy = direction[0] / length, direction[1] / length
    half_width = label_half_width(label)
    low = [-math.inf, -math.inf]
    high = [math.inf, math.inf]
    for axis, (u, lo, hi) in enumerate(
        [(ux, -half_width, half_width), (uy, -LABEL_OFFSET - LABEL_HEIGHT, -LABEL_OFFSET + LABEL_PAD)]
    ):
        if abs(u) < 1e-9:
            if not lo <= 0 <= hi:
                return MARKER_RADIUS * 72
            continue
        low[axis], high[axis] = sorted((lo / u, hi / u))
    enter, leave = max(max(low), 0.0), min(high)
    reach = max(MARKER_RADIUS, leave) if enter <= leave else MARKER_RADIUS
    return round(reach * 72, 2)


def draw_nodes(
    ax: plt.Axes, graph: nx.MultiDiGraph, pos: dict[str, tuple[float, float]], link: Callable[[str], str]
) -> None:
    for kind, (colour, marker, _) in KIND_STYLE.items():
        nodes = [n for n in sorted(graph.nodes) if graph.nodes[n]["kind"] == kind]
        if not nodes:
            continue
        points = ax.scatter(
            [pos[n][0] for n in nodes],
            [pos[n][1] for n in nodes],
            s=170,
            c=colour,
            marker=marker,
            edgecolors="white",
            linewidths=1.2,
            zorder=2,
        )
        points.set_urls([link(n) for n in nodes])
        points.set_gid(f"actors-{kind}")
    for node in sorted(graph.nodes):
        x, y = pos[node]
        text = ax.text(
            x,
            y - LABEL_OFFSET,
            graph.nodes[node]["label"],
            ha="center",
            va="top",
            fontsize=FONT_SIZE,
            zorder=3,
            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.85},
        )
        text.set_url(link(node))
        text.set_gid(f"actor-{node}")


def draw_legend(ax: plt.Axes, graph: nx.MultiDiGraph) -> None:
    kinds = {graph.nodes[n]["kind"] for n in graph.nodes}
    relations = {d["kind"] for _, _, d in graph.edges(data=True)}
    handles = [
        Line2D(
            [],
            [],
            linestyle="none",
            marker=marker,
            markersize=8,
            markerfacecolor=colour,
            markeredgecolor="white",
            label=label,
        )
        for kind, (colour, marker, label) in KIND_STYLE.items()
        if kind in kinds
    ] + [
        Line2D([], [], color=colour, linestyle=style, linewidth=width, label=RELATION_WORDS[kind])
        for kind, (colour, style, width) in RELATION_STYLE.items()
        if kind in relations
    ]
    if handles:
        ax.legend(
            handles=handles,
            loc="upper left",
            bbox_to_anchor=(1.0, 1.0),
            frameon=False,
            fontsize=FONT_SIZE - 1,
        )


def make_axes(graph: nx.MultiDiGraph, pos: dict[str, tuple[float, float]]) -> tuple[plt.Figure, plt.Axes]:
    """A figure whose plot area maps one data unit to one inch, so label sizes are known."""
    if pos:
        half = {n: len(graph.nodes[n]["label"]) * CHAR_WIDTH / 2 + 0.15 for n in pos}
        left = min(p[0] - half[n] for n, p in pos.items())
        right = max(p[0] + half[n] for n, p in pos.items())
        bottom = min(p[1] for p in pos.values()) - LABEL_OFFSET - LABEL_HEIGHT - 0.15
        top = max(p[1] for p in pos.values()) + 0.3
    else:
        left, right, bottom, top = 0.0, 2.0, 0.0, 1.0
    width, height = right - left, max(top - bottom, legend_height(graph))
    fig = plt.figure(figsize=(width + LEGEND_WIDTH, height))
    ax = fig.add_axes((0.0, 0.0, width / (width + LEGEND_WIDTH), 1.0))
    ax.set_xlim(left, right)
    ax.set_ylim(top - height, top)
    ax.axis("off")
    return fig, ax


def legend_height(graph: nx.MultiDiGraph) -> float:
    """Inches the legend needs: one row per actor kind and relation kind shown."""
    kinds = {graph.nodes[n]["kind"] for n in graph.nodes}
    relations = {d["kind"] for _, _, d in graph.edges(data=True)}
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
