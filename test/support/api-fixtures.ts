// A small talk graph written for the API tests: two documents, a conference and its co-located day, a Chinese event,
// eight talks with English and Chinese titles, speakers credited with organizations, projects and topics.
// Every key and path carries the mark "apitest", so the tests read and clean only their part of the shared database.
import type { DocumentGraph } from '../../graph/model';
import { DocumentFixture } from './graph-fixtures';
import { loadDocuments } from '../../ingest/load';
import type { Executor } from '../../db/executor';

export const IDS = {
  kubecon: 'Event:apitest-kubecon-eu-2022',
  fluentcon: 'Event:apitest-fluentcon-eu-2022',
  kubeconChina: 'Event:apitest-kubecon-china-2021',
  fluentOperatorTalk: 'Talk:apitest-fluent-operator-intro-and-deep-dive@apitest-fluentcon-eu-2022',
  fluentBitScaleTalk: 'Talk:apitest-running-fluent-bit-at-scale@apitest-kubecon-eu-2022',
  ciliumTalk: 'Talk:apitest-ebpf-networking-with-cilium@apitest-kubecon-eu-2022',
  argoTalk: 'Talk:apitest-gitops-at-scale-with-argo-cd@apitest-kubecon-eu-2022',
  kubesphereTalk: 'Talk:apitest-multi-cluster-observability-with-kubesphere@apitest-kubecon-eu-2022',
  observabilityZhTalk: 'Talk:apitest-yun-yuan-sheng-ke-guan-ce-xing-shi-jian@apitest-kubecon-china-2021',
  ebpfZhTalk: 'Talk:apitest-ji-yu-ebpf-de-rong-qi-wang-luo-jia-su@apitest-kubecon-china-2021',
  knativeZhTalk: 'Talk:apitest-serverless-ying-yong-shi-jian-knative@apitest-kubecon-china-2021',
  benjamin: 'Person:apitest-benjamin-huo',
  feynman: 'Person:apitest-feynman-zhou',
  eduardo: 'Person:apitest-eduardo-silva',
  liz: 'Person:apitest-liz-rice',
  alice: 'Person:apitest-alice-chen',
  zhangSan: 'Person:apitest-zhang-san',
  liWei: 'Person:apitest-li-wei',
  qingcloud: 'Organization:apitest-qingcloud',
  calyptia: 'Organization:apitest-calyptia',
  isovalent: 'Organization:apitest-isovalent',
  intuit: 'Organization:apitest-intuit',
  antGroup: 'Organization:apitest-ant-group',
  alibabaCloud: 'Organization:apitest-alibaba-cloud',
  fluentBit: 'Project:apitest-fluent-bit',
  fluentOperator: 'Project:apitest-fluent-operator',
  cilium: 'Project:apitest-cilium',
  argoCd: 'Project:apitest-argo-cd',
  kubesphere: 'Project:apitest-kubesphere',
  knative: 'Project:apitest-knative',
  observability: 'Topic:apitest-observability',
  ebpf: 'Topic:apitest-ebpf',
  gitops: 'Topic:apitest-gitops',
  serverless: 'Topic:apitest-serverless',
  europeNotes: 'Document:apitest/notes/kubecon-eu-2022.md',
  chinaNotes: 'Document:apitest/notes/kubecon-china-2021.md',
} as const;

export const MARK = 'apitest';

const key = (id: string): string => id.slice(id.indexOf(':') + 1);

interface TalkSpec {
  id: string;
  title: string;
  day: string;
  event: string;
  speakers: [person: string, organization: string][];
  projects: string[];
  topics: string[];
  altTitles?: string[];
  abstract?: string;
  lang?: string;
}

function addTalk(doc: DocumentFixture, talk: TalkSpec, line: number): void {
  doc.node(
    'Talk',
    key(talk.id),
    {
      title: talk.title,
      altTitles: talk.altTitles ?? [],
      day: talk.day,
      lang: talk.lang ?? 'en',
      kind: 'talk',
      ...(talk.abstract ? { abstract: talk.abstract } : {}),
    },
    line,
  );
  doc.relate('PART_OF', talk.id, talk.event, line);
  for (const [person, organization] of talk.speakers) {
    doc.relate('PRESENTED', person, talk.id, line + 1);
    doc.relate('AFFILIATED_WITH', person, organization, line + 1, { talks: [talk.id] });
  }
  for (const project of talk.projects) doc.relate('MENTIONS', talk.id, project, line + 2);
  for (const topic of talk.topics) doc.relate('ABOUT', talk.id, topic, line + 2);
}

function europeNotes(): DocumentGraph {
  const doc = new DocumentFixture('apitest/notes/kubecon-eu-2022.md', 'KubeCon Europe 2022 notes');
  doc.node('Event', key(IDS.kubecon), {
    name: 'KubeCon + CloudNativeCon Europe 2022',
    aliases: ['KubeCon EU 2022'],
    year: 2022,
    city: 'Valencia',
    startDate: '2022-05-18',
    endDate: '2022-05-20',
    kind: 'conference',
  });
  doc.node('Event', key(IDS.fluentcon), {
    name: 'FluentCon Europe 2022',
    aliases: [],
    year: 2022,
    city: 'Valencia',
    startDate: '2022-05-16',
    endDate: '2022-05-16',
    kind: 'co-located',
  }, 2);
  doc.relate('CO_LOCATED_WITH', IDS.fluentcon, IDS.kubecon, 2);
  doc.person(key(IDS.benjamin), 'Benjamin Huo', 5, ['霍秉杰']);
  doc.person(key(IDS.feynman), 'Feynman Zhou', 5);
  doc.person(key(IDS.eduardo), 'Eduardo Silva', 12);
  doc.person(key(IDS.liz), 'Liz Rice', 20);
  doc.person(key(IDS.alice), 'Alice Chen', 28);
  doc.organization(key(IDS.qingcloud), 'QingCloud', 5, ['青云科技']);
  doc.organization(key(IDS.calyptia), 'Calyptia', 12);
  doc.organization(key(IDS.isovalent), 'Isovalent', 20);
  doc.organization(key(IDS.intuit), 'Intuit', 28);
  doc.node('Project', key(IDS.fluentBit), { name: 'Fluent Bit', aliases: [], url: 'https://fluentbit.io', maturity: 'graduated' }, 6);
  doc.node('Project', key(IDS.fluentOperator), { name: 'Fluent Operator', aliases: ['Fluent Bit Operator'] }, 6);
  doc.node('Project', key(IDS.cilium), { name: 'Cilium', aliases: [], maturity: 'incubating' }, 21);
  doc.node('Project', key(IDS.argoCd), { name: 'Argo CD', aliases: ['ArgoCD'] }, 29);
  doc.node('Project', key(IDS.kubesphere), { name: 'KubeSphere', aliases: [] }, 37);
  doc.node('Topic', key(IDS.observability), { name: 'Observability', aliases: ['可观测性'] }, 6);
  doc.node('Topic', key(IDS.ebpf), { name: 'eBPF', aliases: [] }, 21);
  doc.node('Topic', key(IDS.gitops), { name: 'GitOps', aliases: [] }, 29);

  addTalk(doc, {
    id: IDS.fluentOperatorTalk,
    title: 'Fluent Operator: Intro and Deep Dive',
    day: '2022-05-16',
    event: IDS.fluentcon,
    speakers: [[IDS.benjamin, IDS.qingcloud], [IDS.feynman, IDS.qingcloud]],
    projects: [IDS.fluentOperator, IDS.fluentBit],
    topics: [IDS.observability],
    abstract: 'How the operator manages Fluent Bit and Fluentd pipelines on Kubernetes.',
  }, 4);
  addTalk(doc, {
    id: IDS.fluentBitScaleTalk,
    title: 'Running Fluent Bit at Scale',
    day: '2022-05-18',
    event: IDS.kubecon,
    speakers: [[IDS.eduardo, IDS.calyptia]],
    projects: [IDS.fluentBit],
    topics: [IDS.observability],
  }, 11);
  addTalk(doc, {
    id: IDS.ciliumTalk,
    title: 'eBPF Networking with Cilium',
    day: '2022-05-19',
    event: IDS.kubecon,
    speakers: [[IDS.liz, IDS.isovalent]],
    projects: [IDS.cilium],
    topics: [IDS.ebpf],
  }, 19);
  addTalk(doc, {
    id: IDS.argoTalk,
    title: 'GitOps at Scale with Argo CD',
    day: '2022-05-19',
    event: IDS.kubecon,
    speakers: [[IDS.alice, IDS.intuit]],
    projects: [IDS.argoCd],
    topics: [IDS.gitops],
  }, 27);
  addTalk(doc, {
    id: IDS.kubesphereTalk,
    title: 'Multi-cluster Observability with KubeSphere',
    day: '2022-05-20',
    event: IDS.kubecon,
    speakers: [[IDS.benjamin, IDS.qingcloud]],
    projects: [IDS.kubesphere, IDS.fluentBit],
    topics: [IDS.observability],
  }, 35);
  // Stated in the speaker's biography, not for one talk.
  doc.relate('CONTRIBUTES_TO', IDS.benjamin, IDS.fluentOperator, 40, { role: 'maintainer' });
  doc.relate('MAINTAINS', IDS.qingcloud, IDS.fluentOperator, 41);
  doc.relate('MAINTAINS', IDS.calyptia, IDS.fluentBit, 42);
  return doc.build();
}

function chinaNotes(): DocumentGraph {
  const doc = new DocumentFixture('apitest/notes/kubecon-china-2021.md', 'KubeCon 中国 2021 笔记');
  doc.node('Event', key(IDS.kubeconChina), {
    name: 'KubeCon + CloudNativeCon China 2021',
    aliases: ['KubeCon 中国 2021'],
    year: 2021,
    city: 'Shanghai',
    startDate: '2021-12-09',
    endDate: '2021-12-10',
    kind: 'conference',
  });
  doc.person(key(IDS.benjamin), 'Benjamin Huo', 4, ['霍秉杰']);
  doc.person(key(IDS.zhangSan), 'Zhang San', 10, ['张三']);
  doc.person(key(IDS.liWei), 'Li Wei', 16, ['李伟']);
  doc.organization(key(IDS.qingcloud), 'QingCloud', 4, ['青云科技']);
  doc.organization(key(IDS.antGroup), 'Ant Group', 10, ['蚂蚁集团']);
  doc.organization(key(IDS.alibabaCloud), 'Alibaba Cloud', 16, ['阿里云']);
  doc.node('Project', key(IDS.fluentBit), { name: 'Fluent Bit', aliases: [] }, 5);
  doc.node('Project', key(IDS.cilium), { name: 'Cilium', aliases: [] }, 11);
  doc.node('Project', key(IDS.knative), { name: 'Knative', aliases: [] }, 17);
  doc.node('Topic', key(IDS.observability), { name: 'Observability', aliases: ['可观测性'] }, 5);
  doc.node('Topic', key(IDS.ebpf), { name: 'eBPF', aliases: [] }, 11);
  doc.node('Topic', key(IDS.serverless), { name: 'Serverless', aliases: [] }, 17);

  addTalk(doc, {
    id: IDS.observabilityZhTalk,
    title: '云原生可观测性实践',
    altTitles: ['Cloud Native Observability in Practice'],
    day: '2021-12-09',
    event: IDS.kubeconChina,
    speakers: [[IDS.benjamin, IDS.qingcloud]],
    projects: [IDS.fluentBit],
    topics: [IDS.observability],
    lang: 'zh',
  }, 3);
  addTalk(doc, {
    id: IDS.ebpfZhTalk,
    title: '基于 eBPF 的容器网络加速',
    day: '2021-12-09',
    event: IDS.kubeconChina,
    speakers: [[IDS.zhangSan, IDS.antGroup]],
    projects: [IDS.cilium],
    topics: [IDS.ebpf],
    lang: 'zh',
  }, 9);
  addTalk(doc, {
    id: IDS.knativeZhTalk,
    title: 'Serverless 应用实践：Knative',
    day: '2021-12-10',
    event: IDS.kubeconChina,
    speakers: [[IDS.liWei, IDS.alibabaCloud]],
    projects: [IDS.knative],
    topics: [IDS.serverless],
    lang: 'mixed',
  }, 15);
  return doc.build();
}

/** The two documents of the API fixture, ready for loadDocuments. */
export function apiFixtureDocuments(): DocumentGraph[] {
  return [europeNotes(), chinaNotes()];
}

/** Deletes the fixture's nodes (those whose id carries MARK) from the shared test database. */
export async function removeApiFixture(executor: Pick<Executor, 'write'>): Promise<void> {
  await executor.write('MATCH (n) WHERE n.id CONTAINS $mark DETACH DELETE n', { mark: MARK });
}

/** Loads the fixture into the shared test database, replacing what an earlier run may have left of it. */
export async function loadApiFixture(executor: Executor): Promise<void> {
  await removeApiFixture(executor);
  await loadDocuments(executor, apiFixtureDocuments());
}
