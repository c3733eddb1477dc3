import type { ColumnDef, RowDef, RowGroupDef, TableDef, TemplateId } from './types';

const BOTH: readonly TemplateId[] = ['2019', '2021'];
const Y2019: readonly TemplateId[] = ['2019'];
const Y2021: readonly TemplateId[] = ['2021'];

// ---------------------------------------------------------------------------------------
// Table 2: 主动公开政府信息情况. Its rows have their own columns, and the two templates differ.
// ---------------------------------------------------------------------------------------

const count = (key: string, zh: string, en: string, variants: string[] = []): ColumnDef => ({
  key, zh, en, variants, unit: 'count',
});

const issued = count('issued', '本年制发件数', 'issued this year', ['本年新制发件数', '本年制发数量', '本年制发']);
const repealed = count('repealed', '本年废止件数', 'repealed this year', ['本年废止数量', '本年废止']);
const inForce = count('inForce', '现行有效件数', 'in force', ['现行有效数量', '现行有效']);
const decisions2021 = count('decisions', '本年处理决定数量', 'decisions this year', ['本年处理决定数', '处理决定数量', '本年度处理决定数量']);

const made = count('made', '本年新制作数量', 'made this year', ['本年新制作', '新制作数量']);
const published = count('published', '本年新公开数量', 'published this year', ['本年新公开', '新公开数量']);
const totalPublished = count('totalPublished', '对外公开总数量', 'total published', ['对外公开总数', '公开总数量']);
const previousItems = count('previousItems', '上一年项目数量', 'items last year', ['上年项目数量', '上一年项目数']);
const change: ColumnDef = { ...count('change', '本年增/减', 'change this year', ['本年增减', '本年增/减数量', '增/减']), mayBeNegative: true };
const decisions2019 = count('decisions', '处理决定数量', 'decisions', ['本年处理决定数量', '处理决定数']);
const procurementItems = count('items', '采购项目数量', 'procurement items', ['采购项目数']);
const wanYuan = (key: string, zh: string, en: string, variants: string[]): ColumnDef => ({
  key, zh, en, variants, unit: 'wanYuan', fractional: true,
});
const feesAmount = wanYuan('amount', '本年收费金额（单位：万元）', 'fee revenue (10k yuan)', ['本年收费金额', '收费金额（单位：万元）', '本年收费金额(万元)', '收费金额']);
const procurementAmount = wanYuan('amount', '采购总金额', 'procurement amount (10k yuan)', ['采购总金额（万元）', '采购金额']);

const t2Groups: readonly RowGroupDef[] = [
  { key: 'art20.1', zh: '第二十条第（一）项', en: 'Art. 20 (1): rules and normative documents', number: '（一）' },
  { key: 'art20.5', zh: '第二十条第（五）项', en: 'Art. 20 (5): administrative licensing', number: '（五）' },
  { key: 'art20.6', zh: '第二十条第（六）项', en: 'Art. 20 (6): punishment and coercion', number: '（六）' },
  { key: 'art20.8', zh: '第二十条第（八）项', en: 'Art. 20 (8): administrative fees', number: '（八）' },
  { key: 'art20.9', zh: '第二十条第（九）项', en: 'Art. 20 (9): government procurement', number: '（九）' },
];

const regulations = { key: 'regulations', zh: '规章', en: 'Rules (regulations)', variants: ['政府规章', '部门规章'], group: 'art20.1' };
const normativeDocs = { key: 'normativeDocs', zh: '行政规范性文件', en: 'Normative documents', variants: ['规范性文件'], group: 'art20.1' };
const licensing = { key: 'licensing', zh: '行政许可', en: 'Administrative licensing', group: 'art20.5' };
const otherServices = { key: 'otherServices', zh: '其他对外管理服务事项', en: 'Other public services', variants: ['其他对外管理服务'], group: 'art20.5' };
const punishment = { key: 'punishment', zh: '行政处罚', en: 'Administrative punishment', group: 'art20.6' };
const coercion = { key: 'coercion', zh: '行政强制', en: 'Administrative coercion', group: 'art20.6' };
const fees = { key: 'fees', zh: '行政事业性收费', en: 'Administrative fees', variants: ['行政事业收费'], group: 'art20.8' };
const procurement = { key: 'procurement', zh: '政府集中采购', en: 'Centralised procurement', variants: ['集中采购'], group: 'art20.9' };

export const TABLE2_2021: TableDef = {
  id: 't2', section: 's2', zh: '主动公开政府信息情况', en: 'Proactive disclosure', templates: Y2021,
  groups: t2Groups.filter((g) => g.key !== 'art20.9'),
  rows: [
    { ...regulations, columns: [issued, repealed, inForce], templates: Y2021 },
    { ...normativeDocs, columns: [issued, repealed, inForce], templates: Y2021 },
    { ...licensing, columns: [decisions2021], templates: Y2021 },
    { ...punishment, columns: [decisions2021], templates: Y2021 },
    { ...coercion, columns: [decisions2021], templates: Y2021 },
    { ...fees, columns: [feesAmount], templates: Y2021 },
  ],
};

export const TABLE2_2019: TableDef = {
  id: 't2', section: 's2', zh: '主动公开政府信息情况', en: 'Proactive disclosure', templates: Y2019,
  groups: t2Groups,
  rows: [
    { ...regulations, columns: [made, published, totalPublished], templates: Y2019 },
    { ...normativeDocs, zh: '规范性文件', variants: ['行政规范性文件'], columns: [made, published, totalPublished], templates: Y2019 },
    { ...licensing, columns: [previousItems, change, decisions2019], templates: Y2019 },
    { ...otherServices, columns: [previousItems, change, decisions2019], templates: Y2019 },
    { ...punishment, columns: [previousItems, change, decisions2019], templates: Y2019 },
    { ...coercion, columns: [previousItems, change, decisions2019], templates: Y2019 },
    { ...fees, columns: [previousItems, change], templates: Y2019 },
    { ...procurement, columns: [procurementItems, procurementAmount], templates: Y2019 },
  ],
};

// ---------------------------------------------------------------------------------------
// Table 3: 收到和处理政府信息公开申请情况. Same columns on every row; both templates.
// ---------------------------------------------------------------------------------------

/** Applicant columns in template order. `otherOrg` prints as "其他" under 法人或其他组织. */
export const TABLE3_COLUMNS: readonly ColumnDef[] = [
  count('naturalPerson', '自然人', 'natural persons', ['个人']),
  count('commercial', '商业企业', 'businesses', ['企业']),
  count('research', '科研机构', 'research institutions'),
  count('publicInterest', '社会公益组织', 'public-interest organisations', ['公益组织']),
  count('legalService', '法律服务机构', 'legal service providers'),
  count('otherOrg', '其他', 'other organisations', ['其他组织']),
  count('total', '总计', 'total', ['合计']),
];

/** Header that spans the five organisation columns. */
export const TABLE3_ORG_HEADER: Readonly<{ zh: string; en: string; variants: readonly string[]; columns: readonly string[] }> = {
  zh: '法人或其他组织', en: 'legal persons or other organisations', variants: ['法人和其他组织', '法人或者其他组织'],
  columns: ['commercial', 'research', 'publicInterest', 'legalService', 'otherOrg'],
};

const t3Groups: readonly RowGroupDef[] = [
  { key: 'outcomes', zh: '本年度办理结果', en: 'Outcomes this year', number: '三、' },
  { key: 'denied', zh: '不予公开', en: 'Denied', number: '（三）' },
  { key: 'unavailable', zh: '无法提供', en: 'Unable to provide', number: '（四）' },
  { key: 'notProcessed', zh: '不予处理', en: 'Not processed', number: '（五）' },
  { key: 'otherProcessing', zh: '其他处理', en: 'Other handling', number: '（六）' },
];

type T3Row = Omit<RowDef, 'columns' | 'templates'> & { templates?: readonly TemplateId[] };
const t3 = (r: T3Row): RowDef => ({ ...r, columns: TABLE3_COLUMNS, templates: r.templates ?? BOTH });

export const TABLE3: TableDef = {
  id: 't3', section: 's3', zh: '收到和处理政府信息公开申请情况', en: 'Requests received and handled', templates: BOTH,
  groups: t3Groups,
  rows: [
    t3({ key: 'newRequests', number: '一、', zh: '本年新收政府信息公开申请数量', en: 'New requests this year', short: { zh: '新收', en: 'new' }, variants: ['本年新收政府信息公开申请', '本年新收申请数量'] }),
    t3({ key: 'carriedOver', number: '二、', zh: '上年结转政府信息公开申请数量', en: 'Carried over from last year', short: { zh: '上年结转', en: 'carried over' }, variants: ['上年结转政府信息公开申请', '上年结转申请数量'] }),
    t3({ key: 'granted', group: 'outcomes', number: '（一）', zh: '予以公开', en: 'Granted' }),
    t3({ key: 'partiallyGranted', group: 'outcomes', number: '（二）', zh: '部分公开（区分处理的，只计这一情形，不计其他情形）', en: 'Partially granted', short: { zh: '部分公开', en: 'partially granted' }, variants: ['部分公开'] }),
    t3({ key: 'denied.stateSecret', group: 'denied', number: '1.', zh: '属于国家秘密', en: 'State secret' }),
    t3({ key: 'denied.lawProhibited', group: 'denied', number: '2.', zh: '其他法律行政法规禁止公开', en: 'Prohibited by other laws' }),
    t3({ key: 'denied.securityStability', group: 'denied', number: '3.', zh: '危及“三安全一稳定”', en: 'Endangers security or stability', variants: ['危及三安全一稳定'] }),
    t3({ key: 'denied.thirdPartyRights', group: 'denied', number: '4.', zh: '保护第三方合法权益', en: 'Third-party rights' }),
    t3({ key: 'denied.internalAffairs', group: 'denied', number: '5.', zh: '属于三类内部事务信息', en: 'Internal affairs' }),
    t3({ key: 'denied.processInfo', group: 'denied', number: '6.', zh: '属于四类过程性信息', en: 'Process information' }),
    t3({ key: 'denied.enforcementFiles', group: 'denied', number: '7.', zh: '属于行政执法案卷', en: 'Enforcement case files' }),
    t3({ key: 'denied.inquiryMatters', group: 'denied', number: '8.', zh: '属于行政查询事项', en: 'Administrative inquiry matters' }),
    t3({ key: 'unavailable.notHeld', group: 'unavailable', number: '1.', zh: '本机关不掌握相关政府信息', en: 'Information not held' }),
    t3({ key: 'unavailable.needsCreation', group: 'unavailable', number: '2.', zh: '没有现成信息需要另行制作', en: 'Would need to be created' }),
    t3({ key: 'unavailable.unclear', group: 'unavailable', number: '3.', zh: '补正后申请内容仍不明确', en: 'Still unclear after correction' }),
    t3({ key: 'notProcessed.petition', group: 'notProcessed', number: '1.', zh: '信访举报投诉类申请', en: 'Petitions and complaints' }),
    t3({ key: 'notProcessed.duplicate', group: 'notProcessed', number: '2.', zh: '重复申请', en: 'Duplicate requests' }),
    t3({ key: 'notProcessed.publication', group: 'notProcessed', number: '3.', zh: '要求提供公开出版物', en: 'Requests for publications' }),
    t3({ key: 'notProcessed.excessive', group: 'notProcessed', number: '4.', zh: '无正当理由大量反复申请', en: 'Excessive repeated requests' }),
    t3({ key: 'notProcessed.confirmation', group: 'notProcessed', number: '5.', zh: '要求行政机关确认或重新出具已获取信息', en: 'Confirmation of information already obtained' }),
    t3({
      key: 'otherProcessing', group: 'outcomes', number: '（六）', zh: '其他处理', en: 'Other handling', templates: Y2019,
      alternativeTo: { templates: Y2021, rows: ['otherProcessing.noCorrection', 'otherProcessing.unpaidFee', 'otherProcessing.other'] },
    }),
    t3({
      key: 'otherProcessing.noCorrection', group: 'otherProcessing', number: '1.', templates: Y2021,
      zh: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', en: 'Applicant did not correct in time', short: { zh: '逾期不补正', en: 'not corrected in time' },
      variants: ['申请人无正当理由逾期不补正'],
    }),
    t3({
      key: 'otherProcessing.unpaidFee', group: 'otherProcessing', number: '2.', templates: Y2021,
      zh: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', en: 'Applicant did not pay the fee in time', short: { zh: '逾期未缴费', en: 'fee not paid in time' },
      variants: ['申请人逾期未按收费通知要求缴纳费用'],
    }),
    t3({ key: 'otherProcessing.other', group: 'otherProcessing', number: '3.', templates: Y2021, zh: '其他', en: 'Other' }),
    t3({ key: 'total', group: 'outcomes', number: '（七）', zh: '总计', en: 'Total handled', short: { zh: '办理结果总计', en: 'total handled' }, variants: ['合计'] }),
    t3({ key: 'carriedForward', number: '四、', zh: '结转下年度继续办理', en: 'Carried forward to next year', short: { zh: '结转下年', en: 'carried forward' }, variants: ['结转下年度继续办理数量', '结转下年度'] }),
  ],
};

// ---------------------------------------------------------------------------------------
// Table 4: 政府信息公开行政复议、行政诉讼情况. Three groups of five columns.
// ---------------------------------------------------------------------------------------

export const TABLE4_COLUMNS: readonly ColumnDef[] = [
  count('upheld', '结果维持', 'upheld', ['维持']),
  count('corrected', '结果纠正', 'corrected', ['纠正']),
  count('other', '其他结果', 'other result', ['其他']),
  count('pending', '尚未审结', 'pending', ['未审结']),
  count('total', '总计', 'total', ['合计']),
];

export const TABLE4: TableDef = {
  id: 't4', section: 's4', zh: '政府信息公开行政复议、行政诉讼情况', en: 'Administrative review and litigation', templates: BOTH,
  groups: [{ key: 'litigation', zh: '行政诉讼', en: 'Litigation' }],
  rows: [
    { key: 'review', zh: '行政复议', en: 'Administrative review', columns: TABLE4_COLUMNS, templates: BOTH },
    { key: 'litigationDirect', group: 'litigation', zh: '未经复议直接起诉', en: 'Litigation without prior review', variants: ['未经复议直接起诉的'], columns: TABLE4_COLUMNS, templates: BOTH },
    { key: 'litigationAfterReview', group: 'litigation', zh: '复议后起诉', en: 'Litigation after review', variants: ['复议后起诉的', '经复议后起诉'], columns: TABLE4_COLUMNS, templates: BOTH },
  ],
};
