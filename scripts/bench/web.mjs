// The web app: first-load JavaScript (gzip, the web project's own measure script) and the
// time until the overview shows its charts in headless Chromium (Debian's, no download).
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { figure } from './report.mjs';

export async function benchWeb(root, url) {
  const m = spawnSync(process.execPath, [join(root, 'apps/web/scripts/measure-bundle.mjs')], { encoding: 'utf8' });
  const kb = /first-load JS: ([\d.]+) KB/.exec(m.stdout ?? '')?.[1];
  if (kb) figure('web.firstLoadKbGzip', Number(kb), 'KB', 1, 'entry + preloaded chunks, gzip -9');
  else process.stderr.write(`web: no bundle figure (${(m.stderr || m.stdout || '').slice(0, 200)})\n`);
  if (!url) return;
  let chromium;
  try {
    chromium = execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  } catch {
    process.stderr.write('web: no chromium on the PATH (apt-get install chromium); skipping the chart timing\n');
    return;
  }
  const { chromium: pw } = await import('playwright-core');
  const browser = await pw.launch({ executablePath: chromium, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const times = [];
    for (let i = 0; i < 3; i++) {
      const context = await browser.newContext(); // cold cache each time
      const page = await context.newPage();
      const t = performance.now();
      await page.goto(`${url}/`);
      await page.waitForFunction(() => document.querySelectorAll('canvas').length >= 2, null, { timeout: 60_000 });
      times.push(performance.now() - t);
      await context.close();
    }
    times.sort((a, b) => a - b);
    figure('web.overviewChartsMs', times[1], 'ms', 1, `median of 3 cold loads until the overview's charts are drawn (${times.map((x) => x.toFixed(0)).join(', ')})`);
  } finally {
    await browser.close();
  }
}
