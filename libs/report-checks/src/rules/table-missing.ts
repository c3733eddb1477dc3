import { isRequiredRow, TEMPLATES } from '@gongkai/report-format';
import { makeFlag } from '../util/flag';
import { rowLabel, tableName, tableTitle } from '../util/labels';
import { requiredTableKeys, rowKeys } from '../util/rows';
import type { ReportRule } from './rule';

/**
 * A template table the report omits, or a required row of a present table. Judged from the
 * cells (a key absent = not in the report) and the parser's `missingTables`; a row that an
 * accepted alternative stands in for (2021 reports with the single （六）其他处理 row) is not missing.
 */
export const tableMissing: ReportRule = {
  code: 'TABLE_MISSING',
  evaluate(ctx) {
    const template = ctx.template;
    if (!template) return [];
    return TEMPLATES[template].tables.flatMap((table) => {
      const present = ctx.presentRows(table.id);
      if (present.length === 0 || ctx.input.missingTables.includes(table.id)) {
        const title = tableTitle(template, table.id);
        return [makeFlag('TABLE_MISSING', requiredTableKeys(template, table.id), null, null, {
          zh: `报告缺少${title.zh}`,
          en: `${title.en} is missing`,
        })];
      }
      const covered = new Set(present.flatMap((r) => (r.alternativeTo?.templates.includes(template) ? r.alternativeTo.rows : [])));
      return table.rows
        .filter((r) => isRequiredRow(r, template) && !present.includes(r) && !covered.has(r.key))
        .map((r) => {
          const t = tableName(table.id);
          const l = rowLabel(table.id, r, 'full');
          return makeFlag('TABLE_MISSING', rowKeys(table.id, r), null, null, {
            zh: `${t.zh} 缺少“${l.zh}”行`,
            en: `${t.en} lacks the row "${l.en}"`,
          });
        });
    });
  },
};
