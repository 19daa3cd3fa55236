import { describe, expect, it } from 'vitest';
import { looksLikePersonName, parseChineseCredit, parseSpeakerLine, parseSpeakerList } from '../ingest/extract/people';
import { splitTitleAndSpeakers } from '../ingest/extract/shapes/common';
import { personKey } from '../ingest/resolve/keys';

describe('speaker lists as schedules write them', () => {
  it('gives each person the organization after their own comma', () => {
    expect(parseSpeakerList('Wei Fu, Microsoft & Iceber Gu, DaoCloud')).toEqual([
      { name: 'Wei Fu', organization: 'Microsoft' },
      { name: 'Iceber Gu', organization: 'DaoCloud' },
    ]);
  });

  it('shares one organization between people joined by & or and', () => {
    expect(parseSpeakerList('Josh Abreu & Richard Hartmann, Grafana Labs')).toEqual([
      { name: 'Josh Abreu', organization: 'Grafana Labs' },
      { name: 'Richard Hartmann', organization: 'Grafana Labs' },
    ]);
    expect(parseSpeakerList('Yike Wang and Yanzhao Li, VMware')?.map((c) => c.organization)).toEqual(['VMware', 'VMware']);
  });

  it('keeps groups split by ; apart, and a person with no organization without one', () => {
    expect(parseSpeakerList('Kinfey Lo, Microsoft; Vivian Hu, Second State; Jianbai Ye')).toEqual([
      { name: 'Kinfey Lo', organization: 'Microsoft' },
      { name: 'Vivian Hu', organization: 'Second State' },
      { name: 'Jianbai Ye' },
    ]);
  });

  it('reads a list of names with the organization last, and a list of names alone', () => {
    expect(parseSpeakerList('Konstantinos Andriopoulos, Dorothea Kalliora, Arrikto')).toEqual([
      { name: 'Konstantinos Andriopoulos', organization: 'Arrikto' },
      { name: 'Dorothea Kalliora', organization: 'Arrikto' },
    ]);
    expect(parseSpeakerList('Jens Erat, Peter Mueller, Sabine Wolz')?.map((c) => c.name)).toEqual(['Jens Erat', 'Peter Mueller', 'Sabine Wolz']);
  });

  it('treats a job title between name and company as a role', () => {
    expect(parseSpeakerList('Stephen Augustus, Head of Open Source, Cisco')).toEqual([
      { name: 'Stephen Augustus', role: 'Head of Open Source', organization: 'Cisco' },
    ]);
  });

  it('reads a company in Chinese in parentheses as the company, not as a Chinese name of the person', () => {
    expect(parseSpeakerList('Min Ding & Cao An (华为)')).toEqual([
      { name: 'Min Ding', organization: '华为' },
      { name: 'Cao An', organization: '华为' },
    ]);
    expect(parseSpeakerList('霍秉杰 (Benjamin Huo)')).toEqual([{ name: 'Benjamin Huo', aliases: ['霍秉杰'] }]);
  });

  it('does not give "Individual" as an organization', () => {
    expect(parseSpeakerList('Lei Zhang, Individual')).toEqual([{ name: 'Lei Zhang' }]);
  });

  it('refuses text that is not a list of people', () => {
    expect(parseSpeakerList('The Cloud Native Control Plane Framework')).toBeUndefined();
    expect(parseSpeakerList('Deep Dive')).toBeUndefined();
  });
});

describe('single speaker credits', () => {
  it('reads "Name - Role at Company"', () => {
    expect(parseSpeakerLine('Benjamin Huo - Senior Architect at QingCloud')).toEqual({
      name: 'Benjamin Huo',
      role: 'Senior Architect',
      organization: 'QingCloud',
    });
    expect(parseSpeakerLine('Xiuming Lu - Architect of UISEE')?.organization).toBe('UISEE');
  });

  it('reads Chinese credits and strips the job title from the company', () => {
    expect(parseChineseCredit('严松，蚂蚁集团技术专家')?.organization).toMatch(/蚂蚁集团|Ant Group/);
    expect(parseChineseCredit('胡涛，思码逸 DevOps 专家')).toMatchObject({ name: '胡涛', organization: '思码逸' });
    expect(parseChineseCredit('许伟，航天网信研发工程师')).toMatchObject({ name: '许伟', organization: '航天网信' });
  });

  it('does not take a project role for a company', () => {
    const credit = parseChineseCredit('方阗，OpenFunction Maintainer');
    expect(credit?.name).toBe('方阗');
    expect(credit?.organization).toBeUndefined();
    expect(credit?.role).toBe('OpenFunction Maintainer');
  });
});

describe('titles with their speakers', () => {
  it('cuts at the rightmost dash whose right side is people', () => {
    const { title, speakers } = splitTitleAndSpeakers('Crossplane Intro and Deep Dive - The Cloud Native Control Plane Framework - Ying Mo, IBM');
    expect(title).toBe('Crossplane Intro and Deep Dive - The Cloud Native Control Plane Framework');
    expect(speakers).toEqual([{ name: 'Ying Mo', organization: 'IBM' }]);
  });

  it('leaves a title with a dash and no people whole', () => {
    expect(splitTitleAndSpeakers('Prometheus Intro - Deep Dive').speakers).toEqual([]);
  });

  it('reads "Title by Name Org" and lower-case names after by', () => {
    expect(splitTitleAndSpeakers('Kepler Project Updates by Sunanay IBM research').speakers).toEqual([{ name: 'Sunanay', organization: 'IBM research' }]);
    expect(splitTitleAndSpeakers('flux by tamao nakahara').speakers).toEqual([{ name: 'tamao nakahara' }]);
    expect(splitTitleAndSpeakers('Project Capsule by auth').speakers).toEqual([]);
  });

  it('finds two names joined by & at the end of a title without a separator', () => {
    const { title, speakers } = splitTitleAndSpeakers('How to Migrate 700 Kubernetes Clusters to Cluster API with Zero Disturbance Tobias Giese & Sean Schneeweiss');
    expect(title).toBe('How to Migrate 700 Kubernetes Clusters to Cluster API with Zero Disturbance');
    expect(speakers.map((s) => s.name)).toEqual(['Tobias Giese', 'Sean Schneeweiss']);
  });
});

describe('person names', () => {
  it('gives one key to both word orders and to accents, two keys to people sharing a surname', () => {
    expect(personKey('Kante Yin')).toBe(personKey('Yin Kante'));
    expect(personKey('Peter Müller')).toBe(personKey('peter muller'));
    expect(personKey('Wei Fu')).not.toBe(personKey('Wei Jiang'));
  });

  it('tells names from company names', () => {
    expect(looksLikePersonName('Richard Hartmann')).toBe(true);
    expect(looksLikePersonName('Grafana Labs')).toBe(false);
    expect(looksLikePersonName('Second State')).toBe(false);
  });
});

describe('more ways to credit speakers', () => {
  it('reads speakers in a closing parenthesis and after ", by"', () => {
    expect(splitTitleAndSpeakers('Running Cilium at Scale (Jane Doe, Acme Corp)')).toEqual({
      title: 'Running Cilium at Scale',
      speakers: [{ name: 'Jane Doe', organization: 'Acme Corp' }],
    });
    expect(splitTitleAndSpeakers('Zero to Mesh, by Liz Rice').title).toBe('Zero to Mesh');
  });

  it('keeps a parenthesis that is part of the title', () => {
    expect(splitTitleAndSpeakers('Exploring ML Model Serving with KServe (with fun drawings)').speakers).toEqual([]);
  });
});

describe('Chinese credits in lists', () => {
  it('strips the job title from a company in a speaker list', () => {
    expect(parseSpeakerList('赵六，腾讯云 高级工程师')).toEqual([{ name: '赵六', organization: '腾讯云', role: '高级工程师' }]);
  });
});

describe('what a biography says a speaker does', () => {
  it('reads the role in the clause that names the project', async () => {
    const { contributionRole } = await import('../ingest/resolve/document-graph');
    const bio = 'Kubernetes 社区成员，Kueue 维护者。Created Fluent Operator, contributes to Fluent Bit.';
    const at = (name: string): [number, number] => [bio.indexOf(name), bio.indexOf(name) + name.length];
    expect(contributionRole(bio, ...at('Kubernetes'))).toBe('contributor');
    expect(contributionRole(bio, ...at('Kueue'))).toBe('maintainer');
    expect(contributionRole(bio, ...at('Fluent Operator'))).toBe('creator');
    expect(contributionRole(bio, ...at('Fluent Bit'))).toBe('contributor');
  });
});

describe('one person under two names', () => {
  it('reads a Chinese name with its romanized name in parentheses as one person', () => {
    expect(parseSpeakerList('霍秉杰（Benjamin Huo）, QingCloud')).toEqual([{ name: 'Benjamin Huo', aliases: ['霍秉杰'], organization: 'QingCloud' }]);
    expect(parseSpeakerList('Benjamin Huo (霍秉杰)')).toEqual([{ name: 'Benjamin Huo', aliases: ['霍秉杰'] }]);
  });

  it('still reads a company in parentheses as the company', () => {
    expect(parseSpeakerList('徐俊杰（DaoCloud）、Sergey Kanzhelev（Google）')).toEqual([
      { name: '徐俊杰', organization: 'DaoCloud' },
      { name: 'Sergey Kanzhelev', organization: 'Google' },
    ]);
  });
});
