// A hub's neighbors a page at a time: the strongest drawn, the rest in one group per type, shown on request.
import cytoscape from 'cytoscape';
import { beforeAll, describe, expect, it } from 'vitest';
import type { NodeSummary, Subgraph } from '../web/src/api-types';
import { GraphController, type Selection } from '../web/src/controller';
import { GROUP_TYPE, HUB_PAGE, groupId } from '../web/src/hubs';
import { registerLayouts } from '../web/src/layouts';
import { stylesheet } from '../web/src/style';
import { fakeApi } from './support/web-fake-api';

beforeAll(() => registerLayouts(cytoscape));

const HUB = 'Project:kubernetes';
// 30 talks and 10 people around one project; a neighbor's degree is its strength, talk i has degree i.
const NEIGHBORS: NodeSummary[] = [
  ...Array.from({ length: 30 }, (_, i): NodeSummary => ({ id: `Talk:t${i}@e`, label: 'Talk', name: `Talk ${i}`, degree: i })),
  ...Array.from({ length: 10 }, (_, i): NodeSummary => ({ id: `Person:p${i}`, label: 'Person', name: `Person ${i}`, degree: 100 + i })),
];
const HUB_VIEW: Subgraph = {
  nodes: [{ id: HUB, label: 'Project', name: 'Kubernetes', degree: 40 }, ...NEIGHBORS],
  edges: NEIGHBORS.map((n) => ({ id: `${n.id}|${HUB}`, type: n.label === 'Talk' ? 'MENTIONS' : 'CONTRIBUTES_TO', source: n.id, target: HUB })),
};

function hubExplorer() {
  const api = fakeApi();
  api.neighborhood = async (id) => (id === HUB ? HUB_VIEW : { nodes: [], edges: [] });
  const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet() });
  const controller = new GraphController(cy, api, { animate: false });
  return { cy, controller };
}

const entities = (cy: cytoscape.Core) => cy.nodes(`[type != "${GROUP_TYPE}"]`).map((n) => n.id());
const groups = (cy: cytoscape.Core) => Object.fromEntries(cy.nodes(`[type = "${GROUP_TYPE}"]`).map((n) => [n.data('groupType'), n.data('count')]));

describe('a hub in the explore view', () => {
  it('draws its strongest neighbors and groups the rest by type with their counts', async () => {
    const { cy, controller } = hubExplorer();
    await controller.open(HUB);
    const shown = entities(cy).filter((id) => id !== HUB);
    expect(shown).toHaveLength(HUB_PAGE);
    // The ten people (degree 100+) and the five strongest talks.
    expect(shown.filter((id) => id.startsWith('Person:'))).toHaveLength(10);
    expect(shown.filter((id) => id.startsWith('Talk:')).sort()).toEqual(['Talk:t25@e', 'Talk:t26@e', 'Talk:t27@e', 'Talk:t28@e', 'Talk:t29@e']);
    expect(groups(cy)).toEqual({ Talk: 25 });
    expect(cy.getElementById(groupId(HUB, 'Talk')).data('label')).toBe('+25 talks');
    // Each group hangs off its hub, and the JSON export leaves groups out.
    expect(cy.getElementById(groupId(HUB, 'Talk')).connectedEdges().connectedNodes().map((n) => n.id())).toContain(HUB);
    expect(controller.exportJson().nodes.some((n) => n.type === GROUP_TYPE)).toBe(false);
  });

  it('shows the next page of a group on request, selected as a group, until none waits', async () => {
    const { cy, controller } = hubExplorer();
    const selections: Selection[] = [];
    controller.onSelect((selection) => selections.push(selection));
    await controller.open(HUB);
    controller.select(groupId(HUB, 'Talk'));
    expect(selections.at(-1)).toMatchObject({ kind: 'group', type: 'Talk', count: 25, anchor: { id: HUB, name: 'Kubernetes' } });
    await controller.expand(groupId(HUB, 'Talk'));
    expect(entities(cy)).toContain('Talk:t10@e');
    expect(entities(cy)).not.toContain('Talk:t9@e');
    expect(groups(cy)).toEqual({ Talk: 10 });
    await controller.showMore(groupId(HUB, 'Talk'));
    expect(entities(cy)).toHaveLength(41);
    expect(groups(cy)).toEqual({});
  });

  it('hides a group with its type and takes it back with the hub on collapse', async () => {
    const { cy, controller } = hubExplorer();
    await controller.open('Person:benjamin-huo').catch(() => undefined);
    await controller.open(HUB);
    await controller.setFilters({ hiddenTypes: ['Talk'], eventId: null, year: null, topic: null });
    expect(cy.getElementById(groupId(HUB, 'Talk')).hasClass('filtered')).toBe(true);
    await controller.setFilters({ hiddenTypes: [], eventId: null, year: null, topic: null });
    controller.collapse(HUB);
    expect(groups(cy)).toEqual({});
  });
});
