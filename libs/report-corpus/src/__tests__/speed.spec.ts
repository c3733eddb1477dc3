import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../index';

describe('speed', () => {
  it('generates and renders 10,000 reports in under a minute on one core', () => {
    const started = performance.now();
    let n = 0;
    let bytes = 0;
    for (const d of generateCorpus({ agencies: 1429, fromYear: 2019, toYear: 2025, seed: 'speed' })) {
      n++;
      bytes += d.bytes.length;
      if (n >= 10000) break;
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(`report-corpus speed: ${n} reports (${(bytes / 1e6).toFixed(1)} MB) in ${seconds.toFixed(1)} s = ${(n / seconds).toFixed(0)} reports/s`);
    expect(n).toBe(10000);
    expect(seconds).toBeLessThan(60);
  }, 120_000);
});
