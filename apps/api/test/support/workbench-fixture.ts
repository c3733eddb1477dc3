import { planCorpus, renderReport, type PlannedDocument } from '@gongkai/report-corpus';
import { Client } from 'pg';
import { inject } from 'vitest';

export const YEARS = [2033, 2034] as const;
/** 2033 publication dates (deadline 2034-01-31): A0 on time, A1 33 days late, A2 on the deadline; A3 publishes nothing for 2033. */
export const PUBLISHED_2033 = ['2034-01-20', '2034-03-05', '2034-01-31', null] as const;

const CN = '零一二三四五六七八九';
const cn = (n: number) => String(n).split('').map((d) => CN[Number(d)]).join('');
const TOPICS = ['行政审批事项清单', '财政预决算信息', '重大建设项目批准', '公共资源配置', '社会公益事业建设', '安全生产监管执法', '生态环境保护督察', '义务教育招生政策'];
const ACTIONS = ['逐项核对并补充完善', '组织专人开展回头看', '会同业务科室复核', '对照清单逐条整改', '建立台账跟踪督办'];
/** Distinct prose (no stock phrases) of about `sentences` × 30 characters. */
export function passage(tag: string, sentences: number): string {
  return Array.from({ length: sentences }, (_, i) =>
    `${tag}第${cn(i + 1)}项工作中本机关围绕${TOPICS[i % TOPICS.length]}${ACTIONS[(i * 3 + tag.length) % ACTIONS.length]}并形成${cn(i + 7)}份专题记录。`).join('');
}

/** Passage shared by A0 and A2 in 2033 (copied between agencies). */
export const SHARED_PASSAGE = passage('跨部门复用段落', 5);
/** Long passage A1 repeats from 2033 to 2034 (TEXT_COPIED against its own previous report). */
export const REPEATED_PASSAGE = passage('年年照抄段落', 45);

export type FixtureDoc = { agency: number; year: number; fileName: string; bytes: Uint8Array; plan: PlannedDocument };

/** Inserts a paragraph right after the heading of section 一 of a text export. */
function insertIntoFirstSection(text: string, extra: string): string {
  const m = /^[ \t\u3000]*一[ \t\u3000]*[、.．][^\n]*\n/m.exec(text);
  if (!m) throw new Error('no section 一 heading in the generated text');
  const at = m.index + m[0].length;
  return `${text.slice(0, at)}${extra}\n${text.slice(at)}`;
}

/** Four agencies × 2033–2034 as UTF-8 text exports, with the dates and passages above; A3's 2033 left out. */
export function workbenchDocs(): FixtureDoc[] {
  const plans = [...planCorpus({ agencies: 4, fromYear: YEARS[0], toYear: YEARS[1], seed: 'workbench-api-test', mistakeRate: 0, layouts: ['text'] })]
    .filter((p) => !p.truth.duplicateOf);
  const agencies = [...new Set(plans.map((p) => p.truth.agencyId))];
  const out: FixtureDoc[] = [];
  for (const p of plans) {
    const agency = agencies.indexOf(p.truth.agencyId);
    const year = p.truth.year;
    if (year === 2033 && agency === 3) continue;
    const model = { ...p.model, publishedAt: year === 2033 ? PUBLISHED_2033[agency]! : p.model.publishedAt };
    const style = { ...p.style, encoding: 'utf-8' as const, noise: false, crlf: false };
    let text = new TextDecoder().decode(renderReport(model, 'text', style));
    if (year === 2033 && (agency === 0 || agency === 2)) text = insertIntoFirstSection(text, SHARED_PASSAGE);
    if (agency === 1) text = insertIntoFirstSection(text, REPEATED_PASSAGE);
    out.push({ agency, year, fileName: `workbench-a${agency}-${year}.txt`, bytes: new TextEncoder().encode(text), plan: { ...p, model } });
  }
  return out;
}

/** One query against the test database (for expected counts the API must match). */
export async function sql<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}
