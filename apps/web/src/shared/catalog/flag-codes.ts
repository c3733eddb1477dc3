// Flag code labels and severities come from the catalog (the contract has no query for them);
// the catalog is pure TypeScript, so this pulls no Node code into the bundle.
import { FLAG_CODES } from '@gongkai/report-format';

export const FLAG_CODE_ORDER: readonly string[] = FLAG_CODES.map((f) => f.code);
const byCode = new Map(FLAG_CODES.map((f) => [f.code, f]));

export function flagCodeLabel(code: string, lang: 'zh' | 'en'): string {
  const f = byCode.get(code);
  return f ? f[lang] : code;
}
