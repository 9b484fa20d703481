"""Where the actor graph puts its nodes, and where its arrows must stop, in inches.

The drawing maps one data unit to one inch (see `graph.draw_actor_graph`), so label sizes are known
from the number of characters: the layout keeps every node's marker and label clear of the others,
and the arrows start and stop at the edge of those boxes rather than at the node's centre. Every
step is seeded or sorted, so the same story gives the same picture.
"""

from __future__ import annotations

import math

import networkx as nx

SEED = 7  # any fixed number: the layout must not change between builds
CHAR_WIDTH = 0.075  # inches per character of a 9-point label (graph.FONT_SIZE), to keep labels apart
LABEL_SPACE = 0.2  # inches kept free on each side of a label, so neighbours do not read as one name
LINE_HEIGHT = 0.42  # half the inches kept between nodes stacked vertically: label plus a visible arrow
SPREAD = 1.1  # inches per square root of node count: room for arrows between labels
GAP = 0.9  # inches between separately laid out groups
MARKER_RADIUS = 0.1  # inches: a 170 pt² marker with its white rim
LABEL_OFFSET = 0.17  # inches from a node's centre down to the top of its label text
LABEL_HEIGHT = 0.19  # inches of one line of label text at FONT_SIZE, padding included
LABEL_PAD = 0.03  # inches of white box around the label text


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
        pos = component_layout(ordered_subgraph(simple, nodes), labels)
        left = min(p[0] - label_half_width(labels[n]) for n, p in pos.items())  # labels overhang
        width = max(p[0] + label_half_width(labels[n]) for n, p in pos.items()) - left + GAP
        height = max(p[1] for p in pos.values()) + GAP
        if x > 0 and x + width > size[0]:  # start a new row below
            x, y, row_height = 0.0, y - row_height, 0.0
        for node, (px, py) in pos.items():
            placed[node] = (x + px - left, y - height + GAP + py)
        x, row_height = x + width, max(row_height, height)
    return placed


def ordered_subgraph(graph: nx.Graph, nodes: list[str]) -> nx.Graph:
    """A copy of the group with nodes and edges in sorted order.

    `Graph.subgraph` iterates its nodes in the order of a Python set, which changes with
    PYTHONHASHSEED; the spring layout depends on node order, so every fresh build would move the nodes.
    """
    ordered = nx.Graph()
    ordered.add_nodes_from(sorted(nodes))
    ordered.add_edges_from(sorted(tuple(sorted(edge)) for edge in graph.subgraph(nodes).edges))
    return ordered


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
    raw = nx.spring_layout(graph, seed=SEED, iterations=50)
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


def end_directions(
    start: tuple[float, float], end: tuple[float, float], bend: float
) -> tuple[tuple[float, float], tuple[float, float]]:
    """The directions in which an arc leaves its start and its end, each pointing away from the node.

    Each edge is a quadratic Bézier whose control point lies `bend` times the chord's
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

    Positions are in inches (see `graph.draw_actor_graph`); the label box hangs below the marker, as drawn by
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
