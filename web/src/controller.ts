// The one owner of the Cytoscape instance: every change to the graph on screen goes through here.
import type { Core, ElementDefinition, Layouts, NodeSingular } from 'cytoscape';
import type { EntityRef, EntityType, ExplorerApi, LinkFilters, PathResult, ProjectOrganizationLink, Subgraph } from './api-types';
import { type ExportedView, LINK_EDGE_TYPE, linksToElements, subgraphToElements } from './elements';
import { communityColor, linkCommunities } from './communities';
import { GROUP_TYPE, HUB_PAGE, groupElements, pageNeighbors } from './hubs';
import { LARGE_VIEW, type LayoutName, layoutOptions, placeOnSpiral } from './layouts';
import type { MatrixOrder } from './matrix';
import { type LinksView, type ViewFilters, type ViewState, emptyViewState } from './url-state';

/** What is selected, as the panels need it. */
export type Selection =
  | { kind: 'node'; id: string; type: string; name: string }
  | { kind: 'link'; id: string; organization: EntityRef; project: EntityRef; weight: number; maintains: boolean; talkCount: number; peopleCount: number }
  | { kind: 'group'; id: string; anchor: EntityRef; type: EntityType; count: number }
  | null;

export interface ControllerOptions {
  /** Most neighbors one expansion adds: a hub with hundreds of talks must not flood the view. */
  neighborhoodLimit?: number;
  maxPathLength?: number;
  /** Off in tests and benchmarks, where nobody watches the nodes move. */
  animate?: boolean;
  /** Neighbors of a hub drawn at once (and per "show more"); Infinity draws them all, as the render benchmark does. */
  hubPage?: number;
}

const PATH_MARK = 'path';

export class GraphController {
  readonly cy: Core;
  private readonly api: ExplorerApi;
  private readonly options: Required<ControllerOptions>;
  private state: ViewState = emptyViewState();
  private layout: Layouts | null = null;
  /** Bumped whenever a layout is asked for or the view is replaced: a layout still waiting for its frame gives way. */
  private layoutRequest = 0;
  /** Bumped whenever the view is replaced, so a late answer for an older view is dropped instead of mixed in. */
  private generation = 0;
  private readonly changeListeners = new Set<(state: ViewState) => void>();
  private readonly selectListeners = new Set<(selection: Selection) => void>();
  private readonly expandRequests = new Set<(id: string) => void>();
  /** The links of the links view, as the API sent them: the matrix draws these, the force view their elements. */
  private links: readonly ProjectOrganizationLink[] = [];
  /** Whether the force view of the current links has been laid out (the matrix needs no layout). */
  private linksLaidOut = false;
  /** Per hub on screen: what its expansion brought and the neighbors still waiting in its groups, strongest first. */
  private readonly waiting = new Map<string, { subgraph: Subgraph; later: Subgraph['nodes'] }>();
  /** The shortest routes of the path shown, one of them drawn at a time. */
  private routes: PathResult['paths'] = [];

  constructor(cy: Core, api: ExplorerApi, options: ControllerOptions = {}) {
    this.cy = cy;
    this.api = api;
    this.options = { neighborhoodLimit: 150, maxPathLength: 6, animate: true, hubPage: HUB_PAGE, ...options };
    cy.on('tap', 'node', (event) => this.select(event.target.id()));
    cy.on('tap', 'edge', (event) => {
      if (event.target.data('type') === LINK_EDGE_TYPE) this.select(event.target.id());
    });
    cy.on('tap', (event) => {
      if (event.target === cy) this.select(null);
    });
    // The view asks whoever drives it (main.ts) to expand, so loading and errors are shown in one place.
    cy.on('dbltap', 'node', (event) => {
      for (const listener of this.expandRequests) listener(event.target.id());
    });
  }

  onChange(listener: (state: ViewState) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  onSelect(listener: (selection: Selection) => void): () => void {
    this.selectListeners.add(listener);
    return () => this.selectListeners.delete(listener);
  }

  onExpandRequest(listener: (id: string) => void): () => void {
    this.expandRequests.add(listener);
    return () => this.expandRequests.delete(listener);
  }

  viewState(): ViewState {
    return structuredClone(this.state);
  }

  /** Replaces the view with the neighborhood of one entity. */
  async open(id: string): Promise<void> {
    const generation = ++this.generation;
    const subgraph = await this.api.neighborhood(id, { depth: 1, limit: this.options.neighborhoodLimit });
    if (generation !== this.generation) return;
    if (!subgraph.nodes.some((node) => node.id === id)) throw new Error(`Nothing in the graph has the id ${id}.`);
    this.reset('explore');
    this.state.focus = id;
    this.addNeighbors(subgraph, id);
    this.cy.getElementById(id).addClass('expanded');
    this.applyFilters();
    this.select(id, false);
    this.fitPlacement();
    await this.runLayout(this.state.layout);
    this.emitChange();
  }

  /** Adds a node's neighbors to the view (the double-click action). */
  async expand(id: string, options: { layout?: boolean } = {}): Promise<void> {
    if (this.state.mode !== 'explore') throw new Error('Expanding works in the explore view; switch back to it first.');
    // Expanding a group of a hub's waiting neighbors shows the next of them.
    if (this.cy.getElementById(id).data('type') === GROUP_TYPE) return this.showMore(id);
    const generation = this.generation;
    const subgraph = await this.api.neighborhood(id, { depth: 1, limit: this.options.neighborhoodLimit });
    if (generation !== this.generation) return;
    if (this.cy.nodes().empty()) this.state.focus = id;
    const kept: Subgraph = {
      nodes: subgraph.nodes.filter((node) => !this.state.removed.includes(node.id) || node.id === id),
      edges: subgraph.edges,
    };
    this.state.removed = this.state.removed.filter((removedId) => removedId !== id);
    this.addNeighbors(kept, id);
    this.cy.getElementById(id).addClass('expanded');
    if (id !== this.state.focus && !this.state.expanded.includes(id)) this.state.expanded.push(id);
    this.applyFilters();
    if (options.layout !== false) await this.runLayout(this.state.layout, true);
    this.emitChange();
  }

  /**
   * Adds the next HUB_PAGE of a hub's waiting neighbors, strongest first: of the group's type when a group is given,
   * of any type when the hub is.
   */
  async showMore(groupOrHub: string): Promise<void> {
    const group = this.cy.getElementById(groupOrHub);
    const hub = String(group.data('groupOf') ?? groupOrHub);
    const type = group.data('groupType') as EntityType | undefined;
    const waiting = this.waiting.get(hub);
    if (!waiting) return;
    const page = new Set(
      waiting.later
        .filter((node) => type === undefined || node.label === type)
        .slice(0, this.options.hubPage)
        .map((node) => node.id),
    );
    const nodes = waiting.subgraph.nodes.filter((node) => page.has(node.id) || this.cy.getElementById(node.id).nonempty());
    this.addSubgraph({ nodes, edges: waiting.subgraph.edges }, hub);
    this.setWaiting(hub, waiting.subgraph, waiting.later.filter((node) => !page.has(node.id)));
    if (this.state.selected && this.cy.getElementById(this.state.selected).empty()) this.select(null, false);
    this.applyFilters();
    await this.runLayout(this.state.layout, true);
    this.emitChange();
  }

  isExpanded(id: string): boolean {
    return this.cy.getElementById(id).hasClass('expanded');
  }

  /** Takes back what expanding a node added, except nodes another expanded node or the path still needs. */
  collapse(id: string): void {
    this.collapseQuietly(id);
    this.markCrowding();
    this.emitChange();
  }

  /** Takes a node (and what its expansion added) out of the view. */
  remove(id: string): void {
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    this.collapseQuietly(id);
    node.remove();
    this.markCrowding();
    if (!this.state.removed.includes(id)) this.state.removed.push(id);
    if (this.state.focus === id) this.state.focus = null;
    if (this.state.selected === id) this.select(null, false);
    this.emitChange();
  }

  select(id: string | null, notify = true): void {
    this.cy.elements(':selected').unselect();
    const element = id === null ? null : this.cy.getElementById(id);
    if (element && element.nonempty()) element.select();
    this.state.selected = element && element.nonempty() ? id : null;
    const selection = this.selectionOf(element && element.nonempty() ? element.id() : null);
    for (const listener of this.selectListeners) listener(selection);
    if (notify) this.emitChange();
  }

  fit(): void {
    const visible = this.cy.elements().not('.filtered');
    this.cy.fit(visible.nonempty() ? visible : undefined, 30);
  }

  /** Zooms around the center of the canvas; `factor` > 1 zooms in. */
  zoomBy(factor: number): void {
    const level = this.cy.zoom() * factor;
    this.cy.zoom({ level, renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 } });
  }

  setFilters(filters: ViewFilters): Promise<void> {
    const reloadLinks =
      this.state.mode === 'links' &&
      (filters.eventId !== this.state.filters.eventId || filters.year !== this.state.filters.year || filters.topic !== this.state.filters.topic);
    this.state.filters = structuredClone(filters);
    if (reloadLinks) return this.showLinks();
    this.applyFilters();
    this.emitChange();
    return Promise.resolve();
  }

  /**
   * Shows a shortest path between two entities, adding its nodes when they are not on screen yet. When several routes
   * tie, route `route` is drawn and the others wait in `pathRoutes()` to be stepped through (showRoute).
   */
  async showPath(from: string, to: string, route = 0): Promise<boolean> {
    if (this.state.mode !== 'explore') this.reset('explore');
    const generation = this.generation;
    const path = await this.api.path(from, to, this.options.maxPathLength);
    if (generation !== this.generation) return false;
    this.clearPath();
    this.state.path = { from, to };
    if (!path) {
      this.emitChange();
      return false;
    }
    this.addSubgraph(path.subgraph, PATH_MARK);
    this.routes = path.paths;
    this.showRoute(route, false);
    this.applyFilters();
    await this.runLayout(this.state.layout, true);
    this.emitChange();
    return true;
  }

  /** Draws one route of the path: its nodes and edges highlighted, the other routes' edges and own nodes hidden. */
  showRoute(index: number, notify = true): void {
    if (this.routes.length === 0) return;
    const at = Math.min(Math.max(0, Math.trunc(index)), this.routes.length - 1);
    this.state.pathRoute = at;
    const collect = (ids: string[]) => {
      const found = this.cy.collection();
      for (const id of ids) found.merge(this.cy.getElementById(id));
      return found;
    };
    const route = collect([...this.routes[at].nodeIds, ...this.routes[at].edgeIds]);
    const elsewhere = collect(this.routes.flatMap((other, i) => (i === at ? [] : [...other.nodeIds, ...other.edgeIds]))).difference(route);
    this.cy.batch(() => {
      this.cy.elements().removeClass('on-path off-route').addClass('faded');
      // Nodes that were on screen before the path stay (faded); what only another route brought goes out of sight.
      elsewhere.filter((element) => element.isEdge() || element.data('addedBy') === PATH_MARK).addClass('off-route');
      route.removeClass('faded').addClass('on-path');
    });
    if (notify) this.emitChange();
  }

  /** The routes of the path shown, each as node ids and names from start to end, and which one is drawn. */
  pathRoutes(): { current: number; routes: { nodeIds: string[]; names: string[] }[] } {
    const name = (id: string) => String(this.cy.getElementById(id).data('name') ?? id);
    return { current: this.state.pathRoute, routes: this.routes.map((route) => ({ nodeIds: route.nodeIds, names: route.nodeIds.map(name) })) };
  }

  clearPath(): void {
    this.cy.elements().removeClass('faded on-path off-route');
    this.routes = [];
    this.state.pathRoute = 0;
    if (this.state.path) {
      this.state.path = null;
      this.emitChange();
    }
  }

  pathElementIds(): string[] {
    return this.cy.elements('.on-path').map((element) => element.id());
  }

  /** The project–organization view: organizations and projects joined by the talks that link them. */
  async showLinks(): Promise<void> {
    const generation = ++this.generation;
    const links = await this.api.projectOrganizationLinks(this.linkFilters());
    if (generation !== this.generation) return;
    this.reset('links');
    this.links = links;
    this.linksLaidOut = false;
    const communities = linkCommunities(links);
    const elements = linksToElements(links, (id) => communityColor(communities.of.get(id)));
    placeOnSpiral(elements, null, { x: 0, y: 0 }, false);
    this.cy.batch(() => {
      this.cy.add(elements);
      this.markCrowding();
    });
    this.applyFilters();
    this.select(null, false);
    if (this.state.linksView === 'force') await this.layOutLinks();
    this.emitChange();
  }

  /** The filters the links view counts its links under, as the API takes them. */
  linkFilters(): LinkFilters {
    const { eventId, year, topic } = this.state.filters;
    return { ...(eventId ? { eventId } : {}), ...(year !== null ? { year } : {}), ...(topic ? { topic } : {}) };
  }

  /** The links the links view shows now (empty in the explore view). */
  currentLinks(): readonly ProjectOrganizationLink[] {
    return this.links;
  }

  /** Matrix or force graph for the links view; the force layout runs the first time it is shown. */
  async setLinksView(view: LinksView): Promise<void> {
    this.state.linksView = view;
    if (this.state.mode === 'links' && view === 'force' && !this.linksLaidOut) await this.layOutLinks();
    this.emitChange();
  }

  setMatrixOrder(order: MatrixOrder): void {
    this.state.matrixOrder = order;
    this.emitChange();
  }

  private async layOutLinks(): Promise<void> {
    this.linksLaidOut = true;
    // The canvas was hidden behind the matrix until now: it learns its size again before anything is placed.
    this.cy.resize();
    this.fitPlacement();
    await this.runLayout(this.state.layout);
  }

  /** Back from the links view to the entity that was explored before (its expansions replayed). */
  async showExplore(): Promise<void> {
    const previous = this.viewState();
    if (previous.focus) await this.restore({ ...previous, mode: 'explore', selected: previous.focus });
    else {
      this.reset('explore');
      this.emitChange();
    }
  }

  /** Rebuilds a view from its state (a URL): one layout at the end instead of one per step. */
  async restore(state: ViewState): Promise<void> {
    this.state.filters = structuredClone(state.filters);
    this.state.layout = state.layout;
    this.state.linksView = state.linksView;
    this.state.matrixOrder = state.matrixOrder;
    if (state.mode === 'links') {
      this.state = { ...this.state, focus: state.focus, expanded: [...state.expanded], removed: [...state.removed], path: state.path, pathRoute: state.pathRoute };
      await this.showLinks();
    } else {
      const generation = ++this.generation;
      this.reset('explore');
      if (state.focus) {
        const subgraph = await this.api.neighborhood(state.focus, { depth: 1, limit: this.options.neighborhoodLimit });
        if (generation !== this.generation) return;
        this.state.focus = state.focus;
        this.addNeighbors(subgraph, state.focus);
        this.cy.getElementById(state.focus).addClass('expanded');
      }
      this.state.removed = [...state.removed];
      this.cy.nodes().filter((node) => state.removed.includes(node.id())).remove();
      for (const id of state.expanded) {
        if (this.cy.getElementById(id).empty()) continue;
        await this.expand(id, { layout: false });
        if (generation !== this.generation) return;
      }
      if (state.path) await this.showPath(state.path.from, state.path.to, state.pathRoute);
      this.applyFilters();
      this.fitPlacement();
      await this.runLayout(this.state.layout);
    }
    this.select(state.selected, false);
    this.emitChange();
  }

  /**
   * Stops a running layout before starting the next, so two never fight over the positions. The nodes are first drawn
   * where they were placed, then the layout moves them: a person sees the view at once, however long the layout takes.
   */
  async runLayout(name: LayoutName, incremental = false): Promise<void> {
    this.stopLayout();
    const request = this.layoutRequest;
    this.state.layout = name;
    await this.painted();
    if (request !== this.layoutRequest) return;
    const elements = this.cy.elements().not('.filtered');
    if (elements.empty()) return;
    const options = { ...layoutOptions(name, elements.length, incremental), ...(this.options.animate ? {} : { animate: false }) };
    const layout = elements.layout(options);
    this.layout = layout;
    const done = layout.promiseOn('layoutstop').then(() => undefined);
    layout.run();
    return done;
  }

  exportJson(): ExportedView {
    return {
      nodes: this.cy.nodes(`[type != "${GROUP_TYPE}"]`).map((node) => ({
        id: node.id(),
        type: String(node.data('type')),
        name: String(node.data('name')),
        x: Math.round(node.position('x')),
        y: Math.round(node.position('y')),
      })),
      edges: this.cy.edges(`[type != "${GROUP_TYPE}"]`).map((edge) => ({
        id: edge.id(),
        type: String(edge.data('type')),
        source: edge.source().id(),
        target: edge.target().id(),
        weight: Number(edge.data('weight')) || 1,
      })),
    };
  }

  /** The view as a PNG image (needs a rendered canvas, so browser only). */
  exportPng(): Blob {
    return this.cy.png({ output: 'blob', full: true, bg: '#ffffff', scale: 2 });
  }

  /** The links view keeps what was being explored (in the URL too), so switching back returns to it. */
  private reset(mode: ViewState['mode']): void {
    this.stopLayout();
    this.cy.elements().remove();
    this.routes = [];
    this.waiting.clear();
    if (mode !== 'links') this.links = [];
    const { focus, expanded, removed, path, filters, layout, linksView, matrixOrder } = this.state;
    const kept = mode === 'links' ? { focus, expanded, removed, path, pathRoute: this.state.pathRoute } : {};
    this.state = { ...emptyViewState(), ...kept, mode, filters, layout, linksView, matrixOrder };
  }

  /** A hub's neighbors, a page of the strongest when there are many; the others wait in groups (hubs.ts). */
  private addNeighbors(subgraph: Subgraph, hub: string): void {
    const { now, later } = pageNeighbors(subgraph, hub, (id) => this.cy.getElementById(id).nonempty(), this.options.hubPage);
    this.addSubgraph(now, hub);
    this.setWaiting(hub, subgraph, later);
  }

  /** Replaces the hub's group nodes by groups of what still waits (none when nothing does). */
  private setWaiting(hub: string, subgraph: Subgraph, later: Subgraph['nodes']): void {
    this.cy.nodes().filter((node) => node.data('type') === GROUP_TYPE && node.data('groupOf') === hub).remove();
    if (later.length === 0) {
      this.waiting.delete(hub);
      return;
    }
    this.waiting.set(hub, { subgraph, later });
    const anchor = this.cy.getElementById(hub);
    const groups = groupElements(hub, later);
    placeOnSpiral(groups, hub, anchor.nonempty() ? { ...anchor.position() } : { x: 0, y: 0 }, anchor.nonempty());
    this.cy.add(groups);
  }

  /** New nodes start around the node that brought them (or the middle of an empty view), never all on one point. */
  private addSubgraph(subgraph: Subgraph, addedBy: string): void {
    const fresh: ElementDefinition[] = subgraphToElements(subgraph, { addedBy }).filter((element) =>
      this.cy.getElementById(String(element.data.id)).empty(),
    );
    const anchor = this.cy.getElementById(addedBy);
    if (anchor.nonempty()) placeOnSpiral(fresh, addedBy, { ...anchor.position() }, true);
    else placeOnSpiral(fresh, addedBy, this.cy.nodes().empty() ? { x: 0, y: 0 } : viewCenter(this.cy), false);
    this.cy.batch(() => {
      this.cy.add(fresh);
      this.inferTalkEvents();
      this.markCrowding();
    });
  }

  /** A talk's event and year, when the API left them out, come from its PART_OF edge to an event on screen. */
  private inferTalkEvents(): void {
    this.cy.nodes('[type = "Talk"]').forEach((talk) => {
      if (talk.data('eventId')) return;
      const event = talk.outgoers('edge[type = "PART_OF"]').targets('[type = "Event"]').first();
      if (event.empty()) return;
      talk.data({ eventId: event.id(), year: talk.data('year') ?? event.data('year') ?? null });
    });
  }

  /** Views over LARGE_VIEW elements label only their hubs until zoomed in (style.ts): overlapping labels help nobody. */
  private markCrowding(): void {
    const crowded = this.cy.elements().length > LARGE_VIEW;
    const changing = crowded ? this.cy.nodes().not('.crowded') : this.cy.nodes('.crowded');
    if (changing.nonempty()) this.cy.batch(() => changing.toggleClass('crowded', crowded));
  }

  private stopLayout(): void {
    this.layoutRequest++;
    this.layout?.stop();
    this.layout = null;
  }

  /** Resolves once the browser has painted the next frame; headless (tests) there is none to wait for. */
  private painted(): Promise<void> {
    if (this.cy.container() === null || typeof requestAnimationFrame !== 'function') return Promise.resolve();
    // Cytoscape draws in its own animation frame callback, registered before this one; the timer runs after the paint.
    return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  }

  /** Frames the placed view before the layout runs, so that its first frame shows every node. */
  private fitPlacement(): void {
    const visible = this.cy.nodes().not('.filtered');
    if (visible.nonempty()) this.cy.fit(visible, 30);
  }

  private collapseQuietly(id: string): void {
    this.waiting.delete(id);
    const node = this.cy.getElementById(id);
    node.removeClass('expanded');
    this.state.expanded = this.state.expanded.filter((expandedId) => expandedId !== id);
    const added = this.cy.nodes().filter((candidate) => candidate.data('addedBy') === id && candidate.id() !== id);
    added.forEach((child) => {
      if (child.id() === this.state.focus || child.hasClass('on-path')) return;
      const keeper = child.neighborhood('node.expanded').filter((other) => other.id() !== id).first();
      if (keeper.nonempty()) {
        child.data('addedBy', keeper.id());
        return;
      }
      if (child.hasClass('expanded')) this.collapseQuietly(child.id());
      child.remove();
    });
    if (this.state.selected && this.cy.getElementById(this.state.selected).empty()) this.select(null, false);
  }

  private applyFilters(): void {
    const { hiddenTypes, eventId, year } = this.state.filters;
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => {
        node.toggleClass('filtered', isFilteredOut(node, hiddenTypes, eventId, year, this.state.mode));
      });
    });
  }

  private selectionOf(id: string | null): Selection {
    if (id === null) return null;
    const element = this.cy.getElementById(id);
    if (element.group() === 'edges') {
      return {
        kind: 'link',
        id,
        organization: refOf(this.cy.getElementById(String(element.data('source')))),
        project: refOf(this.cy.getElementById(String(element.data('target')))),
        weight: Number(element.data('weight')),
        maintains: element.data('maintains') === true,
        talkCount: Number(element.data('talkCount') ?? 0),
        peopleCount: Number(element.data('peopleCount') ?? 0),
      };
    }
    if (element.data('type') === GROUP_TYPE) {
      return { kind: 'group', id, anchor: refOf(this.cy.getElementById(String(element.data('groupOf')))), type: element.data('groupType'), count: Number(element.data('count')) };
    }
    return { kind: 'node', id, type: String(element.data('type')), name: String(element.data('name')) };
  }

  private emitChange(): void {
    const state = this.viewState();
    for (const listener of this.changeListeners) listener(state);
  }
}

function viewCenter(cy: Core): { x: number; y: number } {
  const { x1, x2, y1, y2 } = cy.extent();
  return { x: (x1 + x2) / 2, y: (y1 + y2) / 2 };
}

function refOf(node: NodeSingular): EntityRef {
  return { id: node.id(), label: node.data('type'), name: String(node.data('name')) };
}

/** Type filters apply everywhere; event and year filters apply to what has an event and a year (talks, events). */
function isFilteredOut(
  node: NodeSingular,
  hiddenTypes: string[],
  eventId: string | null,
  year: number | null,
  mode: ViewState['mode'],
): boolean {
  const type = String(node.data('type'));
  // A group of waiting neighbors hides with the type it holds.
  if (type === GROUP_TYPE) return hiddenTypes.includes(node.data('groupType'));
  if (hiddenTypes.includes(type)) return true;
  // In the links view the API already filtered by event and year.
  if (mode === 'links' || (type !== 'Talk' && type !== 'Event')) return false;
  if (eventId && node.data('eventId') !== eventId && node.id() !== eventId) return true;
  if (year !== null && node.data('year') !== year) return true;
  return false;
}
