// The ingest corpus: N documents from the project's generator, written once under the OS temp
// dir and reused by later runs of the same size (generating 100,000 takes ~2 minutes).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { generateCorpus } from '@gongkai/report-corpus';

export function benchCorpus(n, seed = 'bench-ingest') {
  const dir = join(tmpdir(), `gongkai-bench-corpus-${seed}-${n}`);
  const done = join(dir, '.complete');
  if (existsSync(done) && Number(readFileSync(done, 'utf8')) === n) return { dir, generatedMs: 0, reused: true };
  rmSync(dir, { recursive: true, force: true });
  const started = performance.now();
  let written = 0;
  // ~7 years per agency plus the odd second version: a few more agencies than n / 7.
  for (const d of generateCorpus({ agencies: Math.ceil(n / 7) + 10, fromYear: 2019, toYear: 2025, seed, mistakeRate: 0.15 })) {
    const file = join(dir, d.file);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, d.bytes);
    if (++written >= n) break;
    if (written % 10000 === 0) process.stderr.write(`  corpus: ${written}/${n} documents\n`);
  }
  writeFileSync(done, String(written));
  return { dir, generatedMs: performance.now() - started, reused: false };
}
