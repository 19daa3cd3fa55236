// The general reader's pieces on their own: the credit grammar, prose credits, normalization and name completion.
import { describe, expect, it } from 'vitest';
import type { TalkFact } from '../ingest/extract/facts';
import { parseChineseCredit, parseSpeakerList } from '../ingest/extract/people';
import { completeNames } from '../ingest/extract/reader/complete-names';
import { readCreditLine } from '../ingest/extract/reader/credits';
import { isStampOnly, leadingTime, normalizeLine } from '../ingest/extract/reader/normalize';
import { creditsInText, proseTalks } from '../ingest/extract/reader/prose';

const talk = (...names: string[]): TalkFact => ({ title: 't', altTitles: [], kind: 'talk', speakers: names.map((name) => ({ name, line: 1 })), line: 1, endLine: 1, shape: 'test' });

describe('credit grammar', () => {
  it('gives each group of people the organization written after it', () => {
    expect(parseSpeakerList('Marta Kowalska & Tomasz Nowak, Initech, Elena Petrova, Globex, & Ravi Menon, Hooli')).toEqual([
      { name: 'Marta Kowalska', organization: 'Initech' },
      { name: 'Tomasz Nowak', organization: 'Initech' },
      { name: 'Elena Petrova', organization: 'Globex' },
      { name: 'Ravi Menon', organization: 'Hooli' },
    ]);
  });

  it('reads labels, handles and nicknames as credits, and refuses prose', () => {
    expect(readCreditLine('Speakers: Jonas Berg, Kvarken Cloud')?.credits).toEqual([{ name: 'Jonas Berg', organization: 'Kvarken Cloud' }]);
    expect(readCreditLine('Aino Virtanen (@ainov), Kivi Labs')?.credits).toEqual([{ name: 'Aino Virtanen', organization: 'Kivi Labs' }]);
    expect(readCreditLine('@spiffxp @cblecker')?.credits.map((c) => c.name)).toEqual(['spiffxp', 'cblecker']);
    expect(readCreditLine('share configuration across clusters')).toBeUndefined();
    expect(readCreditLine('镜像拉取，Sidecar，API QPS')).toBeUndefined();
  });

  it('picks the employer among several Chinese titles', () => {
    expect(parseChineseCredit('王晓明，Apache Foo PMC 成员，星河科技资深存储工程师')?.organization).toBe('星河科技');
  });
});

describe('prose', () => {
  it('credits the people a sentence names beside a quoted title', () => {
    const talks = proseTalks('The day opened with a keynote from Sofia Romano from Initech, on "Scheduling GPUs Without Tears".');
    expect(talks).toEqual([expect.objectContaining({ title: 'Scheduling GPUs Without Tears', credits: [{ name: 'Sofia Romano', organization: 'Initech' }] })]);
  });

  it('shares an organization among people joined by "and", and ignores names without a cue', () => {
    expect(creditsInText('In this talk, Grace Liu and Omar Haddad from Initech walk through it.')).toEqual([
      { name: 'Grace Liu', organization: 'Initech' },
      { name: 'Omar Haddad', organization: 'Initech' },
    ]);
    expect(creditsInText('We met Grace Liu at the booth.')).toEqual([]);
  });
});

describe('normalization', () => {
  it('sets stamps and resource links aside', () => {
    expect(normalizeLine('18:30 - 19:00: Update from the cloud native ecosystem [[pdf](slides.pdf)]')).toBe('Update from the cloud native ecosystem');
    expect(normalizeLine('Keynote (8:00am-8:30am PST) | Recording')).toBe('Keynote');
    expect(isStampOnly('Monday May 16, 2022 10:45 - 11:15 CEST')).toBe(true);
    expect(isStampOnly('Kubernetes Networking 101')).toBe(false);
    expect(leadingTime('1030a | SIG Intros')).toBe('10:30');
    expect(leadingTime('5pm: drinks')).toBe('17:00');
    expect(leadingTime('5 apps to watch this year')).toBeUndefined();
  });
});

describe('names within a document', () => {
  it('completes a first name the document writes in full elsewhere, and mends a one-letter typo', () => {
    const talks = [talk('Annie'), talk('Fabian Deutsch'), talk('Fabian Deutch'), talk('Fabian Deutsch')];
    completeNames(talks, 'The team: Annie Talvasto, Lucas Käldström');
    expect(talks.map((t) => t.speakers[0].name)).toEqual(['Annie Talvasto', 'Fabian Deutsch', 'Fabian Deutsch', 'Fabian Deutsch']);
    expect(talks[2].speakers[0].aliases).toEqual(['Fabian Deutch']);
  });

  it('leaves a first name alone when two people could be meant', () => {
    const talks = [talk('Annie')];
    completeNames(talks, 'Annie Talvasto and Annie Hall');
    expect(talks[0].speakers[0].name).toBe('Annie');
  });
});

describe('events a section names', () => {
  it('reads a bare KubeCon as the edition of the year held in a city the document names', async () => {
    const { editionByCityIn } = await import('../ingest/extract/events');
    expect(editionByCityIn('Washington State Convention Center, Seattle, WA', 2018)?.key).toBe('kubecon-na-2018');
    expect(editionByCityIn('Washington State Convention Center, Seattle, WA', 2019)).toBeUndefined();
  });
});
