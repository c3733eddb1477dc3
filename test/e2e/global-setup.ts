import { request, type FullConfig } from '@playwright/test';

/**
 * The API listens before its demo data is in, and creates the demo accounts last: wait until
 * the admin can sign in, so every test sees the whole data set.
 */
export default async function globalSetup(config: FullConfig): Promise<void> {
  const baseURL = config.projects[0].use.baseURL;
  const ctx = await request.newContext({ baseURL });
  const deadline = Date.now() + 240_000;
  try {
    for (;;) {
      const res = await ctx.post('/graphql', {
        data: { query: 'mutation { login(email: "admin@demo.local", password: "demo12345") { token } }' },
        failOnStatusCode: false,
      }).catch(() => null);
      const body = res ? ((await res.json().catch(() => null)) as { data?: { login?: { token: string } } } | null) : null;
      if (body?.data?.login?.token) return;
      if (Date.now() > deadline) throw new Error('the API did not finish loading its demo data within 240 s');
      await new Promise((r) => setTimeout(r, 1000));
    }
  } finally {
    await ctx.dispose();
  }
}
