import { cellKey, TEMPLATES, type TemplateId } from '@gongkai/report-format';
import type { ResultLine } from './analyse';

const SEVERITY_MARK: Record<string, string> = { error: '✗ 错误', warning: '! 警告', info: 'i 提示' };

const fmt = (v: number | null | undefined): string => (v === undefined ? '—' : v === null ? '(空)' : String(v));

/** Readable output of one file: header, the three tables laid out like the template, the flags. */
export function formatText(line: ResultLine): string {
  const out: string[] = [];
  out.push(`== ${line.file}`);
  if (line.error) {
    out.push(`  无法读取 cannot read [${line.error.code}]: ${line.error.message}`);
    return out.join('\n');
  }
  out.push(`  机关 agency: ${line.agency ?? '?'}   地区 region: ${line.region.join(' ') || '?'}   年度 year: ${line.year ?? '?'}   格式 template: ${line.template ?? '?'}`);
  const template = (line.template ?? '2021') as TemplateId;
  for (const table of TEMPLATES[template].tables) {
    out.push('', `  表${table.id.slice(1)} ${table.zh}`);
    for (const row of table.rows) {
      const values = row.columns.map((c) => `${c.zh.replace(/（.*）$/, '')} ${fmt(line.cells[cellKey(table.id, row.key, c.key)])}`);
      if (row.columns.every((c) => !(cellKey(table.id, row.key, c.key) in line.cells))) continue;
      out.push(`    ${row.number ?? ''}${row.zh.replace(/（.*）$/, '')}: ${values.join(' | ')}`);
    }
  }
  out.push('', line.flags.length ? `  问题 flags (${line.flags.length}):` : '  问题 flags: 无 none');
  for (const f of line.flags) out.push(`    ${SEVERITY_MARK[f.severity] ?? f.severity} ${f.code}: ${f.message.zh}`, `        ${f.message.en}`);
  return out.join('\n');
}
