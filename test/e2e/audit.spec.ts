import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Locator } from '@playwright/test';
import { gql, login, screenshot, settled, signIn, USERS } from './support/api';

const ANALYST = 'analyst@demo.local';
type Entry = { id: string; at: string; actor: string; action: string; detail: Record<string, unknown> | null };
const LOG = `query($action: String, $actor: String) { auditLog(first: 5, action: $action, actor: $actor) { id at actor action detail } }`;

/** The time a row shows (`YYYY-MM-DD HH:mm:ss`, the browser's zone = this machine's) is within a few minutes of now. */
async function expectRecent(row: Locator): Promise<void> {
  const text = (await row.getByTestId('audit-time').textContent())!.trim();
  expect(text).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  const shown = new Date(text.replace(' ', 'T')).getTime();
  expect(Math.abs(Date.now() - shown)).toBeLessThan(5 * 60_000);
}

test('an admin\'s upload and a supervisor\'s review show up in the audit log, with who and when', async ({ page, request }) => {
  const { token: admin } = await signIn(page, request, USERS.admin);
  // A report the demo data does not have (and the import spec does not upload): new bytes, so it is stored.
  const original = readFileSync(resolve(__dirname, '..', '..', '..', 'shared', 'reports', 'huaibei-gongan-2022.txt'), 'utf8');
  await page.goto('/import');
  await page.locator('input[type=file]').setInputFiles({ name: 'audit-e2e.txt', mimeType: 'text/plain', buffer: Buffer.from(original.replaceAll('淮北市公安局', '淮北市审计上传局'), 'utf8') });
  const result = page.getByTestId('upload-result').first();
  await expect(result).toHaveAttribute('data-state', /done|failed/, { timeout: 30_000 });
  await expect(result).toContainText('完成');

  // A supervisor confirms an open flag; the note carries markup that must stay text.
  const { token: supervisor } = await login(request, USERS.supervisor);
  const open = await gql<{ flags: { nodes: { id: string }[] } }>(request, `{ flags(filter: { statuses: [OPEN] }, first: 1) { nodes { id } } }`, {}, supervisor);
  const flagId = open.flags.nodes[0].id;
  const note = '<b>审计</b> 电话核实';
  await gql(request, `mutation($id: ID!, $note: String) { reviewFlag(id: $id, decision: CONFIRMED, note: $note) { status } }`, { id: flagId, note }, supervisor);

  // From the menu, then narrowed to uploads with the action filter.
  await page.goto('/overview');
  await page.getByTestId('nav-audit').click();
  await expect(page.getByTestId('view-audit')).toBeVisible();
  await settled(page);
  await page.getByTestId('audit-filter-action').click();
  await page.locator('.ant-select-item-option[title="上传（upload）"]').click();
  await expect(page).toHaveURL(/[?&]action=upload(&|$)/);
  await expect(page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')).toHaveCount(0);
  const rows = page.getByTestId('audit-table').locator('tbody tr.ant-table-row');
  await expect(rows.first()).toHaveAttribute('data-action', 'upload');
  expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-action')))).not.toContain('login');

  // The newest upload is the admin's, just now, and is the entry the API returns.
  const api = await gql<{ auditLog: Entry[] }>(request, LOG, { action: 'upload' }, admin);
  const upload = api.auditLog[0];
  expect(upload).toMatchObject({ actor: USERS.admin, action: 'upload', detail: { files: 1, added: 1, duplicates: 0 } });
  const uploadRow = rows.first();
  await expect(uploadRow).toHaveAttribute('data-id', upload.id);
  await expect(uploadRow.getByTestId('audit-actor')).toHaveText(USERS.admin);
  await expect(uploadRow.getByTestId('audit-action')).toHaveText('上传');
  await expect(uploadRow.getByTestId('audit-detail')).toContainText('"added":1');
  await expectRecent(uploadRow);
  await screenshot(page, 'audit-uploads');

  // The review, found by action and actor text from the URL; the note's markup is shown as characters.
  await page.goto('/audit?action=review&actor=supervisor');
  await settled(page);
  const reviewRow = rows.first();
  await expect(reviewRow).toHaveAttribute('data-action', 'review');
  await expect(reviewRow.getByTestId('audit-actor')).toHaveText(USERS.supervisor);
  const detail = reviewRow.getByTestId('audit-detail');
  await expect(detail).toContainText(`"flagId":${flagId}`);
  await expect(detail).toContainText('"decision":"CONFIRMED"');
  await expect(detail).toContainText(note);
  await expect(detail.locator('b')).toHaveCount(0);
  await expectRecent(reviewRow);
  await expect(page.getByTestId('audit-filter-actor').locator('input')).toHaveValue('supervisor');
  await screenshot(page, 'audit-review');

  // Typing another actor narrows the list; the CSV holds what the table shows.
  await page.getByTestId('audit-filter-actor').locator('input').fill('admin@demo');
  await page.getByTestId('audit-filter-actor').locator('input').press('Enter');
  await expect(page).toHaveURL(/actor=admin%40demo/);
  await expect(page.getByTestId('query-empty')).toBeVisible(); // the admin reviewed nothing
  await page.goto('/audit?action=upload&actor=admin');
  await settled(page);
  await expect(rows.first()).toHaveAttribute('data-id', upload.id);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  expect(download.suggestedFilename()).toBe('audit-log-upload-admin.csv');
  const lines = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toBe('时间,操作人,操作,操作代码,详情');
  expect(lines[1]).toContain(`,${USERS.admin},上传,upload,`);
  expect(lines[1]).toContain('""added"":1');
  await screenshot(page, 'audit');
});

test('an analyst has no audit menu entry and is refused at its address', async ({ page, request }) => {
  await signIn(page, request, ANALYST);
  await page.goto('/overview');
  await expect(page.getByTestId('user-role')).toHaveText('分析员');
  await expect(page.getByTestId('nav-overview')).toBeVisible();
  await expect(page.getByTestId('nav-audit')).toHaveCount(0);
  await page.goto('/audit');
  await expect(page.locator('.ant-result-403')).toBeVisible();
  await expect(page.getByText('当前角色无权访问此页面')).toBeVisible();
  await expect(page.getByTestId('view-audit')).toHaveCount(0);
  // The API refuses the query too (the page is a courtesy, not the lock).
  const { token } = await login(request, ANALYST);
  const res = await request.post('/graphql', { data: { query: '{ auditLog { id } }' }, headers: { authorization: `Bearer ${token}` } });
  expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('FORBIDDEN');
});
