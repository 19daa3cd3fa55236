// The GraphQL IDE at /graphiql, bundled with the project so it works with no internet (a CDN page would be blank).
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

const EXAMPLE = `# Which organizations stand behind which projects?
query ProjectOrganizationLinks {
  projectOrganizationLinks(first: 10) {
    weight
    organization { name }
    project { name }
    talks { title event { name } }
  }
}
`;

type Fetcher = Parameters<typeof GraphiQL>[0]['fetcher'];

// A plain POST is all Apollo needs; no subscriptions, so no websocket client.
const fetcher: Fetcher = async (params, options) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(options?.headers ?? {}) },
    body: JSON.stringify(params),
  });
  return response.json();
};
const root = document.getElementById('graphiql');
if (root) createRoot(root).render(createElement(GraphiQL, { fetcher, defaultQuery: EXAMPLE }));
