// Deep fuzzing of the parser: the property tests of libs/report-parser/src/__tests__/fuzz with
// FUZZ_RUNS inputs per property (CI runs them with a small default inside `npm test`).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { figure } from './report.mjs';

const SUMMARY = /^fuzz (.+?): (\d+) inputs, .*max (\d+) ms per document/;

export function benchFuzz({ root, runs, seed }) {
  const env = { ...process.env, FUZZ_RUNS: String(runs), ...(seed ? { FUZZ_SEED: String(seed) } : {}), NO_COLOR: '1' };
  const started = performance.now();
  const r = spawnSync(join(root, 'node_modules', '.bin', 'vitest'), ['run', '--project', 'report-parser', 'src/__tests__/fuzz'], {
    cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  const out = `${r.stdout}${r.stderr}`;
  let inputs = 0;
  let maxMs = 0;
  for (const line of out.replace(/\x1b\[[0-9;]*m/g, '').split('\n')) {
    const m = SUMMARY.exec(line);
    if (!m) continue;
    process.stderr.write(`${line}\n`);
    inputs += Number(m[2]);
    maxMs = Math.max(maxMs, Number(m[3]));
  }
  const ok = r.status === 0;
  if (!ok) {
    process.stderr.write(out.split('\n').filter((l) => /FAIL|×|Counterexample|Caused by|Error/.test(l)).slice(0, 40).join('\n') + '\n');
    process.exitCode = 1;
  }
  const note = `FUZZ_RUNS=${runs}${ok ? '' : ', FAILED'}`;
  figure('fuzz.parser.inputs', inputs, 'documents', 1, note);
  figure('fuzz.parser.maxMsPerDocument', maxMs, 'ms', 1, note);
  figure('fuzz.parser.seconds', (performance.now() - started) / 1000, 's', 1, note);
}
