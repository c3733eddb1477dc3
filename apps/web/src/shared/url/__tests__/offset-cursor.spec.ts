import { describe, expect, it } from 'vitest';
import { offsetCursor } from '../offset-cursor';

describe('offsetCursor', () => {
  it('encodes the offset the way the API does (base64url of o:<n>, no padding)', () => {
    expect(offsetCursor(0)).toBeNull();
    expect(offsetCursor(20)).toBe(Buffer.from('o:20').toString('base64url'));
    expect(offsetCursor(1234567)).toBe(Buffer.from('o:1234567').toString('base64url'));
  });
});
