// node(id) and the typed lookups by id, key or name.
import { nodeId, parseNodeId, type NodeLabel } from '../../graph/model';
import type { ApiContext } from '../context';
import type { EntityRow } from '../queries/entity';
import { badUserInput } from '../errors';
import { findNamed, resolveReference } from '../names';
import type { QueryEventArgs, QueryNodeArgs, QueryOrganizationArgs, QueryPersonArgs, QueryProjectArgs, QueryTalkArgs, QueryTopicArgs } from '../schema-types';

/** The typed lookups take the same arguments (Document has no name). */
type LookupArgs = QueryTalkArgs | QueryPersonArgs | QueryOrganizationArgs | QueryProjectArgs | QueryEventArgs | QueryTopicArgs;

/** The global id a typed lookup by id or key asks for: an id must be of the right label. */
export function lookupId(label: NodeLabel, { id, key }: LookupArgs): string {
  if (key != null) return nodeId(label, key);
  const parsed = parseNodeId(id as string);
  if (parsed?.label !== label) throw badUserInput(`"${id}" is not a ${label} id; ${label} ids look like "${label}:key".`, 'id');
  return id as string;
}

/**
 * Exactly one of id, key and name. A key that is no key is tried as the key the loader gives that name ("Kante Yin" is
 * `kante-yin`), and is null when that finds nothing too; a name (or alias) that names nothing is NOT_FOUND with
 * suggestions.
 */
const lookup =
  (label: NodeLabel) =>
  async (_root: unknown, args: LookupArgs, { data }: ApiContext): Promise<EntityRow | null> => {
    const given = [args.id, args.key, args.name].filter((value) => value != null).length;
    if (given !== 1) throw badUserInput(`Give exactly one of id, key and name to look up a ${label}.`);
    if (args.name != null) return data.node(await resolveReference(data, label, args.name, 'name'));
    const found = await data.node(lookupId(label, args));
    if (found || args.key == null) return found;
    return findNamed(data, label, args.key);
  };

export const lookupResolvers = {
  node: (_root: unknown, { id }: QueryNodeArgs, { data }: ApiContext) => data.node(id),
  talk: lookup('Talk'),
  person: lookup('Person'),
  organization: lookup('Organization'),
  project: lookup('Project'),
  event: lookup('Event'),
  topic: lookup('Topic'),
  document: lookup('Document'),
};
