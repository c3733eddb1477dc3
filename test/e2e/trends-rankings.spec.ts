import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { chartSeries, fmt, gql, screenshot, settled, signIn, USERS, yearBounds } from './support/api';

type Series = { key: string; label: string; points: { year: number; value: number | null }[] };

test('趋势 draws and tabulates the API\'s series, grouped as chosen', async ({ page, request }) => {
  const { min, max } = await yearBounds(request);
  const api = await gql<{ trend: Series[] }>(request,
    `query($a: Int!, $b: Int!) { trend(metric: "requests.received", fromYear: $a, toYear: $b, groupBy: AGENCY_TYPE, limit: 10) { key label points { year value } } }`, { a: min, b: max });
  expect(api.trend.length).toBeGreaterThan(0);
  await page.goto('/trends?metric=requests.received&group=AGENCY_TYPE');
  await expect(page.getByTestId('view-trends')).toBeVisible();
  await settled(page);
  const table = page.getByTestId('trend-table');
  for (const s of api.trend) {
    for (const p of s.points) await expect(table.getByTestId(`cell-${s.key}-${p.year}`)).toHaveText(fmt(p.value));
  }
  const drawn = await chartSeries(page, 'chart-trend-chart');
  expect(drawn.map((d) => d.name)).toEqual(api.trend.map((s) => s.label));
  await screenshot(page, '02-trends');

  // Bars instead of lines, kept in the URL.
  await page.getByTestId('filter-chart').getByText('柱状图').click();
  await expect(page).toHaveURL(/chart=bar/);
  const bars = await page.getByTestId('chart-trend-chart').evaluate((el) => (el as unknown as { __echart: { getOption: () => { series: { type: string }[] } } }).__echart.getOption().series.map((s) => s.type));
  expect(new Set(bars)).toEqual(new Set(['bar']));
});

test('排名 lists the API\'s ranking, and an analyst-or-above exports it as CSV with the same rows', async ({ page, request }) => {
  const { max } = await yearBounds(request);
  await signIn(page, request, USERS.supervisor);
  const api = await gql<{ ranking: { rank: number; value: number | null; agency: { name: string } }[] }>(request,
    `query($y: Int!) { ranking(metric: "requests.received", year: $y, order: DESC, limit: 20) { rank value agency { name } } }`, { y: max });
  expect(api.ranking.length).toBeGreaterThan(1);
  await page.goto(`/rankings?metric=requests.received&year=${max}`);
  await settled(page);
  const rows = page.getByTestId('ranking-table').locator('tbody tr.ant-table-row');
  await expect(rows).toHaveCount(api.ranking.length);
  for (const [i, r] of api.ranking.entries()) {
    await expect(rows.nth(i)).toContainText(r.agency.name);
    await expect(rows.nth(i).getByTestId('ranking-value')).toHaveText(fmt(r.value));
  }
  const drawn = await chartSeries(page, 'chart-ranking-chart');
  expect(drawn[0].data).toEqual(api.ranking.map((r) => r.value));
  await screenshot(page, '04-rankings');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').first().click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
  const lines = csv.trim().split(/\r\n/);
  expect(lines).toHaveLength(api.ranking.length + 1);
  lines.slice(1).forEach((line, i) => {
    const cells = line.split(',');
    expect(cells[0]).toBe(String(api.ranking[i].rank));
    expect(line).toContain(api.ranking[i].agency.name);
    expect(cells[cells.length - 1]).toBe(api.ranking[i].value == null ? '' : String(api.ranking[i].value));
  });

  // The same table as XLSX: an OOXML (zip) workbook.
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').first().click()]);
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  expect(readFileSync(await xlsx.path()).subarray(0, 2).toString('latin1')).toBe('PK');

  // Bottom of the list: the order flips in the URL and the API's ASC ranking shows.
  const asc = await gql<{ ranking: { agency: { name: string } }[] }>(request,
    `query($y: Int!) { ranking(metric: "requests.received", year: $y, order: ASC, limit: 20) { agency { name } } }`, { y: max });
  await page.getByTestId('filter-order').getByText('末位').click();
  await expect(page).toHaveURL(/order=ASC/);
  await expect(rows.first()).toContainText(asc.ranking[0].agency.name);
});
