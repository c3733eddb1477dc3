export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export type FlagCodeDef = {
  code: string;
  severity: Severity;
  zh: string;
  en: string;
  /** Needs last year's report or the other agencies of the year. */
  scope: 'report' | 'crossYear' | 'peer';
};

/** Every flag code of spec/checks.md, with the severity it carries. */
export const FLAG_CODES: readonly FlagCodeDef[] = [
  { code: 'T3_ROW_TOTAL', severity: 'error', zh: '表三行合计不符', en: 'Table 3 row total mismatch', scope: 'report' },
  { code: 'T3_OUTCOME_SUM', severity: 'error', zh: '表三办理结果总计不符', en: 'Table 3 outcomes do not add up', scope: 'report' },
  { code: 'T3_BALANCE', severity: 'error', zh: '表三收办不平衡', en: 'Table 3 received vs handled imbalance', scope: 'report' },
  { code: 'T4_GROUP_TOTAL', severity: 'error', zh: '表四总计不符', en: 'Table 4 group total mismatch', scope: 'report' },
  { code: 'VALUE_INVALID', severity: 'error', zh: '数值无效', en: 'Invalid value', scope: 'report' },
  { code: 'CELL_BLANK', severity: 'warning', zh: '单元格空白', en: 'Blank cell', scope: 'report' },
  { code: 'TABLE_MISSING', severity: 'error', zh: '表格或行缺失', en: 'Table or row missing', scope: 'report' },
  { code: 'SECTION_MISSING', severity: 'warning', zh: '章节缺失', en: 'Section missing', scope: 'report' },
  { code: 'TEMPLATE_MISMATCH', severity: 'warning', zh: '格式版本与年度不符', en: 'Template does not match the year', scope: 'report' },
  { code: 'TEXT_TABLE_MISMATCH', severity: 'warning', zh: '正文与表格数字不符', en: 'Text disagrees with the table', scope: 'report' },
  { code: 'TEXT_ITEMIZATION', severity: 'warning', zh: '正文分项之和与总数不符', en: 'Itemised total does not add up', scope: 'report' },
  { code: 'LATE_PUBLICATION', severity: 'warning', zh: '逾期发布', en: 'Published late', scope: 'report' },
  { code: 'CARRY_OVER_MISMATCH', severity: 'warning', zh: '上年结转与上年结转下年不符', en: 'Carry-over does not match last year', scope: 'crossYear' },
  { code: 'T2_INFORCE_CHAIN', severity: 'info', zh: '现行有效件数与上年不衔接', en: 'In-force count does not chain from last year', scope: 'crossYear' },
  { code: 'YOY_OUTLIER', severity: 'info', zh: '同比异常', en: 'Year-over-year outlier', scope: 'crossYear' },
  { code: 'PEER_OUTLIER', severity: 'info', zh: '同类机关异常', en: 'Outlier among peers', scope: 'peer' },
  { code: 'DUPLICATE_REPORT', severity: 'warning', zh: '重复报告', en: 'Duplicate report', scope: 'crossYear' },
  // Narrative checks (issue 10): heuristics on prose, so `info` (README of report-checks: why).
  { code: 'PROBLEMS_BOILERPLATE', severity: 'info', zh: '存在问题及改进情况空泛', en: 'Problems and improvements section is empty or boilerplate', scope: 'report' },
  { code: 'FEE_NOT_REPORTED', severity: 'info', zh: '未报告信息处理费收取情况', en: 'Information-processing fees not reported', scope: 'report' },
  { code: 'STATEMENT_MISSING', severity: 'info', zh: '缺少必要说明', en: 'Required statement missing', scope: 'report' },
  { code: 'TEXT_COPIED', severity: 'info', zh: '正文与往年或其他机关报告雷同', en: 'Text copied from another report', scope: 'crossYear' },
];

const byCode = new Map(FLAG_CODES.map((f) => [f.code, f]));
export function flagCode(code: string): FlagCodeDef {
  const f = byCode.get(code);
  if (!f) throw new Error(`unknown flag code ${code}`);
  return f;
}
