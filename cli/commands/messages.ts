// Problems with documents, one line each, as "path:line: severity: reason" so editors can jump to them.
import type { DocumentMessage } from '../../ingest';

export function printMessages(messages: DocumentMessage[], stream: NodeJS.WriteStream = process.stderr): void {
  for (const m of messages) stream.write(`${m.path}${m.line ? `:${m.line}` : ''}: ${m.severity}: ${m.reason}\n`);
}
