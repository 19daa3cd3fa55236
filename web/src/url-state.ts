// The view as a URL query, and back: what a shared link or a reload restores.
import { NODE_LABELS } from '../../graph/model';
import type { EntityType } from './api-types';
import { type LayoutName, isLayoutName } from './layouts';
import { type MatrixOrder, isMatrixOrder } from './matrix';

export type ViewMode = 'explore' | 'links';
/** How the links view draws the links: the matrix (the default) or the force-directed graph. */
export type LinksView = 'matrix' | 'force';

export interface ViewFilters {
  /** Types hidden from the graph; empty means every type shows. */
  hiddenTypes: EntityType[];
  eventId: string | null;
  year: number | null;
  /** A topic's name, alias or key: the links view counts only talks about it. */
  topic: string | null;
}

export interface ViewState {
  mode: ViewMode;
  /** The entity whose neighborhood the explore view was opened on. */
  focus: string | null;
  /** Nodes expanded after the first load, in the order they were expanded. */
  expanded: string[];
  /** Nodes taken out of the view by hand; later expansions leave them out. */
  removed: string[];
  /** A selected node id, or a selected edge id in the links view. */
  selected: string | null;
  filters: ViewFilters;
  layout: LayoutName;
  path: { from: string; to: string } | null;
  /** Which of the path's shortest routes is drawn (they are listed to step through), from 0. */
  pathRoute: number;
  linksView: LinksView;
  matrixOrder: MatrixOrder;
}

export function emptyViewState(): ViewState {
  return {
    mode: 'explore',
    focus: null,
    expanded: [],
    removed: [],
    selected: null,
    filters: { hiddenTypes: [], eventId: null, year: null, topic: null },
    layout: 'force',
    path: null,
    pathRoute: 0,
    linksView: 'matrix',
    matrixOrder: 'clustered',
  };
}

const LIST_SEPARATOR = ',';

/** Only what differs from the empty view goes into the URL, so links stay short. */
export function encodeViewState(state: ViewState): string {
  const query = new URLSearchParams();
  if (state.mode !== 'explore') query.set('mode', state.mode);
  if (state.focus) query.set('focus', state.focus);
  // Ids may contain commas (a talk key holds its title), so each expanded id is its own parameter.
  for (const id of state.expanded) query.append('expand', id);
  for (const id of state.removed) query.append('remove', id);
  if (state.selected) query.set('select', state.selected);
  if (state.filters.hiddenTypes.length > 0) query.set('hide', state.filters.hiddenTypes.join(LIST_SEPARATOR));
  if (state.filters.eventId) query.set('event', state.filters.eventId);
  if (state.filters.year !== null) query.set('year', String(state.filters.year));
  if (state.filters.topic) query.set('topic', state.filters.topic);
  if (state.layout !== 'force') query.set('layout', state.layout);
  if (state.linksView !== 'matrix') query.set('view', state.linksView);
  if (state.matrixOrder !== 'clustered') query.set('order', state.matrixOrder);
  if (state.path) {
    query.set('from', state.path.from);
    query.set('to', state.path.to);
    if (state.pathRoute > 0) query.set('route', String(state.pathRoute + 1));
  }
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}

/** Unknown or malformed values fall back to the empty view's, so a hand-edited link still opens. */
export function decodeViewState(search: string): ViewState {
  const query = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const state = emptyViewState();
  if (query.get('mode') === 'links') state.mode = 'links';
  state.focus = nonEmpty(query.get('focus'));
  state.expanded = [...new Set(query.getAll('expand').filter((id) => id !== ''))];
  state.removed = [...new Set(query.getAll('remove').filter((id) => id !== ''))];
  state.selected = nonEmpty(query.get('select'));
  const hidden = (query.get('hide') ?? '').split(LIST_SEPARATOR);
  state.filters.hiddenTypes = NODE_LABELS.filter((type) => hidden.includes(type));
  state.filters.eventId = nonEmpty(query.get('event'));
  const year = Number(query.get('year'));
  state.filters.year = query.has('year') && Number.isInteger(year) && year > 0 ? year : null;
  state.filters.topic = nonEmpty(query.get('topic')?.trim() ?? null);
  const layout = query.get('layout') ?? '';
  if (isLayoutName(layout)) state.layout = layout;
  if (query.get('view') === 'force') state.linksView = 'force';
  const order = query.get('order') ?? '';
  if (isMatrixOrder(order)) state.matrixOrder = order;
  const from = nonEmpty(query.get('from'));
  const to = nonEmpty(query.get('to'));
  state.path = from && to ? { from, to } : null;
  // In the URL routes count from 1, as the path finder lists them.
  const route = Number(query.get('route'));
  state.pathRoute = state.path && Number.isInteger(route) && route > 1 ? route - 1 : 0;
  return state;
}

function nonEmpty(value: string | null): string | null {
  return value === null || value === '' ? null : value;
}
