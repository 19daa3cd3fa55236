// The project–organization matrix on the page: an SVG grid of organizations × projects, one shaded cell per link, with
// the order and a name filter above it and the communities beside it. Clicking a cell selects the link.
import type { ProjectOrganizationLink } from '../api-types';
import { communityColor } from '../communities';
import { LINK_EDGE_TYPE } from '../elements';
import { type LinkMatrix, MATRIX_ORDERS, MATRIX_ORDER_TITLES, type MatrixOrder, buildMatrix, cellShade, isMatrixOrder } from '../matrix';
import { EDGE_STYLES } from '../style';
import { h, replaceChildren, svg } from './dom';

/** Room for labels: rows on the left, column labels slanted above. */
const ROW_LABEL_WIDTH = 190;
const COLUMN_LABEL_HEIGHT = 130;
const LABEL_CHARACTERS = 26;
/** Communities listed beside the matrix, with this many members each. */
const LISTED_COMMUNITIES = 6;
const LISTED_MEMBERS = 3;

export interface MatrixPanel {
  element: HTMLElement;
  /** Draws the links (again only when they, the order or the selection changed). */
  show(links: readonly ProjectOrganizationLink[], order: MatrixOrder, selected: string | null): void;
  /** The matrix as drawn now, for tests. */
  current(): LinkMatrix | null;
}

export interface MatrixPanelOptions {
  onSelectLink(id: string): void;
  onSelectEntity(id: string): void;
  onOrder(order: MatrixOrder): void;
}

function shortLabel(name: string): string {
  const characters = [...name];
  return characters.length > LABEL_CHARACTERS ? `${characters.slice(0, LABEL_CHARACTERS - 1).join('')}…` : name;
}

export function createMatrixPanel(options: MatrixPanelOptions): MatrixPanel {
  const orderSelect = h(
    'select',
    { id: 'matrix-order', onchange: () => isMatrixOrder(orderSelect.value) && options.onOrder(orderSelect.value) },
    ...MATRIX_ORDERS.map((order) => h('option', { value: order }, MATRIX_ORDER_TITLES[order])),
  );
  const matchInput = h('input', {
    id: 'matrix-match',
    type: 'search',
    placeholder: 'Only organizations or projects named…',
    autocomplete: 'off',
    oninput: () => redraw(),
  });
  const summary = h('p', { class: 'matrix-summary', 'aria-live': 'polite' });
  const grid = h('div', { class: 'matrix-grid' });
  const communitiesList = h('section', { class: 'matrix-communities', 'aria-labelledby': 'communities-title' });
  const element = h(
    'div',
    { class: 'matrix-view' },
    h(
      'div',
      { class: 'matrix-controls' },
      h('label', { for: orderSelect.id }, 'Order ', orderSelect),
      h('label', { for: matchInput.id, class: 'visually-hidden' }, 'Only organizations or projects whose name contains'),
      matchInput,
      summary,
    ),
    h(
      'p',
      { class: 'matrix-legend' },
      'Rows are organizations, columns projects. A cell is a link: the darker, the heavier. ',
      h('strong', {}, 'Weight'),
      ' = talks that mention the project given by a speaker credited with the organization + its people who contribute to the project + 1 if it maintains the project. Click a cell for the talks and people behind it.',
    ),
    communitiesList,
    grid,
  );

  let links: readonly ProjectOrganizationLink[] = [];
  let order: MatrixOrder = 'clustered';
  let selected: string | null = null;
  let matrix: LinkMatrix | null = null;

  const redraw = () => {
    matrix = buildMatrix(links, { order, match: matchInput.value });
    orderSelect.value = order;
    draw(matrix);
  };

  const draw = (m: LinkMatrix) => {
    const filtered = matchInput.value.trim() !== '';
    summary.textContent =
      m.cells.length === 0 ? '' : `${m.rows.length} organizations × ${m.columns.length} projects, ${m.cells.length} links`;
    if (m.cells.length === 0) {
      replaceChildren(
        grid,
        h(
          'div',
          { class: 'nothing-matches', role: 'status' },
          h('h2', {}, 'Nothing matches'),
          h('p', {}, filtered ? `No organization or project is named “${matchInput.value.trim()}” here.` : 'No talk links an organization to a project under these filters. Widen the event, year or topic.'),
        ),
      );
      replaceChildren(communitiesList);
      return;
    }
    // Cells shrink with the size of the matrix, within what a pointer can still hit.
    const cell = Math.max(14, Math.min(28, Math.floor(720 / Math.max(m.rows.length, m.columns.length))));
    const width = m.columns.length * cell;
    const height = m.rows.length * cell;
    // Four pieces in a grid, the headers sticky: row and column names stay in sight while the cells scroll under them.
    const corner = h('div', { class: 'matrix-corner' });
    const columnHeader = svg('svg', { width, height: COLUMN_LABEL_HEIGHT, class: 'matrix matrix-columns' });
    const rowHeader = svg('svg', { width: ROW_LABEL_WIDTH, height, class: 'matrix matrix-rows' });
    const body = svg('svg', { width, height, class: 'matrix matrix-cells', role: 'group', 'aria-label': summary.textContent ?? '' });
    const color = EDGE_STYLES[LINK_EDGE_TYPE].color;
    for (const [index, entry] of m.rows.entries()) {
      // Every other row striped, so a row can be followed across the width.
      if (index % 2 === 1) body.append(svg('rect', { x: 0, y: index * cell, width, height: cell, class: 'matrix-stripe' }));
      const label = svg('text', { x: ROW_LABEL_WIDTH - 10, y: index * cell + cell / 2, class: 'matrix-label row-label', 'data-id': entry.id }, shortLabel(entry.name));
      label.append(svg('title', {}, `${entry.name}: weight ${entry.weight} over its links`));
      rowHeader.append(label, svg('rect', { x: ROW_LABEL_WIDTH - 6, y: index * cell + 2, width: 4, height: cell - 4, fill: communityColor(entry.community) }));
    }
    for (const [index, entry] of m.columns.entries()) {
      const x = index * cell + cell / 2;
      const y = COLUMN_LABEL_HEIGHT - 10;
      const label = svg('text', { x, y, transform: `rotate(-55 ${x} ${y})`, class: 'matrix-label column-label', 'data-id': entry.id }, shortLabel(entry.name));
      label.append(svg('title', {}, `${entry.name}: weight ${entry.weight} over its links`));
      columnHeader.append(label, svg('rect', { x: index * cell + 2, y: COLUMN_LABEL_HEIGHT - 6, width: cell - 4, height: 4, fill: communityColor(entry.community) }));
    }
    for (const item of m.cells) {
      const { link } = item;
      const group = svg('g', { class: 'matrix-cell', 'data-id': item.id, 'data-weight': link.weight, tabindex: 0, role: 'button' });
      group.setAttribute('aria-label', `${link.organization.name} and ${link.project.name}: weight ${link.weight}`);
      group.classList.toggle('selected', item.id === selected);
      const x = item.column * cell;
      const y = item.row * cell;
      group.append(
        svg('rect', { x: x + 1, y: y + 1, width: cell - 2, height: cell - 2, rx: 2, fill: color, 'fill-opacity': cellShade(link.weight, m.maxWeight).toFixed(2) }),
        svg(
          'title',
          {},
          `${link.organization.name} → ${link.project.name}\nweight ${link.weight}: ${link.talkCount} talk${link.talkCount === 1 ? '' : 's'}, ${link.peopleCount} ${link.peopleCount === 1 ? 'person' : 'people'}`,
        ),
      );
      if (cell >= 18) {
        const dark = cellShade(link.weight, m.maxWeight) > 0.55;
        group.append(svg('text', { x: x + cell / 2, y: y + cell / 2, class: `matrix-weight${dark ? ' on-dark' : ''}` }, String(link.weight)));
      }
      body.append(group);
    }
    const sheet = h('div', { class: 'matrix-sheet', style: `grid-template-columns:${ROW_LABEL_WIDTH}px ${width}px;grid-template-rows:${COLUMN_LABEL_HEIGHT}px ${height}px` }, corner);
    sheet.append(columnHeader, rowHeader, body);
    replaceChildren(grid, sheet);
    drawCommunities(m);
  };

  const drawCommunities = (m: LinkMatrix) => {
    const listed = m.communities.list.filter((community) => community.members.length > 1).slice(0, LISTED_COMMUNITIES);
    replaceChildren(
      communitiesList,
      h('h2', { id: 'communities-title', title: 'Organizations and projects more linked to each other than to the rest (Louvain), heaviest first; their color marks rows and columns' }, 'Communities'),
      h(
        'ol',
        { class: 'community-list' },
        ...listed.map((community) =>
          h(
            'li',
            { class: 'community', 'data-community': community.index },
            h('span', { class: 'community-color', style: `background:${communityColor(community.index)}`, 'aria-hidden': 'true' }),
            ...community.members.slice(0, LISTED_MEMBERS).flatMap((member, index) => [
              index > 0 ? ', ' : '',
              h('button', { type: 'button', class: 'entity-link', 'data-id': member.id, onclick: () => options.onSelectEntity(member.id) }, member.name),
            ]),
            community.members.length > LISTED_MEMBERS ? h('span', { class: 'muted' }, ` and ${community.members.length - LISTED_MEMBERS} more`) : null,
          ),
        ),
      ),
    );
  };

  const cellId = (target: EventTarget | null) => (target instanceof Element ? target.closest('.matrix-cell')?.getAttribute('data-id') : null);
  grid.addEventListener('click', (event) => {
    const id = cellId(event.target);
    if (id) options.onSelectLink(id);
    const label = event.target instanceof Element ? event.target.closest('.matrix-label') : null;
    const entity = label?.getAttribute('data-id');
    if (entity) options.onSelectEntity(entity);
  });
  grid.addEventListener('keydown', (event) => {
    const id = cellId(event.target);
    if (id && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      options.onSelectLink(id);
    }
  });

  return {
    element,
    show(next, nextOrder, nextSelected) {
      if (next === links && nextOrder === order && matrix) {
        if (nextSelected !== selected) {
          selected = nextSelected;
          grid.querySelectorAll('.matrix-cell').forEach((cell) => cell.classList.toggle('selected', cell.getAttribute('data-id') === selected));
        }
        return;
      }
      links = next;
      order = nextOrder;
      selected = nextSelected;
      redraw();
    },
    current: () => matrix,
  };
}
