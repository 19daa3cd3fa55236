// The paginated, filtered lists: talks, people, organizations, projects, events.
import type { ApiContext } from '../context';
import { asEntities, type EntityRow } from '../queries/entity';
import { normalizeFilter, type ListLabel } from '../queries/filters';
import { listQuery } from '../queries/lists';
import { resolveFilter } from '../names';
import { connection, pageRequest, type Connection } from '../pagination';
import type { QueryEventsArgs, QueryOrganizationsArgs, QueryPeopleArgs, QueryProjectsArgs, QueryTalksArgs } from '../schema-types';

/** The five lists take the same arguments. */
type ListArgs = QueryTalksArgs | QueryPeopleArgs | QueryOrganizationsArgs | QueryProjectsArgs | QueryEventsArgs;

const list =
  (label: ListLabel) =>
  async (_root: unknown, { filter, first, after }: ListArgs, { data }: ApiContext): Promise<Connection<EntityRow>> => {
    const request = pageRequest(first, after);
    const [row] = await data.run(listQuery(label, await resolveFilter(data, normalizeFilter(filter)), request.offset, request.first));
    return connection(asEntities(row?.page), request, Number(row?.totalCount ?? 0));
  };

export const listResolvers = {
  talks: list('Talk'),
  people: list('Person'),
  organizations: list('Organization'),
  projects: list('Project'),
  events: list('Event'),
};
