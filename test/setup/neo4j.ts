// Placeholder until the local Neo4j launcher lands: integration tests need NEO4J_URI.
export default function setup(): void {}
