// What every document shape provides: which events it can describe, and how it writes one document.

import type { Random } from '../random';
import type { Talk, WorldEvent } from '../world';

export type DocumentLanguage = 'en' | 'zh' | 'mixed';

export interface WrittenDocument {
  text: string;
  lang: DocumentLanguage;
  talks: Talk[];
}

export interface DocumentShape {
  name: string;
  /** Relative frequency of the shape in a corpus. */
  weight: number;
  /** Whether a document of this shape can be about the event. */
  fits(event: WorldEvent): boolean;
  write(random: Random, event: WorldEvent): WrittenDocument;
}

/** An event's talks together with those of its co-located days: what a write-up of "the conference" covers. */
export function talksAround(event: WorldEvent): Talk[] {
  return [...event.talks, ...event.coLocated.flatMap((day) => day.talks)];
}

/** Between min and max of the talks, in schedule order. */
export function chooseTalks(random: Random, talks: Talk[], min: number, max: number): Talk[] {
  return random.sample(talks, random.between(min, max)).sort(bySchedule);
}

export function bySchedule(a: Talk, b: Talk): number {
  return a.day.localeCompare(b.day) || a.time.localeCompare(b.time) || a.index - b.index;
}

export function yamlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** TOML literal strings cannot hold a quote; basic strings with JSON escapes can hold anything. */
export function tomlString(text: string): string {
  return text.includes("'") ? JSON.stringify(text) : `'${text}'`;
}

export function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const WEEKDAYS_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** "9 月 27 日 周三" */
export function chineseDate(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  return `${d.getUTCMonth() + 1} 月 ${d.getUTCDate()} 日 ${WEEKDAYS_ZH[d.getUTCDay()]}`;
}

/** "14:30" → "2:30pm" */
export function twelveHour(time: string): string {
  const [h, m] = time.split(':').map(Number);
  return `${((h + 11) % 12) + 1}:${String(m).padStart(2, '0')}${h < 12 ? 'am' : 'pm'}`;
}
