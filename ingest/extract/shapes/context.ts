// What a document says about itself in its front matter: its year and the text that may name its event.
import type { ParsedDocument } from '../../read/document';
import { yearIn } from '../events';

const DATE_FIELDS = ['date', 'createTime', 'created', 'publishDate', 'published', 'pubDate', 'time', 'eventDate'];

/** The year a document is about: a date in its front matter (also nested, as meetup pages keep it), else its title. */
export function documentYear(doc: ParsedDocument): number | undefined {
  const data = doc.frontMatter;
  for (const field of DATE_FIELDS) {
    const year = yearIn(data[field]);
    if (year) return year;
  }
  for (const value of Object.values(data)) {
    if (value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)) {
      for (const field of DATE_FIELDS) {
        const year = yearIn((value as Record<string, unknown>)[field]);
        if (year) return year;
      }
    }
  }
  return yearIn(doc.title);
}

/** The day a document was written or its event held, from its front matter's date fields. */
export function documentDate(doc: ParsedDocument): Date | undefined {
  for (const field of DATE_FIELDS) {
    const value = doc.frontMatter[field];
    const date = value instanceof Date ? value : typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? new Date(value.slice(0, 10)) : undefined;
    if (date && !Number.isNaN(date.getTime())) return date;
  }
  return undefined;
}

/** Front matter text that can name the event: title, event fields, keywords, tags, description. */
export function frontMatterEventText(doc: ParsedDocument): string[] {
  const data = doc.frontMatter;
  const fields = ['event', 'conference', 'title', 'keywords', 'tags', 'categories', 'series', 'description', 'summary'];
  const out: string[] = [];
  for (const field of fields) {
    const value = data[field];
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) out.push(value.filter((v) => typeof v === 'string').join(', '));
    else if (value && typeof value === 'object' && 'name' in value && typeof (value as { name: unknown }).name === 'string') {
      out.push((value as { name: string }).name);
    }
  }
  return out;
}
