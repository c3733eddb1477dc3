import { describe, expect, it } from 'vitest';
import { makeContext } from '../../context';
import { checkReport } from '../../index';
import { findItemizations } from '../../text/itemizations';
import { findStatements } from '../../text/find-statements';
import { cleanReport, withCells, withText } from '../../__tests__/support/clean-report';

const codes = (flags: { code: string }[]) => flags.map((f) => f.code);
const textFlags = (r: Parameters<typeof checkReport>[0]) => checkReport(r).filter((f) => f.code.startsWith('TEXT_'));

describe('statements read from the clean text', () => {
  it('finds every kind of statement the clean report makes, each agreeing with the table', () => {
    const r = cleanReport('2021');
    const found = findStatements(makeContext(r, null));
    expect(found.map((s) => s.def.id).sort()).toEqual([
      'docs.normativeInForce', 'docs.normativeIssued', 'docs.normativeRepealed', 'fees.amount',
      'litigation.count', 'outcomes.denied', 'outcomes.granted', 'outcomes.notProcessed', 'outcomes.other',
      'outcomes.partiallyGranted', 'outcomes.unavailable', 'requests.carriedForward', 'requests.carriedOver',
      'requests.processed', 'requests.received', 'requests.received', 'review.count',
    ]);
    const received = found.find((s) => s.def.id === 'requests.received')!;
    expect(received.stated).toBe(r.cells['t3.newRequests.total']);
    expect(received.cells).toEqual(['t3.newRequests.total']);
    expect(findItemizations(r.sections).map((i) => [i.total, i.sum, i.items.length])).toEqual([[120, 120, 3], [r.cells['t3.total.total'], r.cells['t3.total.total']! + r.cells['t3.carriedForward.total']!, 7]]);
  });
});

describe('TEXT_TABLE_MISMATCH', () => {
  const clean = cleanReport('2021');

  it('flags a stated number of requests that disagrees with t3.newRequests.total', () => {
    const r = withText(clean, 's3', '本年新收政府信息公开申请6件。');
    const flags = textFlags(r);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ code: 'TEXT_TABLE_MISMATCH', severity: 'warning', cells: ['t3.newRequests.total'], expected: 6, actual: clean.cells['t3.newRequests.total'] });
    expect(flags[0].message.zh).toContain('新收政府信息公开申请6件');
    expect(flags[0].message.zh).toContain(`为 ${clean.cells['t3.newRequests.total']}`);
    expect(flags[0].message.en).toContain('states 6');
  });

  it('reads Chinese numerals: 共收到依申请公开六件', () => {
    const r = withText(withCells(clean, {}), 's3', '2022年共收到依申请公开六件，均按时办理。');
    expect(textFlags(r)).toMatchObject([{ cells: ['t3.newRequests.total'], expected: 6, actual: clean.cells['t3.newRequests.total'] }]);
  });

  it('accepts a count that includes the carried-over requests', () => {
    const both = clean.cells['t3.newRequests.total']! + clean.cells['t3.carriedOver.total']!;
    expect(textFlags(withText(clean, 's3', `共收到政府信息公开申请${both}件（含上年结转）。`))).toEqual([]);
  });

  it('flags "未发生行政复议、行政诉讼" when table 4 has cases, pointing at the non-zero totals', () => {
    const r = withText(clean, 's4', '本年度未发生因政府信息公开引起的行政复议、行政诉讼。');
    expect(textFlags(r)).toMatchObject([{ code: 'TEXT_TABLE_MISMATCH', cells: ['t4.review.total', 't4.litigationDirect.total'], expected: 0, actual: 4 }]);
  });

  it('reads "未发生…行政复议…情况" for review only', () => {
    const r = withText(clean, 's4', '全年未发生政府信息公开行政复议情况。');
    expect(textFlags(r)).toMatchObject([{ cells: ['t4.review.total'], expected: 0, actual: 3 }]);
  });

  it('does not read "未发生行政复议被纠错" as "no review"', () => {
    expect(textFlags(withText(clean, 's4', '未发生行政复议、行政诉讼被纠错的情况。'))).toEqual([]);
  });

  it('flags counts of review and litigation cases (行政诉讼案件X起)', () => {
    const r = withText(clean, 's4', '因政府信息公开被申请行政复议2件，行政诉讼案件3起。');
    expect(textFlags(r)).toMatchObject([
      { cells: ['t4.review.total'], expected: 2, actual: 3 },
      { cells: ['t4.litigationDirect.total', 't4.litigationAfterReview.total'], expected: 3, actual: 1 },
    ]);
  });

  it('flags an outcome count and the fee amount', () => {
    const granted = clean.cells['t3.granted.total']!;
    const r = withText(withText(clean, 's1', `共收到政府信息公开申请${clean.cells['t3.newRequests.total']}件，其中予以公开${granted + 1}件。`), 's2', '本年行政事业性收费金额13.5万元。');
    expect(textFlags(r)).toMatchObject([
      { cells: ['t3.granted.total'], expected: granted + 1, actual: granted },
      { cells: ['t2.fees.amount'], expected: 13.5, actual: clean.cells['t2.fees.amount'] },
    ]);
  });

  it('converts 元 to 万元 and accepts a fee rounded in the text', () => {
    expect(textFlags(withText(clean, 's2', '行政事业性收费123400元。'))).toEqual([]);
    expect(textFlags(withText(clean, 's2', '行政事业性收费金额12万元。'))).toEqual([]);
  });

  it('flags counts of normative documents', () => {
    const issued = clean.cells['t2.normativeDocs.issued']!;
    const r = withText(clean, 's2', `本年制发行政规范性文件${issued + 2}件。`);
    expect(textFlags(r)).toMatchObject([{ cells: ['t2.normativeDocs.issued'], expected: issued + 2, actual: issued }]);
  });

  it.each([
    ['a figure of the whole city', '全市共收到政府信息公开申请999件。'],
    ['a figure of last year', '2021年共收到政府信息公开申请999件。'],
    ['a comparison', '较上年收到政府信息公开申请999件有所增加。'],
    ['a sub-count', '其中收到政府信息公开申请999件来自网上。'],
    ['an approximate figure', '共收到政府信息公开申请999余件。'],
    ['hotline requests', '收到12345热线转办政府信息公开申请999件。'],
    ['internal rules', '制定规章制度9项。'],
    ['a review count outside the disclosure work', '全年办理行政复议案件235件。'],
    ['review cases handled as the review body', '全年共办理行政复议案件56件，其中涉及政府信息公开的1件。'],
    ['the information-processing fee', '本年度收取信息处理费，行政事业性收费0万元。'],
  ])('ignores %s', (_what, text) => {
    expect(textFlags(withText(clean, 's6', text))).toEqual([]);
  });
});

describe('TEXT_ITEMIZATION', () => {
  const clean = cleanReport('2021');

  it('flags a total that its listed items do not add up to', () => {
    const r = withText(clean, 's1', '本年新增主动公开政府信息130条。其中包括：政策文件40条，工作动态50条、通知公告30条。');
    const flags = textFlags(r);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ code: 'TEXT_ITEMIZATION', severity: 'warning', cells: [], expected: 130, actual: 120 });
    expect(flags[0].message.zh).toContain('130');
    expect(flags[0].message.zh).toContain('120');
    expect(flags[0].message.zh).toContain('相差 10');
    expect(flags[0].message.en).toContain('3 items');
  });

  it('flags "共…X件，其中…A件、…B件" with Chinese numerals', () => {
    const r = withText(clean, 's6', '共受理群众意见十件，其中网上五件、现场三件。');
    expect(textFlags(r)).toMatchObject([{ code: 'TEXT_ITEMIZATION', expected: 10, actual: 8 }]);
  });

  it('stops the list at the end of the sentence', () => {
    const r = withText(clean, 's6', '公开信息100条，其中政策60条、动态40条。另有解读30条、图解20条。');
    expect(textFlags(r)).toEqual([]);
  });

  it.each([
    ['a list that says it is incomplete (等)', '共计5151件，其中热线4911件，信箱85件、厅局长信箱111件等平台的诉求。'],
    ['an approximate total', '修改信息100余条，其中错别字30条、敏感字20条。'],
    ['a second breakdown after the first adds up', '共收到申请10件，其中自然人8件、法人2件，予以公开5件。'],
    ['a few examples from a large total', '主动公开信息1000条，其中政策解读30条、图解20条。'],
    ['a single item', '主动公开信息1000条，其中政策文件999条。'],
    ['a list of changes', '公开信息100条，较上年增加20条，其中增长10条、减少5条。'],
    ['a list of overlapping channels', '公开信息1500条，其中通过政府网站发布1000条、通过政务新媒体发布800条。'],
  ])('ignores %s', (_what, text) => {
    expect(codes(textFlags(withText(clean, 's6', text))).filter((c) => c === 'TEXT_ITEMIZATION')).toEqual([]);
  });
});
