import { expect, test } from '@playwright/test';
import { chartSeries, fmt, gql, screenshot, settled, yearBounds } from './support/api';

type Overview = {
  current: { reports: number; agencies: number; openFlags: number; kpis: { metric: string; value: number | null }[]; byRegion: { value: number | null; region: { fullName: string; name: string } }[] };
};
type Trend = { points: { year: number; value: number | null }[] }[];

const OVERVIEW = `query($y: Int!, $f: MetricFilter) { current: overview(year: $y, filter: $f) { reports agencies openFlags kpis { metric value } byRegion(metric: "requests.received") { value region { name fullName } } } }`;

test('总览 shows the API\'s KPIs and series for the chosen year, and follows the year filter', async ({ page, request }) => {
  const { min, max } = await yearBounds(request);
  const api = await gql<Overview>(request, OVERVIEW, { y: max });
  await page.goto('/overview');
  await expect(page.getByTestId('view-overview')).toBeVisible();
  await settled(page);
  await expect(page.getByTestId('kpi-reports')).toContainText(fmt(api.current.reports));
  await expect(page.getByTestId('kpi-agencies')).toContainText(fmt(api.current.agencies));
  await expect(page.getByTestId('kpi-openFlags')).toContainText(fmt(api.current.openFlags));
  const received = api.current.kpis.find((k) => k.metric === 'requests.received');
  expect(received, 'the API has a requests.received KPI').toBeTruthy();
  await expect(page.getByTestId('kpi-requests.received')).toContainText(fmt(received!.value));
  const rate = api.current.kpis.find((k) => k.metric === 'requests.disclosureRate');
  if (rate) await expect(page.getByTestId('kpi-requests.disclosureRate')).toContainText(fmt(rate.value, 'ratio'));

  // The stacked outcome bars hold the API's yearly numbers.
  const granted = await gql<{ trend: Trend }>(request, `query($a: Int!, $b: Int!) { trend(metric: "outcomes.granted", fromYear: $a, toYear: $b, groupBy: YEAR) { points { year value } } }`, { a: min, b: max });
  const outcomes = await chartSeries(page, 'chart-outcomes-chart');
  expect(outcomes).toHaveLength(6);
  const years = granted.trend[0].points.map((p) => p.year).sort((a, b) => a - b);
  expect(outcomes[0].data).toEqual(years.map((y) => granted.trend[0].points.find((p) => p.year === y)!.value));
  // The region bar chart draws the regions the API returns, in its order.
  const region = await chartSeries(page, 'chart-region-chart');
  expect(region[0].data).toEqual(api.current.byRegion.map((r) => r.value));
  await screenshot(page, '01-overview');

  // Another year through the filter: the URL carries it and the numbers follow.
  const other = max - 1;
  const apiOther = await gql<Overview>(request, OVERVIEW, { y: other });
  await page.getByTestId('filter-year').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(String(other), { exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`year=${other}`));
  await expect(page.getByTestId('kpi-reports')).toContainText(fmt(apiOther.current.reports));
  const receivedOther = apiOther.current.kpis.find((k) => k.metric === 'requests.received');
  await expect(page.getByTestId('kpi-requests.received')).toContainText(fmt(receivedOther!.value));

  // Deep link straight to that state works too.
  await page.goto(`/overview?year=${other}`);
  await expect(page.getByTestId('kpi-reports')).toContainText(fmt(apiOther.current.reports));
});
