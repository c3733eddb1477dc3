import { describe, expect, it } from 'vitest';
import { boolArrayLiteral, numberArrayLiteral, textArrayLiteral } from '../pg-array-literal';

describe('pg array literals', () => {
  it('quotes and escapes text, keeps NULL distinct from the string "NULL"', () => {
    expect(textArrayLiteral(['a', 'b"c', null, 'NULL', '{x,y}', ''])).toBe('{"a","b\\"c",null,"NULL","{x,y}",""}');
    expect(textArrayLiteral(['d\\e', null])).toBe('{"d\\\\e",NULL}');
  });
  it('keeps control characters and lone surrogates as they are (no JSON escapes in the literal)', () => {
    expect(textArrayLiteral(['a\nb', 'tab\there', null])).toBe('{"a\nb","tab\there",NULL}');
    expect(textArrayLiteral(['\ud800'])).toBe('{"\ud800"}');
  });
  it('writes numbers and booleans, non-finite numbers as NULL', () => {
    expect(numberArrayLiteral([1, 2.5, null, -3e-7, Number.NaN])).toBe('{1,2.5,NULL,-3e-7,NULL}');
    expect(boolArrayLiteral([true, false])).toBe('{t,f}');
  });
});
