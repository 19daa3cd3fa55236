import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { ProjectOrganizationLink, Subgraph } from '../web/src/api-types';
import { LINK_EDGE_TYPE, MAX_LABEL_LENGTH, displayLabel, linksToElements, subgraphToElements } from '../web/src/elements';

const subgraph: Subgraph = {
  nodes: [
    { id: 'Talk:fluent-operator@kubecon-eu-2022', label: 'Talk', name: 'Logging in Kubernetes with the Fluent Operator, from collection to routing and beyond', degree: 4, eventId: 'Event:kubecon-eu-2022', year: 2022 },
    { id: 'Person:benjamin-huo', label: 'Person', name: 'Benjamin Huo', degree: 3 },
    { id: 'Event:kubecon-eu-2022', label: 'Event', name: 'KubeCon + CloudNativeCon Europe 2022', degree: 40, year: 2022 },
    { id: 'Person:benjamin-huo', label: 'Person', name: 'Benjamin Huo', degree: 3 },
  ],
  edges: [
    { id: 'Person:benjamin-huo|PRESENTED|Talk:fluent-operator@kubecon-eu-2022', type: 'PRESENTED', source: 'Person:benjamin-huo', target: 'Talk:fluent-operator@kubecon-eu-2022' },
    { id: 'Talk:fluent-operator@kubecon-eu-2022|PART_OF|Event:kubecon-eu-2022', type: 'PART_OF', source: 'Talk:fluent-operator@kubecon-eu-2022', target: 'Event:kubecon-eu-2022' },
    { id: 'Person:benjamin-huo|AFFILIATED_WITH|Organization:kubesphere', type: 'AFFILIATED_WITH', source: 'Person:benjamin-huo', target: 'Organization:kubesphere' },
  ],
};

describe('subgraphToElements', () => {
  it('gives each node once and drops edges to nodes that are not there, so Cytoscape accepts them', () => {
    const elements = subgraphToElements(subgraph, { addedBy: 'Person:benjamin-huo' });
    const cy = cytoscape({ headless: true, elements });
    expect(cy.nodes().map((node) => node.id()).sort()).toEqual([
      'Event:kubecon-eu-2022',
      'Person:benjamin-huo',
      'Talk:fluent-operator@kubecon-eu-2022',
    ]);
    expect(cy.edges()).toHaveLength(2);
    expect(cy.getElementById('Person:benjamin-huo').data('addedBy')).toBe('Person:benjamin-huo');
    expect(cy.getElementById('Event:kubecon-eu-2022').data()).toMatchObject({ type: 'Event', eventId: 'Event:kubecon-eu-2022', year: 2022 });
  });

  it('keeps the full name and shortens the drawn label of a long title', () => {
    const [talk] = subgraphToElements(subgraph);
    expect(talk.data.name).toBe(subgraph.nodes[0].name);
    expect([...talk.data.label].length).toBe(MAX_LABEL_LENGTH);
    expect(talk.data.label.endsWith('…')).toBe(true);
  });

  it('counts Chinese characters as characters when shortening', () => {
    expect(displayLabel('基于 eBPF 的云原生可观测性实践')).toBe('基于 eBPF 的云原生可观测性实践');
    const long = '云'.repeat(MAX_LABEL_LENGTH + 5);
    expect([...displayLabel(long)].length).toBe(MAX_LABEL_LENGTH);
  });
});

describe('linksToElements', () => {
  const links: ProjectOrganizationLink[] = [
    { project: { id: 'Project:fluent-bit', label: 'Project', name: 'Fluent Bit' }, organization: { id: 'Organization:kubesphere', label: 'Organization', name: 'KubeSphere' }, weight: 3, talkCount: 3, peopleCount: 2 },
    { project: { id: 'Project:fluent-bit', label: 'Project', name: 'Fluent Bit' }, organization: { id: 'Organization:calyptia', label: 'Organization', name: 'Calyptia' }, weight: 1, talkCount: 1, peopleCount: 1 },
  ];

  it('joins organizations to projects with one edge per link weighted by its talks', () => {
    const cy = cytoscape({ headless: true, elements: linksToElements(links) });
    expect(cy.nodes()).toHaveLength(3);
    const edge = cy.getElementById('link:Organization:kubesphere->Project:fluent-bit');
    expect(edge.data()).toMatchObject({ type: LINK_EDGE_TYPE, weight: 3, source: 'Organization:kubesphere', target: 'Project:fluent-bit' });
    expect(edge.data()).toMatchObject({ talkCount: 3, peopleCount: 2 });
    // A project linked by four talks in all is drawn bigger than either organization.
    expect(cy.getElementById('Project:fluent-bit').data('degree')).toBe(4);
  });
});

describe('abstractParagraphs', () => {
  it('joins lines a document wrapped, keeps paragraphs and the breaks after items', async () => {
    const { abstractParagraphs } = await import('../web/src/panels/details');
    const abstract = 'The operator became Fluent Operator when Fluentd support\nlanded. We cover:\n\nthe custom resources;\nmulti-tenant\nrouting;\n\n讲述了日志\n收集。';
    expect(abstractParagraphs(abstract)).toEqual([
      'The operator became Fluent Operator when Fluentd support landed. We cover:',
      'the custom resources;\nmulti-tenant routing;',
      '讲述了日志收集。',
    ]);
  });
});
