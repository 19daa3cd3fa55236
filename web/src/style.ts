// The stylesheet as data: one table of type → color and shape feeds both the canvas and the legend.
import type { NodeSingular, StylesheetJson } from 'cytoscape';
import { NODE_LABELS } from '../../graph/model';
import type { EntityType } from './api-types';
import { GROUP_TYPE, LINK_EDGE_TYPE } from './elements';

export type NodeShape = 'round-rectangle' | 'ellipse' | 'hexagon' | 'diamond' | 'star' | 'triangle' | 'rectangle';

export interface TypeStyle {
  color: string;
  shape: NodeShape;
  /** What the legend says the type is. */
  description: string;
}

// Okabe–Ito colors (told apart with the common color-vision deficiencies), and a distinct shape per type as well.
export const TYPE_STYLES: Record<EntityType, TypeStyle> = {
  Talk: { color: '#0072B2', shape: 'round-rectangle', description: 'Talk' },
  Person: { color: '#E69F00', shape: 'ellipse', description: 'Person (speaker)' },
  Organization: { color: '#009E73', shape: 'hexagon', description: 'Organization' },
  Project: { color: '#CC79A7', shape: 'diamond', description: 'Project' },
  Event: { color: '#D55E00', shape: 'star', description: 'Event' },
  Topic: { color: '#56B4E9', shape: 'triangle', description: 'Topic' },
  Document: { color: '#7F7F7F', shape: 'rectangle', description: 'Source document' },
};

/** How many of a type are named: "3 talks", "+23 people". */
export const PLURALS: Record<EntityType, string> = {
  Talk: 'talks',
  Person: 'people',
  Organization: 'organizations',
  Project: 'projects',
  Event: 'events',
  Topic: 'topics',
  Document: 'documents',
};

export interface EdgeStyle {
  color: string;
  lineStyle: 'solid' | 'dashed' | 'dotted';
  description: string;
}

export const EDGE_STYLES: Record<string, EdgeStyle> = {
  PRESENTED: { color: '#E69F00', lineStyle: 'solid', description: 'presented' },
  AFFILIATED_WITH: { color: '#009E73', lineStyle: 'dashed', description: 'affiliated with' },
  PART_OF: { color: '#D55E00', lineStyle: 'solid', description: 'part of' },
  CO_LOCATED_WITH: { color: '#D55E00', lineStyle: 'dashed', description: 'co-located with' },
  MENTIONS: { color: '#CC79A7', lineStyle: 'solid', description: 'mentions' },
  ABOUT: { color: '#56B4E9', lineStyle: 'dotted', description: 'about' },
  CONTRIBUTES_TO: { color: '#CC79A7', lineStyle: 'dashed', description: 'contributes to' },
  MAINTAINS: { color: '#009E73', lineStyle: 'solid', description: 'maintains' },
  DESCRIBES: { color: '#7F7F7F', lineStyle: 'dotted', description: 'describes' },
  [LINK_EDGE_TYPE]: { color: '#6A5ACD', lineStyle: 'solid', description: 'talks linking an organization to a project' },
};

export const HIGHLIGHT_COLOR = '#F0E442';
const SELECTED_BORDER = '#000000';

export interface LegendEntry {
  type: EntityType;
  color: string;
  shape: NodeShape;
  description: string;
}

export function legendEntries(): LegendEntry[] {
  return NODE_LABELS.map((type) => ({ type, ...TYPE_STYLES[type] }));
}

/** The edge legend: one entry per relationship drawn, in the stylesheet's colors and dashes. */
export function edgeLegendEntries(): (EdgeStyle & { type: string })[] {
  return Object.entries(EDGE_STYLES).map(([type, style]) => ({ type, ...style }));
}

export function stylesheet(): StylesheetJson {
  const byType: StylesheetJson = NODE_LABELS.map((type) => ({
    selector: `node[type = "${type}"]`,
    style: { 'background-color': TYPE_STYLES[type].color, shape: TYPE_STYLES[type].shape },
  }));
  const byEdgeType: StylesheetJson = Object.entries(EDGE_STYLES).map(([type, edge]) => ({
    selector: `edge[type = "${type}"]`,
    style: { 'line-color': edge.color, 'target-arrow-color': edge.color, 'line-style': edge.lineStyle },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        // Hubs grow with their degree, within bounds so that labels stay legible next to them.
        width: 'mapData(degree, 0, 40, 22, 56)',
        height: 'mapData(degree, 0, 40, 22, 56)',
        // Hubs keep their labels longest when zooming out: their text is larger.
        'font-size': 'mapData(degree, 0, 40, 11, 20)',
        'font-family': 'system-ui, "Noto Sans CJK SC", "PingFang SC", sans-serif',
        color: '#1b1b1b',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        // A pale box behind the label instead of a text outline: as readable over edges, and several times cheaper to
        // draw (an outline strokes every glyph). Labels arrive already shortened (elements.ts), so no wrapping either.
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        // Labels that would be unreadably small are skipped: keeps large views fast and uncluttered.
        'min-zoomed-font-size': 7,
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    ...byType,
    {
      selector: 'edge',
      style: {
        width: 'mapData(weight, 1, 12, 1.5, 9)',
        'curve-style': 'haystack',
        'line-color': '#9a9a9a',
        opacity: 0.75,
      },
    },
    ...byEdgeType,
    {
      selector: `edge[type = "${LINK_EDGE_TYPE}"][label]`,
      style: {
        'curve-style': 'bezier',
        // The weight shows on the selected link only: two hundred numbers over the graph would cover its names.
        label: '',
        'font-size': 10,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
      },
    },
    // The links graph rings each node with its community's color, as the matrix marks its rows and columns.
    { selector: 'node[communityColor]', style: { 'border-width': 4, 'border-color': 'data(communityColor)' } },
    // A hub's waiting neighbors, grouped by type (hubs.ts): a dashed box that says how many, opened on double-click.
    {
      selector: `node[type = "${GROUP_TYPE}"]`,
      style: {
        shape: 'round-rectangle',
        'background-color': '#ffffff',
        'border-width': 1.5,
        'border-style': 'dashed',
        'border-color': '#6b7280',
        width: 'data(width)',
        height: 22,
        'text-valign': 'center',
        'text-margin-y': 0,
        'font-size': 11,
        color: '#374151',
        'min-zoomed-font-size': 0,
      },
    },
    { selector: `edge[type = "${GROUP_TYPE}"]`, style: { 'line-style': 'dashed', 'line-color': '#9ca3af', width: 1 } },
    // Crowded views (controller.ts) label only hubs at the zoom they open at; zooming in brings the other labels back.
    { selector: 'node.crowded', style: { 'font-size': 'mapData(degree, 0, 40, 7, 20)', 'min-zoomed-font-size': 10 } },
    // Placed labels (label-placement.ts): a steady size on screen, and none where it would cover another.
    // The label's pale box hugs the text: a padding in model units would grow with the zoom and reach the next label.
    {
      selector: 'node[labelSize]',
      style: { 'font-size': 'data(labelSize)', 'text-margin-y': (node: NodeSingular) => Number(node.data('labelGap')), 'min-zoomed-font-size': 0, 'text-background-padding': '0px' },
    },
    { selector: 'node.label-hidden', style: { label: '' } },
    { selector: 'node.label-above', style: { 'text-valign': 'top', 'text-margin-y': (node: NodeSingular) => -Number(node.data('labelGap')) } },
    { selector: 'node.label-right', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-y': 0, 'text-margin-x': (node: NodeSingular) => Number(node.data('labelGap')) } },
    { selector: 'node.label-left', style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-y': 0, 'text-margin-x': (node: NodeSingular) => -Number(node.data('labelGap')) } },
    { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#333333', 'border-style': 'double' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': SELECTED_BORDER } },
    { selector: 'edge:selected', style: { 'line-color': SELECTED_BORDER, opacity: 1 } },
    { selector: `edge[type = "${LINK_EDGE_TYPE}"][label]:selected`, style: { label: 'data(label)' } },
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.3 } },
    { selector: 'node.on-path', style: { 'border-width': 5, 'border-color': HIGHLIGHT_COLOR, opacity: 1, 'z-index': 10 } },
    { selector: 'edge.on-path', style: { 'line-color': HIGHLIGHT_COLOR, width: 7, opacity: 1, 'z-index': 10 } },
    { selector: '.filtered', style: { display: 'none' } },
    // A path draws one route at a time: the others are listed in the path finder, not drawn over it.
    { selector: '.off-route', style: { display: 'none' } },
  ];
}
