// The conferences, co-located days and meetups that talks belong to. Dates are approximate: the
// corpus needs plausible calendars, not a historical record.

export type Region = 'Europe' | 'North America' | 'China' | 'India' | 'Japan';

export interface ConferenceEntry {
  region: Region;
  year: number;
  city: string;
  /** First day of the main conference, YYYY-MM-DD. */
  start: string;
  days: number;
}

export const CONFERENCES: readonly ConferenceEntry[] = [
  { region: 'Europe', year: 2018, city: 'Copenhagen', start: '2018-05-02', days: 3 },
  { region: 'Europe', year: 2019, city: 'Barcelona', start: '2019-05-21', days: 3 },
  { region: 'Europe', year: 2022, city: 'Valencia', start: '2022-05-18', days: 3 },
  { region: 'Europe', year: 2023, city: 'Amsterdam', start: '2023-04-19', days: 3 },
  { region: 'Europe', year: 2024, city: 'Paris', start: '2024-03-20', days: 3 },
  { region: 'Europe', year: 2025, city: 'London', start: '2025-04-02', days: 3 },
  { region: 'North America', year: 2018, city: 'Seattle', start: '2018-12-11', days: 3 },
  { region: 'North America', year: 2019, city: 'San Diego', start: '2019-11-19', days: 3 },
  { region: 'North America', year: 2022, city: 'Detroit', start: '2022-10-26', days: 3 },
  { region: 'North America', year: 2023, city: 'Chicago', start: '2023-11-07', days: 3 },
  { region: 'North America', year: 2024, city: 'Salt Lake City', start: '2024-11-13', days: 3 },
  { region: 'North America', year: 2025, city: 'Atlanta', start: '2025-11-11', days: 3 },
  { region: 'China', year: 2018, city: 'Shanghai', start: '2018-11-14', days: 2 },
  { region: 'China', year: 2019, city: 'Shanghai', start: '2019-06-24', days: 3 },
  { region: 'China', year: 2023, city: 'Shanghai', start: '2023-09-26', days: 3 },
  { region: 'China', year: 2024, city: 'Hong Kong', start: '2024-08-21', days: 3 },
  { region: 'China', year: 2025, city: 'Hong Kong', start: '2025-06-10', days: 2 },
  { region: 'India', year: 2024, city: 'New Delhi', start: '2024-12-11', days: 2 },
  { region: 'India', year: 2025, city: 'Hyderabad', start: '2025-08-06', days: 2 },
  { region: 'Japan', year: 2025, city: 'Tokyo', start: '2025-06-16', days: 2 },
];

/** How writers name a region's conference: the full name first. */
export const REGION_NAMES: Record<Region, { full: string; short: string[]; zh: string; sched: string }> = {
  Europe: { full: 'KubeCon + CloudNativeCon Europe', short: ['KubeCon EU', 'KubeCon Europe'], zh: 'KubeCon 欧洲', sched: 'kccnceu' },
  'North America': { full: 'KubeCon + CloudNativeCon North America', short: ['KubeCon NA', 'KubeCon North America'], zh: 'KubeCon 北美', sched: 'kccncna' },
  China: { full: 'KubeCon + CloudNativeCon + Open Source Summit China', short: ['KubeCon China', 'KubeCon + CloudNativeCon China'], zh: 'KubeCon 中国', sched: 'kccncosschn' },
  India: { full: 'KubeCon + CloudNativeCon India', short: ['KubeCon India'], zh: 'KubeCon 印度', sched: 'kccncind' },
  Japan: { full: 'KubeCon + CloudNativeCon Japan', short: ['KubeCon Japan'], zh: 'KubeCon 日本', sched: 'kccncjpn' },
};

/** Co-located days held the day before a main conference; each conference gets a few of them. */
export const CO_LOCATED_DAYS: readonly { name: string; zh: string; topic: string }[] = [
  { name: 'FluentCon', zh: 'FluentCon', topic: 'observability' },
  { name: 'GitOpsCon', zh: 'GitOps 大会', topic: 'GitOps' },
  { name: 'Kubernetes AI Day', zh: 'Kubernetes AI 日', topic: 'AI inference' },
  { name: 'Cloud Native Wasm Day', zh: '云原生 Wasm 日', topic: 'WebAssembly' },
  { name: 'eBPF Day', zh: 'eBPF 日', topic: 'eBPF' },
  { name: 'Observability Day', zh: '可观测性日', topic: 'observability' },
  { name: 'Platform Engineering Day', zh: '平台工程日', topic: 'platform engineering' },
  { name: 'ArgoCon', zh: 'ArgoCon', topic: 'GitOps' },
  { name: 'BackstageCon', zh: 'BackstageCon', topic: 'platform engineering' },
  { name: 'Istio Day', zh: 'Istio 日', topic: 'service mesh' },
  { name: 'Kubernetes on Edge Day', zh: 'Kubernetes 边缘日', topic: 'edge computing' },
  { name: 'Cloud Native SecurityCon', zh: '云原生安全大会', topic: 'supply chain security' },
];

/** Kubernetes Community Days: one-day community conferences. */
export const COMMUNITY_DAYS: readonly { city: string; zh?: string; year: number; date: string }[] = [
  { city: 'Beijing', zh: '北京', year: 2023, date: '2023-08-19' },
  { city: 'Hangzhou', zh: '杭州', year: 2024, date: '2024-04-20' },
  { city: 'Shanghai', zh: '上海', year: 2024, date: '2024-11-09' },
  { city: 'Shenzhen', zh: '深圳', year: 2025, date: '2025-03-15' },
  { city: 'Chennai', year: 2023, date: '2023-06-09' },
  { city: 'Munich', year: 2023, date: '2023-07-17' },
  { city: 'Austria', year: 2024, date: '2024-10-08' },
  { city: 'Lima', year: 2024, date: '2024-09-21' },
  { city: 'Istanbul', year: 2025, date: '2025-05-24' },
  { city: 'Bengaluru', year: 2025, date: '2025-06-07' },
];

/** Cities of the Chinese community meetups, each held several times over the years. */
export const MEETUP_CITIES: readonly { city: string; zh: string }[] = [
  { city: 'Chengdu', zh: '成都' },
  { city: 'Shanghai', zh: '上海' },
  { city: 'Hangzhou', zh: '杭州' },
  { city: 'Beijing', zh: '北京' },
  { city: 'Shenzhen', zh: '深圳' },
  { city: 'Guangzhou', zh: '广州' },
  { city: 'Wuhan', zh: '武汉' },
  { city: "Xi'an", zh: '西安' },
  { city: 'Nanjing', zh: '南京' },
];

/** Communities that host meetups together. */
export const MEETUP_HOSTS = ['KubeSphere', 'SOFAStack', 'OpenFunction', 'Karmada', 'KubeEdge', 'Dragonfly', 'Fluid', 'OpenKruise', 'Volcano'];
