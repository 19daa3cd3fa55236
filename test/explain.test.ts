// `talkgraph extract --explain`: each talk with its cues and the evidence for its people, and what was not a talk.
import { describe, expect, it } from 'vitest';
import { explainDocument } from '../ingest/extract/explain';
import { isMessage, parseDocument } from '../ingest/read/document';

const text = `# Cloud Native Tampere

### Autumn Platform Night

- Date: 14 October, 2021 at 17:30
- Meetup link: https://www.meetup.com/Cloud-Native-Tampere/events/123456/

#### Agenda

- 18:00 - 18:30: Running Prometheus for a thousand tenants
  - Maria Virtanen, Google
- 18:35 - 19:05: Pizza and a quiz about the CNCF landscape
`;

describe('extract --explain', () => {
  it('says why each talk, person and organization was read, and why a candidate was not a talk', () => {
    const doc = parseDocument('notes/tampere.md', new TextEncoder().encode(text));
    if (isMessage(doc)) throw new Error(doc.reason);
    const lines = explainDocument(doc).join('\n');
    expect(lines).toContain('talk "Running Prometheus for a thousand tenants" (lines 10-11, read by general-reader');
    expect(lines).toContain('cue: credits on line 11');
    expect(lines).toContain('speaker "Maria Virtanen" (line 11): a person, "Maria" is a known given name; organization "Google", a known organization');
    expect(lines).toContain('event: Autumn Platform Night (named by "Autumn Platform Night" above it)');
    expect(lines).toContain('not a talk (line 12): "Pizza and a quiz about the CNCF landscape": no speakers on its line or below it');
  });
});
