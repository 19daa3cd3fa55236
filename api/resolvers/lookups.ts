// node(id) and the typed lookups by id or key.
import { nodeId, parseNodeId, type NodeLabel } from '../../ingest/model';
import type { ApiContext } from '../context';
import type { EntityRow } from '../data/entity';
import { badUserInput } from '../errors';

interface LookupArgs {
  id?: string | null;
  key?: string | null;
}

/** The global id a typed lookup asks for: exactly one of id and key, and an id of the right label. */
export function lookupId(label: NodeLabel, { id, key }: LookupArgs): string {
  if ((id == null) === (key == null)) throw badUserInput(`Give exactly one of id and key to look up a ${label}.`);
  if (key != null) return nodeId(label, key);
  const parsed = parseNodeId(id as string);
  if (parsed?.label !== label) throw badUserInput(`"${id}" is not a ${label} id; ${label} ids look like "${label}:key".`, 'id');
  return id as string;
}

const lookup =
  (label: NodeLabel) =>
  (_root: unknown, args: LookupArgs, { data }: ApiContext): Promise<EntityRow | null> =>
    data.node(lookupId(label, args));

export const lookupResolvers = {
  node: (_root: unknown, { id }: { id: string }, { data }: ApiContext) => data.node(id),
  talk: lookup('Talk'),
  person: lookup('Person'),
  organization: lookup('Organization'),
  project: lookup('Project'),
  event: lookup('Event'),
  topic: lookup('Topic'),
  document: lookup('Document'),
};
