// The `report` command as a user runs it: `npm run --silent report -- …` over the built CLI.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..', '..', '..');
// The reference material lives beside the repo root.
const sharedDir = join(root, '..', 'shared');
const report = (...args: string[]) => {
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'report.mjs'), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l)) };
};
const reports = join(sharedDir, 'reports');
const expected = (name: string) => JSON.parse(readFileSync(join(reports, `${name}.expected.json`), 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'gongkai-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('report parse', () => {
  it('reads the shared Word-export report: every cell, the itemisation flag, none of the forbidden flags', () => {
    const exp = expected('huaibei-gongan-2022');
    const r = report('parse', join(reports, 'huaibei-gongan-2022.txt'), '--json');
    expect(r.status).toBe(0);
    expect(r.lines).toHaveLength(1);
    const line = r.lines[0];
    expect(line.error).toBeNull();
    expect({ agency: line.agency, region: line.region, year: line.year, template: line.template })
      .toEqual({ agency: exp.agency, region: exp.region, year: exp.year, template: exp.template });
    expect(line.cells).toEqual(exp.cells);
    const codes = line.flags.map((f: { code: string }) => f.code);
    expect(codes).toContain('TEXT_ITEMIZATION');
    for (const c of exp.noFlags) expect(codes).not.toContain(c);
    const item = line.flags.find((f: { code: string }) => f.code === 'TEXT_ITEMIZATION');
    expect([item.expected, item.actual]).toEqual([1301, 1233]);
  });

  it('reads the shared PDF report: every cell and its table 4 error', () => {
    const exp = expected('hongze-2023');
    const r = report('parse', join(reports, 'hongze-2023.pdf'), '--json');
    expect(r.lines[0].error).toBeNull();
    expect(r.lines[0].cells).toEqual(exp.cells);
    expect(r.lines[0].flags.map((f: { code: string }) => f.code)).toContain('T4_GROUP_TOTAL');
    for (const c of exp.noFlags) expect(r.lines[0].flags.map((f: { code: string }) => f.code)).not.toContain(c);
  });

  it('gives a clear error per unreadable file and still parses the others (exit 1)', () => {
    writeFileSync(join(tmp, 'empty.txt'), '');
    writeFileSync(join(tmp, 'junk.bin'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    writeFileSync(join(tmp, 'page.html'), '<html><head><title>首页</title></head><body><p>欢迎访问</p></body></html>');
    const files = [join(tmp, 'empty.txt'), join(reports, 'huaibei-gongan-2022.txt'), join(tmp, 'junk.bin'), join(tmp, 'page.html'), join(tmp, 'missing.docx')];
    const r = report('parse', ...files, '--json');
    expect(r.status).toBe(1);
    expect(r.lines.map((l) => l.file)).toEqual(files);
    expect(r.lines[1].error).toBeNull();
    expect(Object.keys(r.lines[1].cells)).toHaveLength(200);
    for (const i of [0, 2, 3, 4]) {
      expect(r.lines[i].error, r.lines[i].file).not.toBeNull();
      expect(r.lines[i].error.message).toContain(files[i]);
      expect(r.lines[i].cells).toEqual({});
    }
    expect(r.lines[0].error.code).toBe('EMPTY');
  });

  it('prints readable tables and flags without --json', () => {
    const r = report('parse', join(reports, 'huaibei-gongan-2022.txt'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('淮北市公安局');
    expect(r.stdout).toContain('行政处罚');
    expect(r.stdout).toContain('861');
    expect(r.stdout).toContain('TEXT_ITEMIZATION');
  });
});

describe('report generate and check', () => {
  it('writes the same bytes for the same seed, and check reads the folder back', () => {
    const a = join(tmp, 'a');
    const b = join(tmp, 'b');
    expect(report('generate', '--agencies', '6', '--years', '2020-2023', '--seed', '42', '--out', a).status).toBe(0);
    expect(report('generate', '--agencies', '6', '--years', '2020-2023', '--seed', '42', '--out', b).status).toBe(0);
    const truthA = readFileSync(join(a, 'truth.jsonl'), 'utf8');
    expect(truthA).toBe(readFileSync(join(b, 'truth.jsonl'), 'utf8'));
    const truth = truthA.trim().split('\n').map((l) => JSON.parse(l));
    expect(truth.length).toBeGreaterThanOrEqual(24);
    for (const t of truth.slice(0, 5)) expect(readFileSync(join(a, t.file)).equals(readFileSync(join(b, t.file)))).toBe(true);

    const checked = report('check', a, '--json');
    expect(checked.lines).toHaveLength(readdirSync(a, { recursive: true }).filter((f) => !String(f).endsWith('truth.jsonl') && /\.\w+$/.test(String(f))).length);
    const byFile = new Map(checked.lines.map((l) => [l.file, l]));
    for (const t of truth) {
      const line = byFile.get(join(a, t.file));
      expect(line, t.file).toBeDefined();
      expect(line.error, t.file).toBeNull();
      expect(line.cells, t.file).toEqual(t.cells);
    }
  });
});
