// The explorer page: wires the API client, the graph controller, the panels and the URL together.
import { writeGraph } from '../../export/formats';
import { createApiClient } from './api-client';
import type { Details, ExplorerApi } from './api-types';
import { createCanvas } from './canvas';
import { viewToExport } from './elements';
import { GraphController, type Selection } from './controller';
import { LAYOUT_NAMES, LAYOUT_TITLES, type LayoutName, isLayoutName } from './layouts';
import { renderDetails } from './panels/details';
import { h, replaceChildren } from './panels/dom';
import { createCorrectionsApi } from './corrections-api';
import { createCorrectionsPanel } from './panels/corrections';
import { createFiltersPanel } from './panels/filters';
import { renderGroup } from './panels/group';
import { renderLink } from './panels/link';
import { createMatrixPanel } from './panels/matrix';
import { createPathFinder } from './panels/path-finder';
import { renderRelatedTalks } from './panels/related';
import { createSearchBox } from './panels/search';
import { PLURALS } from './style';
import { createStatusLine } from './panels/status';
import { type ViewState, decodeViewState, encodeViewState } from './url-state';
import './explorer.css';
import './corrections.css';

const api: ExplorerApi = createApiClient();
const status = createStatusLine();
document.getElementById('status-slot')?.append(status.element);
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const cy = createCanvas(byId('graph'));
const controller = new GraphController(cy, api);
// Tests and benchmarks reach the controller through the page, as a person reaches it through the controls.
(window as unknown as { talkgraph: Record<string, unknown> }).talkgraph = { controller, cy };

const open = (id: string) => {
  void status.run('Loading the neighborhood…', async () => {
    if (controller.viewState().mode === 'links') markMode('explore');
    await controller.open(id);
  });
};
const actions = { open };

// --- search -------------------------------------------------------------------------------------------------------
const search = createSearchBox({
  api,
  label: 'Search talks, people, organizations, projects, events and topics',
  placeholder: 'Search talks, speakers, companies, projects… (English or 中文)',
  onChoose: (hit) => open(hit.id),
  onError: (error) => status.error(error),
});
byId('search-slot').append(search.element);

// --- filters and legend ---------------------------------------------------------------------------------------------
const filters = createFiltersPanel((next) => void status.run('Filtering…', () => controller.setFilters(next)));
byId('left').append(filters.element);

// --- path finder ----------------------------------------------------------------------------------------------------
const pathFinder = createPathFinder({
  api,
  selected: () => {
    const id = controller.viewState().selected;
    const node = id ? cy.getElementById(id) : null;
    return node && node.nonempty() && node.isNode() ? { id: node.id(), name: String(node.data('name')) } : null;
  },
  find: (from, to) =>
    void status.run('Finding the shortest path…', async () => {
      if (controller.viewState().mode === 'links') markMode('explore');
      const found = await controller.showPath(from.id, to.id);
      showPathResult(found, from.name, to.name);
    }),
  showRoute: (index) => controller.showRoute(index),
  clear: () => {
    controller.clearPath();
    pathFinder.showRoutes({ current: 0, routes: [] });
    pathFinder.setEnd('from', null);
    pathFinder.setEnd('to', null);
    pathFinder.showResult('');
  },
  onError: (error) => status.error(error),
});
byId('left').append(pathFinder.element);

// --- corrections ----------------------------------------------------------------------------------------------------
const correctionsPanel = createCorrectionsPanel({
  api: createCorrectionsApi(),
  selected: () => {
    const id = selectedNodeId();
    return id ? { id, name: String(cy.getElementById(id).data('name')), type: String(cy.getElementById(id).data('type')) } : null;
  },
  // What the correction took out of the graph leaves the view; a merged entity opens as one.
  applied: (_correction, nodes) => {
    for (const id of nodes.gone) if (cy.getElementById(id).nonempty()) controller.remove(id);
    if (nodes.keep) open(nodes.keep);
  },
  onError: (error) => status.error(error),
});
byId('left').append(correctionsPanel.element);
void correctionsPanel.refresh();

function showPathResult(found: boolean, from: string, to: string): void {
  const { routes } = controller.pathRoutes();
  const count = routes.length === 1 ? 'One shortest route' : `${routes.length} shortest routes`;
  pathFinder.showResult(found ? `${count} from ${from} to ${to}; the highlighted one is drawn.` : `No path between ${from} and ${to} within 6 steps.`);
  pathFinder.showRoutes(controller.pathRoutes());
}

// --- toolbar --------------------------------------------------------------------------------------------------------
const layoutSelect = byId<HTMLSelectElement>('layout');
replaceChildren(layoutSelect, ...LAYOUT_NAMES.map((name) => h('option', { value: name }, LAYOUT_TITLES[name])));
layoutSelect.addEventListener('change', () => {
  if (isLayoutName(layoutSelect.value)) void status.run('Laying out…', () => controller.runLayout(layoutSelect.value as LayoutName).then(pushUrl));
});

const selectedNodeId = () => {
  const id = controller.viewState().selected;
  return id && cy.getElementById(id).isNode() ? id : null;
};
const toolbar: Record<string, () => void> = {
  expand: () => {
    const id = selectedNodeId();
    if (id) void status.run('Expanding…', () => controller.expand(id));
  },
  collapse: () => {
    const id = selectedNodeId();
    if (id) controller.collapse(id);
  },
  remove: () => {
    const id = selectedNodeId();
    if (id) controller.remove(id);
  },
  fit: () => controller.fit(),
  'zoom-in': () => controller.zoomBy(1.25),
  'zoom-out': () => controller.zoomBy(0.8),
  'export-png': () => download(controller.exportPng(), 'talkgraph-view.png'),
  'export-json': () =>
    download(new Blob([JSON.stringify(controller.exportJson(), null, 2)], { type: 'application/json' }), 'talkgraph-view.json'),
  'export-graphml': () => {
    const { nodes, edges } = viewToExport(controller.exportJson());
    download(new Blob(writeGraph('graphml', nodes, edges), { type: 'application/graphml+xml' }), 'talkgraph-view.graphml');
  },
  'export-csv': () => {
    const { nodes, edges } = viewToExport(controller.exportJson());
    const [nodeTable, edgeTable] = writeGraph('csv', nodes, edges);
    download(new Blob([nodeTable], { type: 'text/csv' }), 'talkgraph-view-nodes.csv');
    download(new Blob([edgeTable], { type: 'text/csv' }), 'talkgraph-view-edges.csv');
  },
};
for (const [name, action] of Object.entries(toolbar)) byId(`action-${name}`).addEventListener('click', action);
// The canvas is one focusable element: keys do what the toolbar does, for people who do not use a mouse.
const KEYS: Record<string, () => void> = {
  Enter: toolbar.expand,
  e: toolbar.expand,
  c: toolbar.collapse,
  Delete: toolbar.remove,
  Backspace: toolbar.remove,
  f: toolbar.fit,
  '+': toolbar['zoom-in'],
  '=': toolbar['zoom-in'],
  '-': toolbar['zoom-out'],
  Escape: () => controller.select(null),
};
byId('graph').addEventListener('keydown', (event) => {
  const action = KEYS[event.key];
  if (!action || event.ctrlKey || event.metaKey || event.altKey) return;
  event.preventDefault();
  action();
});
controller.onExpandRequest((id) => void status.run('Expanding…', () => controller.expand(id)));

function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// --- modes ----------------------------------------------------------------------------------------------------------
const modeButtons = { explore: byId<HTMLButtonElement>('mode-explore'), links: byId<HTMLButtonElement>('mode-links') };
function markMode(mode: ViewState['mode']): void {
  for (const [name, button] of Object.entries(modeButtons)) button.setAttribute('aria-pressed', String(name === mode));
  document.body.dataset.mode = mode;
}
modeButtons.explore.addEventListener('click', () => {
  markMode('explore');
  void status.run('Loading the explore view…', () => controller.showExplore());
});
modeButtons.links.addEventListener('click', () => {
  markMode('links');
  void status.run('Loading project–organization links…', () => controller.showLinks());
});

// --- the links view: matrix or graph ---------------------------------------------------------------------------
const matrixSlot = byId('matrix-slot');
const graphSlot = byId('graph');
const matrix = createMatrixPanel({
  onSelectLink: (id) => controller.select(id),
  onSelectEntity: (id) => controller.select(id),
  onOrder: (order) => controller.setMatrixOrder(order),
});
matrixSlot.append(matrix.element);
(window as unknown as { talkgraph: Record<string, unknown> }).talkgraph.matrix = matrix;
const linksViewButtons = { matrix: byId<HTMLButtonElement>('links-view-matrix'), force: byId<HTMLButtonElement>('links-view-force') };
for (const [view, button] of Object.entries(linksViewButtons) as [ViewState['linksView'], HTMLButtonElement][]) {
  button.addEventListener('click', () => {
    showLinksView({ ...controller.viewState(), linksView: view });
    void status.run('Laying out…', () => controller.setLinksView(view));
  });
}

/** The matrix replaces the canvas in the links view unless the graph is asked for. */
function showLinksView(state: ViewState): void {
  const matrixShown = state.mode === 'links' && state.linksView === 'matrix';
  const graphWasHidden = graphSlot.hidden;
  matrixSlot.hidden = !matrixShown;
  graphSlot.hidden = matrixShown;
  // A canvas that was hidden measured itself as empty: it measures again when it shows.
  if (graphWasHidden && !matrixShown) cy.resize();
  document.body.dataset.linksView = state.linksView;
  for (const [view, button] of Object.entries(linksViewButtons)) button.setAttribute('aria-pressed', String(view === state.linksView));
  if (matrixShown) matrix.show(controller.currentLinks(), state.matrixOrder, state.selected);
}

// --- details and related talks --------------------------------------------------------------------------------------
const detailsSlot = byId('details');
const relatedSlot = byId('related');
let detailsAsked = 0;

function showSelection(selection: Selection): void {
  const question = ++detailsAsked;
  updateToolbar();
  replaceChildren(relatedSlot);
  relatedSlot.hidden = true;
  if (selection === null) {
    const hint =
      controller.viewState().mode === 'links'
        ? 'Click a cell of the matrix (or a link of the graph) to see the talks and people behind it; darker cells and thicker links have more.'
        : 'Select a node to read about it; double-click to expand it.';
    replaceChildren(detailsSlot, h('p', { class: 'empty' }, hint));
    return;
  }
  if (selection.kind === 'link') {
    replaceChildren(detailsSlot, renderLink(selection, null, actions));
    void showLinkEvidence(selection, question);
    return;
  }
  if (selection.kind === 'group') {
    replaceChildren(detailsSlot, renderGroup(selection, () => void status.run('Showing more…', () => controller.showMore(selection.id))));
    return;
  }
  replaceChildren(detailsSlot, h('p', { class: 'loading' }, `Loading ${selection.name}…`));
  api.details(selection.id).then(
    (details: Details | null) => {
      if (question !== detailsAsked) return;
      replaceChildren(detailsSlot, details ? renderDetails(details, actions) : h('p', { class: 'empty' }, `${selection.id} is no longer in the graph.`));
      if (details?.label === 'Talk') void showRelated(details.id, question);
    },
    (error: unknown) => {
      if (question !== detailsAsked) return;
      replaceChildren(detailsSlot, h('p', { class: 'error' }, 'The details could not be loaded.'));
      status.error(error);
    },
  );
}

/** The selected link's talks and people, under the filters its weight was counted with. */
async function showLinkEvidence(link: Extract<Selection, { kind: 'link' }>, question: number): Promise<void> {
  try {
    const evidence = await api.linkEvidence({ projectId: link.project.id, organizationId: link.organization.id }, controller.linkFilters());
    if (question === detailsAsked) replaceChildren(detailsSlot, renderLink(link, evidence, actions));
  } catch (error) {
    if (question !== detailsAsked) return;
    replaceChildren(detailsSlot, h('p', { class: 'error' }, 'The talks and people behind this link could not be loaded.'));
    status.error(error);
  }
}

async function showRelated(talkId: string, question: number): Promise<void> {
  relatedSlot.hidden = false;
  replaceChildren(relatedSlot, h('h2', {}, 'Related talks'), h('p', { class: 'loading' }, 'Finding related talks…'));
  try {
    const related = await api.relatedTalks(talkId, 8);
    if (question === detailsAsked) replaceChildren(relatedSlot, h('h2', {}, 'Related talks'), renderRelatedTalks(related, actions));
  } catch (error) {
    if (question !== detailsAsked) return;
    replaceChildren(relatedSlot, h('h2', {}, 'Related talks'), h('p', { class: 'error' }, 'Related talks could not be loaded.'));
    status.error(error);
  }
}

/** Filters that leave nothing to see say so, instead of an empty canvas or the landing text. */
const nothingMatches = byId('nothing-matches');
function showNothingMatches(state: ViewState): void {
  const shown = cy.nodes().filter((node) => !node.hasClass('filtered'));
  const graph = state.mode === 'explore' || state.linksView === 'force';
  const empty = graph && (state.mode === 'links' ? cy.nodes().empty() : cy.nodes().nonempty() && shown.empty());
  nothingMatches.hidden = !empty;
  if (!empty) return;
  const active = [
    state.filters.hiddenTypes.length > 0 ? `${state.filters.hiddenTypes.length} hidden type${state.filters.hiddenTypes.length === 1 ? '' : 's'}` : '',
    state.filters.eventId ? `event ${state.filters.eventId.replace(/^Event:/, '')}` : '',
    state.filters.year !== null ? `year ${state.filters.year}` : '',
    state.mode === 'links' && state.filters.topic ? `topic ${state.filters.topic}` : '',
  ].filter(Boolean);
  byId('nothing-matches-text').textContent =
    state.mode === 'links'
      ? `No talk links an organization to a project under these filters (${active.join(', ') || 'none'}).`
      : `Nothing in this view passes these filters (${active.join(', ')}): they contradict each other or what is on screen.`;
}
byId('clear-filters').addEventListener('click', () => {
  void status.run('Filtering…', () => controller.setFilters({ hiddenTypes: [], eventId: null, year: null, topic: null }));
});

function updateToolbar(): void {
  const id = selectedNodeId();
  const explore = controller.viewState().mode === 'explore';
  byId<HTMLButtonElement>('action-expand').disabled = !id || !explore;
  byId<HTMLButtonElement>('action-collapse').disabled = !id || !explore || !controller.isExpanded(id);
  byId<HTMLButtonElement>('action-remove').disabled = !id || !explore;
  // An empty view exports an empty picture: nothing to download.
  const nothingShown = cy.nodes().filter((node) => !node.hasClass('filtered')).empty();
  byId<HTMLButtonElement>('action-export-png').disabled = nothingShown;
  for (const format of ['json', 'graphml', 'csv']) byId<HTMLButtonElement>(`action-export-${format}`).disabled = nothingShown;
}

controller.onSelect(showSelection);

// --- empty state and URL --------------------------------------------------------------------------------------------
const emptyState = byId('empty-state');
function pushUrl(): void {
  const state = controller.viewState();
  const search = encodeViewState(state);
  if (search !== window.location.search) window.history.pushState(null, '', `${window.location.pathname}${search}`);
  emptyState.hidden = cy.nodes().nonempty() || state.mode === 'links';
  showNothingMatches(state);
  if (state.path) pathFinder.showRoutes(controller.pathRoutes());
  showLinksView(state);
  filters.show(state.filters);
  layoutSelect.value = state.layout;
  updateToolbar();
}
controller.onChange(pushUrl);

async function restoreFromUrl(): Promise<void> {
  const state = decodeViewState(window.location.search);
  markMode(state.mode);
  showLinksView(state);
  filters.show(state.filters);
  layoutSelect.value = state.layout;
  if (state.mode === 'explore' && !state.focus && !state.path) {
    emptyState.hidden = false;
    return;
  }
  await status.run('Restoring the view…', async () => {
    await controller.restore(state);
    if (state.path) {
      const name = (id: string) => String(cy.getElementById(id).data('name') ?? id);
      pathFinder.setEnd('from', { id: state.path.from, name: name(state.path.from) });
      pathFinder.setEnd('to', { id: state.path.to, name: name(state.path.to) });
      showPathResult(controller.pathRoutes().routes.length > 0, name(state.path.from), name(state.path.to));
    }
  });
}

window.addEventListener('popstate', () => void restoreFromUrl());
showSelection(null);
void restoreFromUrl();
void status.run('Loading events…', async () => {
  const [events, counts] = await Promise.all([api.events(), api.stats()]);
  filters.setEvents(events);
  filters.setCounts(counts);
  byId('empty-counts').textContent = counts
    .filter((entry) => entry.label !== 'Document')
    .map((entry) => `${entry.count} ${entry.count === 1 ? entry.label.toLowerCase() : PLURALS[entry.label]}`)
    .join(' · ');
});
