import { expect, test } from '@playwright/test';
import { gql, screenshot, settled } from './support/api';

type Flag = { id: string; code: string; cells: string[]; report: { id: string; layout: string; agency: { name: string } } };

test('报告 list is searchable, sortable and paginated, with flag counts', async ({ page, request }) => {
  const all = await gql<{ reports: { totalCount: number; edges: { node: { agency: { name: string } } }[] } }>(request,
    `{ reports(first: 1, sort: FLAGS, order: DESC) { totalCount edges { node { agency { name } } } } }`);
  await page.goto('/reports');
  await settled(page);
  const rows = page.getByTestId('reports-table').locator('tbody tr.ant-table-row');
  await expect(rows).toHaveCount(20);
  await expect(page.locator('.ant-pagination-total-text')).toHaveText(`共 ${all.reports.totalCount} 条`);
  await screenshot(page, '05-reports');

  // Sorted by flags, most first: the API's first report heads the list.
  await page.goto('/reports?sort=FLAGS&order=DESC');
  await expect(rows.first()).toContainText(all.reports.edges[0].node.agency.name);

  // Page 2 is a link of its own.
  await page.goto('/reports?page=2');
  await expect(page.locator('.ant-pagination-item-active')).toHaveText('2');

  // Search narrows the list to what the API finds.
  const name = all.reports.edges[0].node.agency.name;
  const found = await gql<{ reports: { totalCount: number } }>(request, `query($s: String!) { reports(filter: { search: $s }, first: 1) { totalCount } }`, { s: name });
  await page.goto('/reports');
  await page.getByTestId('reports-search').locator('input').fill(name);
  await page.getByTestId('reports-search').locator('input').press('Enter');
  await expect(page).toHaveURL(/q=/);
  await expect(page.locator('.ant-pagination-total-text')).toHaveText(`共 ${found.reports.totalCount} 条`);
  for (const r of await rows.all()) await expect(r).toContainText(name);
});

test('a report with an injected table-3 mistake shows the flagged cells, the flag beside them and the source line', async ({ page, request }) => {
  const d = await gql<{ flags: { nodes: Flag[] } }>(request,
    `{ flags(filter: { codes: [T3_ROW_TOTAL, T3_OUTCOME_SUM, T3_BALANCE] }, first: 100) { nodes { id code cells report { id layout agency { name } } } } }`);
  expect(d.flags.nodes.length, 'the demo data has table-3 mistakes').toBeGreaterThan(0);
  // A text report: its cells carry line positions to highlight in the source.
  const flag = d.flags.nodes.find((f) => f.report.layout === 'text') ?? d.flags.nodes[0];
  await page.goto(`/reports/${flag.report.id}`);
  await expect(page.getByTestId('view-report')).toBeVisible();
  await settled(page);
  await expect(page.getByTestId('report-table-t3')).toBeVisible();
  // Every cell of the flag is marked flagged.
  for (const key of flag.cells) await expect(page.getByTestId(`cell-${key}`)).toHaveAttribute('data-flagged', 'true');
  // Clicking the flag highlights exactly its cells and shows the first one in the source.
  await page.getByTestId('flag-list').getByTestId(`flag-${flag.code}`).first().click();
  await expect(page).toHaveURL(/flag=/);
  const active = page.locator('td.active-flag');
  // The URL changes first; the highlight follows on the next render.
  await expect(active.first()).toBeVisible();
  const shown = (await active.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')))).map((s) => s?.replace(/^cell-/, ''));
  const clickedFlagCells = await page.evaluate(() => new URL(location.href).searchParams.get('flag'));
  expect(clickedFlagCells).toBeTruthy();
  expect(shown.length).toBeGreaterThan(0);
  const flagged = await gql<{ report: { flags: { id: string; cells: string[] }[] } }>(request, `query($id: ID!) { report(id: $id) { flags { id cells } } }`, { id: flag.report.id });
  const clicked = flagged.report.flags.find((f) => f.id === clickedFlagCells)!;
  expect(new Set(shown)).toEqual(new Set(clicked.cells));
  await expect(page.getByTestId('source-position')).toContainText(/第 \d+/);
  await screenshot(page, '06-report-detail');

  // In a text report a cell's position is a line: clicking a flagged cell highlights that line.
  const text = await gql<{ flags: { nodes: Flag[] } }>(request,
    `{ flags(filter: { severities: [ERROR, WARNING] }, first: 500) { nodes { id code cells report { id layout agency { name } } } } }`);
  const inText = text.flags.nodes.find((f) => f.report.layout === 'text' && f.cells.some((c) => c.startsWith('t')));
  expect(inText, 'the demo data has a flagged text report').toBeTruthy();
  const cellKey = inText!.cells.find((c) => c.startsWith('t'))!;
  const detail = await gql<{ report: { tables: { rows: { cells: { key: string; pos: { line: number | null } | null }[] }[] }[] } }>(request,
    `query($id: ID!) { report(id: $id) { tables { rows { cells { key pos { line } } } } } }`, { id: inText!.report.id });
  const line = detail.report.tables.flatMap((t) => t.rows.flatMap((r) => r.cells)).find((c) => c.key === cellKey)?.pos?.line;
  await page.goto(`/reports/${inText!.report.id}`);
  await settled(page);
  await page.getByTestId(`cell-${cellKey}`).click();
  if (line != null) {
    await expect(page.locator(`.source-line[data-line="${line}"]`)).toHaveAttribute('data-highlighted', 'true');
    await expect(page.getByTestId('source-position')).toContainText(`第 ${line} 行`);
  }
  await screenshot(page, '06b-report-detail-text');
});
