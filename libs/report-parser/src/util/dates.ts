// Dates as printed in reports and page chrome, to ISO yyyy-mm-dd.

const CN_DIGIT: Record<string, number> = { 〇: 0, 零: 0, О: 0, Ｏ: 0, O: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "二〇二三" → 2023 (digit by digit); "二十" / "十二" / "三十一" → 20 / 12 / 31. */
export function chineseNumber(s: string): number | null {
  if (s.length === 0) return null;
  if (s.includes('十')) {
    const [a, b] = s.split('十');
    const tens = a === '' ? 1 : CN_DIGIT[a];
    const ones = b === '' ? 0 : CN_DIGIT[b];
    if (tens === undefined || ones === undefined || a.length > 1 || b.length > 1) return null;
    return tens * 10 + ones;
  }
  let n = 0;
  for (const ch of s) {
    const d = CN_DIGIT[ch];
    if (d === undefined) return null;
    n = n * 10 + d;
  }
  return n;
}

const CN_DATE = /([〇零一二三四五六七八九OＯО]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/;

/** "2023-01-20 09:30", "2023/1/20", "2023年1月20日" → "2023-01-20"; null when not a plausible date. */
export function isoDate(s: string): string | null {
  const m = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(s.length > 200 ? s.slice(0, 200) : s);
  if (!m) return chineseDate(s);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function chineseDate(s: string): string | null {
  const m = CN_DATE.exec(s.length > 200 ? s.slice(0, 200) : s);
  if (!m) return null;
  const y = chineseNumber(m[1]);
  const mo = chineseNumber(m[2]);
  const d = chineseNumber(m[3]);
  if (y === null || mo === null || d === null || y < 1900 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
