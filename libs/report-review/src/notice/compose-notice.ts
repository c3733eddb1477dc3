import type { Flag } from '@gongkai/report-checks';
import { flagCode, type CellValues, type TemplateId } from '@gongkai/report-format';
import { ReviewInputError } from '../errors';
import type { RiskCard } from '../risk/risk-card';
import { isoDate, zhDate } from '../util/dates';
import { describeCells } from './cells';
import { riskCardBlocks } from './risk-table';
import { RULE_TEXT } from './rule-text';
import type { NoticeBlock, NoticeDoc } from './types';

export type NoticeKind = 'rectification' | 'assessment';

export type NoticeData = {
  /** 整改通知 (the agency must correct) or 评估意见 (an assessment to act on). */
  kind: NoticeKind;
  /** Who issues it: "淮北市人民政府办公室". */
  issuer: string;
  /** The agency addressed: "淮北市公安局". */
  agency: string;
  year: number;
  /** The report's title as published; default "<agency><year>年政府信息公开工作年度报告". */
  reportTitle?: string;
  template: TemplateId | null;
  /** The report's cells, for the values of the flagged cells. */
  cells: CellValues;
  /** The confirmed flags, in the order to number them. */
  flags: readonly Flag[];
  riskCard?: RiskCard;
  /** yyyy-mm-dd: the date by which to report back. */
  deadline: string;
  /** yyyy-mm-dd: the date of the document. */
  date: string;
  /** 文号: "淮政办函〔2023〕12号". */
  docNumber?: string;
  /** Contact line at the end: "联系人：张三，电话：0561-3000000". */
  contact?: string;
};

const PART_NUMBERS = ['一', '二', '三', '四'];
const sentence = (s: string) => (/[。！？]$/.test(s) ? s : `${s}。`);

/** One numbered item per flag: the finding with its numbers, the cells and their values, the rule. */
function item(n: number, flag: Flag, data: NoticeData): NoticeBlock {
  const def = flagCode(flag.code);
  const details: string[] = [];
  if (flag.cells.length > 0) details.push(`涉及单元格：${describeCells(flag.cells, data.template, data.cells)}。`);
  const rule = RULE_TEXT[flag.code];
  if (rule) details.push(`依据：${sentence(rule)}`);
  return { kind: 'item', number: n, text: `${def.zh}：${sentence(flag.message.zh)}`, details };
}

/**
 * A 整改通知 / 评估意见 for one agency and year: title, addressee, opening, one numbered item
 * per confirmed flag, the risk card, a closing with the deadline, issuer and date.
 */
export function composeNotice(data: NoticeData): NoticeDoc {
  const deadline = isoDate(data.deadline, 'notice.deadline');
  const date = isoDate(data.date, 'notice.date');
  if (deadline < date) throw new ReviewInputError(`deadline ${deadline} is before the notice date ${date}`, 'notice.deadline');
  if (!data.agency.trim()) throw new ReviewInputError('no agency', 'notice.agency');
  if (!data.issuer.trim()) throw new ReviewInputError('no issuer', 'notice.issuer');
  data.flags.forEach((f, i) => {
    flagCode(f.code); // throws on a code the catalog does not know
    if (!f.message?.zh) throw new ReviewInputError(`flag ${f.code} has no Chinese message`, `notice.flags[${i}]`);
  });

  const reportTitle = data.reportTitle ?? `${data.agency}${data.year}年政府信息公开工作年度报告`;
  const rect = data.kind === 'rectification';
  const title = rect ? `关于${data.agency}${data.year}年政府信息公开工作年度报告问题的整改通知` : `关于${data.agency}${data.year}年政府信息公开工作年度报告的评估意见`;
  const n = data.flags.length;
  const blocks: NoticeBlock[] = [{ kind: 'title', text: title }];
  if (data.docNumber) blocks.push({ kind: 'subtitle', text: data.docNumber });
  blocks.push({ kind: 'addressee', text: `${data.agency}：` });
  const basis = '根据《中华人民共和国政府信息公开条例》第四十九条、第五十条和《中华人民共和国政府信息公开工作年度报告格式》的规定';
  blocks.push({
    kind: 'paragraph',
    text: n === 0
      ? `${basis}，我单位对你单位发布的《${reportTitle}》进行了审核，未发现需要${rect ? '整改' : '说明'}的问题。`
      : `${basis}，我单位对你单位发布的《${reportTitle}》进行了审核，发现以下 ${n} 个问题，${rect ? '现通知如下' : '评估意见如下'}：`,
  });
  let part = 0;
  const heading = (text: string): NoticeBlock => ({ kind: 'heading', text: `${PART_NUMBERS[part++]}、${text}` });
  if (n > 0) {
    blocks.push(heading(rect ? '存在的问题' : '评估发现的问题'));
    data.flags.forEach((f, i) => blocks.push(item(i + 1, f, data)));
  }
  if (data.riskCard) {
    const [, ...rest] = riskCardBlocks(data.riskCard, '');
    blocks.push(heading('风险评级'), ...rest);
  }
  const by = zhDate(deadline);
  blocks.push(heading(rect ? '整改要求' : '工作要求'));
  blocks.push({
    kind: 'paragraph',
    text: rect
      ? `请你单位对照上述问题逐项核实，于${by}前完成整改，在政府信息公开平台更新年度报告并注明更正情况，同时将整改情况书面报送${data.issuer}。`
      : `请你单位认真研究上述评估意见，于${by}前将核实和改进情况书面报送${data.issuer}。`,
  });
  if (data.contact) blocks.push({ kind: 'paragraph', text: data.contact });
  blocks.push({ kind: 'signature', lines: [data.issuer, zhDate(date)] });
  return { title, blocks };
}
