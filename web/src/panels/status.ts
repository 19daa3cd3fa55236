// One status line for the whole page: what is loading, and every error, in words (never swallowed).
import { ApiError } from '../api-client';
import { h, replaceChildren } from './dom';

export interface StatusLine {
  element: HTMLElement;
  /** Runs an action with a loading message; an error is shown and rethrown to no one. */
  run<T>(message: string, action: () => Promise<T>): Promise<T | undefined>;
  error(error: unknown): void;
  info(message: string): void;
  clear(): void;
}

export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    const hint =
      error.code === 'NETWORK'
        ? ' Is `talkgraph serve` running?'
        : error.code === 'DATABASE_UNAVAILABLE'
          ? ' Is Neo4j running (`talkgraph db start`)?'
          : '';
    return `${error.message}${hint} (${error.code})`;
  }
  return error instanceof Error ? error.message : String(error);
}

export function createStatusLine(): StatusLine {
  const element = h('div', { class: 'status', role: 'status', 'aria-live': 'polite', hidden: true });
  let pending = 0;
  const show = (kind: 'loading' | 'error' | 'info', text: string, dismissable = false) => {
    element.hidden = false;
    element.dataset.kind = kind;
    element.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    replaceChildren(
      element,
      h('span', { class: 'status-text' }, text),
      dismissable ? h('button', { type: 'button', class: 'status-close', 'aria-label': 'Dismiss', onclick: () => line.clear() }, '×') : null,
    );
  };
  const line: StatusLine = {
    element,
    async run(message, action) {
      pending += 1;
      show('loading', message);
      try {
        const result = await action();
        pending -= 1;
        if (pending === 0 && element.dataset.kind === 'loading') line.clear();
        return result;
      } catch (error) {
        pending -= 1;
        line.error(error);
        return undefined;
      }
    },
    error(error) {
      console.error(error);
      show('error', describeError(error), true);
    },
    info(message) {
      show('info', message, true);
    },
    clear() {
      element.hidden = true;
      element.dataset.kind = '';
      replaceChildren(element);
    },
  };
  return line;
}
