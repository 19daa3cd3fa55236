import { describe, expect, it } from 'vitest';
import {
  findProjects,
  findTopics,
  isKnownOrganization,
  isPlaceholderOrganization,
  normalizeKey,
  organizationPrefix,
  projectByName,
  resolveOrganization,
  topicByName,
} from '../ingest/gazetteer';

const names = (text: string, certain = true): string[] =>
  findProjects(text)
    .filter((mention) => mention.certain === certain)
    .map((mention) => mention.name);

describe('normalizeKey', () => {
  it('ignores case, width, spaces, hyphens and punctuation', () => {
    const keys = ['Fluent Bit', 'fluent-bit', 'FluentBit', 'ＦｌｕｅｎｔＢｉｔ', 'fluent_bit.'].map(normalizeKey);
    expect(new Set(keys)).toEqual(new Set(['fluentbit']));
    expect(normalizeKey('青云 科技')).toBe('青云科技');
  });
});

describe('projectByName', () => {
  it('resolves aliases, old names and spellings to one project', () => {
    for (const name of ['Fluent Operator', 'Fluent Bit Operator', 'fluentbit-operator', 'FluentBit Operator', 'fluent-operator']) {
      expect(projectByName(name)?.name).toBe('Fluent Operator');
    }
    for (const name of ['K8s', 'k8s', 'Kubernetes', 'ｋｕｂｅｒｎｅｔｅｓ']) expect(projectByName(name)?.name).toBe('Kubernetes');
    expect(projectByName('KFServing')?.name).toBe('KServe');
    expect(projectByName('ArgoCD')?.name).toBe('Argo CD');
    expect(projectByName('OTel')?.name).toBe('OpenTelemetry');
    expect(projectByName('FluxCD')?.name).toBe('Flux');
    expect(projectByName('Envoy网关')?.name).toBe('Envoy Gateway');
    expect(projectByName('the Flux project')?.name).toBe('Flux');
    expect(projectByName('Prometheus v3')?.name).toBe('Prometheus');
  });

  it('carries Landscape facts and the companies behind a project, foundations apart', () => {
    const fluxEntry = projectByName('Flux');
    expect(fluxEntry).toMatchObject({ maturity: 'graduated', foundation: 'Cloud Native Computing Foundation' });
    expect(fluxEntry?.url).toMatch(/^https:\/\//);
    expect(fluxEntry?.organizations).not.toContain('Cloud Native Computing Foundation');
    expect(projectByName('KubeSphere')?.organizations).toEqual(['QingCloud']);
    expect(projectByName('Kepler')?.maturity).toBe('sandbox');
    expect(projectByName('Apache Kafka')?.maturity).toBeNull();
  });

  it('knows the Landscape beyond the curated list, and not what is no project', () => {
    expect(projectByName('Open Policy Agent (OPA)')?.name).toBe('Open Policy Agent');
    expect(projectByName('Longhorn')?.maturity).not.toBeNull();
    expect(projectByName('GitOps')).toBeUndefined();
    expect(projectByName('QingCloud')).toBeUndefined();
  });
});

describe('organizations', () => {
  it('resolves Chinese names, aliases and legal suffixes to one organization', () => {
    for (const name of ['蚂蚁集团', 'Ant Financial', 'Ant Group', '蚂蚁金服']) expect(resolveOrganization(name).name).toBe('Ant Group');
    for (const name of ['青云科技', '青云', 'QingCloud Technologies', 'QingCloud Inc.', '北京青云科技股份有限公司']) {
      expect(resolveOrganization(name).name).toBe('QingCloud');
    }
    expect(resolveOrganization('阿里云').name).toBe('Alibaba Cloud');
    expect(resolveOrganization('字节跳动').name).toBe('ByteDance');
    expect(resolveOrganization('Red Hat, Inc.').name).toBe('Red Hat');
    expect(resolveOrganization('UISEE Technology').name).toBe('UISEE');
    expect(resolveOrganization('Amazon Web Services').name).toBe('AWS');
  });

  it('keeps cloud arms and research labs apart from their parent', () => {
    expect(resolveOrganization('腾讯云')).toMatchObject({ name: 'Tencent Cloud', parent: 'Tencent' });
    expect(resolveOrganization('Tencent').name).toBe('Tencent');
    expect(resolveOrganization('IBM research')).toMatchObject({ name: 'IBM Research', parent: 'IBM' });
    expect(resolveOrganization('IBM').name).toBe('IBM');
  });

  it('gives an unknown organization one key with or without its legal suffix', () => {
    const withSuffix = resolveOrganization('Zorblax Widgets Inc.');
    const without = resolveOrganization('zorblax widgets');
    expect(withSuffix.known).toBe(false);
    expect(withSuffix.name).toBe('Zorblax Widgets');
    expect(withSuffix.key).toBe(without.key);
    expect(resolveOrganization('某某信息有限公司').name).toBe('某某信息');
  });

  it('tells known organizations and placeholders', () => {
    expect(isKnownOrganization('道客')).toBe(true);
    expect(isKnownOrganization('Isovalent')).toBe(true);
    expect(isKnownOrganization('Zorblax Widgets')).toBe(false);
    expect(isPlaceholderOrganization('Individual')).toBe(true);
    expect(isPlaceholderOrganization('Google')).toBe(false);
  });

  it('finds the organization that starts a line', () => {
    expect(organizationPrefix('青云科技 KubeSphere 研发工程师')).toBe('青云科技');
    expect(organizationPrefix('蚂蚁集团技术专家')).toBe('蚂蚁集团');
    expect(organizationPrefix('IBM research scientist')).toBe('IBM research');
    expect(organizationPrefix('QingCloud Inc. engineer')).toBe('QingCloud Inc.');
    expect(organizationPrefix('Intelligent systems engineer')).toBeUndefined();
    expect(organizationPrefix('OpenFunction maintainer')).toBeUndefined();
  });
});

describe('findProjects', () => {
  it('returns canonical names with the spelling and offsets of the text', () => {
    const text = 'We moved from fluentbit-operator to Fluent Operator and run k8s.';
    const mentions = findProjects(text);
    expect(mentions.map((mention) => mention.name)).toEqual(['Fluent Operator', 'Fluent Operator', 'Kubernetes']);
    for (const mention of mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.surface);
    expect(mentions[0].surface).toBe('fluentbit-operator');
  });

  it('finds names inside Chinese text without spaces', () => {
    expect(names('使用KubeRay和Kueue在Kubernetes中托管工作负载')).toEqual(['KubeRay', 'Kueue', 'Kubernetes']);
    expect(names('基于 Envoy网关 的流量管理')).toEqual(['Envoy Gateway']);
  });

  it('leaves an ordinary word uncertain in plain prose', () => {
    expect(names('The flux of new users kept the team at the helm for weeks.', false)).toEqual(['Flux', 'Helm']);
    expect(names('The flux of new users kept the team at the helm for weeks.')).toEqual([]);
    expect(names('Harbor is where ships rest.', false)).toEqual(['Harbor']);
  });

  it('makes an ordinary word certain in context', () => {
    expect(names('We adopted Flux CD last year.')).toEqual(['Flux']);
    expect(names('We rely on the Flux project for delivery.')).toEqual(['Flux']);
    expect(names('Our images live in Harbor and our charts too.')).toEqual(['Harbor']);
    expect(names('Deploy it with Helm charts.')).toEqual(['Helm']);
    expect(names('### Volcano\n\nbatch jobs on GPUs')).toEqual(['Volcano']);
    expect(names('使用 Helm 部署')).toEqual(['Helm']);
    expect(names('Sailing Ray Workloads with KubeRay')).toEqual(['Ray', 'KubeRay']);
    expect(names('Source: https://github.com/fluxcd/flux2\n\nFlux reconciles clusters.')).toContain('Flux');
  });

  it('does not take an organization for the project inside its name', () => {
    expect(findProjects('Jason Hu, Volcano Engine & Kante Yin, DaoCloud')).toEqual([]);
  });

  it('finds unknown projects by pattern, with the name the text gives', () => {
    const github = findProjects('Code: https://github.com/intel/istio-tcpip-bypass/tree/main');
    expect(github).toHaveLength(1);
    expect(github[0]).toMatchObject({ name: 'istio-tcpip-bypass', known: false, certain: true });
    expect(findProjects('see github.com/kubernetes-sigs/kubespray')[0]).toMatchObject({ name: 'Kubespray', known: true });
    const named = findProjects('We donated the Zorbulator project last spring.');
    expect(named.map((mention) => [mention.name, mention.known])).toEqual([['Zorbulator', false]]);
    expect(findProjects('The OpenFunction Operator and the FooBar Operator').map((mention) => mention.name)).toEqual(['OpenFunction Operator', 'FooBar Operator']);
    expect(findProjects('install dynatrace-operator')[0].name).toBe('Dynatrace Operator');
    expect(findProjects('write a Kubernetes Operator').map((mention) => mention.name)).toEqual(['Kubernetes']);
  });

  it('does not read words inside URLs as mentions', () => {
    expect(findProjects('[talk](https://example.sched.com/event/x/kuberay-and-kueue-in-kubernetes)')).toEqual([]);
  });
});

describe('topics', () => {
  it('finds concepts as topics, in English and Chinese, and never as projects', () => {
    const text = 'GitOps with eBPF and WebAssembly: serverless 与服务网格、可观测性、边缘计算、多集群';
    expect(findTopics(text).map((topic) => topic.name)).toEqual([
      'GitOps',
      'eBPF',
      'WebAssembly',
      'Serverless',
      'Service Mesh',
      'Observability',
      'Edge Computing',
      'Multi-cluster',
    ]);
    expect(findProjects(text)).toEqual([]);
    expect(topicByName('Wasm')?.name).toBe('WebAssembly');
    expect(topicByName('无服务器')?.name).toBe('Serverless');
  });
});

describe('speed', () => {
  it('scans a long mixed text', () => {
    const paragraph =
      'Benjamin showed how Fluent Bit and Fluentd ship logs from Kubernetes to Kafka, with OpenTelemetry traces, ' +
      'Argo CD and Flux for GitOps, and Envoy at the edge. The flux of data grew. 使用 KubeSphere 和 Helm 部署，蚂蚁集团的 Nydus 镜像加速。\n' +
      '### Harbor\n\nSee https://github.com/goharbor/harbor and the Zorbulator project; the OpenFunction Operator.\n';
    const text = paragraph.repeat(400);
    findProjects(paragraph.repeat(20)); // warm the JIT so the figure is the steady rate
    const started = performance.now();
    const mentions = findProjects(text);
    const topics = findTopics(text);
    const elapsed = performance.now() - started;
    console.log(`gazetteer scan: ${(text.length / 1024).toFixed(0)} KiB, ${mentions.length} project and ${topics.length} topic mentions in ${elapsed.toFixed(1)} ms (${((text.length / 1024 / 1024) / (elapsed / 1000)).toFixed(1)} MiB/s)`);
    expect(mentions.filter((mention) => mention.name === 'Fluent Bit')).toHaveLength(400);
  });
});
