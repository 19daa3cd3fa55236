// A query built apart from running it, and the one way resolvers run queries.

export interface CypherQuery {
  cypher: string;
  params: Record<string, unknown>;
}

export type Row = Record<string, unknown>;

/** Runs read-only queries; each call is one read transaction with the request's time bound. */
export interface GraphReader {
  run(query: CypherQuery): Promise<Row[]>;
}

/** A JS number as a Cypher integer: the driver sends plain numbers as floats, which LIMIT and list slices refuse. */
export { int as cypherInt } from 'neo4j-driver';
