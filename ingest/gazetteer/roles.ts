// The words of job titles ("Senior Architect", "Community Lead"): they make a phrase a title rather than a name, an
// organization or a project. Shared by the gazetteer's context rules and the extractors' credit readers.

const ROLE_WORDS = `
engineer engineering developer maintainer contributor founder co-founder cofounder creator architect manager director
head lead leader cto ceo cio vp president principal senior staff chief advocate evangelist consultant specialist
researcher scientist intern student professor member chair owner officer product program programme community devrel
sre devops expert committer reviewer emeritus ambassador
`;

/** Words that make a phrase a job title, not a name or an organization (lower case). */
export const roleWords: ReadonlySet<string> = new Set(ROLE_WORDS.split(/\s+/).filter(Boolean));
