// GraphML, CSV and JSON as other tools read them: escaped, one element at a time, the same graph in each.
import { describe, expect, it } from 'vitest';
import { type ExportEdge, type ExportNode, csv, writeGraph } from '../export/formats';

const NODES: ExportNode[] = [
  { id: 'Talk:a@e', label: 'Talk', name: 'Logging, "tracing" & <metrics>', properties: { day: '2024-03-20', x: 10, y: -4 } },
  { id: 'Person:kante-yin', label: 'Person', name: 'Kante Yin', properties: { aliases: ['Yin Kante', '尹康特'] } },
];
const EDGES: ExportEdge[] = [{ id: 'Person:kante-yin|PRESENTED|Talk:a@e', type: 'PRESENTED', source: 'Person:kante-yin', target: 'Talk:a@e', properties: { weight: 2 } }];

describe('export formats', () => {
  it('writes GraphML with declared keys and escaped text', () => {
    const [text] = writeGraph('graphml', NODES, EDGES);
    expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<graphml xmlns="http:\/\/graphml.graphdrawing.org\/xmlns">/);
    expect(text).toContain('<key id="n_name" for="node" attr.name="name" attr.type="string"/>');
    expect(text).toContain('<data key="n_name">Logging, &quot;tracing&quot; &amp; &lt;metrics&gt;</data>');
    expect(text).toContain('<data key="n_aliases">Yin Kante; 尹康特</data>');
    expect(text).toContain('<edge id="Person:kante-yin|PRESENTED|Talk:a@e" source="Person:kante-yin" target="Talk:a@e"><data key="e_type">PRESENTED</data><data key="e_weight">2</data></edge>');
    expect(text.match(/<node /g)).toHaveLength(2);
    expect(text.trimEnd().endsWith('</graphml>')).toBe(true);
  });

  it('writes CSV tables whose quoted fields survive commas, quotes and line breaks', () => {
    const [nodes, edges] = writeGraph('csv', NODES, EDGES);
    expect(nodes.split('\n')[0]).toBe(csv.nodeHeader().trim());
    expect(nodes).toContain('Talk:a@e,Talk,"Logging, ""tracing"" & <metrics>",,,,,2024-03-20,,,,10,-4');
    expect(csv.node({ id: 'x', label: 'Talk', name: 'two\nlines', properties: {} })).toBe('x,Talk,"two\nlines",,,,,,,,,,\n');
    expect(edges.trim().split('\n')).toHaveLength(2);
  });

  it('writes JSON that parses back to the same nodes and edges', () => {
    const [text] = writeGraph('json', NODES, EDGES);
    expect(JSON.parse(text)).toEqual({ nodes: NODES, edges: EDGES });
    expect(JSON.parse(writeGraph('json', [], [])[0])).toEqual({ nodes: [], edges: [] });
  });
});
