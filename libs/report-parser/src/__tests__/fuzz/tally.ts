import type { ParseResult } from '../../index';

/** Counts what a fuzz run fed the parser and what came back, for the summary line. */
export class Tally {
  inputs = 0;
  ok = 0;
  readonly errors = new Map<string, number>();
  maxMs = 0;
  maxLabel = '';
  totalMs = 0;

  constructor(readonly name: string) {}

  add(result: ParseResult, ms: number, label: string): void {
    this.inputs++;
    this.totalMs += ms;
    if (result.ok) this.ok++;
    else this.errors.set(result.error.code, (this.errors.get(result.error.code) ?? 0) + 1);
    if (ms > this.maxMs) {
      this.maxMs = ms;
      this.maxLabel = label;
    }
  }

  line(): string {
    const errs = [...this.errors].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ') || 'none';
    return `fuzz ${this.name}: ${this.inputs} inputs, ${this.ok} ok, errors by code: ${errs}; max ${this.maxMs.toFixed(0)} ms per document (${this.maxLabel}), mean ${(this.totalMs / Math.max(1, this.inputs)).toFixed(1)} ms`;
  }
}
