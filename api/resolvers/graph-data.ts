// One request's access to the graph: runs the query builders, batching the per-entity lookups.
import { Batcher } from './batch';
import type { CypherQuery, GraphReader, Row } from '../queries/cypher';
import { asEntity, textsQuery, type EntityRow, type LongText } from '../queries/entity';
import { storedLinkRows, storedLinksQuery, type LinkRow } from '../queries/links';
import { nodesByIdQuery } from '../queries/nodes';
import { relationQuery, type RelationName } from '../queries/relations';
import { flattenSources, sourcesQuery, type SourceLines } from '../queries/sources';
import { parseNodeId, type NodeLabel, type SourceRef } from '../../graph/model';

interface RelatedItems {
  items: unknown[];
  total: number;
}

const NO_ITEMS: RelatedItems = { items: [], total: 0 };

/** Batches and caches for the life of one GraphQL request; never shared between requests. */
export class GraphData {
  private readonly nodes = this.nodeBatcher(false);

  private readonly lightNodes = this.nodeBatcher(true);

  private readonly texts = new Batcher<string, Partial<Record<LongText, string>>>(async (ids) => {
    const rows = await this.run(textsQuery(ids));
    return new Map(rows.map((row) => [row.id as string, row as Partial<Record<LongText, string>>]));
  }, {});

  private readonly relations = new Map<string, Batcher<string, RelatedItems>>();

  private readonly linksByEnd = {
    project: this.linkBatcher('project'),
    organization: this.linkBatcher('organization'),
  };

  private readonly sourceBatchers = new Map<string, Batcher<string, SourceLines[]>>();

  constructor(private readonly reader: GraphReader) {}

  run(query: CypherQuery): Promise<Row[]> {
    return this.reader.run(query);
  }

  /** The entity with this global id, or null. */
  node(id: string): Promise<EntityRow | null> {
    return this.nodes.load(id);
  }

  /** One of a talk's long texts (left out of entity rows), or null. */
  async text(talkId: string, name: LongText): Promise<string | null> {
    return (await this.texts.load(talkId))[name] ?? null;
  }

  /**
   * The entities with these global ids that exist, in no particular order; as light rows (id, name, label, a talk's
   * title and day) when `light`, for fields that ask for no more (LIGHT_FIELDS).
   */
  async nodesById(ids: readonly string[], light = false): Promise<EntityRow[]> {
    const batcher = light ? this.lightNodes : this.nodes;
    return (await Promise.all(ids.map((id) => batcher.load(id)))).filter((row): row is EntityRow => row !== null);
  }

  /** The items of one relation field of the entity `parentId` (see RELATIONS), in the field's order: the first `first`, or all. */
  async related<T = EntityRow>(name: RelationName, parentId: string, first?: number): Promise<T[]> {
    return (await this.relatedPage(name, parentId, first)).items as T[];
  }

  /** How many items one relation field of the entity has in all. */
  async relatedCount(name: RelationName, parentId: string): Promise<number> {
    return (await this.relatedPage(name, parentId, 0)).total;
  }

  private relatedPage(name: RelationName, parentId: string, first?: number): Promise<RelatedItems> {
    // Fields asking for different page sizes of one relation are batched apart.
    const key = `${name} ${first ?? 'all'}`;
    let batcher = this.relations.get(key);
    if (!batcher) {
      batcher = new Batcher(async (ids) => {
        const rows = await this.run(relationQuery(name, ids, first));
        return new Map(rows.map((row) => [row.id as string, { items: row.items as unknown[], total: Number(row.total) }]));
      }, NO_ITEMS);
      this.relations.set(key, batcher);
    }
    return batcher.load(parentId);
  }

  /** Where documents state the entity, by path and line, at most `first`. */
  async sources(id: string, first: number): Promise<SourceRef[]> {
    const label = parseNodeId(id)?.label;
    if (!label || first <= 0) return [];
    const name = `${label} ${first}`;
    let batcher = this.sourceBatchers.get(name);
    if (!batcher) {
      batcher = new Batcher(async (ids) => {
        const rows = await this.run(sourcesQuery(label as NodeLabel, ids, first));
        return new Map(rows.map((row) => [row.id as string, row.sources as SourceLines[]]));
      }, []);
      this.sourceBatchers.set(name, batcher);
    }
    return flattenSources(await batcher.load(id), first);
  }

  /** The project–organization links of one project or one organization, heaviest first. */
  links(end: 'project' | 'organization', id: string): Promise<LinkRow[]> {
    return this.linksByEnd[end].load(id);
  }

  private nodeBatcher(light: boolean): Batcher<string, EntityRow | null> {
    return new Batcher(async (ids) => {
      const rows = await this.run(nodesByIdQuery(ids, light));
      return new Map(rows.map((row) => [asEntity(row.node).id, asEntity(row.node)]));
    }, null);
  }

  private linkBatcher(end: 'project' | 'organization'): Batcher<string, LinkRow[]> {
    return new Batcher(async (ids) => {
      // The loader's stored links, each with its first talks and people (a nested field returns at most those).
      const rows = storedLinkRows(await this.run(storedLinksQuery(end === 'project' ? { projectIds: ids } : { organizationIds: ids })));
      const byEnd = new Map<string, LinkRow[]>();
      for (const row of rows) {
        const key = row[end].id;
        byEnd.set(key, [...(byEnd.get(key) ?? []), row]);
      }
      return byEnd;
    }, []);
  }
}
