import { toHalfWidth } from '@gongkai/report-format';
import { LIMITS } from '../limits';
import type { RawDocument } from '../types';
import { chineseNumber } from '../util/dates';
import { memoByText } from '../util/memo';

const AGENCY_END = /(?:局|委员会|委|政府|办公室|办公厅|厅|院|部|中心|处|馆|所|队|站|会|社|办|署|司|公司|集团|街道|街道办事处|镇|乡|区|县|市|管委会|监狱|检察院|法院)$/;
const YEAR = /((?:19|20)\d{2})\s*年/;
const CN_YEAR = /([〇零一二三四五六七八九OＯ]{4})\s*年/;

export type TitleInfo = { title: string; agency: string | null; year: number | null; isReportTitle: boolean };

const isTitleLike = (s: string): boolean => /年度报告|年报|工作报告/.test(s) && /信息公开/.test(s);

// Title candidates repeat from report to report (headings, boilerplate lines).
const score = memoByText(5000, computeScore);

function computeScore(s: string): number {
  let n = 0;
  if (/年度报告|年报/.test(s)) n += 3;
  if (/信息公开/.test(s)) n += 2;
  if (YEAR.test(s) || CN_YEAR.test(s)) n += 2;
  if (s.length > 70) n -= 3;
  if (/[。；;]/.test(s)) n -= 3;
  if (/^(?:根据|按照|依据|本报告)/.test(s)) n -= 4;
  return n;
}

/** The report year written in a title: "2022年", "二〇二二年". */
export function yearOf(s: string): number | null {
  const t = toHalfWidth(s);
  const m = YEAR.exec(t);
  if (m) return Number(m[1]);
  const c = CN_YEAR.exec(t);
  const y = c ? chineseNumber(c[1].replace(/[OＯ]/g, '〇')) : null;
  return y !== null && y >= 1990 && y <= 2100 ? y : null;
}

/** "淮北市公安局2022年政府信息公开工作年度报告" → 淮北市公安局; "2022年淮北市公安局政府信息…" too. */
export function agencyOf(title: string): string | null {
  const t = toHalfWidth(title).replace(/[《》<>〈〉"“”'‘’\s]/g, '');
  const y = YEAR.exec(t) ?? CN_YEAR.exec(t);
  let a = '';
  if (y && y.index > 0) a = t.slice(0, y.index);
  else if (y) {
    const rest = t.slice(y.index + y[0].length).replace(/^度/, '');
    const k = rest.search(/政府信息公开|信息公开|政务公开/);
    a = k > 0 ? rest.slice(0, k) : '';
  } else {
    const k = t.search(/政府信息公开|信息公开/);
    a = k > 0 ? t.slice(0, k) : '';
  }
  // "淮北市公安局政府信息公开工作年度报告（2022年）": the name ends where the subject begins
  a = a.split(/政府信息公开|信息公开|政务公开|年度报告/)[0];
  a = a.replace(/[（(【\[：:，,、\-—]+$/, '').replace(/(?:关于|的)$/, '').replace(/^(?:关于)/, '');
  return a.length >= 2 && a.length <= 40 ? a : null;
}

/**
 * The report title: the best-scoring short line near the top (joined with the line before it
 * when Word wrapped the title), else the page/document title with the site name cut off.
 */
export function findTitle(doc: RawDocument): TitleInfo {
  const texts: string[] = [];
  for (const b of doc.blocks) {
    if (b.kind !== 'text') continue;
    texts.push(b.text);
    if (texts.length >= 60) break;
  }
  let best = -1;
  let bestScore = 2;
  const page = doc.title ? doc.title.replace(/\s+/g, '') : '';
  texts.forEach((t, i) => {
    if (t.length > LIMITS.maxTitleChars) return;
    const s = score(t);
    // Equal scores: a line the page title repeats beats an earlier one (a list of other years' reports).
    const better = s > bestScore || (s === bestScore && best >= 0 && page !== '' && page.includes(t.replace(/\s+/g, '')) && !page.includes(texts[best].replace(/\s+/g, '')));
    if (better) {
      best = i;
      bestScore = s;
    }
  });
  let title = '';
  if (best >= 0) {
    title = texts[best];
    const next = texts[best + 1] ?? '';
    // Title wrapped by Word the other way round: "…政府信息公开" / "工作年度报告"
    if (!/报告|年报/.test(title) && next.length <= 30 && /报告|年报/.test(next) && !/[。，；：:]/.test(next)) title += next;
    const prev = best > 0 ? texts[best - 1] : '';
    // Title wrapped by Word: "淮北市公安局2022年政府信息公开" / "工作年度报告"
    if (prev && prev.length <= 40 && !/[。，；：:]/.test(prev)) {
      if (!/信息公开/.test(title) && /信息公开/.test(prev)) title = prev + title;
      else if (!agencyOf(title) && AGENCY_END.test(prev) && prev.length <= 30) title = prev + title;
      else if (!YEAR.test(toHalfWidth(title)) && YEAR.test(toHalfWidth(prev)) && prev.length <= 30) title = prev + title;
    }
  }
  const pageTitle = doc.title ? doc.title.split(/\s*[_|｜]\s*|\s+[-—–]\s+/)[0] : '';
  if (!title || (!isTitleLike(title) && isTitleLike(pageTitle))) title = pageTitle || title;
  title = title.replace(/\s+/g, ' ').trim();
  const year = yearOf(title) ?? yearFromText(texts);
  const agency = agencyOf(title) ?? (pageTitle ? agencyOf(pageTitle) : null) ?? agencyFromText(doc);
  return { title: title || (texts[0]?.slice(0, 100) ?? ''), agency, year, isReportTitle: isTitleLike(title) };
}

function yearFromText(texts: readonly string[]): number | null {
  for (const t of texts) {
    if (t.length > 2000) continue;
    const m = /((?:19|20)\d{2})\s*年度?(?:政府信息公开|信息公开)/.exec(toHalfWidth(t));
    if (m) return Number(m[1]);
  }
  return null;
}

/** "本报告由淮北市公安局编制", or the signature line above the closing date. */
function agencyFromText(doc: RawDocument): string | null {
  const texts = doc.blocks.filter((b) => b.kind === 'text').map((b) => (b.kind === 'text' ? b.text : ''));
  for (const t of texts.slice(0, 40)) {
    if (t.length > 2000) continue;
    const m = /由([^，。,；;\s]{2,30}?)(?:负责)?(?:编制|编写|起草)/.exec(t);
    if (m && AGENCY_END.test(m[1])) return m[1];
  }
  for (let i = texts.length - 1; i >= Math.max(1, texts.length - 8); i--) {
    if (/^\s*(?:(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})\s*年.{1,6}日\s*$/.test(texts[i])) {
      const sig = texts[i - 1].trim();
      if (sig.length >= 3 && sig.length <= 30 && AGENCY_END.test(sig)) return sig;
    }
  }
  return null;
}
