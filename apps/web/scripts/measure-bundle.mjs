#!/usr/bin/env node
// First-load JS budget: gzip the entry script and every chunk index.html preloads, print the sum,
// fail above 500 KB. Lazy route chunks are not counted: they load when a view opens.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(import.meta.dirname, '..', 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const refs = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const BUDGET_KB = 500;
let js = 0;
let css = 0;
for (const ref of new Set(refs)) {
  const size = gzipSync(readFileSync(join(dist, ref)), { level: 9 }).length;
  if (ref.endsWith('.js')) js += size; else css += size;
  console.log(`  ${ref}  ${(size / 1024).toFixed(1)} KB gzip`);
}
console.log(`first-load JS: ${(js / 1024).toFixed(1)} KB gzip (budget ${BUDGET_KB} KB); CSS ${(css / 1024).toFixed(1)} KB gzip`);
if (js / 1024 > BUDGET_KB) {
  console.error('first-load JS is over budget');
  process.exit(1);
}
