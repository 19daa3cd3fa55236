// Sentence templates written for the generator. Slots: {P} and {P2} projects, {T} a topic, {O} an
// organization, {N} a number, {E} an event's name.

export const TOPICS: readonly { name: string; zh: string }[] = [
  { name: 'GitOps', zh: 'GitOps' },
  { name: 'eBPF', zh: 'eBPF' },
  { name: 'WebAssembly', zh: 'WebAssembly' },
  { name: 'serverless', zh: 'Serverless' },
  { name: 'service mesh', zh: '服务网格' },
  { name: 'observability', zh: '可观测性' },
  { name: 'platform engineering', zh: '平台工程' },
  { name: 'FinOps', zh: 'FinOps' },
  { name: 'supply chain security', zh: '供应链安全' },
  { name: 'multi-cluster management', zh: '多集群管理' },
  { name: 'edge computing', zh: '边缘计算' },
  { name: 'AI inference', zh: 'AI 推理' },
  { name: 'batch scheduling', zh: '批量调度' },
  { name: 'chaos engineering', zh: '混沌工程' },
  { name: 'autoscaling', zh: '弹性伸缩' },
  { name: 'DevOps', zh: 'DevOps' },
  { name: 'CI/CD', zh: 'CI/CD' },
  { name: 'zero trust', zh: '零信任' },
  { name: 'container networking', zh: '容器网络' },
  { name: 'cloud native storage', zh: '云原生存储' },
  { name: 'sustainability', zh: '绿色计算' },
  { name: 'large language models', zh: '大模型' },
  { name: 'logging', zh: '日志管理' },
  { name: 'policy as code', zh: '策略即代码' },
];

export type TalkKind = 'talk' | 'keynote' | 'tutorial' | 'lightning' | 'panel';

/** Title templates in English and Chinese with the same slots, so a schedule can print both. */
export const TITLES: readonly { en: string; zh: string; kind?: TalkKind }[] = [
  { en: '{P} Deep Dive', zh: '{P} 深度解析' },
  { en: 'Intro to {P}', zh: '{P} 入门介绍' },
  { en: '{P} Intro and Maintainer Update', zh: '{P} 介绍与维护者更新' },
  { en: 'Scaling {P} at {O}', zh: '{O} 大规模 {P} 实践' },
  { en: 'Lessons Learned Running {P} in Production', zh: '{P} 生产环境落地经验' },
  { en: 'From {P} to {P2}: A Migration Story', zh: '从 {P} 到 {P2} 的迁移之路' },
  { en: 'Building a {T} Platform with {P} and {P2}', zh: '基于 {P} 和 {P2} 构建{T}平台' },
  { en: 'Securing {P} Workloads with {P2}', zh: '使用 {P2} 保护 {P} 工作负载' },
  { en: "What's New in {P}", zh: '{P} 的新功能' },
  { en: '{T} at Scale: How {O} Uses {P}', zh: '{O} 如何使用 {P} 实现大规模{T}' },
  { en: 'Debugging {P} Like a Pro', zh: '像专家一样调试 {P}' },
  { en: 'Zero-Downtime Upgrades for {P}', zh: '{P} 零停机升级实践' },
  { en: 'Multi-Cluster {T} with {P}', zh: '基于 {P} 的多集群{T}' },
  { en: 'Cost-Aware Autoscaling with {P} and {P2}', zh: '基于 {P} 和 {P2} 的成本感知弹性伸缩' },
  { en: '{N} Clusters Later: Operating {P} at {O}', zh: '{N} 个集群之后：{O} 的 {P} 运维实践' },
  { en: 'Taming {T} Complexity with {P}', zh: '用 {P} 驯服{T}的复杂性' },
  { en: 'A Practical Guide to {T} with {P}', zh: '{P} {T}实践指南' },
  { en: 'The Road to {P} Graduation', zh: '{P} 的毕业之路' },
  { en: 'Observing {P} with {P2}', zh: '使用 {P2} 观测 {P}' },
  { en: 'Running AI Inference on {P}', zh: '在 {P} 上运行 AI 推理' },
  { en: 'Declarative {T} with {P} and {P2}', zh: '使用 {P} 和 {P2} 实现声明式{T}' },
  { en: 'Hardening the {P} Supply Chain', zh: '加固 {P} 软件供应链' },
  { en: 'Edge to Cloud with {P}', zh: '基于 {P} 的云边协同' },
  { en: 'How {O} Cut Latency in Half with {P}', zh: '{O} 如何借助 {P} 将延迟减半' },
  { en: 'Beyond the Basics: Advanced {P} Patterns', zh: '{P} 进阶模式' },
  { en: 'When {P} Meets {P2}', zh: '当 {P} 遇上 {P2}' },
  { en: 'Designing Resilient {T} Pipelines with {P}', zh: '基于 {P} 设计高可用的{T}流水线' },
  { en: 'Self-Service {T} for {N} Teams with {P}', zh: '基于 {P} 为 {N} 个团队提供自助式{T}' },
  { en: 'Keynote: The State of {T}', zh: '主题演讲：{T}的现状', kind: 'keynote' },
  { en: 'Keynote: {P} and the Next Decade of Cloud Native', zh: '主题演讲：{P} 与云原生的下一个十年', kind: 'keynote' },
  { en: 'Tutorial: Hands-on {P} from Zero', zh: '动手实践：从零开始使用 {P}', kind: 'tutorial' },
  { en: 'Lightning Talk: {P} in Five Minutes', zh: '闪电演讲：五分钟了解 {P}', kind: 'lightning' },
  { en: 'Panel: The Future of {T}', zh: '圆桌讨论：{T}的未来', kind: 'panel' },
];

export const ABSTRACT_SENTENCES: readonly string[] = [
  '{P} has become the default way for many teams to handle {T}, yet operating it at scale is still hard.',
  'In this session the speakers share how {O} moved {N} services onto {P} and what broke along the way.',
  'We walk through the architecture, the trade-offs we made and the numbers we measured.',
  'Attendees will learn how {P} and {P2} fit together, and when not to use them at all.',
  'The talk closes with a live demo and the roadmap for the next releases of {P}.',
  'We compare three approaches to {T} and explain why we settled on {P}.',
  'Expect practical advice on upgrades, observability and failure handling.',
  'This session is aimed at platform teams who already run {P} and want more out of it.',
  'We also cover the community behind {P}: how to contribute and where help is needed most.',
  'Along the way we hit limits in {P2} that required changes upstream.',
  'Our fleet grew from a handful of clusters to more than {N}, and our tooling had to grow with it.',
  'You will leave with a checklist you can apply to your own {P} deployment on Monday.',
  'We show how {P2} closes the gaps that {P} leaves open for {T}.',
  'The maintainers explain the design of the new APIs and the reasoning behind them.',
  'Security reviews, quotas and multi-tenancy turned out to matter more than raw performance.',
  'The speakers discuss what they would do differently if they started again today.',
  'Benchmarks from production show where the real bottlenecks are, and they are not where we expected.',
  'Finally we look at how {E} attendees can try all of this in a sandbox after the session.',
];

export const ABSTRACT_SENTENCES_ZH: readonly string[] = [
  '本次分享介绍 {O} 基于 {P} 构建{T}平台的实践。',
  '随着业务规模增长，{P} 在生产环境中面临性能和稳定性的挑战。',
  '讲师将结合 {N} 个集群的运维经验，分享 {P} 与 {P2} 的集成方案。',
  '最后介绍 {P} 社区的最新进展和未来规划。',
  '分享中还讨论了{T}在金融、物流等行业的落地难点。',
  '我们对比了多种方案，最终选择了 {P} 作为核心组件。',
  '通过 {P2} 的扩展能力，团队显著提升了资源利用率。',
  '讲师详细讲解了 {P} 的架构设计以及关键模块的实现原理。',
  '现场演示了如何在几分钟内用 {P} 搭建完整的{T}环境。',
  '这次分享适合已经在使用 {P} 并希望进一步优化的平台团队。',
  '升级、监控和故障处理等方面的经验同样值得参考。',
  '欢迎更多开发者参与 {P} 社区，一起完善{T}生态。',
];

/** A note-taker's bullets under a talk heading. */
export const NOTES: readonly string[] = [
  '{P} now supports {T} out of the box',
  'demo: {P} together with {P2}, worked on the first try',
  '{N} contributors since the last release',
  'interesting tool: {P2} (check the repo later)',
  'main pain point was upgrades, solved with {P}',
  'they run {N} clusters, mostly on {P}',
  'roadmap: better docs, stable APIs, {T} integration',
  'good Q&A about multi-tenancy',
  'slides are on the schedule page',
  'compare with {P2} before adopting',
  'recording should be online in a few weeks',
  'benchmarks: p99 latency down by half',
];

export const NOTES_ZH: readonly string[] = [
  '{P} 是做{T}的项目，可以听听实现原理。',
  '里面提到用 {P2} 来做测试环境，值得学习。',
  '讲得比较深入，适合已经在用 {P} 的同学。',
  '{P} 社区最近很活跃，贡献者已经超过 {N} 位。',
  '现场演示了 {P} 和 {P2} 的集成，效果不错。',
  '这个议题的幻灯片可以在日程页面下载。',
  '提到的开源项目代码量不大，可以作为学习{T}的入门项目。',
];

export const BIOS: readonly string[] = [
  '{S} is a {R} at {O} who works on {T}. {S} is a maintainer of {P} and a regular contributor to {P2}.',
  '{S} leads the {T} team at {O} and created {P}. Before that, {S} spent years operating large clusters.',
  '{S} works at {O} on developer experience and is a contributor to {P}.',
  '{S} is a {R} at {O}, a member of the {P} community and a speaker at many community events.',
];

export const INTROS: readonly string[] = [
  'Here are my notes from {E}. It was a packed week and I could not attend everything, so this is a personal selection.',
  '{E} is coming up and our team will be there with several sessions. Find them below and come say hi.',
  'This post collects the talks I found most useful at {E}, with the abstracts and a few thoughts of my own.',
  'Another year, another {E}. The hallway track was great, but these sessions stood out.',
  'A short digest of {E} for colleagues who could not travel this time.',
];

export const INTROS_ZH: readonly string[] = [
  '{E} 圆满结束，以下是本次活动的议题回顾。',
  '本文整理了 {E} 上值得关注的议题，方便没能到场的同学回看。',
  '{E} 即将举办，社区的多位讲师将带来精彩分享。',
  '以下是我在 {E} 听到的一些议题和笔记，仅代表个人观点。',
];
