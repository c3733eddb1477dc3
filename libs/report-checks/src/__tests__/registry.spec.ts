import { FLAG_CODES } from '@gongkai/report-format';
import { describe, expect, it } from 'vitest';
import { RULE_CODES } from '../index';

describe('registry', () => {
  it('has exactly one rule for every flag code of the catalog', () => {
    expect([...RULE_CODES].sort()).toEqual(FLAG_CODES.map((f) => f.code).sort());
  });
});
