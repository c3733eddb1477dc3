import { TEMPLATES, isRequiredRow, templateForYear, type CellValues, type TableId, type TemplateId } from '@gongkai/report-format';
import { fail } from '../errors';
import type { ParsedCell, ParsedReport, RawDocument } from '../types';
import { CELL_KEYS, T2_TEMPLATE_OF_COLUMN, T2_TEMPLATE_OF_ROW } from './catalog-index';
import { findPublishedAt } from './published';
import { qualifiedAgency, resolveRegion } from './region/region';
import { findSections } from './sections';
import { textTables } from './text-tables';
import type { CellSink } from './tables/cell-sink';
import { TableMapper } from './tables/table-mapper';
import { findTitle } from './title';

const SPLIT_OTHER = ['otherProcessing.noCorrection', 'otherProcessing.unpaidFee', 'otherProcessing.other'];
const SPLIT_OTHER_IDS = SPLIT_OTHER.map((k) => `t3.${k}`);
const hasSplitOther = (rows: ReadonlySet<string>): boolean => SPLIT_OTHER_IDS.some((id) => rows.has(id));

type TablePlan = { id: TableId; prefix: string; rows: { key: string; id: string; required: boolean }[] };
// Each template's tables and row ids, built once (missing() runs for every report).
const PLANS = new Map<TemplateId, TablePlan[]>();
function planOf(template: TemplateId): TablePlan[] {
  let plan = PLANS.get(template);
  if (!plan) {
    plan = TEMPLATES[template].tables.map((t) => ({
      id: t.id,
      prefix: `${t.id}.`,
      rows: t.rows.map((r) => ({ key: r.key, id: `${t.id}.${r.key}`, required: isRequiredRow(r, template) })),
    }));
    PLANS.set(template, plan);
  }
  return plan;
}

/** The template the tables follow: table 2's columns, else table 3's split （六） rows, else the year. */
function detectTemplate(sink: CellSink, year: number | null): TemplateId | null {
  const votes: Record<TemplateId, number> = { '2019': 0, '2021': 0 };
  for (const k of sink.columns.get('t2') ?? []) {
    const t = T2_TEMPLATE_OF_COLUMN.get(k);
    if (t) votes[t] += 2;
  }
  for (const r of sink.rows) {
    const t = r.startsWith('t2.') ? T2_TEMPLATE_OF_ROW.get(r.slice(3)) : undefined;
    if (t) votes[t]++;
  }
  if (votes['2019'] !== votes['2021']) return votes['2019'] > votes['2021'] ? '2019' : '2021';
  if (hasSplitOther(sink.rows)) return '2021';
  if (year !== null) return templateForYear(year) ?? (sink.rows.size > 0 ? '2019' : null);
  return sink.rows.size > 0 ? (sink.rows.has('t3.otherProcessing') ? '2019' : '2021') : null;
}

function missing(sink: CellSink, template: TemplateId): { tables: TableId[]; rows: string[] } {
  const tables: TableId[] = [];
  const rows: string[] = [];
  for (const t of planOf(template)) {
    let present = false;
    for (const r of sink.rows) {
      if (r.startsWith(t.prefix)) {
        present = true;
        break;
      }
    }
    if (!present) {
      tables.push(t.id);
      continue;
    }
    for (const r of t.rows) {
      if (!r.required || sink.rows.has(r.id)) continue;
      // 2021 reports may keep the single （六）其他处理 row; 2019 reports may split it.
      if (t.id === 't3' && SPLIT_OTHER.includes(r.key) && sink.rows.has('t3.otherProcessing')) continue;
      if (t.id === 't3' && r.key === 'otherProcessing' && hasSplitOther(sink.rows)) continue;
      rows.push(r.id);
    }
  }
  return { tables, rows };
}

/**
 * Turns any reader's RawDocument into a ParsedReport: title, agency, region, year, dates,
 * sections, and the template tables as canonical cells. Throws NOT_A_REPORT / NO_TABLES as a
 * ParseFailure when the document is readable but holds no report.
 */
export function mapDocument(raw: RawDocument, where?: string): ParsedReport {
  const info = findTitle(raw);
  const { sections, preamble } = findSections(raw);
  const hint = info.year !== null ? templateForYear(info.year) ?? '2021' : '2021';
  let sink = new TableMapper(hint).run(raw);
  if (sink.cells.size === 0) {
    // no usable tables: try tables written as spaced text
    const spaced = textTables(raw);
    if (spaced) {
      const second = new TableMapper(hint).run(spaced);
      if (second.cells.size > 0) {
        sink = second;
        sink.note('统计表以空格分隔的文字形式给出，按文字表格读取');
      }
    }
  }
  const looksLikeReport = info.isReportTitle || sections.length >= 3;

  if (sink.cells.size === 0) {
    if (!looksLikeReport) {
      fail('NOT_A_REPORT', '文档不是政府信息公开工作年度报告：没有报告标题、章节或统计表', where);
    }
    if (info.year === null || info.year >= 2019) {
      fail('NO_TABLES', `“${info.title.slice(0, 60)}”中没有找到任何统计表（表二 主动公开、表三 依申请公开、表四 复议诉讼）`, where);
    }
  } else if (!looksLikeReport && sink.rows.size < 3) {
    fail('NOT_A_REPORT', '文档不是政府信息公开工作年度报告：只有零星的表格行与报告表格相似', where);
  }

  const template = sink.cells.size > 0 ? detectTemplate(sink, info.year) : null;
  const cells: CellValues = {};
  const cellDetails: Record<string, ParsedCell> = {};
  for (const key of CELL_KEYS) {
    const c = sink.cells.get(key);
    if (!c) continue;
    cells[key] = c.value;
    cellDetails[key] = c;
  }
  const notes = [...sink.notes];
  const gaps = template ? missing(sink, template) : { tables: [] as TableId[], rows: [] as string[] };
  if (!template) notes.push('报告没有统计表（2019 年以前的自由格式报告）');

  const context = [info.title];
  for (let i = 0; i < raw.blocks.length && i < 30; i++) {
    const b = raw.blocks[i];
    if (b.kind === 'text' && b.text.length < 2000) context.push(b.text);
  }
  const agency = info.agency ? qualifiedAgency(info.agency, context.slice(0, 12)) : null;
  return {
    layout: raw.layout,
    title: info.title,
    agency,
    region: resolveRegion(agency, context),
    year: info.year,
    template,
    cells,
    cellDetails,
    sections,
    preamble,
    missingTables: gaps.tables,
    missingRows: gaps.rows,
    unitsAsWritten: { ...sink.units },
    publishedAt: findPublishedAt(raw),
    notes,
  };
}
