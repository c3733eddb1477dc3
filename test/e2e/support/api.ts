import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'demo12345';
export const USERS = { supervisor: 'supervisor@demo.local', admin: 'admin@demo.local' } as const;

/** A GraphQL call straight to the API: what the page should show is what this returns. */
export async function gql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const res = await request.post('/graphql', {
    data: { query, variables },
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

type Session = { token: string; expiresAt: string; user: { id: string; email: string; role: string; regionCodes: string[] } };

export async function login(request: APIRequestContext, email: string): Promise<Session> {
  const d = await gql<{ login: Session }>(request, `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token expiresAt user { id email role regionCodes } } }`, { e: email, p: DEMO_PASSWORD });
  return d.login;
}

/** Start the page signed in (the session the app keeps in localStorage after the login form). */
export async function signIn(page: Page, request: APIRequestContext, email: string): Promise<Session> {
  const session = await login(request, email);
  await page.addInitScript((s) => localStorage.setItem('gongkai.session', s), JSON.stringify(session));
  return session;
}

/** The newest and oldest report year in the store. */
export async function yearBounds(request: APIRequestContext): Promise<{ min: number; max: number }> {
  const d = await gql<{ a: { edges: { node: { year: number } }[] }; b: { edges: { node: { year: number } }[] } }>(request,
    `{ a: reports(sort: YEAR, order: DESC, first: 1) { edges { node { year } } } b: reports(sort: YEAR, order: ASC, first: 1) { edges { node { year } } } }`);
  return { max: d.a.edges[0].node.year, min: d.b.edges[0].node.year };
}

/** Numbers as the app prints them (zh-CN grouping, percent for ratios). */
export function fmt(value: number | null, unit = 'count'): string {
  if (value == null) return '—';
  if (unit === 'ratio') return `${(value * 100).toLocaleString('zh-CN', { maximumFractionDigits: 1, minimumFractionDigits: 1 })}%`;
  return value.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
}

const shots = resolve(__dirname, '..', '..', '..', 'tmp', 'screenshots');
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

/** The series an ECharts chart inside `testId` draws (the wrapper keeps the instance on its box). */
export async function chartSeries(page: Page, testId: string): Promise<{ name: string; data: (number | null)[] }[]> {
  const box = page.getByTestId(testId);
  await expect(box.locator('canvas').first()).toBeVisible();
  return box.evaluate((el) => {
    const chart = (el as unknown as { __echart: { getOption: () => { series: { name: string; data: (number | null)[] }[] } } }).__echart;
    return chart.getOption().series.map((s) => ({ name: s.name, data: s.data }));
  });
}

/** Wait until the app's GraphQL traffic settles (antd skeletons gone). */
export async function settled(page: Page): Promise<void> {
  await expect(page.getByTestId('query-loading')).toHaveCount(0);
}
