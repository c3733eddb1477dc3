import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { fmt, gql, screenshot, settled, signIn, USERS, yearBounds } from './support/api';

type Counts = { agencies: number; published: number; onTime: number; late: number; missing: number };
const COVERAGE = `query($y: Int!) { coverage(year: $y) { totals { agencies published onTime late missing } nodes { code name depth counts { agencies missing } } missing { agencyId name } } }`;

test('a supervisor sees the coverage tree with the API\'s counts per region and the agencies to chase', async ({ page, request }) => {
  const { token } = await signIn(page, request, USERS.supervisor);
  const { max } = await yearBounds(request);
  const { coverage } = await gql<{ coverage: { totals: Counts; nodes: { code: string; name: string; depth: number; counts: { agencies: number; missing: number } }[]; missing: { name: string }[] } }>(
    request, COVERAGE, { y: max }, token);
  await page.goto(`/coverage?year=${max}`);
  await settled(page);
  await expect(page.getByTestId('nav-coverage')).toBeVisible();
  await expect(page.getByTestId('nav-directory')).toHaveCount(0);
  const totals = page.getByTestId('coverage-totals');
  await expect(totals).toContainText(String(coverage.totals.agencies));
  await expect(totals).toContainText(String(coverage.totals.missing));
  for (const root of coverage.nodes.filter((n) => n.depth === 0).slice(0, 5)) {
    const row = page.getByTestId(`coverage-node-${root.code}`);
    await expect(row).toContainText(root.name);
    await expect(row.getByTestId('node-missing')).toHaveText(String(root.counts.missing));
  }
  await expect(page.getByTestId('coverage-missing').locator('.ant-list-item')).toHaveCount(Math.min(coverage.missing.length, 200));
  await screenshot(page, 'workbench-coverage');
});

test('a supervisor corrects a cell with a reason: the value, the marker and the history follow', async ({ page, request }) => {
  const { token } = await signIn(page, request, USERS.supervisor);
  const { max } = await yearBounds(request);
  const key = 't3.newRequests.total';
  const list = await gql<{ reports: { edges: { node: { id: string } }[] } }>(request, `query($y: Int!) { reports(filter: { fromYear: $y, toYear: $y, template: "2021" }, first: 1) { edges { node { id } } } }`, { y: max }, token);
  const id = list.reports.edges[0].node.id;
  await page.goto(`/reports/${id}`);
  await settled(page);
  const cell = page.getByTestId(`cell-${key}`);
  const before = await gql<{ report: { tables: { rows: { cells: { key: string; value: number | null }[] }[] }[] } }>(request,
    `query($id: ID!) { report(id: $id) { tables { rows { cells { key value } } } } }`, { id }, token);
  const old = before.report.tables.flatMap((t) => t.rows.flatMap((r) => r.cells)).find((c) => c.key === key)!.value ?? 0;
  const next = old + 12;
  await cell.dblclick();
  const modal = page.getByRole('dialog');
  await expect(modal).toBeVisible();
  await modal.locator('input[data-testid="correction-value"], [data-testid="correction-value"] input').fill(String(next));
  await modal.getByTestId('correction-reason').fill('电话核实：原文笔误');
  await page.locator('.ant-modal-footer .ant-btn-primary').click();
  await expect(page.locator('.ant-message')).toContainText('已更正');
  await expect(cell).toHaveAttribute('data-corrected', 'true');
  await expect(cell).toContainText(next.toLocaleString('zh-CN'));
  await expect(page.getByTestId('corrections-note')).toContainText('1 个单元格经人工更正');
  await screenshot(page, 'workbench-correction');
  const after = await gql<{ report: { corrections: { key: string; originalValue: number | null; value: number | null; reason: string; correctedBy: string }[] } }>(request,
    `query($id: ID!) { report(id: $id) { corrections { key originalValue value reason correctedBy } } }`, { id }, token);
  expect(after.report.corrections).toEqual([{ key, originalValue: old, value: next, reason: '电话核实：原文笔误', correctedBy: USERS.supervisor }]);
  await cell.click();
  await page.getByTestId('correct-cell').click();
  await expect(page.getByTestId('correction-history')).toContainText('电话核实：原文笔误');
});

test('a supervisor downloads the notice of a report whose DOCX carries the confirmed flag\'s numbers', async ({ page, request }) => {
  const { token } = await signIn(page, request, USERS.supervisor);
  const flags = await gql<{ flags: { nodes: { id: string; expected: unknown; actual: unknown; report: { id: string; year: number; agency: { id: string; name: string } } }[] } }>(request,
    `{ flags(filter: { severities: [ERROR], statuses: [OPEN] }, first: 200) { nodes { id expected actual report { id year agency { id name } } } } }`, {}, token);
  const flag = flags.flags.nodes.find((f) => typeof f.expected === 'number' && typeof f.actual === 'number')!;
  await gql(request, `mutation($id: ID!) { reviewFlag(id: $id, decision: CONFIRMED, note: "已核实") { status } }`, { id: flag.id }, token);
  await page.goto(`/reports/${flag.report.id}`);
  await settled(page);
  await expect(page.getByTestId('similarity-card')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-notice-docx').click()]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(await download.path())))['word/document.xml']);
  const text = xml.replace(/<[^>]+>/g, '');
  expect(text).toContain('整改通知');
  expect(text).toContain(flag.report.agency.name);
  expect(text).toContain(String(flag.expected));
  expect(text).toContain(String(flag.actual));
  // 文本相似: a section repeated elsewhere opens to both texts with the passages marked.
  const copied = page.getByTestId('similarity-panel').locator('.ant-collapse-item').filter({ has: page.getByTestId('similarity-peer-score') }).first();
  await copied.locator('.ant-collapse-header').click();
  await expect(copied.getByTestId('similarity-this').locator('mark').first()).toBeVisible();
  await expect(copied.getByTestId('similarity-other').locator('mark').first()).toBeVisible();
  await screenshot(page, 'workbench-report');

  await page.goto(`/risk?year=${flag.report.year}`);
  await settled(page);
  await expect(page.getByTestId('risk-ranking').locator('tbody tr.ant-table-row').first()).toBeVisible();
  // Every card shows its own numbers and ratings, as the API rates them.
  const risk = await gql<{ riskOverview: { cards: { agencyId: string; overall: string; items: { metric: string; value: number | null; rating: string }[] }[] } }>(request,
    `query($y: Int!) { riskOverview(year: $y) { cards { agencyId overall items { metric value rating } } } }`, { y: flag.report.year }, token);
  for (const c of risk.riskOverview.cards.slice(0, 6)) {
    const card = page.getByTestId(`risk-card-${c.agencyId}`);
    await expect(card.locator('[data-rating]')).toHaveCount(c.items.length + 1);
    expect(await card.locator('[data-rating]').evaluateAll((els) => els.map((e) => e.getAttribute('data-rating')))).toEqual([c.overall, ...c.items.map((i) => i.rating)]);
    const rate = c.items.find((i) => i.metric === 'requests.substantiveDisclosureRate')!.value;
    if (rate != null) await expect(card).toContainText(fmt(rate, 'ratio'));
  }
  await screenshot(page, 'workbench-risk');
});

test('an admin opens the agency directory from the menu', async ({ page, request }) => {
  await signIn(page, request, USERS.admin);
  await page.goto('/directory');
  await settled(page);
  await expect(page.getByTestId('directory-table').locator('tbody tr.ant-table-row').first()).toBeVisible();
  await expect(page.getByTestId('nav-directory')).toBeVisible();
  await screenshot(page, 'workbench-directory');
  await page.getByTestId('nav-notices').click();
  await expect(page.getByTestId('view-notices')).toBeVisible();
  await screenshot(page, 'workbench-notices');
});
