// The local Neo4j as another local user or a web page would try it: no session without the password, no files
// through LOAD CSV, no WebSocket from a browser.
import { statSync } from 'node:fs';
import { connect } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { DatabaseError, openExecutor } from '../db/executor';
import { testExecutor } from './support/db';

const passwordFile = inject('neo4jPasswordFile');
const uri = inject('neo4jUri');
const port = Number(new URL(uri).port);
const executor = testExecutor();

afterAll(async () => {
  await executor.close();
});

/** What the Bolt port answers to a browser's WebSocket upgrade request from a web page's origin. */
function webSocketUpgrade(origin: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    let reply = '';
    socket.setTimeout(5_000, () => {
      socket.destroy();
      reject(new Error(`no answer and no close within 5 s; so far: ${reply}`));
    });
    socket.on('connect', () => {
      socket.write(
        [
          'GET / HTTP/1.1',
          `Host: 127.0.0.1:${port}`,
          'Upgrade: websocket',
          'Connection: Upgrade',
          'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
          'Sec-WebSocket-Version: 13',
          `Origin: ${origin}`,
          '',
          '',
        ].join('\r\n'),
      );
    });
    socket.on('data', (chunk) => {
      reply += chunk.toString('latin1');
    });
    socket.on('error', () => resolve(reply));
    socket.on('close', () => resolve(reply));
  });
}

describe.skipIf(!passwordFile)('the local Neo4j', () => {
  it('keeps its password in a file only its owner may read', () => {
    expect(statSync(passwordFile).mode & 0o777).toBe(0o600);
  });

  it('refuses a session without the password', async () => {
    const anonymous = openExecutor({ uri });
    try {
      const error = await anonymous.read('RETURN 1 AS one').then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(DatabaseError);
      expect((error as DatabaseError).kind).toBe('unauthorized');
    } finally {
      await anonymous.close();
    }
  });

  it('refuses LOAD CSV from file URLs and network addresses, even with the password', async () => {
    await expect(executor.read("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row LIMIT 1")).rejects.toThrow(
      /allow_csv_import_from_file_urls/,
    );
    await expect(executor.read(`LOAD CSV FROM 'http://127.0.0.1:${port}/' AS row RETURN row LIMIT 1`)).rejects.toThrow(/blocked/);
  });

  it('answers a WebSocket upgrade from a web page with 403 and closes', async () => {
    const reply = await webSocketUpgrade('https://attacker.example');
    expect(reply).toMatch(/^HTTP\/1\.1 403/);
    expect(reply).not.toContain('101 Switching Protocols');
    // Bolt over TCP still works beside it.
    expect(await executor.read('RETURN 1 AS one')).toEqual([{ one: 1 }]);
  });
});
