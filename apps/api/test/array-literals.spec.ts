import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { textArrayLiteral } from '../src/ingestion/utils/pg-array-literal';

// Cells reach report_cells as array literals built in worker threads: PostgreSQL must read back
// exactly the strings that went in, whatever the text of a cell holds.
describe('text array literals read by PostgreSQL', () => {
  const db = new Client({ connectionString: inject('databaseUrl') });
  beforeAll(() => db.connect());
  afterAll(() => db.end());

  it.each([
    ['plain and JSON positions', ['12', '1,234', '{"line":3,"col":7}', '—', '']],
    ['quotes, backslashes, braces, commas, the word NULL and a real null', ['a"b', 'c\\d', '{x,y}', ' spaced ', 'NULL', null, 'null']],
    ['control characters and CJK', ['第一行\n第二行', 'tab\tsep', 'cr\r', '\u0001', '（一）咨询']],
  ])('%s', async (_name, items) => {
    const r = await db.query(`SELECT $1::text[] AS a`, [textArrayLiteral(items)]);
    expect(r.rows[0].a).toEqual(items);
  });
});
