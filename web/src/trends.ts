// An entity's talks over time and across events, counted from its talks' events (pure): what the details panel charts.

export interface TalkWhen {
  event?: { id: string; name: string; year?: number | null } | null;
}

export interface Trend {
  /** Talks per year, oldest first, with the years between that have none. */
  byYear: { year: number; count: number }[];
  /** Talks per event, most first (ties by the later year, then name). */
  byEvent: { id: string; name: string; year: number | null; count: number }[];
  /** Talks with no event or year: not in the charts, said beside them. */
  undated: number;
}

export function trendOf(talks: readonly TalkWhen[]): Trend {
  const years = new Map<number, number>();
  const events = new Map<string, { id: string; name: string; year: number | null; count: number }>();
  let undated = 0;
  for (const talk of talks) {
    const event = talk.event;
    if (!event) {
      undated++;
      continue;
    }
    const entry = events.get(event.id) ?? { id: event.id, name: event.name, year: event.year ?? null, count: 0 };
    entry.count++;
    events.set(event.id, entry);
    if (typeof event.year === 'number') years.set(event.year, (years.get(event.year) ?? 0) + 1);
    else undated++;
  }
  const known = [...years.keys()];
  const byYear =
    known.length === 0
      ? []
      : Array.from({ length: Math.max(...known) - Math.min(...known) + 1 }, (_, i) => Math.min(...known) + i).map((year) => ({ year, count: years.get(year) ?? 0 }));
  const byEvent = [...events.values()].sort((a, b) => b.count - a.count || (b.year ?? 0) - (a.year ?? 0) || a.name.localeCompare(b.name));
  return { byYear, byEvent, undated };
}
