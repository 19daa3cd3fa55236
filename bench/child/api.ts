// The GraphQL server in its own process, as users run it, so that load generation does not share its event loop.

import { startApiServer } from '../../api/server';
import { openExecutor } from '../../db/executor';

// As `talkgraph serve` opens it: a short connection timeout, no retries.
const executor = openExecutor({ failFast: true });
const server = await startApiServer({ executor, host: '127.0.0.1', port: 0 });
console.log(JSON.stringify({ url: server.url }));
process.on('SIGTERM', () => {
  void server.close().then(() => executor.close()).then(() => process.exit(0));
});
