// Two small bar charts in the details panel: an entity's talks per year and per event, each bar with its number.
import type { Trend } from '../trends';
import type { DetailsActions } from './details';
import { h, svg } from './dom';

/** Events charted; the rest are summed in a last line. */
const CHARTED_EVENTS = 8;
const BAR_COLOR = '#0072B2';

/** Columns, one per year, the count above each and the year below. */
function yearChart(byYear: Trend['byYear']): SVGSVGElement {
  const column = 34;
  const height = 70;
  const most = Math.max(1, ...byYear.map((entry) => entry.count));
  const chart = svg('svg', { width: byYear.length * column, height: height + 30, class: 'trend-chart trend-years', role: 'img' });
  chart.setAttribute('aria-label', `Talks per year: ${byYear.map((entry) => `${entry.year}: ${entry.count}`).join(', ')}`);
  byYear.forEach((entry, index) => {
    const bar = Math.round((entry.count / most) * height);
    const x = index * column;
    const group = svg('g', { class: 'trend-bar', 'data-year': entry.year, 'data-count': entry.count });
    group.append(
      svg('rect', { x: x + 6, y: 14 + height - bar, width: column - 12, height: Math.max(bar, entry.count > 0 ? 2 : 0), fill: BAR_COLOR, rx: 2 }),
      svg('text', { x: x + column / 2, y: 10 + height - bar, class: 'trend-count' }, String(entry.count)),
      svg('text', { x: x + column / 2, y: height + 28, class: 'trend-axis' }, String(entry.year)),
    );
    chart.append(group);
  });
  return chart;
}

/** Horizontal bars, one per event, most talks first; a click opens the event. */
function eventChart(byEvent: Trend['byEvent'], actions: DetailsActions): HTMLElement {
  const most = Math.max(1, ...byEvent.map((entry) => entry.count));
  const shown = byEvent.slice(0, CHARTED_EVENTS);
  const rest = byEvent.slice(CHARTED_EVENTS).reduce((sum, entry) => sum + entry.count, 0);
  return h(
    'ul',
    { class: 'trend-events' },
    ...shown.map((entry) =>
      h(
        'li',
        { class: 'trend-event', 'data-id': entry.id, 'data-count': entry.count },
        h('button', { type: 'button', class: 'entity-link', onclick: () => actions.open(entry.id), title: entry.name }, entry.name),
        h('span', { class: 'trend-track' }, h('span', { class: 'trend-fill', style: `width:${Math.round((entry.count / most) * 100)}%` })),
        h('span', { class: 'trend-number' }, String(entry.count)),
      ),
    ),
    rest > 0 ? h('li', { class: 'muted' }, `${rest} more at ${byEvent.length - CHARTED_EVENTS} other events`) : null,
  );
}

export function renderTrends(trend: Trend, actions: DetailsActions): HTMLElement | null {
  if (trend.byEvent.length === 0) return null;
  return h(
    'section',
    { class: 'details-section trends' },
    h('h3', {}, 'Talks per year'),
    trend.byYear.length > 0 ? yearChart(trend.byYear) : h('p', { class: 'empty' }, 'No year known.'),
    h('h3', {}, 'Talks per event'),
    eventChart(trend.byEvent, actions),
    trend.undated > 0 ? h('p', { class: 'hint' }, `${trend.undated} talk${trend.undated === 1 ? '' : 's'} without a known year.`) : null,
  );
}
