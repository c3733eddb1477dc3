import { Typography } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { lineRange, type ApiCell } from './report-table-model';

/** The document's text, line-numbered, with the selected cell's lines highlighted (plain text: React escapes it). */
export function SourceTextPanel({ text, pos, cellSelected }: { text: string; pos: ApiCell['pos']; cellSelected: boolean }) {
  const { t } = useTranslation();
  const lines = useMemo(() => text.split(/\r?\n/), [text]);
  const range = lineRange(pos);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!range || !box.current) return;
    const el = box.current.querySelector<HTMLElement>(`[data-line="${range.from}"]`);
    if (el) box.current.scrollTop = el.offsetTop - box.current.clientHeight / 3;
  }, [range?.from, range]);
  const where = range
    ? range.to > range.from ? t('report.lines', { line: range.from, endLine: range.to }) : t('report.line', { line: range.from })
    : pos?.page != null ? t('report.page', { page: pos.page })
    // HTML and DOCX tables: 0-based table, row and column of the document's own table.
    : pos?.table != null && pos.row != null && pos.col != null ? t('report.tablePos', { table: pos.table + 1, row: pos.row + 1, col: pos.col + 1 })
    : null;
  return (
    <>
      <Typography.Text type="secondary" data-testid="source-position">{where ? `${t('report.cellPos')}：${where}` : cellSelected ? t('report.noPos') : t('report.clickCell')}</Typography.Text>
      <div className="source-text" ref={box} data-testid="source-text" style={{ marginTop: 8 }}>
        {lines.map((line, i) => {
          const n = i + 1;
          const hl = range != null && n >= range.from && n <= range.to;
          return (
            <div key={n} className={hl ? 'source-line hl' : 'source-line'} data-line={n} data-highlighted={hl ? 'true' : undefined}>
              <span className="ln">{n}</span><span>{line || ' '}</span>
            </div>
          );
        })}
      </div>
    </>
  );
}
