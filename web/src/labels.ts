// Which node labels to draw so that none covers another: the most important first, each kept only where it fits, in
// screen pixels at the current zoom, so that zooming in makes room for more. Pure: the controller measures and applies.

/** A label as it would be drawn: its node's center and size on screen, the label's size, how much it matters. */
export interface LabelCandidate {
  id: string;
  /** Rendered center of the node. */
  x: number;
  y: number;
  /** Rendered diameter of the node. */
  size: number;
  /** Rendered width and height of the label text. */
  width: number;
  height: number;
  /** Higher is labelled first. */
  rank: number;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Screen pixels between the node and its label (the stylesheet's text margin) and kept free around each label. */
export const LABEL_GAP = 4;
const MARGIN = 3;

/** Where a label goes around its node, in the order tried: under it reads best, then above, right, left. */
export const LABEL_SIDES = ['below', 'above', 'right', 'left'] as const;
export type LabelSide = (typeof LABEL_SIDES)[number];

/** The most important labels are drawn even when every side covers some node (never another label). */
const ALWAYS_LABELLED = 5;

/** The box a label takes on screen on one side of its node. */
export function labelBox(candidate: LabelCandidate, side: LabelSide = 'below'): Box {
  const { x, y, size, width, height } = candidate;
  const reach = size / 2 + LABEL_GAP;
  const box =
    side === 'below'
      ? { x1: x - width / 2, x2: x + width / 2, y1: y + reach, y2: y + reach + height }
      : side === 'above'
        ? { x1: x - width / 2, x2: x + width / 2, y1: y - reach - height, y2: y - reach }
        : side === 'right'
          ? { x1: x + reach, x2: x + reach + width, y1: y - height / 2, y2: y + height / 2 }
          : { x1: x - reach - width, x2: x - reach, y1: y - height / 2, y2: y + height / 2 };
  return { x1: box.x1 - MARGIN, x2: box.x2 + MARGIN, y1: box.y1 - MARGIN, y2: box.y2 + MARGIN };
}

function nodeBox(candidate: LabelCandidate): Box {
  const half = candidate.size / 2;
  return { x1: candidate.x - half, x2: candidate.x + half, y1: candidate.y - half, y2: candidate.y + half };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** Cells of a spatial hash: a box is checked only against those in the cells it touches. */
const CELL = 96;

class BoxIndex {
  private readonly cells = new Map<string, Box[]>();

  private keys(box: Box): string[] {
    const keys: string[] = [];
    for (let cx = Math.floor(box.x1 / CELL); cx <= Math.floor(box.x2 / CELL); cx++) {
      for (let cy = Math.floor(box.y1 / CELL); cy <= Math.floor(box.y2 / CELL); cy++) keys.push(`${cx},${cy}`);
    }
    return keys;
  }

  hits(box: Box, ignore?: Box): boolean {
    return this.keys(box).some((key) => (this.cells.get(key) ?? []).some((other) => other !== ignore && overlaps(box, other)));
  }

  add(box: Box): void {
    for (const key of this.keys(box)) this.cells.set(key, [...(this.cells.get(key) ?? []), box]);
  }
}

/**
 * The labels to draw and on which side, greedily by rank: a label goes on the first side where it overlaps no label
 * kept before and no other node, and stays within `bounds` (the canvas) when given; the few most important go on the
 * first side free of labels even over other nodes or past the edge, so the first is always drawn. Ties in rank go by id, so the same view labels the same nodes.
 */
export function chooseLabels(candidates: readonly LabelCandidate[], bounds?: Box): Map<string, LabelSide> {
  const ordered = [...candidates].sort((a, b) => b.rank - a.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const nodes = new BoxIndex();
  const ownBox = new Map<string, Box>();
  for (const candidate of ordered) {
    const box = nodeBox(candidate);
    ownBox.set(candidate.id, box);
    nodes.add(box);
  }
  const labels = new BoxIndex();
  const chosen = new Map<string, LabelSide>();
  ordered.forEach((candidate, index) => {
    const fits = (side: LabelSide) => {
      const box = labelBox(candidate, side);
      const inside = !bounds || (box.x1 >= bounds.x1 && box.x2 <= bounds.x2 && box.y1 >= bounds.y1 && box.y2 <= bounds.y2);
      return inside && !labels.hits(box) && !nodes.hits(box, ownBox.get(candidate.id));
    };
    const overNodes = (side: LabelSide) => index < ALWAYS_LABELLED && !labels.hits(labelBox(candidate, side));
    const side = LABEL_SIDES.find(fits) ?? LABEL_SIDES.find(overNodes);
    if (side === undefined) return;
    labels.add(labelBox(candidate, side));
    chosen.set(candidate.id, side);
  });
  return chosen;
}

/**
 * Positions that keep nodes apart: any two whose bodies overlap are pushed apart along the line between them (or a
 * fixed direction when they sit on one spot), a few rounds, so that no node hides another. Model coordinates.
 */
export function separateNodes(nodes: readonly { id: string; x: number; y: number; size: number }[], rounds = 8): Map<string, { x: number; y: number }> {
  const at = nodes.map((node) => ({ ...node }));
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    const grid = new Map<string, number[]>();
    const cell = Math.max(1, ...at.map((node) => node.size)) * 1.1;
    at.forEach((node, index) => {
      const key = `${Math.floor(node.x / cell)},${Math.floor(node.y / cell)}`;
      grid.set(key, [...(grid.get(key) ?? []), index]);
    });
    at.forEach((node, index) => {
      const cx = Math.floor(node.x / cell);
      const cy = Math.floor(node.y / cell);
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          for (const other of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
            if (other <= index) continue;
            const b = at[other];
            const need = (node.size + b.size) / 2 + 2;
            let vx = b.x - node.x;
            let vy = b.y - node.y;
            let distance = Math.hypot(vx, vy);
            if (distance >= need) continue;
            if (distance < 0.01) {
              // One spot: apart along a direction set by their order, the same on every run.
              const angle = (other * 2.399963) % (2 * Math.PI);
              vx = Math.cos(angle);
              vy = Math.sin(angle);
              distance = 1;
            }
            const push = (need - Math.hypot(b.x - node.x, b.y - node.y)) / 2;
            node.x -= (vx / distance) * push;
            node.y -= (vy / distance) * push;
            b.x += (vx / distance) * push;
            b.y += (vy / distance) * push;
            moved = true;
          }
        }
      }
    });
    if (!moved) break;
  }
  return new Map(at.map((node) => [node.id, { x: node.x, y: node.y }]));
}
