// A worker thread's entry when no prebuilt bundle can be made (see worker-bundle.ts): the TypeScript sources run
// through tsx, as the CLI runs them.
import { register } from 'tsx/esm/api';

register();
await import('./extraction-worker.ts');
