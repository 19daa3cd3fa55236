// Driver values turned into plain JavaScript, so callers never see neo4j-driver types.
import neo4j from 'neo4j-driver';

/**
 * Integers become numbers (the driver already does so with disableLosslessIntegers), nodes and relationships their
 * properties, paths their nodes in order, temporal values ISO strings, points {srid, x, y, z?}.
 */
export function toPlainValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlainValue);
  // Cypher maps arrive as plain objects: the driver's own types, which need a closer look, are instances of its classes.
  if (Object.getPrototypeOf(value) === Object.prototype) return plainMap(value as Record<string, unknown>);
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlainValue(value.properties);
  if (neo4j.isPath(value)) return [value.start, ...value.segments.map((segment) => segment.end)].map(toPlainValue);
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isPoint(value)) {
    const point = { srid: Number(value.srid), x: value.x, y: value.y };
    return value.z === undefined ? point : { ...point, z: value.z };
  }
  return plainMap(value as Record<string, unknown>);
}

function plainMap(value: Record<string, unknown>): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  for (const key of Object.keys(value)) plain[key] = toPlainValue(value[key]);
  return plain;
}
