// Types generated from schema.graphql with graphql-codegen, so that nothing mirrors the schema by hand:
// - api/schema-types.ts: the schema's objects, inputs, enums and every field's arguments, for the resolvers;
// - web/src/operation-types.ts: the variables and answer of each GraphQL document the explorer sends
//   (web/src/queries.ts, web/src/corrections-queries.ts), for its API client.
// `npm run codegen` rewrites both; a test fails while either is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { codegen } from '@graphql-codegen/core';
import * as typescript from '@graphql-codegen/typescript';
import * as typescriptOperations from '@graphql-codegen/typescript-operations';
import { buildSchema, parse, printSchema, type DocumentNode } from 'graphql';
import * as correctionQueries from '../web/src/corrections-queries';
import * as explorerQueries from '../web/src/queries';
import { loadTypeDefs } from './schema';

export const SCHEMA_TYPES_PATH = fileURLToPath(new URL('./schema-types.ts', import.meta.url));
export const OPERATION_TYPES_PATH = fileURLToPath(new URL('../web/src/operation-types.ts', import.meta.url));

const HEADER = '// Generated from schema.graphql by `npm run codegen` (api/codegen.ts): do not edit.\n';

const COMMON = {
  enumsAsTypes: true,
  // A field is always in the answer (null or a value). An argument stays optional even with a default: a client
  // may still send an explicit null.
  avoidOptionals: { field: true, inputValue: false, object: false },
  maybeValue: 'T | null',
  inputMaybeValue: 'T | null | undefined',
  skipTypename: true,
  useTypeImports: true,
};

function schemaDocument(): DocumentNode {
  return parse(printSchema(buildSchema(loadTypeDefs())));
}

/** The explorer's documents: every exported string of its query modules. */
function explorerDocuments(): { location: string; document: DocumentNode }[] {
  return Object.entries<unknown>({ ...explorerQueries, ...correctionQueries })
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    // By name: module namespaces list their exports in different orders under tsx and vitest.
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, text]) => ({ location: name, document: parse(text) }));
}

export async function schemaTypes(): Promise<string> {
  const types = await codegen({
    schema: schemaDocument(),
    documents: [],
    filename: SCHEMA_TYPES_PATH,
    config: COMMON,
    plugins: [{ typescript: {} }],
    pluginMap: { typescript },
  });
  return `${HEADER}${types.trimEnd()}\n`;
}

export async function operationTypes(): Promise<string> {
  const types = await codegen({
    schema: schemaDocument(),
    documents: explorerDocuments(),
    filename: OPERATION_TYPES_PATH,
    config: { ...COMMON, preResolveTypes: true },
    plugins: [{ typescriptOperations: {} }],
    pluginMap: { typescriptOperations },
  });
  return `${HEADER}${types.trimEnd()}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_TYPES_PATH, await schemaTypes());
  writeFileSync(OPERATION_TYPES_PATH, await operationTypes());
  console.log(`wrote ${SCHEMA_TYPES_PATH} and ${OPERATION_TYPES_PATH}`);
}
