// What every resolver gets: the request's access to the graph.
import type { CorrectionsWriter } from './corrections';
import type { GraphData } from './resolvers/graph-data';

export interface ApiContext {
  data: GraphData;
  /** Only on a server started with --allow-corrections. */
  corrections?: CorrectionsWriter;
}
