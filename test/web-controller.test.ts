import cytoscape from 'cytoscape';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Subgraph } from '../web/src/api-types';
import { GraphController } from '../web/src/controller';
import { registerLayouts } from '../web/src/layouts';
import { stylesheet } from '../web/src/style';
import { decodeViewState, encodeViewState, type ViewState } from '../web/src/url-state';
import { fakeApi } from './support/web-fake-api';

beforeAll(() => registerLayouts(cytoscape));

function explorer(api = fakeApi(), options: { hubPage?: number } = {}) {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet() });
  const controller = new GraphController(cy, api, { animate: false, ...options });
  const states: ViewState[] = [];
  controller.onChange((state) => states.push(state));
  return { cy, controller, api, states };
}

const ids = (cy: cytoscape.Core, selector = 'node') => cy.elements(selector).map((e) => e.id()).sort();
const visible = (cy: cytoscape.Core) => ids(cy, 'node').filter((id) => !cy.getElementById(id).hasClass('filtered'));

describe('GraphController', () => {
  it('opens an entity with its neighbors, selected, and laid out', async () => {
    const { cy, controller } = explorer();
    await controller.open('Person:benjamin-huo');
    expect(ids(cy)).toEqual(['Organization:kubesphere', 'Person:benjamin-huo', 'Talk:fluent@kubecon-eu-2022', 'Talk:logs@kcd-shanghai-2023']);
    expect(cy.getElementById('Person:benjamin-huo').selected()).toBe(true);
    const positions = cy.nodes().map((node) => `${Math.round(node.position('x'))},${Math.round(node.position('y'))}`);
    expect(new Set(positions).size).toBe(cy.nodes().length);
    expect(controller.viewState()).toMatchObject({ focus: 'Person:benjamin-huo', selected: 'Person:benjamin-huo' });
  });

  it('expands a node by adding only its new neighbors, and collapses it back', async () => {
    const { cy, controller } = explorer();
    await controller.open('Person:benjamin-huo');
    await controller.expand('Talk:fluent@kubecon-eu-2022');
    expect(ids(cy)).toContain('Project:fluent-bit');
    expect(ids(cy)).toContain('Event:kubecon-eu-2022');
    expect(controller.viewState().expanded).toEqual(['Talk:fluent@kubecon-eu-2022']);
    await controller.expand('Talk:logs@kcd-shanghai-2023');
    // Fluent Bit is a neighbor of both talks: collapsing the first keeps it for the second.
    controller.collapse('Talk:fluent@kubecon-eu-2022');
    expect(ids(cy)).toContain('Project:fluent-bit');
    expect(ids(cy)).not.toContain('Event:kubecon-eu-2022');
    expect(ids(cy)).toContain('Talk:fluent@kubecon-eu-2022');
    expect(controller.viewState().expanded).toEqual(['Talk:logs@kcd-shanghai-2023']);
  });

  it('removes a node and keeps it out of later expansions', async () => {
    const { cy, controller } = explorer();
    await controller.open('Person:benjamin-huo');
    controller.remove('Organization:kubesphere');
    expect(ids(cy)).not.toContain('Organization:kubesphere');
    await controller.expand('Talk:fluent@kubecon-eu-2022');
    await controller.expand('Person:benjamin-huo');
    expect(ids(cy)).not.toContain('Organization:kubesphere');
    expect(controller.viewState().removed).toEqual(['Organization:kubesphere']);
  });

  it('filters by type, by event and by year, taking a talk’s event from the graph', async () => {
    const { cy, controller } = explorer();
    await controller.open('Project:fluent-bit');
    await controller.expand('Talk:fluent@kubecon-eu-2022');
    await controller.expand('Talk:logs@kcd-shanghai-2023');
    expect(cy.getElementById('Talk:logs@kcd-shanghai-2023').data('year')).toBe(2023);
    await controller.setFilters({ hiddenTypes: [], eventId: null, year: 2022, topic: null });
    expect(visible(cy)).not.toContain('Talk:logs@kcd-shanghai-2023');
    expect(visible(cy)).not.toContain('Event:kcd-shanghai-2023');
    expect(visible(cy)).toContain('Talk:fluent@kubecon-eu-2022');
    expect(visible(cy)).toContain('Person:benjamin-huo');
    await controller.setFilters({ hiddenTypes: ['Person'], eventId: 'Event:kcd-shanghai-2023', year: null, topic: null });
    expect(visible(cy)).toEqual(['Event:kcd-shanghai-2023', 'Project:fluent-bit', 'Talk:logs@kcd-shanghai-2023']);
    await controller.setFilters({ hiddenTypes: [], eventId: null, year: null, topic: null });
    expect(visible(cy)).toHaveLength(cy.nodes().length);
  });

  it('highlights the shortest path between two entities, adding what is missing', async () => {
    const { cy, controller } = explorer();
    await controller.open('Person:li-si');
    expect(await controller.showPath('Person:li-si', 'Organization:kubesphere')).toBe(true);
    const onPath = cy.nodes('.on-path').map((n) => n.id());
    // li-si → eBPF talk → KCD Shanghai → logs talk → benjamin-huo → KubeSphere
    expect(onPath).toHaveLength(6);
    expect(onPath).toContain('Event:kcd-shanghai-2023');
    expect(cy.edges('.on-path')).toHaveLength(5);
    expect(cy.getElementById('Organization:ant-group').hasClass('faded')).toBe(true);
    expect(controller.viewState().path).toEqual({ from: 'Person:li-si', to: 'Organization:kubesphere' });
    controller.clearPath();
    expect(cy.elements('.on-path, .faded')).toHaveLength(0);
  });

  it('draws one route of a path at a time, steps to the others, and restores the one drawn', async () => {
    const api = fakeApi();
    const benjamin = 'Person:benjamin-huo';
    const fluentBit = 'Project:fluent-bit';
    const via = (talk: string) => [benjamin, talk, fluentBit];
    const edgesOf = (talk: string) => [`${benjamin}|PRESENTED|${talk}`, `${talk}|MENTIONS|${fluentBit}`];
    const [fluent, logs] = ['Talk:fluent@kubecon-eu-2022', 'Talk:logs@kcd-shanghai-2023'];
    const full = await api.neighborhood(benjamin);
    // Two routes of two steps tie: through either of Benjamin's talks.
    api.path = async () => ({
      length: 2,
      paths: [
        { nodeIds: via(fluent), edgeIds: edgesOf(fluent) },
        { nodeIds: via(logs), edgeIds: edgesOf(logs) },
      ],
      subgraph: {
        nodes: full.nodes.filter((n) => [benjamin, fluent, logs].includes(n.id)).concat([{ id: fluentBit, label: 'Project', name: 'Fluent Bit' }]),
        edges: [...edgesOf(fluent), ...edgesOf(logs)].map((id) => {
          const [source, type, target] = id.split('|');
          return { id, type, source, target };
        }),
      },
    });
    const { cy, controller } = explorer(api);
    await controller.open('Organization:kubesphere');
    expect(await controller.showPath(benjamin, fluentBit)).toBe(true);
    const drawn = () => cy.elements('.on-path').map((e) => e.id()).sort();
    const shown = (id: string) => cy.getElementById(id).visible();
    expect(drawn()).toEqual([...via(fluent), ...edgesOf(fluent)].sort());
    expect(shown(logs)).toBe(false);
    expect(controller.pathRoutes().routes.map((r) => r.names)).toEqual([
      ['Benjamin Huo', 'Fluent Operator in depth', 'Fluent Bit'],
      ['Benjamin Huo', '云原生日志实践', 'Fluent Bit'],
    ]);
    controller.showRoute(1);
    expect(drawn()).toEqual([...via(logs), ...edgesOf(logs)].sort());
    expect(shown(fluent)).toBe(false);
    // Benjamin was on screen before the path: the node stays whichever route is drawn.
    expect(shown(benjamin)).toBe(true);
    const state = decodeViewState(encodeViewState(controller.viewState()));
    expect(state.pathRoute).toBe(1);
    const again = explorer(api);
    await again.controller.restore(state);
    expect(again.cy.elements('.on-path').map((e) => e.id()).sort()).toEqual(drawn());
  });

  it('says when there is no path', async () => {
    const { controller, api } = explorer();
    api.path = async () => null;
    await controller.open('Person:li-si');
    expect(await controller.showPath('Person:li-si', 'Topic:ebpf')).toBe(false);
  });

  it('shows the project–organization view and hands the counts behind a link to the selection', async () => {
    const api = fakeApi([
      { project: { id: 'Project:fluent-bit', label: 'Project', name: 'Fluent Bit' }, organization: { id: 'Organization:kubesphere', label: 'Organization', name: 'KubeSphere' }, weight: 2, talkCount: 2, peopleCount: 1 },
    ]);
    const { cy, controller } = explorer(api);
    const selections: unknown[] = [];
    controller.onSelect((selection) => selections.push(selection));
    await controller.open('Person:benjamin-huo');
    await controller.setFilters({ hiddenTypes: [], eventId: null, year: 2023, topic: null });
    await controller.showLinks();
    expect(api.calls.at(-1)).toBe('links {"year":2023}');
    expect(ids(cy)).toEqual(['Organization:kubesphere', 'Project:fluent-bit']);
    cy.edges().first().emit('tap');
    expect(selections.at(-1)).toMatchObject({ kind: 'link', weight: 2, talkCount: 2, peopleCount: 1, organization: { name: 'KubeSphere' } });
    expect(controller.linkFilters()).toEqual({ year: 2023 });
    // The explore view comes back as it was.
    await controller.showExplore();
    expect(ids(cy)).toContain('Talk:logs@kcd-shanghai-2023');
    expect(controller.viewState().mode).toBe('explore');
  });

  it('rebuilds the same view from its URL', async () => {
    const first = explorer();
    await first.controller.open('Person:benjamin-huo');
    await first.controller.expand('Talk:fluent@kubecon-eu-2022');
    first.controller.remove('Organization:kubesphere');
    first.controller.select('Project:fluent-bit');
    await first.controller.setFilters({ hiddenTypes: ['Event'], eventId: null, year: null, topic: null });
    const url = encodeViewState(first.states.at(-1)!);

    const second = explorer();
    await second.controller.restore(decodeViewState(url));
    expect(ids(second.cy)).toEqual(ids(first.cy));
    expect(visible(second.cy)).toEqual(visible(first.cy));
    expect(second.cy.getElementById('Project:fluent-bit').selected()).toBe(true);
    expect(encodeViewState(second.controller.viewState())).toBe(url);
  });

  it('exports the view as JSON with positions', async () => {
    const { controller } = explorer();
    await controller.open('Person:li-si');
    const exported = controller.exportJson();
    expect(exported.nodes.map((n) => n.id).sort()).toEqual(['Organization:ant-group', 'Person:li-si', 'Talk:ebpf@kcd-shanghai-2023']);
    expect(exported.edges).toHaveLength(2);
    expect(exported.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
  });

  it('drops an answer for a view that was replaced while it was loading', async () => {
    const api = fakeApi();
    const slow = api.neighborhood;
    let release: () => void = () => {};
    api.neighborhood = async (id, options) => {
      if (id === 'Person:li-si') await new Promise<void>((resolve) => (release = resolve));
      return slow(id, options);
    };
    const { cy, controller } = explorer(api);
    const stale = controller.open('Person:li-si');
    await controller.open('Project:fluent-bit');
    release();
    await stale;
    expect(controller.viewState().focus).toBe('Project:fluent-bit');
    expect(ids(cy)).not.toContain('Person:li-si');
  });

  it('lays out a view of hundreds of entities with every node in sight, and labels only its hubs until zoomed in', async () => {
    // Every neighbor drawn (as after "show more" to the end): the large view is the point here.
    const { cy, controller } = explorer(largeApi(), { hubPage: Infinity });
    await controller.open('Project:hub');
    expect(cy.elements().length).toBeGreaterThan(600);
    expect(covered(cy)).toEqual([]);
    // A leaf's label shows from a closer zoom here than in a small view; the hub's still shows from afar.
    const small = explorer();
    await small.controller.open('Person:benjamin-huo');
    const labelZoom = (core: cytoscape.Core, id: string) => {
      const node = core.getElementById(id);
      return parseFloat(node.style('min-zoomed-font-size')) / parseFloat(node.style('font-size'));
    };
    expect(labelZoom(cy, 'Talk:talk-1')).toBeGreaterThan(1.5 * labelZoom(small.cy, 'Talk:fluent@kubecon-eu-2022'));
    expect(labelZoom(cy, 'Project:hub')).toBeLessThanOrEqual(0.5);
  });

  it('places what an expansion of a large view adds near the expanded node, none on another', async () => {
    // Every neighbor drawn (as after "show more" to the end): the large view is the point here.
    const { cy, controller } = explorer(largeApi(), { hubPage: Infinity });
    await controller.open('Project:hub');
    const before = cy.nodes().length;
    await controller.expand('Talk:talk-1');
    const added = cy.nodes().filter((node) => node.id().startsWith('Person:'));
    expect(added).toHaveLength(30);
    expect(cy.nodes().length).toBe(before + 30);
    expect(covered(cy)).toEqual([]);
    // Nearer the talk that brought them than the view is wide: they came out of it, not from some corner.
    const talk = cy.getElementById('Talk:talk-1').position();
    const width = cy.nodes().boundingBox({}).w;
    added.forEach((person) => {
      expect(Math.hypot(person.position('x') - talk.x, person.position('y') - talk.y)).toBeLessThan(width / 2);
    });
  });
});

/** The fake graph plus a project mentioned by 320 talks (641 elements when opened); expanding a talk brings 30 people. */
function largeApi() {
  const api = fakeApi();
  const small = api.neighborhood;
  const talks = Array.from({ length: 320 }, (_, i) => ({ id: `Talk:talk-${i}`, label: 'Talk' as const, name: `Talk number ${i}`, degree: 3 }));
  api.neighborhood = async (id, options): Promise<Subgraph> => {
    if (id === 'Project:hub') {
      return {
        nodes: [{ id, label: 'Project', name: 'Hub', degree: 320 }, ...talks],
        edges: talks.map((talk) => ({ id: `${talk.id}|MENTIONS`, type: 'MENTIONS', source: talk.id, target: id })),
      };
    }
    const talk = talks.find((t) => t.id === id);
    if (!talk) return small(id, options);
    const people = Array.from({ length: 30 }, (_, i) => ({ id: `Person:${i}-of-${id}`, label: 'Person' as const, name: `Speaker ${i}`, degree: 1 }));
    return {
      nodes: [talk, ...people],
      edges: people.map((person) => ({ id: `${person.id}|PRESENTED`, type: 'PRESENTED', source: person.id, target: talk.id })),
    };
  };
  return api;
}

/** Nodes whose center lies under another node: a person can neither see nor click them. */
function covered(cy: cytoscape.Core): string[] {
  const boxes = cy.nodes().map((node) => ({ id: node.id(), at: node.position(), box: node.boundingBox({ includeLabels: false }) }));
  return boxes
    .filter(({ id, at }) => boxes.some((other) => other.id !== id && at.x > other.box.x1 && at.x < other.box.x2 && at.y > other.box.y1 && at.y < other.box.y2))
    .map(({ id }) => id);
}
