import { expect, test } from '@playwright/test';
import { chartSeries, fmt, gql, screenshot, settled, yearBounds } from './support/api';

type Row = { metric: string; agency: { id: string; name: string }; points: { year: number; value: number | null }[] };

test('对比 puts the picked agencies side by side with the API\'s numbers; agencies are found by name', async ({ page, request }) => {
  const { min, max } = await yearBounds(request);
  const top = await gql<{ ranking: { agency: { id: string; name: string } }[] }>(request,
    `query($y: Int!) { ranking(metric: "requests.received", year: $y, order: DESC, limit: 3) { agency { id name } } }`, { y: max });
  const picked = top.ranking.slice(0, 2).map((r) => r.agency);
  const api = await gql<{ compare: Row[] }>(request,
    `query($ids: [ID!]!, $a: Int!, $b: Int!) { compare(agencyIds: $ids, metrics: ["requests.received"], fromYear: $a, toYear: $b) { metric agency { id name } points { year value } } }`,
    { ids: picked.map((a) => a.id), a: min, b: max });
  await page.goto(`/compare?ids=${picked.map((a) => a.id).join(',')}&metrics=requests.received`);
  await expect(page.getByTestId('view-compare')).toBeVisible();
  await settled(page);
  const table = page.getByTestId('compare-table-requests.received');
  for (const row of api.compare.filter((r) => r.metric === 'requests.received')) {
    for (const p of row.points) await expect(table.getByTestId(`cell-${row.agency.id}-${p.year}`)).toHaveText(fmt(p.value));
  }
  const drawn = await chartSeries(page, 'chart-compare-requests.received-chart');
  expect(drawn.map((s) => s.name)).toEqual(picked.map((a) => a.name));
  await expect(page.getByTestId('compare-flags').locator('tbody tr.ant-table-row')).toHaveCount(2);
  await expect(page.getByTestId('chart-mix')).toBeVisible();

  // A third agency, found by typing part of its name into the picker.
  const third = top.ranking[2].agency;
  await page.getByTestId('agency-picker').click();
  await page.keyboard.type(third.name.slice(0, 4));
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: third.name }).first().click();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(new RegExp(`ids=[^&]*${third.id}`));
  await expect(page.getByTestId('compare-flags').locator('tbody tr.ant-table-row')).toHaveCount(3);
  await settled(page);
  await screenshot(page, '03-compare');
});
