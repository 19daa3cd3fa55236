import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { NODE_LABELS } from '../graph/model';
import { subgraphToElements } from '../web/src/elements';
import { TYPE_STYLES, legendEntries, stylesheet } from '../web/src/style';

function styled() {
  const nodes = NODE_LABELS.map((label, index) => ({ id: `${label}:x`, label, name: `${label} x`, degree: index * 10 }));
  const edges = [
    { id: 'a', type: 'PRESENTED', source: 'Person:x', target: 'Talk:x', weight: 1 },
    { id: 'b', type: 'LINKED_BY_TALKS', source: 'Organization:x', target: 'Project:x', weight: 12 },
  ];
  return cytoscape({ headless: true, styleEnabled: true, style: stylesheet(), elements: subgraphToElements({ nodes, edges }) });
}

describe('stylesheet', () => {
  it('draws every type in its own color and its own shape, as the legend says', () => {
    const cy = styled();
    const drawn = NODE_LABELS.map((label) => {
      const node = cy.getElementById(`${label}:x`);
      return { color: node.style('background-color'), shape: node.style('shape') };
    });
    expect(new Set(drawn.map((d) => d.color)).size).toBe(NODE_LABELS.length);
    expect(new Set(drawn.map((d) => d.shape)).size).toBe(NODE_LABELS.length);
    const legend = legendEntries();
    expect(legend.map((entry) => entry.type)).toEqual([...NODE_LABELS]);
    for (const [index, entry] of legend.entries()) {
      expect(drawn[index].shape).toBe(entry.shape);
      const hex = entry.color.slice(1).match(/../g)!.map((h) => parseInt(h, 16));
      expect(drawn[index].color).toBe(`rgb(${hex.join(',')})`);
    }
  });

  it('labels nodes with their name and draws heavier links wider', () => {
    const cy = styled();
    expect(cy.getElementById('Talk:x').style('label')).toBe('Talk x');
    const thin = parseFloat(cy.getElementById('a').style('width'));
    const thick = parseFloat(cy.getElementById('b').style('width'));
    expect(thick).toBeGreaterThan(thin * 3);
  });

  it('hides filtered nodes and marks the path', () => {
    const cy = styled();
    cy.getElementById('Topic:x').addClass('filtered');
    expect(cy.getElementById('Topic:x').style('display')).toBe('none');
    cy.getElementById('Talk:x').addClass('on-path');
    expect(cy.getElementById('Talk:x').style('border-color')).not.toBe(cy.getElementById('Person:x').style('border-color'));
  });

  it('uses colors that stay apart on white (no two types the same, none too pale to see)', () => {
    for (const style of Object.values(TYPE_STYLES)) {
      const [r, g, b] = style.color.slice(1).match(/../g)!.map((h) => parseInt(h, 16));
      expect(0.2126 * r + 0.7152 * g + 0.0722 * b).toBeLessThan(200);
    }
  });
});
