import { SECTIONS, TEMPLATES, type SectionDef } from '@gongkai/report-format';
import { Rng } from './random';
import { chineseDate, type DocBlock } from './render/blocks';
import { table2Blocks, table3Grid, table4Grid } from './render/table-grid';
import type { NarrativeFacts, ReportModel, RenderStyle } from './types';

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Categories real reports itemise their proactive disclosures by. */
export const ITEM_CATEGORIES = [
  '政策法规信息', '重大决策公开', '规划计划', '建议提案办理', '机构领导', '机构设置', '财政资金', '应急管理', '乡村振兴',
  '权责清单', '公共服务', '行政权力运行', '行政执法公示', '双随机一公开', '招标采购', '新闻发布', '政策解读', '回应关切',
  '监督保障', '人事信息', '工作动态', '通知公告', '统计信息', '民生实事',
];

const selfName = (type: string): string =>
  type === 'government' ? '本机关' : type === 'health' ? '我委' : type === 'archives' ? '我馆' : '我局';

function subNumber(style: number, i: number): string {
  if (style === 0) return `（${CN[i]}）`;
  if (style === 1) return `${i + 1}.`;
  return `（${i + 1}）`;
}

function sectionHeading(def: SectionDef, rng: Rng): string {
  const label = def.variants && rng.chance(0.25) ? rng.pick(def.variants) : def.zh;
  const n = CN[Number(def.id.slice(1)) - 1];
  if (def.id === 's6' && rng.chance(0.1)) return `6、 ${label}`;
  return `${n}${rng.chance(0.08) ? ' 、' : '、'}${label}`;
}

function reviewSentence(facts: NarrativeFacts, rng: Rng): string {
  if (!facts.review) return '';
  if (facts.review.claimNone) {
    return rng.pick(['全年未发生政府信息公开行政复议、行政诉讼情况。', '未发生因政府信息公开引起的行政复议、行政诉讼。', '本年度未发生政府信息公开方面的行政复议、行政诉讼案件。']);
  }
  return `因政府信息公开被申请行政复议${facts.review.reviewCount}件，被提起行政诉讼${facts.review.litigationCount}件。`;
}

function requestsParagraph(model: ReportModel, rng: Rng): string {
  const f = model.facts;
  const who = selfName(model.agency.type);
  const opener = rng.chance(0.5) ? `${model.year}年，${who}共收到政府信息公开申请${f.newRequests}件` : `${model.year}年共收到依申请公开${f.newRequests}件`;
  const carried = `上年结转${f.carriedOver}件`;
  const done = `全年办结${f.processed}件，结转下年度继续办理${f.carriedForward}件`;
  return `${who}依法依规办理政府信息公开申请，严格落实登记、审核、答复等环节的工作要求。${opener}，${carried}，${done}。办理结果中，予以公开${f.granted}件。`;
}

function itemizationParagraph(model: ReportModel, rng: Rng): string {
  const { total, items } = model.facts.itemization;
  const list = items.map(([label, n]) => `${label}${n}条`).join('，');
  return rng.chance(0.5)
    ? `${model.year}年，${selfName(model.agency.type)}对本年度公开的政府信息进行了认真的梳理和编目，截至12月31日，新增主动公开政府信息${total}条。其中包括：${list}。`
    : `${model.year}年，${selfName(model.agency.type)}通过门户网站主动公开政府信息${total}条，其中${list}。`;
}

const FILLER: Record<string, readonly string[]> = {
  manage: [
    '进一步规范政府信息发布和管理，严格落实“三审”制度，执行“分级审核、先审后发”程序，确保信息发布准确、安全、高效。',
    '严格遵守政府信息保密审查制度，全面落实信息发布前保密审查，未发生泄密事件。',
    '定期开展政府信息公开目录梳理，及时更新公开指南和公开目录。',
  ],
  platform: [
    '充分发挥政府网站信息公开第一平台作用，依托门户网站和政务新媒体，及时发布各类政务信息。',
    '做好政务服务便民热线转办件办理工作，群众咨询、求助和意见建议均在时限内回复。',
    '加强政务新媒体规范管理，推动网站与政务新媒体联动发布。',
  ],
  oversight: [
    '每季度开展自查，认真分析存在的问题，找出原因，落实整改。',
    '把政务公开工作纳入年度考核的重要内容，严格落实政务公开责任追究制度与社会评议制度。',
    '积极参加上级组织的政务公开培训，提升工作人员业务能力。',
  ],
  problems: [
    '政务公开工作虽然取得了一定成绩，但仍存在一些不足：个别栏目更新不够及时，公开内容不够深入，政策解读形式较为单一。',
    '下一步，将进一步加强政府信息公开工作的组织领导，及时梳理更新各类信息，丰富政策解读形式，提升公开质量。',
    '工作人员业务水平有待进一步提高，将加强业务培训，压实工作责任。',
  ],
  other: [
    '按照《政府信息公开信息处理费管理办法》规定的按件、按量收费标准，本年度没有产生信息公开处理费。',
    '本年度未收取政府信息公开信息处理费。',
    '无其他需要报告的事项。',
  ],
};

const para = (text: string): DocBlock => ({ kind: 'para', text });

/** The whole document as neutral blocks, with narrative numbers taken from `model.facts`. */
export function composeDocument(model: ReportModel, style: RenderStyle): DocBlock[] {
  const rng = new Rng(model.textSeed);
  const a = model.agency.name;
  const y = model.year;
  const blocks: DocBlock[] = [];
  const title = rng.chance(0.9) ? `${a}${y}年政府信息公开工作年度报告` : `${y}年${a}政府信息公开工作年度报告`;
  blocks.push({ kind: 'title', lines: rng.chance(0.5) ? [title] : [title.slice(0, title.length - 6), title.slice(title.length - 6)] });
  const tpl = TEMPLATES[model.template];
  blocks.push(para(`根据《中华人民共和国政府信息公开条例》（国务院令第711号）规定和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（${tpl.source}）要求，现发布${a}${y}年政府信息公开工作年度报告。本报告中所列数据统计期限自${y}年1月1日起至${y}年12月31日止。`));
  const subStyle = rng.int(0, 2);
  for (const def of SECTIONS) {
    if (model.missingSections.includes(def.id)) continue;
    blocks.push({ kind: 'heading', text: sectionHeading(def, rng), section: def.id });
    switch (def.id) {
      case 's1': {
        const subs: [string, string][] = [
          ['主动公开情况', itemizationParagraph(model, rng)],
          ['依申请公开情况', requestsParagraph(model, rng)],
          ['政府信息管理情况', rng.pick(FILLER.manage)],
          ['政府信息公开平台建设情况', rng.pick(FILLER.platform)],
          ['监督保障情况', rng.pick(FILLER.oversight)],
        ];
        const order = rng.chance(0.3) ? [...rng.shuffle(subs.slice(0, 2)), ...rng.shuffle(subs.slice(2))] : subs;
        // Some reports switch numbering half way ("（3）" then "（四）", 淮北市公安局 2022).
        const switchAt = rng.chance(0.15) ? rng.int(1, 4) : 99;
        order.forEach(([h, text], i) => {
          blocks.push({ kind: 'heading', text: `${subNumber(i >= switchAt ? (subStyle + 1) % 3 : subStyle, i)}${h}` });
          blocks.push(para(text));
        });
        break;
      }
      case 's2':
        if (!model.missingTables.includes('t2')) blocks.push({ kind: 'table', grids: table2Blocks(model, style, rng) });
        else blocks.push(para('本机关主动公开政府信息情况详见政府信息公开专栏。'));
        break;
      case 's3':
        if (!model.missingTables.includes('t3')) blocks.push({ kind: 'table', grids: [table3Grid(model, style, rng)] });
        break;
      case 's4':
        if (!model.missingTables.includes('t4')) {
          blocks.push({ kind: 'table', grids: [table4Grid(model, style, rng)] });
          blocks.push(para(reviewSentence(model.facts, rng)));
        } else blocks.push(para('本年度有关情况另行报送。'));
        break;
      case 's5':
        blocks.push(para(rng.pick(FILLER.problems)));
        blocks.push(para(rng.pick(FILLER.problems)));
        break;
      case 's6':
        blocks.push(para(rng.pick(FILLER.other)));
        break;
    }
  }
  blocks.push({ kind: 'signature', agency: a, date: chineseDate(model.publishedAt) });
  return blocks;
}
