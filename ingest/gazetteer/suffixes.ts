// The parts of a company's name that say what kind of company it is rather than which one it is.
import { cleanSpaces, normalizeKey } from './normalize';

// Latin legal forms, matched as whole words at the end, with or without their dots: "Inc.", "Co., Ltd.", "GmbH".
const LEGAL_LATIN =
  /[\s,]+(?:inc|incorporated|ltd|limited|llc|l\.l\.c|llp|gmbh|ag|se|s\.?a|s\.?a\.?s|sarl|s\.r\.l|b\.?v|n\.?v|pty|plc|oy|ab|asa|a\/s|k\.?k|co|company|corp|corporation|pvt|private|holdings?)\.?$/i;
const LEGAL_CJK = /(?:股份有限公司|有限责任公司|集团有限公司|有限公司|株式会社|公司)$/;
// A region in brackets, as Chinese legal names carry it: "平凯星辰（北京）科技有限公司", "Foo (China)".
const REGION = /\s*[(（](?:中国|北京|上海|深圳|杭州|广州|成都|南京|苏州|武汉|西安|天津|重庆|厦门|China|Beijing|Shanghai|Shenzhen|Hangzhou)[)）]\s*/gi;

// Words that describe the business and may be dropped when that makes a known name ("UISEE Technology", "青云科技").
const DESCRIPTOR_LATIN = /\s+(?:technologies|technology|tech|software|systems|networks|labs|group|consulting|solutions)$/i;
const DESCRIPTOR_CJK = /(?:网络科技|信息技术|信息科技|科技|技术|网络|软件|信息|集团)$/;
const CITY_PREFIX = /^(?:北京|上海|深圳|杭州|广州|成都|南京|苏州|武汉|西安|天津|重庆|厦门)(?=\S{2,})/;

/** "Foo, Inc." → "Foo"; "北京青云科技股份有限公司" → "北京青云科技". Never empties a name. */
export function stripLegalSuffix(name: string): string {
  let current = cleanSpaces(name.normalize('NFKC').replace(REGION, ' '));
  for (;;) {
    const next = current.replace(LEGAL_LATIN, '').replace(LEGAL_CJK, '').replace(/[\s,.，]+$/, '');
    if (next === current || next === '') return current;
    current = next;
  }
}

/** Shorter and shorter forms of a name (already without its legal suffix) without its descriptors: "UISEE Technology" → ["UISEE"]. */
export function descriptorForms(stripped: string): string[] {
  const forms: string[] = [];
  let current = stripped;
  for (;;) {
    const next = current.replace(DESCRIPTOR_LATIN, '').replace(DESCRIPTOR_CJK, '').replace(CITY_PREFIX, '').trim();
    if (next === current || next === '') return forms;
    forms.push(next);
    current = next;
  }
}

/** Keys under which a known organization is also found: its name without legal suffix. */
export function legalKeys(name: string): string[] {
  const stripped = normalizeKey(stripLegalSuffix(name));
  return stripped.length >= 2 && stripped !== normalizeKey(name) ? [stripped] : [];
}

/**
 * A legal form or "科技" right after a known name in running text ("青云科技", "QingCloud Inc."); not "技术", which
 * starts role words ("蚂蚁集团技术专家").
 */
export const TRAILING_SUFFIX = /^(?:[\s,]*(?:inc|ltd|llc|gmbh|co|corp|corporation|technologies|technology)\.?(?![\p{L}\p{N}])|(?:（[^）]{1,6}）)?(?:股份有限公司|有限责任公司|有限公司|网络科技|科技|公司))+/iu;
