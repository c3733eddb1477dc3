import { describe, expect, it } from 'vitest';
import { checkReport, type CheckInput, type Flag } from '../../index';
import { cleanReport, withCells } from '../../__tests__/support/clean-report';

const only = (r: CheckInput, code: string): Flag[] => checkReport(r).filter((f) => f.code === code);
const errors = (r: CheckInput) => checkReport(r).filter((f) => f.severity === 'error');
const clean = cleanReport('2021');
const c = clean.cells as Record<string, number>;
const COLS = ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg', 'total'];

describe('T3_ROW_TOTAL', () => {
  it('flags a row whose total is not the sum of the six applicant columns', () => {
    const r = withCells(clean, { 't3.granted.total': c['t3.granted.total'] + 2 });
    const flags = only(r, 'T3_ROW_TOTAL');
    expect(flags).toEqual([{
      code: 'T3_ROW_TOTAL', severity: 'error', cells: COLS.map((k) => `t3.granted.${k}`), expected: c['t3.granted.total'], actual: c['t3.granted.total'] + 2,
      message: expect.any(Object),
    }]);
    expect(flags[0].message.zh).toBe(
      `表三 予以公开 行：自然人 ${c['t3.granted.naturalPerson']} + 商业企业 ${c['t3.granted.commercial']} + 科研机构 ${c['t3.granted.research']} + 社会公益组织 ${c['t3.granted.publicInterest']} + 法律服务机构 ${c['t3.granted.legalService']} + 其他 ${c['t3.granted.otherOrg']} = ${c['t3.granted.total']}，但总计 ${c['t3.granted.total'] + 2}，相差 2`,
    );
    expect(flags[0].message.en).toContain('(difference 2)');
  });

  it('is not assessed when the total column is blank on every row: only CELL_BLANK', () => {
    const blankTotals = Object.fromEntries(Object.keys(c).filter((k) => k.startsWith('t3.') && k.endsWith('.total')).map((k) => [k, null]));
    const flags = checkReport(withCells(clean, blankTotals));
    expect(flags.map((f) => f.code)).toEqual(['CELL_BLANK']);
    expect(flags[0].cells).toHaveLength(25);
    expect(flags[0].actual).toBe(25);
  });

  it('counts a blank cell as 0', () => {
    const r = withCells(clean, { 't3.granted.research': null, 't3.granted.total': c['t3.granted.total'] - c['t3.granted.research'] });
    expect(only(r, 'T3_ROW_TOTAL')).toEqual([]);
    const col = COLS.find((k) => c[`t3.granted.${k}`] > 0)!;
    expect(col).toBe('commercial');
    const wrong = withCells(clean, { [`t3.granted.${col}`]: null });
    expect(only(wrong, 'T3_ROW_TOTAL')).toMatchObject([{ expected: c['t3.granted.total'] - c[`t3.granted.${col}`], actual: c['t3.granted.total'] }]);
    expect(only(wrong, 'T3_ROW_TOTAL')[0].message.zh).toContain('商业企业 空白');
  });
});

describe('T3_OUTCOME_SUM', () => {
  it('flags a column whose （七）总计 is not the sum of the outcome rows, listing the outcome keys in template order', () => {
    const r = withCells(clean, { 't3.total.research': c['t3.total.research'] + 1, 't3.total.total': c['t3.total.total'] + 1, 't3.newRequests.research': c['t3.newRequests.research'] + 1, 't3.newRequests.total': c['t3.newRequests.total'] + 1 });
    const flags = only(r, 'T3_OUTCOME_SUM');
    expect(flags.map((f) => f.cells[0])).toEqual(['t3.total.research', 't3.total.total']);
    const outcomeRows = ['granted', 'partiallyGranted', 'denied.stateSecret', 'denied.lawProhibited', 'denied.securityStability', 'denied.thirdPartyRights', 'denied.internalAffairs', 'denied.processInfo', 'denied.enforcementFiles', 'denied.inquiryMatters', 'unavailable.notHeld', 'unavailable.needsCreation', 'unavailable.unclear', 'notProcessed.petition', 'notProcessed.duplicate', 'notProcessed.publication', 'notProcessed.excessive', 'notProcessed.confirmation', 'otherProcessing.noCorrection', 'otherProcessing.unpaidFee', 'otherProcessing.other'];
    expect(flags[0].cells).toEqual(['t3.total.research', ...outcomeRows.map((r) => `t3.${r}.research`)]);
    expect(flags[0].expected).toBe(c['t3.total.research']);
    expect(flags[0].actual).toBe(c['t3.total.research'] + 1);
    expect(flags[0].message.zh).toMatch(new RegExp(`^表三 科研机构 列：予以公开 ${c['t3.granted.research']} \\+ 部分公开 \\d+ \\+ 不予公开 \\d+ \\+ 无法提供 \\d+ \\+ 不予处理 \\d+ \\+ 其他处理 \\d+ = ${c['t3.total.research']}，但办理结果总计 ${c['t3.total.research'] + 1}，相差 1$`));
    expect(errors(r).map((f) => f.code)).toEqual(['T3_OUTCOME_SUM', 'T3_OUTCOME_SUM']);
  });

  it('uses the single （六）其他处理 row of a 2021 report that kept it', () => {
    const split = ['noCorrection', 'unpaidFee', 'other'];
    const changes: Record<string, number | undefined> = {};
    for (const col of COLS) {
      changes[`t3.otherProcessing.${col}`] = split.reduce((a, s) => a + c[`t3.otherProcessing.${s}.${col}`], 0);
      for (const s of split) changes[`t3.otherProcessing.${s}.${col}`] = undefined;
    }
    const single = withCells(clean, changes);
    expect(checkReport(single)).toEqual([]);
    const wrong = withCells(single, { 't3.otherProcessing.naturalPerson': (changes['t3.otherProcessing.naturalPerson'] as number) + 1, 't3.otherProcessing.total': (changes['t3.otherProcessing.total'] as number) + 1 });
    const flags = only(wrong, 'T3_OUTCOME_SUM');
    expect(flags.map((f) => f.cells.at(-1))).toEqual(['t3.otherProcessing.naturalPerson', 't3.otherProcessing.total']);
    expect(flags[0].cells).toHaveLength(20);
  });
});

describe('T3_BALANCE', () => {
  it('flags new + carried over ≠ total + carried forward, with the message of spec/checks.md', () => {
    const r = withCells(clean, { 't3.carriedForward.naturalPerson': c['t3.carriedForward.naturalPerson'] - 1, 't3.carriedForward.total': c['t3.carriedForward.total'] - 1 });
    const flags = only(r, 'T3_BALANCE');
    expect(flags.map((f) => [f.cells, f.expected, f.actual])).toEqual(['naturalPerson', 'total'].map((col) => [
      ['newRequests', 'carriedOver', 'total', 'carriedForward'].map((row) => `t3.${row}.${col}`),
      c[`t3.newRequests.${col}`] + c[`t3.carriedOver.${col}`],
      c[`t3.total.${col}`] + c[`t3.carriedForward.${col}`] - 1,
    ]));
    const n = (k: string) => c[`t3.${k}.naturalPerson`];
    expect(flags[0].message).toEqual({
      zh: `表三 自然人 列：新收 ${n('newRequests')} + 上年结转 ${n('carriedOver')} = ${n('newRequests') + n('carriedOver')}，但办理结果总计 ${n('total')} + 结转下年 ${n('carriedForward') - 1} = ${n('total') + n('carriedForward') - 1}，相差 1`,
      en: `Table 3, natural persons: new ${n('newRequests')} + carried over ${n('carriedOver')} = ${n('newRequests') + n('carriedOver')}, but total handled ${n('total')} + carried forward ${n('carriedForward') - 1} = ${n('total') + n('carriedForward') - 1} (difference 1)`,
    });
  });
});

describe('T4_GROUP_TOTAL', () => {
  it('flags a group whose total is not upheld + corrected + other + pending', () => {
    const r = withCells(clean, { 't4.litigationDirect.total': 0 });
    const flags = only(r, 'T4_GROUP_TOTAL');
    expect(flags).toMatchObject([{ severity: 'error', cells: ['upheld', 'corrected', 'other', 'pending', 'total'].map((k) => `t4.litigationDirect.${k}`), expected: 1, actual: 0 }]);
    expect(flags[0].message.zh).toBe('表四 行政诉讼·未经复议直接起诉：结果维持 0 + 结果纠正 1 + 其他结果 0 + 尚未审结 0 = 1，但总计 0，相差 1');
  });

  it('is not assessed when the four result cells are all blank', () => {
    const r = withCells(clean, { 't4.review.upheld': null, 't4.review.corrected': null, 't4.review.other': null, 't4.review.pending': null });
    expect(checkReport(r).map((f) => f.code)).toEqual(['CELL_BLANK']);
  });
});
