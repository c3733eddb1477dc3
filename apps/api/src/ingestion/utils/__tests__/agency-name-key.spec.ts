import { describe, expect, it } from 'vitest';
import { agencyNameKey, cleanAgencyName } from '../agency-name-key';

describe('agencyNameKey', () => {
  it('gives spellings that differ in spaces, width or brackets one key', () => {
    const key = agencyNameKey('某县人民政府办公室(县政务公开办)');
    for (const spelling of ['某县人民政府办公室（县政务公开办）', '某县 人民政府办公室 〔县政务公开办〕', '某县人民政府办公室【县政务公开办】', '某县人民政府办公室［县政务公开办］']) {
      expect(agencyNameKey(spelling)).toBe(key);
    }
  });

  it('keeps different agencies apart', () => {
    expect(agencyNameKey('淮北市公安局')).not.toBe(agencyNameKey('淮南市公安局'));
    expect(cleanAgencyName(' 淮北市 公安局 ')).toBe('淮北市公安局');
  });
});
