// Recognizing events in text: KubeCon + CloudNativeCon editions, co-located days, KCDs and community meetups.
import type { EventFact } from './facts';
import { memoize } from '../memo';
import { clean } from './text';

export type Region = 'eu' | 'na' | 'china' | 'india' | 'japan';

const REGION_NAMES: Record<Region, string> = {
  eu: 'Europe',
  na: 'North America',
  china: 'China',
  india: 'India',
  japan: 'Japan',
};

const REGION_WORDS: [RegExp, Region][] = [
  [/^(?:eu|europe|emea|欧洲)$/i, 'eu'],
  [/^(?:na|north america|us|usa|北美|美国)$/i, 'na'],
  [/^(?:china|cn|中国|hong kong|香港)$/i, 'china'],
  [/^(?:india|印度)$/i, 'india'],
  [/^(?:japan|jp|日本)$/i, 'japan'],
];

/** Host cities of the main conference (facts), used to read "KubeCon Valencia" and to fill an edition's city. */
const EDITIONS: { region: Region; year: number; city: string; zh?: string; month: number }[] = [
  { region: 'eu', year: 2016, city: 'London', zh: '伦敦', month: 3 },
  { region: 'eu', year: 2017, city: 'Berlin', zh: '柏林', month: 3 },
  { region: 'eu', year: 2018, city: 'Copenhagen', zh: '哥本哈根', month: 5 },
  { region: 'eu', year: 2019, city: 'Barcelona', zh: '巴塞罗那', month: 5 },
  { region: 'eu', year: 2020, city: 'Virtual', month: 8 },
  { region: 'eu', year: 2021, city: 'Virtual', month: 5 },
  { region: 'eu', year: 2022, city: 'Valencia', zh: '瓦伦西亚', month: 5 },
  { region: 'eu', year: 2023, city: 'Amsterdam', zh: '阿姆斯特丹', month: 4 },
  { region: 'eu', year: 2024, city: 'Paris', zh: '巴黎', month: 3 },
  { region: 'eu', year: 2025, city: 'London', zh: '伦敦', month: 4 },
  { region: 'eu', year: 2026, city: 'Amsterdam', zh: '阿姆斯特丹', month: 3 },
  { region: 'na', year: 2016, city: 'Seattle', zh: '西雅图', month: 11 },
  { region: 'na', year: 2017, city: 'Austin', zh: '奥斯汀', month: 12 },
  { region: 'na', year: 2018, city: 'Seattle', zh: '西雅图', month: 12 },
  { region: 'na', year: 2019, city: 'San Diego', zh: '圣地亚哥', month: 11 },
  { region: 'na', year: 2020, city: 'Virtual', month: 11 },
  { region: 'na', year: 2021, city: 'Los Angeles', zh: '洛杉矶', month: 10 },
  { region: 'na', year: 2022, city: 'Detroit', zh: '底特律', month: 10 },
  { region: 'na', year: 2023, city: 'Chicago', zh: '芝加哥', month: 11 },
  { region: 'na', year: 2024, city: 'Salt Lake City', zh: '盐湖城', month: 11 },
  { region: 'na', year: 2025, city: 'Atlanta', zh: '亚特兰大', month: 11 },
  { region: 'china', year: 2018, city: 'Shanghai', zh: '上海', month: 11 },
  { region: 'china', year: 2019, city: 'Shanghai', zh: '上海', month: 6 },
  { region: 'china', year: 2023, city: 'Shanghai', zh: '上海', month: 9 },
  { region: 'china', year: 2024, city: 'Hong Kong', zh: '香港', month: 8 },
  { region: 'china', year: 2025, city: 'Hong Kong', zh: '香港', month: 6 },
  { region: 'india', year: 2024, city: 'New Delhi', zh: '新德里', month: 12 },
  { region: 'india', year: 2025, city: 'Hyderabad', zh: '海德拉巴', month: 8 },
  { region: 'japan', year: 2025, city: 'Tokyo', zh: '东京', month: 6 },
];

/** The edition of a year whose host city a text names ("… Seattle, WA" in a 2018 document), when only one does. */
export function editionByCityIn(text: string, year: number | undefined): Omit<EventFact, 'line'> | undefined {
  if (year === undefined) return undefined;
  const named = EDITIONS.filter((e) => e.year === year && e.city !== 'Virtual' && text.includes(e.city));
  return named.length === 1 ? mainConference(named[0].region, named[0].year) : undefined;
}

/** The edition a bare "KubeCon" in a dated text means: the one held soonest after the date, within four months. */
export function editionNear(date: Date): Omit<EventFact, 'line'> | undefined {
  const at = date.getUTCFullYear() * 12 + date.getUTCMonth() + 1;
  const near = EDITIONS.map((e) => ({ e, ahead: e.year * 12 + e.month - at }))
    .filter(({ ahead }) => ahead >= -1 && ahead <= 4)
    .sort((a, b) => Math.abs(a.ahead) - Math.abs(b.ahead))[0];
  return near && mainConference(near.e.region, near.e.year);
}

/** Chinese city names to the English names keys use. */
const CITIES_ZH: Record<string, string> = {
  北京: 'Beijing', 上海: 'Shanghai', 杭州: 'Hangzhou', 深圳: 'Shenzhen', 成都: 'Chengdu', 广州: 'Guangzhou',
  南京: 'Nanjing', 武汉: 'Wuhan', 西安: "Xi'an", 苏州: 'Suzhou', 长沙: 'Changsha', 重庆: 'Chongqing', 厦门: 'Xiamen',
  香港: 'Hong Kong', 台北: 'Taipei', 大连: 'Dalian', 合肥: 'Hefei', 天津: 'Tianjin', 青岛: 'Qingdao', 郑州: 'Zhengzhou',
};

/** Co-located events: canonical name, the spellings that name them, and the stem of their keys. */
const CO_LOCATED: { name: string; stem: string; pattern: RegExp }[] = [
  { name: 'FluentCon', stem: 'fluentcon', pattern: /\bFluentCon\b/i },
  { name: 'Kubernetes AI Day', stem: 'kubernetes-ai-day', pattern: /\bKubernetes\s+AI\s+Day\b/i },
  { name: 'GitOpsCon', stem: 'gitopscon', pattern: /\bGitOps\s*Con\b|\bGitOps\s+(?:Day|Summit)\b/i },
  { name: 'ArgoCon', stem: 'argocon', pattern: /\bArgo\s*Con\b/i },
  { name: 'Istio Day', stem: 'istio-day', pattern: /\bIstio\s*Day\b/i },
  { name: 'WasmCon', stem: 'wasmcon', pattern: /\bWasm\s*Con\b|\b(?:Cloud Native\s+)?Wasm\s+Day\b/i },
  { name: 'Observability Day', stem: 'observability-day', pattern: /\bObservability\s+Day\b/i },
  { name: 'Cloud Native AI Day', stem: 'cloud-native-ai-day', pattern: /\bCloud\s+Native\s+AI(?:\s*\+\s*Kubeflow)?\s+Day\b/i },
  { name: 'Platform Engineering Day', stem: 'platform-engineering-day', pattern: /\bPlatform\s+Engineering\s+Day\b/i },
  { name: 'BackstageCon', stem: 'backstagecon', pattern: /\bBackstage\s*Con\b/i },
  { name: 'Cilium + eBPF Day', stem: 'cilium-ebpf-day', pattern: /\bCilium\s*(?:\+|and|&)\s*eBPF\s+Day\b|\bCiliumCon\b/i },
  { name: 'Kubernetes on Edge Day', stem: 'kubernetes-on-edge-day', pattern: /\bKubernetes\s+on\s+Edge\s+Day\b/i },
  { name: 'Data on Kubernetes Day', stem: 'data-on-kubernetes-day', pattern: /\bData\s+on\s+Kubernetes\s+Day\b|\bDoK\s+Day\b/i },
  { name: 'Linkerd Day', stem: 'linkerd-day', pattern: /\bLinkerd\s+Day\b/i },
  { name: 'ServiceMeshCon', stem: 'servicemeshcon', pattern: /\bService\s*Mesh\s*Con\b/i },
  { name: 'PrometheusDay', stem: 'prometheus-day', pattern: /\bPrometheus\s*Day\b/i },
  { name: 'OpenTelemetry Community Day', stem: 'opentelemetry-community-day', pattern: /\bOpenTelemetry\s+Community\s+Day\b|\bOTel\s+Community\s+Day\b/i },
  { name: 'AppDeveloperCon', stem: 'appdevelopercon', pattern: /\bAppDeveloperCon\b/i },
  { name: 'Multi-Tenancy Con', stem: 'multi-tenancy-con', pattern: /\bMulti-?Tenancy\s*Con\b/i },
  { name: 'EnvoyCon', stem: 'envoycon', pattern: /\bEnvoy\s*Con\b/i },
  { name: 'Cloud Native Rejekts', stem: 'cloud-native-rejekts', pattern: /\bRejekts\b/i },
];

const YEAR = /\b(20[12]\d)\b|(20[12]\d)年/;

const ZH_PLACES = [...new Set([...EDITIONS.map((e) => e.zh ?? ''), '中国', '欧洲', '北美', '日本', '印度', '香港'])].filter(Boolean).join('|');

const KUBECON = new RegExp(
  String.raw`(?:(20[12]\d)\s*(?:年)?\s*)?(?:KubeCon|kubecon)(?:\s*(?:\+|&|and|与|和)\s*CloudNativeCon)?(?:\s*(?:\+|&|and)\s*Open\s*Source\s*Summit)?(?:\s*(?:\+|&|and)\s*AI_?dev)?` +
    String.raw`((?:[\s,]*(?:20[12]\d年?|EU|Europe|EMEA|NA|North America|China|CN|India|Japan|Hong Kong|中国|欧洲|北美|日本|印度|香港|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}|${ZH_PLACES})){0,3})`,
  'g',
);

/** One word of what follows "KubeCon": a year, a region, a city. */
const TAIL_PART = new RegExp(`20[12]\\d年?|EU|Europe|EMEA|NA|North America|China|CN|India|Japan|Hong Kong|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}|${ZH_PLACES}`, 'g');

/** Schedule subdomains: kccnceu2022, kccncosschn2023, kccncossaidevchn2024, kccncind2024, kccncjpn2025. */
const SCHED = /\bkccnc([a-z]*?)(eu|na|chn|china|hk|ind|india|jpn|japan)(\d{4}|\d{2})\b/gi;
const SCHED_REGIONS: Record<string, Region> = { eu: 'eu', na: 'na', chn: 'china', china: 'china', hk: 'china', ind: 'india', india: 'india', jpn: 'japan', japan: 'japan' };

const KCD = /\b(?:KCD|Kubernetes Community Days?)\s+([A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?|[\u4e00-\u9fff]{2,3})(?:\s*(20[12]\d))?/g;

/** "云原生技术交流 Meetup 成都站", "KubeSphere Meetup 杭州站", "Cloud Native Meetup Beijing". */
const MEETUP = /([\p{L}\p{N}& ]{0,40}?)\s*Meetup\s*(?:([\u4e00-\u9fff]{2,3})站|([A-Z][a-z]+(?: [A-Z][a-z]+)?))/gu;

export interface EventMention extends Omit<EventFact, 'line'> {
  /** Where in the text it was named (a character offset). */
  offset: number;
  surface: string;
}

export const slug = memoize((text: string): string =>
  clean(text)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, ''),
);

function regionOf(word: string): Region | undefined {
  return REGION_WORDS.find(([pattern]) => pattern.test(word.trim()))?.[1];
}

function editionByCity(city: string, year?: number): (typeof EDITIONS)[number] | undefined {
  const lower = city.toLowerCase();
  const matches = EDITIONS.filter((e) => e.city.toLowerCase() === lower || e.zh === city);
  return matches.find((e) => e.year === year) ?? (year === undefined && matches.length === 1 ? matches[0] : undefined);
}

/** The main conference of a region and year, with the names people use for it. */
export function mainConference(region: Region, year: number | undefined, surface?: string): Omit<EventFact, 'line'> {
  const regionName = REGION_NAMES[region];
  const city = year ? EDITIONS.find((e) => e.region === region && e.year === year)?.city : undefined;
  const series = region === 'china' ? 'KubeCon + CloudNativeCon + Open Source Summit' : 'KubeCon + CloudNativeCon';
  const suffix = year ? ` ${year}` : '';
  const short = region === 'eu' ? 'EU' : region === 'na' ? 'NA' : regionName;
  const aliases = new Set([
    `KubeCon ${short}${suffix}`,
    `KubeCon ${regionName}${suffix}`,
    `KubeCon + CloudNativeCon ${short}${suffix}`,
    `KubeCon + CloudNativeCon ${regionName}${suffix}`,
  ]);
  if (city) aliases.add(`KubeCon ${city}${suffix}`);
  if (surface) aliases.add(clean(surface));
  const name = `${series} ${regionName}${suffix}`;
  aliases.delete(name);
  return {
    key: `kubecon-${region}${year ? `-${year}` : ''}`,
    name,
    aliases: [...aliases],
    kind: 'conference',
    year,
    city,
    region,
  };
}

/** A co-located day of a main conference (or standing alone when the conference is not known). */
export function coLocatedEvent(
  entry: (typeof CO_LOCATED)[number],
  main: Omit<EventFact, 'line'> | undefined,
  year: number | undefined,
  surface: string,
): Omit<EventFact, 'line'> {
  const region = main?.region as Region | undefined;
  const y = main?.year ?? year;
  const regionName = region ? ` ${REGION_NAMES[region]}` : '';
  const short = region === 'eu' ? ' EU' : region === 'na' ? ' NA' : regionName;
  const aliases = new Set([entry.name, clean(surface)]);
  if (y) aliases.add(`${entry.name} ${y}`).add(`${clean(surface)} ${y}`);
  if (region && y) aliases.add(`${entry.name}${short} ${y}`);
  if (region) aliases.add(`${entry.name}${regionName}`);
  const name = `${entry.name}${regionName}${y ? ` ${y}` : ''}`;
  aliases.delete(name);
  return {
    key: [entry.stem, region, y].filter(Boolean).join('-'),
    name,
    aliases: [...aliases],
    kind: 'co-located',
    year: y,
    city: main?.city,
    region,
    coLocatedWith: main?.key,
  };
}

/** The first co-located day a text names; remembered, since the same headings recur above many talks. */
export const coLocatedIn = memoize((text: string): { entry: (typeof CO_LOCATED)[number]; surface: string; offset: number } | undefined => {
  let best: { entry: (typeof CO_LOCATED)[number]; surface: string; offset: number } | undefined;
  for (const entry of CO_LOCATED) {
    const m = entry.pattern.exec(text);
    if (m && (!best || m.index < best.offset)) best = { entry, surface: m[0], offset: m.index };
  }
  return best;
});

/** Every main-conference edition, KCD and meetup named in a text, in order. Co-located days are read separately. */
export function findEvents(text: string, fallbackYear?: number): EventMention[] {
  const found: EventMention[] = [];
  // Each pattern runs only when its keyword is in the text: most lines name no event.
  const lower = text.toLowerCase();
  for (const m of lower.includes('kubecon') ? text.matchAll(KUBECON) : []) {
    const tail = m[2] ?? '';
    let region: Region | undefined;
    let year = m[1] ? Number(m[1]) : undefined;
    let city: string | undefined;
    let consumed = 0;
    for (const part of tail.matchAll(TAIL_PART)) {
      const word = part[0];
      const y = word.match(/^(20[12]\d)/);
      if (y) year ??= Number(y[1]);
      else if (regionOf(word)) region ??= regionOf(word);
      else if (editionByCity(word) || EDITIONS.some((e) => e.city === word || e.zh === word)) city ??= word;
      else break;
      consumed = (part.index ?? 0) + word.length;
    }
    if (!region && city) {
      const edition = editionByCity(city, year ?? fallbackYear) ?? (year === undefined ? editionByCity(city) : undefined);
      region = edition?.region;
      // "KubeCon Detroit": a city that hosted one edition names its year too.
      if (edition && year === undefined && fallbackYear === undefined) year = edition.year;
    }
    if (!region) {
      const sameYear = EDITIONS.filter((e) => e.year === (year ?? fallbackYear));
      // A bare "KubeCon 2025" names no edition by itself; the document's other mentions decide.
      if (!year || sameYear.length === 0) continue;
      continue;
    }
    const surface = clean(text.slice(m.index, m.index + m[0].length - tail.length + consumed));
    found.push({ ...mainConference(region, year ?? fallbackYear, surface), offset: m.index ?? 0, surface });
  }
  for (const m of lower.includes('kccnc') ? text.matchAll(SCHED) : []) {
    const region = SCHED_REGIONS[m[2].toLowerCase()];
    const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    const edition = mainConference(region, year, m[0].toLowerCase());
    found.push({ ...edition, offset: m.index ?? 0, surface: m[0] });
  }
  for (const m of lower.includes('kcd') || lower.includes('community day') ? text.matchAll(KCD) : []) {
    const cityWord = m[1];
    const city = CITIES_ZH[cityWord] ?? cityWord;
    const year = m[2] ? Number(m[2]) : fallbackYear;
    const name = `KCD ${city}${year ? ` ${year}` : ''}`;
    const aliases = [clean(m[0]), `Kubernetes Community Days ${city}${year ? ` ${year}` : ''}`].filter((a) => a !== name);
    found.push({ key: slug(`kcd ${city} ${year ?? ''}`), name, aliases, kind: 'meetup', year, city, offset: m.index ?? 0, surface: m[0] });
  }
  for (const m of lower.includes('meetup') ? text.matchAll(MEETUP) : []) {
    const series = clean(m[1] ?? '');
    const cityWord = m[2] ?? m[3];
    const city = CITIES_ZH[cityWord] ?? cityWord;
    const surface = clean(m[0]);
    const year = (surface.match(YEAR) ?? [])[1] ? Number(surface.match(YEAR)![1]) : fallbackYear;
    const aliases = new Set<string>([`${series} Meetup ${city}`.trim()]);
    if (year) aliases.add(`${surface} ${year}`);
    found.push({
      key: slug(`${series || 'community'} meetup ${city} ${year ?? ''}`),
      name: surface,
      aliases: [...aliases].filter((a) => a !== surface),
      kind: 'meetup',
      year,
      city,
      offset: m.index ?? 0,
      surface,
    });
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/** The first year written in a text or a date value. */
export function yearIn(value: unknown): number | undefined {
  if (value instanceof Date) return value.getUTCFullYear();
  if (typeof value === 'number' && value > 1990 && value < 2100) return value;
  if (typeof value !== 'string') return undefined;
  const m = value.match(YEAR);
  return m ? Number(m[1] ?? m[2]) : undefined;
}
