import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { groupHeading, ORG_HEADER } from '../../../shared/catalog/table-layout';
import { formatValue } from '../../../shared/format/format';
import { useLang } from '../../../shared/i18n/use-lang';
import { layoutBlocks, type ApiCell, type ApiTable } from './report-table-model';

type Props = {
  table: ApiTable;
  template: string;
  activeCells: ReadonlySet<string>;
  selectedCell: string | null;
  onSelectCell: (key: string) => void;
  showPrevious: boolean;
  /** Double-click: correct the cell (supervisors; workbench). */
  onEditCell?: (key: string) => void;
};

/** One of the report's tables drawn like the original: labels from the API, flagged cells marked. */
export function ReportTableView({ table, template, activeCells, selectedCell, onSelectCell, showPrevious, onEditCell }: Props) {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const colLabel = (key: string) => pick(table.columns.find((c) => c.key === key)?.label) || key;
  const blocks = layoutBlocks(table);
  const cellClass = (c: ApiCell) => ['num', c.flagged && 'flagged', activeCells.has(c.key) && 'active-flag', selectedCell === c.key && 'selected', c.corrected && 'corrected'].filter(Boolean).join(' ');
  const twoLevel = table.id === 't3';
  // Table 2 changes columns between groups: the last column of a narrower block spans the rest,
  // so every block is as wide as the widest, as in the printed template.
  const widest = Math.max(...blocks.map((b) => b.columns.length));
  const spanOf = (block: { columns: string[] }, i: number) => (i === block.columns.length - 1 ? widest - block.columns.length + 1 : 1);

  return (
    <table className="report-table" data-testid={`report-table-${table.id}`}>
      {blocks.map((block, bi) => {
        const width = widest + 1;
        const orgCols = twoLevel ? block.columns.filter((c) => ORG_HEADER.columns.includes(c)) : [];
        return (
          <Fragment key={bi}>
            <thead>
              {orgCols.length > 0 ? (
                <>
                  <tr>
                    <th rowSpan={2}>{lang === 'zh' ? '信息内容' : 'Item'}</th>
                    {block.columns.filter((c) => !ORG_HEADER.columns.includes(c)).slice(0, 1).map((c) => <th key={c} rowSpan={2}>{colLabel(c)}</th>)}
                    <th colSpan={orgCols.length}>{ORG_HEADER[lang]}</th>
                    {block.columns.filter((c) => !ORG_HEADER.columns.includes(c)).slice(1).map((c) => <th key={c} rowSpan={2}>{colLabel(c)}</th>)}
                  </tr>
                  <tr>{orgCols.map((c) => <th key={c}>{colLabel(c)}</th>)}</tr>
                </>
              ) : (
                <tr><th>{lang === 'zh' ? '信息内容' : 'Item'}</th>{block.columns.map((c, i) => <th key={c} colSpan={spanOf(block, i)}>{colLabel(c)}</th>)}</tr>
              )}
            </thead>
            <tbody>
              {block.items.map((item) => {
                if (item.kind === 'group') {
                  const g = groupHeading(template, table.id, item.group);
                  return <tr key={`g-${item.group}`}><td colSpan={width} className="group-label">{g ? `${g.number ?? ''}${g[lang]}` : item.group}</td></tr>;
                }
                const { row } = item;
                return (
                  <tr key={row.key} data-testid={`row-${table.id}.${row.key}`}>
                    <td className="row-label" style={{ paddingLeft: row.group ? 20 : 6 }}>{row.number ?? ''}{pick(row.label)}</td>
                    {row.cells.map((c, i) => (
                      <td key={c.key} colSpan={spanOf(block, i)} className={cellClass(c)} onClick={() => onSelectCell(c.key)} onDoubleClick={onEditCell ? () => onEditCell(c.key) : undefined} data-testid={`cell-${c.key}`} data-corrected={c.corrected ? 'true' : undefined} data-flagged={c.flagged ? 'true' : 'false'}
                        title={c.key}>
                        {c.corrected ? <>{formatValue(c.value, 'count', lang)}<span className="corrected-mark" title={t('corrections.corrected')}> ✎</span></> : c.raw.trim() !== '' ? c.raw : c.value != null ? formatValue(c.value, 'count', lang) : <span style={{ color: '#bfbfbf' }}>{t('report.blank')}</span>}
                        {showPrevious && c.previousValue != null && <span className="prev">{t('report.previous')} {formatValue(c.previousValue, 'count', lang)}</span>}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </Fragment>
        );
      })}
    </table>
  );
}
