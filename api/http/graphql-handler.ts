// Node's http request to Apollo's HTTPGraphQLRequest and back.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { ApiContext } from '../context';
import { sendJson } from './static-files';

const MAX_BODY_BYTES = 1_000_000;

class BodyTooLarge extends Error {}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function handleGraphQL(
  apollo: ApolloServer<ApiContext>,
  context: () => Promise<ApiContext>,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  let body: unknown;
  try {
    const text = await readBody(request);
    body = text !== '' && /json/i.test(headers.get('content-type') ?? '') ? JSON.parse(text) : text;
  } catch (error) {
    const tooLarge = error instanceof BodyTooLarge;
    sendJson(response, tooLarge ? 413 : 400, {
      errors: [{ message: tooLarge ? 'The request body is too large.' : 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
    });
    return;
  }
  const url = new URL(request.url ?? '/', 'http://localhost');
  const result = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (request.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
    context,
  });
  for (const [key, value] of result.headers) response.setHeader(key, value);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}
