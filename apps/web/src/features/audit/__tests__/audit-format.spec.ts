import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../shared/export/to-csv';
import { auditActionKey, auditDetailText, formatAuditTime } from '../audit-format';

describe('formatAuditTime', () => {
  it('prints local date and time with zero padding', () => {
    const d = new Date(2024, 0, 2, 3, 4, 5);
    expect(formatAuditTime(d.toISOString())).toBe('2024-01-02 03:04:05');
    const e = new Date(2025, 11, 31, 23, 59, 9);
    expect(formatAuditTime(e.toISOString())).toBe('2025-12-31 23:59:09');
  });

  it('leaves an unreadable value as it came', () => {
    expect(formatAuditTime('not a date')).toBe('not a date');
  });
});

describe('auditDetailText', () => {
  it('writes objects and arrays as JSON, keeps strings and drops null', () => {
    expect(auditDetailText({ files: 1, added: 1, failed: [] })).toBe('{"files":1,"added":1,"failed":[]}');
    expect(auditDetailText([1, 'a'])).toBe('[1,"a"]');
    expect(auditDetailText('plain')).toBe('plain');
    expect(auditDetailText(0)).toBe('0');
    expect(auditDetailText(null)).toBe('');
    expect(auditDetailText(undefined)).toBe('');
  });

  it('keeps markup as characters, and the CSV quotes it and guards formulas', () => {
    const text = auditDetailText({ note: '<img src=x onerror=alert(1)>"' });
    expect(text).toBe('{"note":"<img src=x onerror=alert(1)>\\""}');
    const csv = toCsv({ fileName: 'a', columns: [{ key: 'd', title: 'detail' }], rows: [{ d: text }, { d: auditDetailText('=1+1') }] });
    expect(csv).toBe('detail\r\n"{""note"":""<img src=x onerror=alert(1)>\\""""}"\r\n\'=1+1\r\n');
  });
});

describe('auditActionKey', () => {
  it('turns dots and dashes into underscores', () => {
    expect(auditActionKey('upload.rejected')).toBe('upload_rejected');
    expect(auditActionKey('correct-cell')).toBe('correct_cell');
    expect(auditActionKey('login')).toBe('login');
  });
});
