import { describe, expect, it } from 'vitest';
import { coLocatedEvent, coLocatedIn, findEvents } from '../ingest/extract/events';

describe('events named in text', () => {
  it('reads the main conference in its many spellings as one edition', () => {
    const keys = [
      'KubeCon + CloudNativeCon Europe 2022',
      'KubeCon EU 2022',
      'KubeCon and CloudNativeCon Europe 2022',
      'KubeCon Valencia 2022',
      '2022 KubeCon 欧洲',
    ].map((text) => findEvents(text)[0]?.key);
    expect(keys).toEqual(Array(5).fill('kubecon-eu-2022'));
  });

  it('reads a schedule subdomain as the edition it serves', () => {
    const [event] = findEvents('https://kccncosschn2023.sched.com/event/1PTKu');
    expect(event).toMatchObject({ key: 'kubecon-china-2023', year: 2023, city: 'Shanghai' });
  });

  it('takes the document year when the text gives none', () => {
    expect(findEvents('KubeCon Europe is around the corner', 2024)[0]?.key).toBe('kubecon-eu-2024');
  });

  it('reads KCDs and community meetups with their city', () => {
    expect(findEvents('KCD Munich 2025')[0]).toMatchObject({ key: 'kcd-munich-2025', city: 'Munich' });
    const meetup = findEvents('云原生技术交流 Meetup 成都站', 2022)[0];
    expect(meetup).toMatchObject({ name: '云原生技术交流 Meetup 成都站', city: 'Chengdu', year: 2022, kind: 'meetup' });
  });

  it('links a co-located day to its main conference', () => {
    const main = findEvents('KubeCon EU 2022')[0];
    const day = coLocatedIn('## GitOps Day Highlights:');
    expect(day?.entry.name).toBe('GitOpsCon');
    const event = coLocatedEvent(day!.entry, main, 2022, day!.surface);
    expect(event).toMatchObject({ key: 'gitopscon-eu-2022', coLocatedWith: 'kubecon-eu-2022', kind: 'co-located' });
    expect(event.aliases).toContain('GitOps Day');
  });
});

describe('host cities', () => {
  it('reads a three-word host city as its edition', () => {
    expect(findEvents('KubeCon Salt Lake City 2024')[0]?.key).toBe('kubecon-na-2024');
    expect(findEvents('notes from KubeCon 巴黎', 2024)[0]?.key).toBe('kubecon-eu-2024');
  });
});
