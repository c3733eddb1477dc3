// Ingest throughput: the bulk import command (worker-thread parsing, batched writes, rollups
// and cross-year/peer checks at the end) over the generated corpus into an empty database.
import { join } from 'node:path';
import { benchCorpus } from './corpus.mjs';
import { figure } from './report.mjs';
import { runNode } from './server.mjs';

export async function benchIngest(e, n) {
  const corpus = benchCorpus(n);
  if (!corpus.reused) figure('corpus.generatePerSecond', n / (corpus.generatedMs / 1000), 'docs/s', 1, `${n} documents written to ${corpus.dir}`);
  const run = await runNode(join(e.root, 'apps/api/dist/import-cli.js'), ['--quiet', corpus.dir], e.env, e.root);
  const summary = run.out.trim().split('\n').pop() ?? '';
  const added = Number(/^(\d+) added/.exec(summary)?.[1] ?? 0);
  const failed = Number(/(\d+) failed/.exec(summary)?.[1] ?? 0);
  if (run.code !== 0 && added === 0) throw new Error(`import failed (${run.code}): ${summary}`);
  // The importer's own breakdown: "N files in … s: parse+store … s (of which waiting on the database … s), cross-year/peer checks and rollups … s".
  const phases = /files in [\d.]+ s: (.*)$/m.exec(run.out.replace(/\x1b\[[0-9;]*m/g, ''))?.[1] ?? '';
  figure('ingest.reportsPerSecond', n / (run.ms / 1000), 'reports/s', 2, `${n} files in ${(run.ms / 1000).toFixed(1)} s: ${added} stored, ${failed} failed (end to end, process start to exit)${phases ? `; ${phases}` : ''}`);
  figure('ingest.seconds', run.ms / 1000, 's', 2, `target ≤ 300 s for 100,000`);
  return { added };
}
