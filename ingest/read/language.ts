export type Language = 'en' | 'zh' | 'mixed';

/** The language of a text from its share of Han characters against Latin words (a word counts as two characters). */
export function detectLanguage(...texts: string[]): Language {
  let han = 0;
  let latinWords = 0;
  // Counted in one pass over the characters: matching every character and word made an array of strings per text.
  for (const text of texts) {
    let letters = 0;
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) {
        letters += 1;
        continue;
      }
      if (letters >= 2) latinWords += 1;
      letters = 0;
      if (isHanCode(code)) han += 1;
    }
    if (letters >= 2) latinWords += 1;
  }
  const latin = latinWords * 2;
  if (han === 0) return 'en';
  const share = han / (han + latin);
  if (share > 0.6) return 'zh';
  return share < 0.1 ? 'en' : 'mixed';
}

function isHanCode(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

export function hasHan(text: string): boolean {
  return /[\u3400-\u9fff\uf900-\ufaff]/.test(text);
}
