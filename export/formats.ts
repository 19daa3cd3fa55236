// GraphML, CSV and JSON for graphs people open elsewhere (Gephi, yEd, a spreadsheet), written a node or an edge at a
// time so that a whole graph can stream out. Pure and browser-safe: the explorer and `talkgraph export` share it.

export type ExportValue = string | number | boolean | null | undefined | readonly string[];

export interface ExportNode {
  id: string;
  label: string;
  name: string;
  properties: Record<string, ExportValue>;
}

export interface ExportEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, ExportValue>;
}

/** The attributes every export declares (GraphML needs them before the first node); absent values are left out. */
export const NODE_ATTRIBUTES = ['key', 'year', 'city', 'kind', 'day', 'url', 'category', 'aliases', 'x', 'y'] as const;
export const EDGE_ATTRIBUTES = ['weight', 'role'] as const;

export const EXPORT_FORMATS = ['graphml', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Lists become one text, items separated by "; " (GraphML and CSV have no lists). */
function text(value: ExportValue): string {
  if (value === null || value === undefined) return '';
  return Array.isArray(value) ? value.join('; ') : String(value);
}

function xml(value: string): string {
  return value.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string);
}

const numeric = new Set<string>(['year', 'x', 'y', 'weight']);

export const graphml = {
  start(): string {
    const key = (forWhat: 'node' | 'edge', name: string) =>
      `  <key id="${forWhat[0]}_${name}" for="${forWhat}" attr.name="${name}" attr.type="${numeric.has(name) ? 'double' : 'string'}"/>\n`;
    return [
      '<?xml version="1.0" encoding="UTF-8"?>\n',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n',
      key('node', 'label'),
      key('node', 'name'),
      ...NODE_ATTRIBUTES.map((name) => key('node', name)),
      key('edge', 'type'),
      ...EDGE_ATTRIBUTES.map((name) => key('edge', name)),
      '  <graph id="talkgraph" edgedefault="directed">\n',
    ].join('');
  },
  node(node: ExportNode): string {
    const data = [['label', node.label], ['name', node.name], ...NODE_ATTRIBUTES.map((name) => [name, text(node.properties[name])])]
      .filter(([, value]) => value !== '')
      .map(([name, value]) => `<data key="n_${name}">${xml(value)}</data>`);
    return `    <node id="${xml(node.id)}">${data.join('')}</node>\n`;
  },
  edge(edge: ExportEdge): string {
    const data = [['type', edge.type], ...EDGE_ATTRIBUTES.map((name) => [name, text(edge.properties[name])])]
      .filter(([, value]) => value !== '')
      .map(([name, value]) => `<data key="e_${name}">${xml(value)}</data>`);
    return `    <edge id="${xml(edge.id)}" source="${xml(edge.source)}" target="${xml(edge.target)}">${data.join('')}</edge>\n`;
  },
  end(): string {
    return '  </graph>\n</graphml>\n';
  },
};

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
function csvField(value: ExportValue): string {
  const plain = text(value);
  return /[",\r\n]/.test(plain) ? `"${plain.replace(/"/g, '""')}"` : plain;
}

export const csv = {
  nodeHeader: (): string => `${['id', 'label', 'name', ...NODE_ATTRIBUTES].join(',')}\n`,
  node: (node: ExportNode): string => `${[node.id, node.label, node.name, ...NODE_ATTRIBUTES.map((name) => node.properties[name])].map(csvField).join(',')}\n`,
  edgeHeader: (): string => `${['id', 'type', 'source', 'target', ...EDGE_ATTRIBUTES].join(',')}\n`,
  edge: (edge: ExportEdge): string =>
    `${[edge.id, edge.type, edge.source, edge.target, ...EDGE_ATTRIBUTES.map((name) => edge.properties[name])].map(csvField).join(',')}\n`,
};

/** `{"nodes": [...], "edges": [...]}`, one element a line; `first` says whether a comma goes before it. */
export const json = {
  start: (): string => '{"nodes": [\n',
  node: (node: ExportNode, first: boolean): string => `${first ? '' : ',\n'}${JSON.stringify(compact(node))}`,
  between: (): string => '\n], "edges": [\n',
  edge: (edge: ExportEdge, first: boolean): string => `${first ? '' : ',\n'}${JSON.stringify(compact(edge))}`,
  end: (): string => '\n]}\n',
};

function compact<T extends { properties: Record<string, ExportValue> }>(element: T): T {
  const properties = Object.fromEntries(Object.entries(element.properties).filter(([, value]) => value !== null && value !== undefined));
  return { ...element, properties };
}

/** A whole (small) graph in one format, as the explorer downloads its view: CSV as its two tables. */
export function writeGraph(format: ExportFormat, nodes: readonly ExportNode[], edges: readonly ExportEdge[]): string[] {
  if (format === 'graphml') return [[graphml.start(), ...nodes.map(graphml.node), ...edges.map(graphml.edge), graphml.end()].join('')];
  if (format === 'csv') return [[csv.nodeHeader(), ...nodes.map(csv.node)].join(''), [csv.edgeHeader(), ...edges.map(csv.edge)].join('')];
  return [[json.start(), ...nodes.map((n, i) => json.node(n, i === 0)), json.between(), ...edges.map((e, i) => json.edge(e, i === 0)), json.end()].join('')];
}
