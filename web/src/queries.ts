// The GraphQL documents the explorer sends (schema.graphql is the contract); kept together so a schema change is one file.

const GRAPH_NODE = /* GraphQL */ `
  fragment ExplorerGraphNode on GraphNode {
    id
    label
    name
    degree
    node {
      ... on Talk { event { id year } }
      ... on Event { year }
    }
  }
`;

export const SEARCH = /* GraphQL */ `
  query ExplorerSearch($text: String!, $types: [NodeLabel!], $first: Int) {
    search(text: $text, types: $types, first: $first) {
      label
      score
      node {
        id
        name
        ... on Talk { event { name } }
        ... on Person { organizations { name } }
        ... on Event { year city }
        ... on Project { category }
      }
    }
  }
`;

export const NEIGHBORHOOD = /* GraphQL */ `
  ${GRAPH_NODE}
  query ExplorerNeighborhood($id: ID!, $depth: Int, $types: [NodeLabel!], $limit: Int) {
    neighborhood(id: $id, depth: $depth, types: $types, limit: $limit) {
      truncated
      nodes { ...ExplorerGraphNode }
      edges { id type source target }
    }
  }
`;

export const PATH = /* GraphQL */ `
  ${GRAPH_NODE}
  query ExplorerPath($fromId: ID!, $toId: ID!, $maxLength: Int) {
    path(fromId: $fromId, toId: $toId, maxLength: $maxLength) {
      length
      paths { nodeIds edgeIds }
      nodes { ...ExplorerGraphNode }
      edges { id type source target }
    }
  }
`;

export const RELATED_TALKS = /* GraphQL */ `
  query ExplorerRelatedTalks($talkId: ID!, $first: Int) {
    relatedTalks(talkId: $talkId, first: $first) {
      score
      talk { id name event { name } }
      reasons { kind description }
    }
  }
`;

// Every link's weight and counts, without its talks and people: the server reads these from the links it stores.
export const PROJECT_ORGANIZATION_LINKS = /* GraphQL */ `
  query ExplorerLinks($filter: Filter, $first: Int) {
    projectOrganizationLinks(filter: $filter, first: $first) {
      weight
      maintains
      talkCount
      peopleCount
      project { id name }
      organization { id name }
    }
  }
`;

// One link's talks and people (its project and organization pinned in the filter), when it is selected.
export const LINK_EVIDENCE = /* GraphQL */ `
  query ExplorerLinkEvidence($filter: Filter) {
    projectOrganizationLinks(filter: $filter, first: 1) {
      talks { id name }
      people { id name }
    }
  }
`;

export const EVENTS = /* GraphQL */ `
  query ExplorerEvents {
    events(first: 100) {
      nodes { id name year }
    }
  }
`;

export const STATS = /* GraphQL */ `
  query ExplorerStats {
    stats { byLabel { label count } }
  }
`;

const REF = 'id name';
// Talks with their event and year, for the details panel's trends.
const TALK_REF = 'id name event { id name year }';

// Fields that share a name but not a type across fragments (Talk.projects vs Organization.projects) get aliases.

export const DETAILS = /* GraphQL */ `
  query ExplorerDetails($id: ID!) {
    node(id: $id) {
      __typename
      id
      name
      ... on Talk {
        title altTitles abstract url day time kind
        event { ${REF} }
        speakerCredits { person { ${REF} } organizations { ${REF} } }
        projects { ${REF} }
        topics { ${REF} }
        sources { path line }
      }
      ... on Person {
        aliases
        organizations { ${REF} }
        talks { ${TALK_REF} }
        contributions { role project { ${REF} } }
        sources { path line }
      }
      ... on Organization {
        aliases
        people { ${REF} }
        talks { ${TALK_REF} }
        projectLinks: projects { weight project { ${REF} } }
        maintains { ${REF} }
        sources { path line }
      }
      ... on Project {
        aliases url category maturity
        talks { ${TALK_REF} }
        organizationLinks: organizations { weight organization { ${REF} } }
        maintainers { ${REF} }
        contributors { role person { ${REF} } }
        sources { path line }
      }
      ... on Event {
        aliases year city startDate endDate kind
        talks { ${REF} }
        coLocatedWith { ${REF} }
        coLocatedEvents { ${REF} }
        sources { path line }
      }
      ... on Topic {
        aliases
        talks { ${TALK_REF} }
        sources { path line }
      }
      ... on Document {
        path documentTitle: title lang ingestedAt
        talks { ${REF} }
        events { ${REF} }
      }
    }
  }
`;
