// Label placement and node separation as pure functions: no label over another, the important ones first.
import { describe, expect, it } from 'vitest';
import { type LabelCandidate, chooseLabels, labelBox, overlaps, separateNodes } from '../web/src/labels';

/** A crowd of labelled nodes at seeded random spots in a 800 × 600 canvas, `spread` times further apart. */
function crowd(count: number, spread = 1): LabelCandidate[] {
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  return Array.from({ length: count }, (_, i) => ({
    id: `n${i}`,
    x: random() * 800 * spread,
    y: random() * 600 * spread,
    size: 12 + random() * 20,
    width: 40 + random() * 80,
    height: 14,
    rank: random() * 100,
  }));
}

describe('label placement', () => {
  it('draws no label over another, and the most important one always', () => {
    const candidates = crowd(300);
    const chosen = chooseLabels(candidates);
    const boxes = candidates.filter((c) => chosen.has(c.id)).map((c) => labelBox(c, chosen.get(c.id)));
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i], boxes[j])).toBe(false);
    const top = [...candidates].sort((a, b) => b.rank - a.rank)[0];
    expect(chosen.has(top.id)).toBe(true);
    expect(chosen.size).toBeGreaterThan(20);
    expect(chosen.size).toBeLessThan(300);
  });

  it('labels more of the same nodes when they are drawn further apart, as on zooming in', () => {
    expect(chooseLabels(crowd(300, 2)).size).toBeGreaterThan(chooseLabels(crowd(300)).size);
  });

  it('moves a label to another side of its node before dropping it, and keeps it on the canvas', () => {
    const a: LabelCandidate = { id: 'a', x: 100, y: 100, size: 20, width: 60, height: 14, rank: 2 };
    // Far enough apart, both go under their nodes; b beside a would put its label on a's, so it goes above.
    const b: LabelCandidate = { id: 'b', x: 100, y: 150, size: 20, width: 60, height: 14, rank: 1 };
    expect(chooseLabels([a, b])).toEqual(new Map([['a', 'below'], ['b', 'below']]));
    expect(chooseLabels([a, { ...b, x: 130, y: 100 }]).get('b')).toBe('above');
    const edge: LabelCandidate = { id: 'e', x: 790, y: 580, size: 10, width: 80, height: 14, rank: 1 };
    expect(chooseLabels([edge], { x1: 0, y1: 0, x2: 800, y2: 600 }).get('e')).toBe('left');
  });
});

describe('node separation', () => {
  it('puts no node on top of another, nodes on one spot included, and leaves apart ones where they are', () => {
    const nodes = [
      { id: 'google', x: 0, y: 0, size: 30 },
      { id: 'daocloud', x: 0, y: 0, size: 30 },
      { id: 'near', x: 10, y: 5, size: 20 },
      { id: 'far', x: 500, y: 500, size: 20 },
    ];
    const moved = separateNodes(nodes);
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const [a, b] = [moved.get(nodes[i].id)!, moved.get(nodes[j].id)!];
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual((nodes[i].size + nodes[j].size) / 2);
      }
    }
    expect(moved.get('far')).toEqual({ x: 500, y: 500 });
    expect(separateNodes(nodes)).toEqual(moved);
  });
});
