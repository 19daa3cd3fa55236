// What every resolver gets: the request's access to the graph.
import type { GraphData } from './data/graph-data';

export interface ApiContext {
  data: GraphData;
}
