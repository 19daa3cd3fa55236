// A worker thread's entry: the sources are TypeScript, run through tsx as the CLI runs them, with no build step.
import { register } from 'tsx/esm/api';

register();
await import('./extraction-worker.ts');
