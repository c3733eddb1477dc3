import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { gql, login, settled, USERS } from './support/api';

// Report text and agency names come from uploaded files (and admin edits): the app must show
// them as text, never run them.
const SCRIPT = '<script>window.__xss=1</script>';
const IMG = '<img src=x onerror="window.__xss=1">';
// The parser keeps an agency name without spaces or quotes from "本报告由…编制": this one fits.
const SVG = '<svg/onload=__xss=1>';
const NAME = `淮北${SVG}公安局`;
const RENAMED = `淮北${SCRIPT}${IMG}公安局`;

function hostileReport(): Buffer {
  const original = readFileSync(join(__dirname, '..', '..', '..', 'shared', 'reports', 'huaibei-gongan-2022.txt'), 'utf8');
  const text = original
    .replace('淮北市公安局2022年政府信息公开\n工作年度报告', `2022年政府信息公开工作年度报告\n本报告由${NAME}编制。`)
    .replace(/(一\s*、总体情况[^\n]*\n)/, `$1本段含有${SCRIPT}与${IMG}字样。\n`);
  return Buffer.from(text, 'utf8');
}

test('report text and agency names with markup are shown literally and never run (detail, list, flags)', async ({ page, request }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  const admin = await login(request, USERS.admin);
  const up = await request.post('/api/upload', {
    headers: { authorization: `Bearer ${admin.token}` },
    multipart: { files: { name: 'xss-2022.txt', mimeType: 'text/plain', buffer: hostileReport() } },
  });
  expect(up.status()).toBe(201);
  const [result] = (await up.json()) as { ok: boolean; reportId: string; error: string | null }[];
  expect(result.error).toBeNull();
  const d = await gql<{ report: { agency: { id: string; name: string; region: { code: string } }; flags: { code: string }[] } }>(request,
    `query($id: ID!) { report(id: $id) { agency { id name region { code } } flags { code } } }`, { id: result.reportId });
  expect(d.report.agency.name).toBe(NAME);
  const noScript = async (where: string) => {
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), where).toBeUndefined();
    expect(dialogs, where).toEqual([]);
    // No element made from the payloads: they are text nodes.
    expect(await page.locator('svg[onload], img[src="x"], script:text("__xss")').count(), where).toBe(0);
  };

  // Report detail: agency name, body text in the source pane.
  await page.goto(`/reports/${result.reportId}`);
  await expect(page.getByTestId('view-report')).toBeVisible();
  await settled(page);
  await expect(page.getByText(NAME).first()).toBeVisible();
  await noScript('report detail');

  // Report list, searched by the hostile name.
  await page.goto(`/reports?q=${encodeURIComponent(NAME)}`);
  await settled(page);
  await expect(page.getByTestId('reports-table').getByText(NAME).first()).toBeVisible();
  await noScript('report list');

  // An admin renames the agency with both payloads (a second way markup gets in).
  const upd = await gql<{ updateAgency: { name: string } }>(request, `mutation($id: ID!, $n: String!) { updateAgency(id: $id, input: { name: $n }) { name } }`,
    { id: d.report.agency.id, n: RENAMED }, admin.token);
  // The directory drops spaces from names; the markup stays.
  const renamed = upd.updateAgency.name;
  expect(renamed).toBe(RENAMED.replace(/\s+/g, ''));
  expect(renamed).toContain(SCRIPT);

  // Flags queue, narrowed to this report's flag code, region and year; then the detail again.
  const code = d.report.flags[0].code;
  await page.goto(`/flags?codes=${code}&regions=${d.report.agency.region.code}&year=2022&status=OPEN`);
  await settled(page);
  await expect(page.getByTestId('flags-table').getByText(renamed).first()).toBeVisible();
  await noScript('flags');
  await page.goto(`/reports/${result.reportId}`);
  await settled(page);
  await expect(page.getByText(renamed).first()).toBeVisible();
  // The body line with both payloads is in the source text, as text.
  const body = `本段含有${SCRIPT}与${IMG}字样。`;
  const src = await gql<{ report: { sourceText: string } }>(request, `query($id: ID!) { report(id: $id) { sourceText } }`, { id: result.reportId });
  expect(src.report.sourceText).toContain(body);
  await expect(page.getByTestId('source-text')).toContainText(body);
  await noScript('report detail after rename');
});

test('GraphiQL asks for a sign-in, then works under the CSP with the analyst\'s token (schema loaded by introspection)', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text()); });
  await page.goto('/graphql');
  await expect(page.getByTestId('graphiql-login')).toBeVisible();
  await page.locator('input[name=email]').fill('analyst@demo.local');
  await page.locator('input[name=password]').fill('demo12345');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('.graphiql-container')).toBeVisible();
  // The documentation explorer lists the schema's root types only after introspection succeeded.
  await page.locator('.graphiql-sidebar button[aria-label*="Documentation"]').first().click();
  await expect(page.locator('.graphiql-doc-explorer')).toContainText('Query');
  expect(violations).toEqual([]);
});
