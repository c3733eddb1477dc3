import { describe, expect, it } from 'vitest';
import { apiUrl } from './support/api';

describe('HTTP surface', () => {
  it('serves GraphiQL at GET /graphql from our own assets, no CDN', async () => {
    const page = await (await fetch(`${apiUrl()}/graphql`, { headers: { accept: 'text/html' } })).text();
    expect(page).toContain('GraphiQL');
    const urls = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    // The stylesheet, React, ReactDOM, GraphiQL and our page script (sign-in first, no inline script).
    expect(urls.length).toBe(5);
    expect(page).not.toMatch(/<script>/);
    for (const u of urls) {
      expect(u.startsWith('/')).toBe(true);
      const res = await fetch(`${apiUrl()}${u}`);
      expect(res.status, u).toBe(200);
      expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
    expect(page).not.toMatch(/https?:\/\//);
  });

  it('answers GraphQL over GET for API clients', async () => {
    const res = await fetch(`${apiUrl()}/graphql?query=${encodeURIComponent('{ metrics { id } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(((await res.json()) as { data: { metrics: unknown[] } }).data.metrics.length).toBeGreaterThan(10);
  });

  it('serves the web app with an SPA fallback, but not for API paths', async () => {
    const root = await fetch(`${apiUrl()}/`, { headers: { accept: 'text/html' } });
    expect(await root.text()).toContain('gongkai web test');
    const deep = await fetch(`${apiUrl()}/reports/12`, { headers: { accept: 'text/html' } });
    expect(await deep.text()).toContain('gongkai web test');
    const api = await fetch(`${apiUrl()}/api/nothing-here`, { headers: { accept: 'text/html' } });
    expect(api.status).toBe(404);
  });
});
