// Keeps a rendered view readable: after each layout no node sits on another, and after each zoom, pan or change only
// labels that fit are drawn (labels.ts chooses them), at a steady size on screen.
import type { Core, NodeSingular } from 'cytoscape';
import { GROUP_TYPE } from './elements';
import { type LabelCandidate, LABEL_GAP, LABEL_SIDES, chooseLabels, separateNodes } from './labels';

const FONT = 'system-ui, "Noto Sans CJK SC", "PingFang SC", sans-serif';
/** Label sizes on screen: hubs a little larger, so the eye finds them first. */
const SMALLEST_PX = 11;
const LARGEST_PX = 15;
/** Beyond the edge of the canvas, labels are not worth placing until panned into view. */
const OFFSCREEN_PX = 40;

export interface LabelPlacement {
  /** Places the labels now (tests call this instead of waiting for the next frame). */
  update(): void;
}

/** How much a node matters for labelling: selected and highlighted first, then by weight (its degree). */
function rank(node: NodeSingular): number {
  const boost = node.selected() ? 1e6 : node.hasClass('on-path') || node.hasClass('expanded') ? 1e5 : 0;
  return boost + Number(node.data('degree') ?? 0);
}

function fontPixels(node: NodeSingular): number {
  const degree = Number(node.data('degree') ?? 0);
  return node.selected() ? LARGEST_PX : SMALLEST_PX + (LARGEST_PX - SMALLEST_PX) * Math.min(1, degree / 40);
}

export function attachLabelPlacement(cy: Core): LabelPlacement {
  const context = document.createElement('canvas').getContext('2d');
  const widths = new Map<string, number>();
  // Text is measured once per label at 100 px and scaled: measuring is the costly part of placing.
  const textWidth = (text: string, px: number) => {
    let width = widths.get(text);
    if (width === undefined) {
      if (context) context.font = `100px ${FONT}`;
      width = context ? context.measureText(text).width : text.length * 60;
      widths.set(text, width);
    }
    return (width * px) / 100;
  };

  const update = () => {
    const zoom = cy.zoom();
    const { w, h } = { w: cy.width(), h: cy.height() };
    const candidates: LabelCandidate[] = [];
    const pixels = new Map<string, number>();
    const nodes = cy.nodes().filter((node) => node.data('type') !== GROUP_TYPE && node.visible() && String(node.data('label') ?? '') !== '');
    nodes.forEach((node) => {
      const { x, y } = node.renderedPosition();
      if (x < -OFFSCREEN_PX || y < -OFFSCREEN_PX || x > w + OFFSCREEN_PX || y > h + OFFSCREEN_PX) return;
      const px = fontPixels(node);
      pixels.set(node.id(), px);
      candidates.push({ id: node.id(), x, y, size: node.renderedOuterWidth(), width: textWidth(String(node.data('label')), px), height: px * 1.25, rank: rank(node) });
    });
    const chosen = chooseLabels(candidates, { x1: 0, y1: 0, x2: w, y2: h });
    cy.batch(() => {
      nodes.forEach((node) => {
        const px = pixels.get(node.id());
        const side = chosen.get(node.id());
        node.toggleClass('label-hidden', px === undefined || side === undefined);
        for (const other of LABEL_SIDES) node.toggleClass(`label-${other}`, other === side);
        // The style's font size is in model units: divided by the zoom, the label keeps its size on screen.
        if (px !== undefined && side !== undefined) node.data({ labelSize: px / zoom, labelGap: LABEL_GAP / zoom });
      });
    });
  };

  const separate = () => {
    const nodes = cy.nodes(':visible');
    const moved = separateNodes(nodes.map((node) => ({ id: node.id(), ...node.position(), size: node.outerWidth() })));
    cy.batch(() => {
      nodes.forEach((node) => {
        const to = moved.get(node.id());
        const from = node.position();
        if (to && (Math.abs(to.x - from.x) > 0.01 || Math.abs(to.y - from.y) > 0.01)) node.position(to);
      });
    });
  };

  let frame = 0;
  const schedule = () => {
    if (frame !== 0) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      update();
    });
  };
  cy.on('zoom pan add remove select unselect', schedule);
  cy.on('layoutstop', () => {
    separate();
    schedule();
  });
  return { update };
}
