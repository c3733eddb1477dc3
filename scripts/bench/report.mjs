// Prints benchmark figures: a short human table at the end, and one JSON line per figure
// ({"name","value","unit","cores"}) as soon as it is measured.
const figures = [];

export function figure(name, value, unit, cores = 1, note = '') {
  const f = { name, value: Math.round(value * 100) / 100, unit, cores };
  figures.push({ ...f, note });
  process.stdout.write(`${JSON.stringify(f)}\n`);
}

export function printTable() {
  const w = Math.max(...figures.map((f) => f.name.length), 10);
  process.stdout.write(`\n${'figure'.padEnd(w)}  ${'value'.padStart(12)}  unit        cores  note\n`);
  for (const f of figures) {
    process.stdout.write(`${f.name.padEnd(w)}  ${String(f.value).padStart(12)}  ${f.unit.padEnd(10)}  ${String(f.cores).padStart(5)}  ${f.note}\n`);
  }
}
