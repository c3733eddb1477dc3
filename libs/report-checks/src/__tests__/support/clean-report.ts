// A clean report of either template built from the catalog: every cell filled and consistent,
// six sections whose text states the same numbers as the tables. Tests break it one way at a time.
import { cellKey, SECTIONS, TABLE3_COLUMNS, templateCells, type CellValues, type TemplateId } from '@gongkai/report-format';
import type { CheckInput } from '../../types';

const APPLICANTS = TABLE3_COLUMNS.filter((c) => c.key !== 'total').map((c) => c.key);

export function cleanCells(template: TemplateId): CellValues {
  const cells: CellValues = {};
  const defs = templateCells(template);
  // Table 2: small counts, a negative 本年增/减 where the template has one, money with decimals.
  defs.filter((c) => c.table === 't2').forEach((c, i) => {
    cells[c.key] = c.column.mayBeNegative ? -2 : c.column.fractional ? 12.34 : (i % 5) + 1;
  });
  // Table 3: outcome rows first, then the totals that make every rule hold.
  const outcomeRows = [...new Set(defs.filter((c) => c.table === 't3' && c.row.group && c.row.key !== 'total').map((c) => c.row.key))];
  outcomeRows.forEach((row, r) => APPLICANTS.forEach((col, c) => (cells[cellKey('t3', row, col)] = (r + c) % 3)));
  for (const col of APPLICANTS) {
    cells[cellKey('t3', 'total', col)] = outcomeRows.reduce((a, row) => a + (cells[cellKey('t3', row, col)] as number), 0);
    cells[cellKey('t3', 'carriedOver', col)] = col === 'naturalPerson' || col === 'commercial' ? 1 : 0;
    cells[cellKey('t3', 'carriedForward', col)] = col === 'naturalPerson' ? 2 : 0;
    cells[cellKey('t3', 'newRequests', col)] =
      (cells[cellKey('t3', 'total', col)] as number) + (cells[cellKey('t3', 'carriedForward', col)] as number) - (cells[cellKey('t3', 'carriedOver', col)] as number);
  }
  for (const row of ['newRequests', 'carriedOver', ...outcomeRows, 'total', 'carriedForward']) {
    cells[cellKey('t3', row, 'total')] = APPLICANTS.reduce((a, col) => a + (cells[cellKey('t3', row, col)] as number), 0);
  }
  // Table 4: review 1+1+0+1 = 3, direct litigation 0+1+0+0 = 1, after review all 0.
  const t4: Record<string, number[]> = { review: [1, 1, 0, 1], litigationDirect: [0, 1, 0, 0], litigationAfterReview: [0, 0, 0, 0] };
  for (const [row, parts] of Object.entries(t4)) {
    ['upheld', 'corrected', 'other', 'pending'].forEach((col, i) => (cells[cellKey('t4', row, col)] = parts[i]));
    cells[cellKey('t4', row, 'total')] = parts.reduce((a, b) => a + b, 0);
  }
  return cells;
}

const v = (cells: CellValues, key: string) => cells[key] as number;
const groupTotal = (cells: CellValues, prefix: string) =>
  Object.keys(cells).filter((k) => k.startsWith(`t3.${prefix}.`) && k.endsWith('.total')).reduce((a, k) => a + v(cells, k), 0);

/** Section texts that state the same numbers as the cells. */
export function cleanSections(template: TemplateId, cells: CellValues): CheckInput['sections'] {
  const t3 = (row: string) => v(cells, `t3.${row}.total`);
  const other = template === '2021' ? groupTotal(cells, 'otherProcessing') : t3('otherProcessing');
  const text: Record<string, string> = {
    s1:
      '本年度，本机关新增主动公开政府信息120条。其中包括：政策文件40条，工作动态50条、通知公告30条。' +
      `本年共收到政府信息公开申请${t3('newRequests')}件，上年结转${t3('carriedOver')}件，办结${t3('total')}件，其中予以公开${t3('granted')}件，` +
      `部分公开${t3('partiallyGranted')}件，不予公开${groupTotal(cells, 'denied')}件，无法提供${groupTotal(cells, 'unavailable')}件，` +
      `不予处理${groupTotal(cells, 'notProcessed')}件，其他处理${other}件，结转下年度继续办理${t3('carriedForward')}件。`,
    s2:
      template === '2021'
        ? `本年制发行政规范性文件${v(cells, 't2.normativeDocs.issued')}件，废止行政规范性文件${v(cells, 't2.normativeDocs.repealed')}件，` +
          `现行有效行政规范性文件${v(cells, 't2.normativeDocs.inForce')}件。行政事业性收费金额${v(cells, 't2.fees.amount')}万元。`
        : `本年制发规范性文件${v(cells, 't2.normativeDocs.made')}件。`,
    s3: `本年新收政府信息公开申请${t3('newRequests')}件，均在法定期限内答复。`,
    s4: `本年度因政府信息公开被申请行政复议${v(cells, 't4.review.total')}件，提起行政诉讼${v(cells, 't4.litigationDirect.total') + v(cells, 't4.litigationAfterReview.total')}件。`,
    // Concrete, so PROBLEMS_BOILERPLATE stays quiet: a named problem and a named step.
    s5: '依申请公开答复书格式不统一，个别答复未告知申请人救济途径；政策解读栏目更新滞后。改进措施：一是制定答复书范本并逐件审核，二是每月检查政策解读栏目并通报更新情况。',
    s6: '本年度未收取信息处理费。',
  };
  return SECTIONS.map((s) => ({ id: s.id, heading: `${s.number}、${s.zh}`, text: text[s.id] }));
}

/** A whole clean report of the template, for a report year the template applies to. */
export function cleanReport(template: TemplateId): CheckInput {
  const cells = cleanCells(template);
  return {
    year: template === '2021' ? 2022 : 2020,
    template,
    cells,
    cellDetails: Object.fromEntries(Object.entries(cells).map(([k, x]) => [k, { raw: String(x) }])),
    sections: cleanSections(template, cells),
    missingTables: [],
    missingRows: [],
    publishedAt: template === '2021' ? '2023-01-20' : '2021-01-29',
  };
}

/** A copy of a report with some cells changed (undefined = the key removed). */
export function withCells(report: CheckInput, changes: Record<string, number | null | undefined>): CheckInput {
  const cells = { ...report.cells };
  for (const [k, x] of Object.entries(changes)) {
    if (x === undefined) delete cells[k];
    else cells[k] = x;
  }
  return { ...report, cells };
}

/** A copy with one section's text replaced. */
export function withText(report: CheckInput, id: string, text: string): CheckInput {
  return { ...report, sections: report.sections.map((s) => (s.id === id ? { ...s, text } : s)) };
}
