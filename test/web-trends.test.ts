// An entity's talks per year and per event, as the details panel charts them.
import { describe, expect, it } from 'vitest';
import { trendOf } from '../web/src/trends';

const at = (id: string, name: string, year: number | null) => ({ event: { id, name, year } });

describe('trends', () => {
  it('counts talks per year with the empty years between, and per event most first', () => {
    const trend = trendOf([
      at('Event:kubecon-eu-2022', 'KubeCon EU 2022', 2022),
      at('Event:kubecon-eu-2022', 'KubeCon EU 2022', 2022),
      at('Event:kcd-shanghai-2024', 'KCD Shanghai 2024', 2024),
      at('Event:kubecon-china-2024', 'KubeCon China 2024', 2024),
      at('Event:kubecon-china-2024', 'KubeCon China 2024', 2024),
      at('Event:kubecon-china-2024', 'KubeCon China 2024', 2024),
      at('Event:meetup', 'Cloud Native Meetup', null),
      { event: null },
    ]);
    expect(trend.byYear).toEqual([
      { year: 2022, count: 2 },
      { year: 2023, count: 0 },
      { year: 2024, count: 4 },
    ]);
    expect(trend.byEvent.map((e) => [e.name, e.count])).toEqual([
      ['KubeCon China 2024', 3],
      ['KubeCon EU 2022', 2],
      ['KCD Shanghai 2024', 1],
      ['Cloud Native Meetup', 1],
    ]);
    expect(trend.undated).toBe(2);
  });

  it('has nothing to chart for an entity without talks', () => {
    expect(trendOf([])).toEqual({ byYear: [], byEvent: [], undated: 0 });
  });
});
