// Parse throughput per layout: one core (main thread), then every core (worker threads).
import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import { generateCorpus } from '@gongkai/report-corpus';
import { parseDocument } from '@gongkai/report-parser';
import { figure } from './report.mjs';

const corpusOf = (layout, n) => {
  const docs = [];
  const agencies = Math.max(1, Math.ceil(n / 7));
  for (const d of generateCorpus({ agencies, fromYear: 2019, toYear: 2025, seed: `bench-${layout}`, layouts: [layout], mistakeRate: 0.15 })) {
    docs.push(d.bytes);
    if (docs.length >= n) break;
  }
  return docs;
};

// Documents parsed before timing, by each thread: the JIT needs a few hundred to reach its
// steady state, which is what a bulk import of thousands runs in.
const WARM_UP = 200;

async function oneCore(docs) {
  for (const b of docs.slice(0, Math.min(WARM_UP, docs.length))) await parseDocument(b);
  const started = performance.now();
  let ok = 0;
  for (const b of docs) if ((await parseDocument(b)).ok) ok += 1;
  return { ok, perSecond: docs.length / ((performance.now() - started) / 1000) };
}

async function allCores(docs, n) {
  const slices = Array.from({ length: n }, (_, i) => docs.filter((_, j) => j % n === i));
  const workers = slices.map((slice) => new Worker(new URL('./parse-worker.mjs', import.meta.url), { workerData: { docs: slice, warmUp: WARM_UP } }));
  const next = (w) => new Promise((resolve, reject) => { w.once('message', resolve); w.once('error', reject); });
  await Promise.all(workers.map(next)); // every worker loaded and warm
  const started = performance.now();
  const done = workers.map(next);
  for (const w of workers) w.postMessage('go');
  await Promise.all(done);
  const perSecond = docs.length / ((performance.now() - started) / 1000);
  await Promise.all(workers.map((w) => w.terminate()));
  return perSecond;
}

export async function benchParse({ perLayout, layouts = ['text', 'html', 'docx', 'pdf'] }) {
  const cores = cpus().length;
  for (const layout of layouts) {
    let docs;
    try {
      docs = corpusOf(layout, layout === 'pdf' ? Math.min(perLayout, 500) : perLayout);
    } catch (e) {
      process.stderr.write(`parse.${layout}: cannot generate (${e.message})\n`);
      continue;
    }
    if (docs.length === 0) continue;
    const one = await oneCore(docs);
    figure(`parse.${layout}.perCore`, one.perSecond, 'reports/s', 1, `${docs.length} docs, ${one.ok} read`);
    figure(`parse.${layout}.allCores`, await allCores(docs, cores), 'reports/s', cores);
  }
}
