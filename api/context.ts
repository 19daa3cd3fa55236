// What every resolver gets: the request's access to the graph, and on the server what its share is taken for.
import type { CorrectionsWriter } from './corrections';
import type { Admission } from './http/cost-shares';
import type { GraphData } from './resolvers/graph-data';

export interface ApiContext {
  data: GraphData;
  /** Only on a server started with --allow-corrections. */
  corrections?: CorrectionsWriter;
  /** On the HTTP server: the client and budget its share of the database is taken for (http/cost-shares.ts). */
  admission?: Admission;
}
