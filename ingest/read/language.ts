export type Language = 'en' | 'zh' | 'mixed';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/g;
const LATIN_WORD = /[A-Za-z]{2,}/g;

/** The language of a text from its share of Han characters against Latin words (a word counts as two characters). */
export function detectLanguage(text: string): Language {
  const han = text.match(HAN)?.length ?? 0;
  const latin = (text.match(LATIN_WORD)?.length ?? 0) * 2;
  if (han === 0) return 'en';
  const share = han / (han + latin);
  if (share > 0.6) return 'zh';
  return share < 0.1 ? 'en' : 'mixed';
}

export function hasHan(text: string): boolean {
  return /[\u3400-\u9fff\uf900-\ufaff]/.test(text);
}
