import { describe, expect, it } from 'vitest';
import { boilerplateReason, checkReport, type CheckInput, type Flag } from '../index';
import { cleanReport, withText } from './support/clean-report';
import { huaibeiReport } from './support/huaibei';

const NARRATIVE = ['PROBLEMS_BOILERPLATE', 'FEE_NOT_REPORTED', 'STATEMENT_MISSING'];
const narrative = (r: CheckInput): Flag[] => checkReport(r).filter((f) => NARRATIVE.includes(f.code));
const UNPAID = 't3.otherProcessing.unpaidFee.total';

// Section 五 texts as real reports write them.
const GENERIC =
  '我局政府信息公开工作虽然取得了一定成效，但仍存在一些不足，主要是信息公开的及时性和全面性有待提高，工作人员业务水平有待提升。' +
  '下一步，我局将进一步加强学习培训，提高工作人员业务能力，不断提升政府信息公开工作水平。';
const GENERIC_2 =
  '2022年，我单位政务公开工作取得了一定成绩，但与上级要求和群众期待相比还有一定差距，主要表现在：公开内容不够全面，公开形式不够丰富，工作人员业务能力有待提高。' +
  '2023年，我单位将认真贯彻落实上级要求，进一步加大公开力度，丰富公开形式，加强业务培训，不断提高政务公开工作水平。';
const CONCRETE =
  '一是部分科室对政府信息公开的重要性认识不足，主动公开意识不强，信息报送不及时；二是政策解读形式单一，图解、视频解读较少。' +
  '针对以上问题，我局将：一是将信息报送纳入科室季度考核，每季度通报；二是每件政策文件同步制作图解解读。';

describe('PROBLEMS_BOILERPLATE (section 五)', () => {
  it.each([
    ['无。', 'empty'],
    ['', 'empty'],
    ['暂无', 'empty'],
    ['主动公开的深度和广度还需加强。下一步将完善工作机制。', 'short'],
    ['本年度我局依申请公开答复全部在法定期限内完成，政策解读、图解和视频解读同步发布，门户网站信息公开专栏按季度检查更新，全年未发生因公开不当引发的复议诉讼。', 'noProblem'],
    ['依申请公开答复书格式不统一，个别答复未告知申请人救济途径；政策解读栏目更新滞后，部分栏目内容为空，图解数量偏少，门户网站专栏链接失效。', 'noMeasure'],
    [GENERIC, 'generic'],
    [GENERIC_2, 'generic'],
    [CONCRETE, null],
  ])('%s → %s', (text, reason) => {
    expect(boilerplateReason(text)).toBe(reason);
    const flags = narrative(withText(cleanReport('2021'), 's5', text)).filter((f) => f.code === 'PROBLEMS_BOILERPLATE');
    if (reason === null) expect(flags).toEqual([]);
    else expect(flags).toMatchObject([{ severity: 'info', cells: [], expected: '五、存在的主要问题及改进情况', actual: reason }]);
  });

  it('says why in the message, with the length', () => {
    const [f] = narrative(withText(cleanReport('2021'), 's5', GENERIC));
    expect(f.message.zh).toBe('“五、存在的主要问题及改进情况”部分只有通用表述，未写明具体问题和改进措施（97 字）');
    expect(f.message.en).toContain('stock phrases');
  });

  it('is not raised for a missing section 五 (SECTION_MISSING is) nor for a free-form report', () => {
    const r = cleanReport('2021');
    expect(narrative({ ...r, sections: r.sections.filter((s) => s.id !== 's5') })).toEqual([]);
    expect(narrative({ ...withText(r, 's5', '无'), year: 2015, template: null })).toEqual([]);
  });
});

describe('FEE_NOT_REPORTED (section 六, 2021 template)', () => {
  const clean = cleanReport('2021');
  const unpaid = clean.cells[UNPAID] as number;

  it('the clean report has fee notices in table 3 and says so in 六', () => {
    expect(unpaid).toBeGreaterThan(0);
    expect(narrative(clean)).toEqual([]);
  });

  it('flags a section 六 silent on 信息处理费, pointing at 逾期未缴费 when fee notices were sent', () => {
    const flags = narrative(withText(clean, 's6', '本年度无其他需要报告的事项。'));
    expect(flags).toEqual([{
      code: 'FEE_NOT_REPORTED', severity: 'info', cells: [UNPAID], expected: '信息处理费', actual: unpaid,
      message: {
        zh: `“六、其他需要报告的事项”未报告信息处理费收取情况，而表三“申请人逾期未按收费通知要求缴纳费用”为 ${unpaid} 件，说明本年发出过收费通知`,
        en: `Section 6 (Other matters) does not report information-processing fees, although table 3 shows ${unpaid} request(s) dropped for an unpaid fee notice`,
      },
    }]);
  });

  it('without fee notices it still asks for the statement (cells empty, actual null)', () => {
    const r = withText({ ...clean, cells: { ...clean.cells, [UNPAID]: 0 } }, 's6', '本年度无其他需要报告的事项。');
    expect(narrative(r).map((f) => [f.code, f.cells, f.actual])).toEqual([['FEE_NOT_REPORTED', [], null]]);
  });

  it.each(['本年度没有产生信息公开处理费。', '本年度未收取信息处理费。', '本机关办理政府信息公开申请未向申请人收取任何费用。'])('accepts "%s"', (text) => {
    expect(narrative(withText(clean, 's6', text))).toEqual([]);
  });

  it('does not apply to the 2019 template', () => {
    expect(narrative(withText(cleanReport('2019'), 's6', '无。'))).toEqual([]);
  });
});

describe('STATEMENT_MISSING', () => {
  const PREAMBLE = '根据《中华人民共和国政府信息公开条例》编制本报告。本报告中所列数据统计期限自2022年1月1日起至2022年12月31日止。如对本报告有疑问，请与县政府办公室联系（电话：0517-87000000）。';

  it('is not assessed for the period and the contact without the preamble', () => {
    expect(narrative(cleanReport('2021'))).toEqual([]);
  });

  it('finds the period and the contact in the preamble, names each one missing', () => {
    const r = cleanReport('2021');
    expect(narrative({ ...r, preamble: PREAMBLE })).toEqual([]);
    const flags = narrative({ ...r, preamble: '根据《中华人民共和国政府信息公开条例》编制本报告。' });
    expect(flags.map((f) => [f.code, f.expected, f.message.zh])).toEqual([
      ['STATEMENT_MISSING', '数据统计期限', '报告未说明数据统计期限'],
      ['STATEMENT_MISSING', '咨询联系方式', '报告未说明咨询联系方式'],
    ]);
  });

  it('asks a 人民政府 (not its 办公室, not a department) for 考核、评议、责任追究', () => {
    const r = { ...cleanReport('2021'), preamble: PREAMBLE };
    const gov = narrative({ ...r, agency: '淮安市洪泽区人民政府' });
    expect(gov).toMatchObject([{ code: 'STATEMENT_MISSING', expected: '工作考核、社会评议和责任追究结果情况', cells: [], actual: null }]);
    expect(gov[0].message.zh).toBe('报告未说明工作考核、社会评议和责任追究结果情况（缺少：工作考核、社会评议、责任追究）');
    const partly = withText({ ...r, agency: '淮安市洪泽区人民政府' }, 's1', `${r.sections[0].text}将政务公开纳入年度绩效考核，开展社会评议。`);
    expect(narrative(partly).map((f) => f.message.zh)).toEqual(['报告未说明工作考核、社会评议和责任追究结果情况（缺少：责任追究）']);
    expect(narrative({ ...r, agency: '淮安市人民政府办公室' })).toEqual([]);
    expect(narrative({ ...r, agency: '淮安市公安局' })).toEqual([]);
  });
});

describe('淮北市公安局 2022 (the shared report)', () => {
  const report = huaibeiReport();

  it('gets none of the narrative flags: period and contact in the preamble, 处理费 in 六, a concrete 五', () => {
    expect(report.preamble).toContain('统计期限自2022年1月1日起至2022年12月31日止');
    expect(boilerplateReason(report.sections.find((s) => s.id === 's5')!.text)).toBeNull();
    expect(narrative(report)).toEqual([]);
  });

  it('would get STATEMENT_MISSING without its contact line, and FEE_NOT_REPORTED without its 处理费 sentence', () => {
    const noContact = { ...report, preamble: report.preamble!.replace(/如有疑问[^。]*。（[^）]*）。/, '') };
    expect(noContact.preamble).not.toContain('联系');
    expect(narrative(noContact).map((f) => f.expected)).toEqual(['咨询联系方式']);
    const six = report.sections.find((s) => s.id === 's6')!.text;
    const noFee = withText(report, 's6', six.replace(/按照《国务院办公厅[^\n]*处理费。/, ''));
    expect(narrative(noFee)).toMatchObject([{ code: 'FEE_NOT_REPORTED', cells: [], actual: null }]);
  });
});
