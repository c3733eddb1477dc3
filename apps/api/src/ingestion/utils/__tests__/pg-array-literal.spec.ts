import { describe, expect, it } from 'vitest';
import { boolArrayLiteral, numberArrayLiteral, textArrayLiteral } from '../pg-array-literal';

describe('pg array literals', () => {
  it('quotes and escapes text, keeps NULL distinct from the string "NULL"', () => {
    expect(textArrayLiteral(['a', 'b"c', 'd\\e', null, 'NULL', '{x,y}', ''])).toBe('{"a","b\\"c","d\\\\e",NULL,"NULL","{x,y}",""}');
  });
  it('writes numbers and booleans, non-finite numbers as NULL', () => {
    expect(numberArrayLiteral([1, 2.5, null, -3e-7, Number.NaN])).toBe('{1,2.5,NULL,-3e-7,NULL}');
    expect(boolArrayLiteral([true, false])).toBe('{t,f}');
  });
});
