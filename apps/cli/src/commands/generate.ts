import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { generateCorpus } from '@gongkai/report-corpus';

export type GenerateOptions = { agencies: number; years: string; seed: string; out: string; mistakeRate?: number; layouts?: string };

const parseYears = (s: string): [number, number] => {
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(s.trim());
  if (!m) throw new Error(`--years must look like 2019-2025, got "${s}"`);
  const from = Number(m[1]);
  const to = Number(m[2] ?? m[1]);
  if (to < from) throw new Error(`--years: ${to} is before ${from}`);
  return [from, to];
};

/** Write a generated corpus: the documents plus truth.jsonl, one line per document. */
export async function generate(opts: GenerateOptions): Promise<number> {
  const [fromYear, toYear] = parseYears(opts.years);
  const started = Date.now();
  const truth: string[] = [];
  const made = new Set<string>();
  for (const doc of generateCorpus({
    agencies: opts.agencies, fromYear, toYear, seed: opts.seed, mistakeRate: opts.mistakeRate,
    layouts: opts.layouts ? (opts.layouts.split(',') as never) : undefined,
  })) {
    const path = join(opts.out, doc.file);
    const dir = dirname(path);
    if (!made.has(dir)) { await mkdir(dir, { recursive: true }); made.add(dir); }
    await writeFile(path, doc.bytes);
    truth.push(JSON.stringify(doc.truth));
  }
  await mkdir(opts.out, { recursive: true });
  await writeFile(join(opts.out, 'truth.jsonl'), truth.length ? `${truth.join('\n')}\n` : '');
  process.stderr.write(`wrote ${truth.length} reports to ${opts.out} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return 0;
}
