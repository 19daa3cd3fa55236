import { describe, expect, it } from 'vitest';
import { decodeViewState, emptyViewState, encodeViewState, type ViewState } from '../web/src/url-state';

describe('view state in the URL', () => {
  it('restores every part of a view from its link', () => {
    const state: ViewState = {
      mode: 'explore',
      focus: 'Talk:logging, tracing & metrics@kubecon-eu-2022',
      expanded: ['Person:benjamin-huo', 'Organization:蚂蚁集团'],
      removed: ['Topic:observability'],
      selected: 'Person:benjamin-huo',
      filters: { hiddenTypes: ['Topic', 'Document'], eventId: 'Event:kubecon-eu-2022', year: 2022, topic: null },
      layout: 'hierarchy',
      path: { from: 'Person:benjamin-huo', to: 'Project:fluent-bit' },
      pathRoute: 2,
      linksView: 'force',
      matrixOrder: 'weight',
    };
    const search = encodeViewState(state);
    expect(decodeViewState(search)).toEqual(state);
  });

  it('writes nothing for the empty view and reads the empty view from nothing', () => {
    expect(encodeViewState(emptyViewState())).toBe('');
    expect(decodeViewState('')).toEqual(emptyViewState());
  });

  it('keeps the links view with its filters, the matrix by default', () => {
    const state = { ...emptyViewState(), mode: 'links' as const, filters: { hiddenTypes: [], eventId: null, year: 2023, topic: 'eBPF' } };
    expect(encodeViewState(state)).toBe('?mode=links&year=2023&topic=eBPF');
    expect(decodeViewState(encodeViewState(state))).toEqual(state);
  });

  it('ignores what it does not understand in a hand-edited link', () => {
    const state = decodeViewState('?mode=weird&hide=Talk,Nonsense&year=twenty&layout=spiral&from=Person:a&expand=&expand=Person:b&expand=Person:b');
    expect(state.mode).toBe('explore');
    expect(state.filters.hiddenTypes).toEqual(['Talk']);
    expect(state.filters.year).toBeNull();
    expect(state.layout).toBe('force');
    expect(state.path).toBeNull();
    expect(state.expanded).toEqual(['Person:b']);
  });
});
