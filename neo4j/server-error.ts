/** A problem starting, stopping or building the local Neo4j server, worded for the person at the terminal. */
export class Neo4jServerError extends Error {
  override name = 'Neo4jServerError';
}
