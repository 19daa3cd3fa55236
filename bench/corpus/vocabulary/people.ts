// Name parts from which the speaker pool is drawn. Chinese parts carry pinyin and characters, so one
// person can be written "Tao Hu", "Hu Tao" and 胡涛 in different documents.

export const GIVEN_NAMES: readonly string[] = [
  'Alex', 'Alice', 'Andrew', 'Anna', 'Arjun', 'Ben', 'Bowen', 'Brandon', 'Carlos', 'Caroline', 'Chris', 'Christian',
  'Clara', 'Dan', 'Daniel', 'David', 'Divya', 'Elena', 'Emily', 'Eric', 'Fatima', 'Felix', 'Gabriel', 'Grace',
  'Hannah', 'Hiroshi', 'Ian', 'Isabel', 'Jack', 'James', 'Jana', 'Javier', 'Jens', 'Jessica', 'Joe', 'Jonas',
  'Julia', 'Justin', 'Karen', 'Katie', 'Kenji', 'Laura', 'Leo', 'Lucas', 'Manuela', 'Marc', 'Maria', 'Mark',
  'Marta', 'Matteo', 'Maya', 'Michael', 'Mike', 'Nadia', 'Natalie', 'Nick', 'Nina', 'Oliver', 'Olga', 'Omar',
  'Pablo', 'Paul', 'Peter', 'Priya', 'Rahul', 'Rachel', 'Ricardo', 'Rita', 'Rob', 'Ryan', 'Sabine', 'Sam',
  'Sandeep', 'Sara', 'Savitha', 'Scott', 'Sean', 'Sophie', 'Stefan', 'Stephen', 'Sunita', 'Takashi', 'Thomas',
  'Tim', 'Tobias', 'Vanessa', 'Victor', 'Vikram', 'Whitney', 'Yuki', 'Zoe', 'Ahmed', 'Aditya', 'Bea', 'Cheryl',
];

export const FAMILY_NAMES: readonly string[] = [
  'Adams', 'Andersen', 'Augustin', 'Bauer', 'Becker', 'Block', 'Brown', 'Campbell', 'Castro', 'Chen', 'Clark',
  'Costa', 'Davies', 'Dubois', 'Evans', 'Fischer', 'Garcia', 'Garrison', 'Gomez', 'Gupta', 'Hansen', 'Hernandez',
  'Hoffmann', 'Ito', 'Iyer', 'Jansen', 'Johnson', 'Kapoor', 'Keller', 'Kim', 'Kobayashi', 'Kowalski', 'Kumar',
  'Larsen', 'Lehmann', 'Lopez', 'Martin', 'Meyer', 'Miller', 'Moreau', 'Mueller', 'Murphy', 'Nakamura', 'Nguyen',
  'Novak', 'Olsen', 'Parikh', 'Patel', 'Perez', 'Petrov', 'Quinn', 'Raghunathan', 'Reddy', 'Richter', 'Rossi',
  'Sato', 'Schmidt', 'Schneider', 'Shah', 'Sharma', 'Silva', 'Singh', 'Smith', 'Suzuki', 'Tanaka', 'Taylor',
  'Thompson', 'Tran', 'Varga', 'Wagner', 'Walker', 'Weber', 'Williams', 'Wilson', 'Wolf', 'Yamamoto', 'Young',
];

/** Chinese family names: pinyin and character. */
export const CHINESE_FAMILY_NAMES: readonly [string, string][] = [
  ['Wang', '王'], ['Li', '李'], ['Zhang', '张'], ['Liu', '刘'], ['Chen', '陈'], ['Yang', '杨'], ['Huang', '黄'],
  ['Zhao', '赵'], ['Wu', '吴'], ['Zhou', '周'], ['Xu', '徐'], ['Sun', '孙'], ['Ma', '马'], ['Zhu', '朱'], ['Hu', '胡'],
  ['Guo', '郭'], ['He', '何'], ['Gao', '高'], ['Lin', '林'], ['Luo', '罗'], ['Zheng', '郑'], ['Liang', '梁'],
  ['Xie', '谢'], ['Song', '宋'], ['Tang', '唐'], ['Han', '韩'], ['Feng', '冯'], ['Deng', '邓'], ['Cao', '曹'],
  ['Peng', '彭'], ['Zeng', '曾'], ['Xiao', '肖'], ['Tian', '田'], ['Dong', '董'], ['Pan', '潘'], ['Yuan', '袁'],
  ['Cai', '蔡'], ['Jiang', '蒋'], ['Yu', '余'], ['Du', '杜'], ['Ye', '叶'], ['Cheng', '程'], ['Wei', '魏'],
  ['Su', '苏'], ['Lu', '陆'], ['Ding', '丁'], ['Ren', '任'], ['Shen', '沈'], ['Yao', '姚'], ['Fang', '方'], ['Yan', '严'],
];

/** Syllables of Chinese given names: pinyin and character; a given name is one or two of them. */
export const CHINESE_GIVEN_SYLLABLES: readonly [string, string][] = [
  ['wei', '伟'], ['tao', '涛'], ['min', '敏'], ['jing', '静'], ['lei', '磊'], ['yang', '洋'], ['hao', '浩'],
  ['jun', '军'], ['yong', '勇'], ['jie', '杰'], ['tian', '天'], ['song', '松'], ['zi', '子'], ['bo', '波'],
  ['de', '德'], ['xin', '欣'], ['yu', '宇'], ['chen', '晨'], ['hui', '慧'], ['ming', '明'], ['fei', '飞'],
  ['xiang', '翔'], ['kai', '凯'], ['peng', '鹏'], ['lin', '林'], ['qing', '青'], ['hong', '宏'], ['jia', '佳'],
  ['yi', '毅'], ['rui', '睿'], ['ning', '宁'], ['zhi', '志'], ['an', '安'], ['xu', '旭'], ['fan', '帆'],
  ['meng', '梦'], ['yue', '悦'], ['qiang', '强'], ['chao', '超'], ['lu', '露'], ['wen', '文'], ['bin', '斌'],
];

export const ROLES: readonly string[] = [
  'Software Engineer', 'Senior Software Engineer', 'Staff Engineer', 'Principal Engineer', 'Architect',
  'Senior Architect', 'Developer Advocate', 'Engineering Manager', 'Site Reliability Engineer', 'Product Manager',
  'CTO', 'Tech Lead', 'Distinguished Engineer', 'Solutions Architect', 'Open Source Program Manager',
];

export const ROLES_ZH: readonly string[] = [
  '研发工程师', '高级技术专家', '技术专家', '架构师', '资深工程师', '开源布道师', '技术总监', '产品经理', 'SRE 工程师',
  '云原生负责人', '高级研发工程师', '平台负责人',
];
