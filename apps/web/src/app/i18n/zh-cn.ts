import { auditZh } from './audit-zh';
import { workbenchZh } from './workbench-zh';

/** UI strings in Chinese (the default). Labels of metrics, rows and flags come from the API. */
export const zhCN = {
  app: { title: '政务公开年报透视', subtitle: '政府信息公开工作年度报告分析平台', print: '打印', logout: '退出登录', language: 'English' },
  nav: { overview: '总览', trends: '趋势', compare: '对比', rankings: '排名', reports: '报告', flags: '问题', import: '导入', coverage: '覆盖情况', risk: '风险评级', notices: '整改通知', directory: '机关名录', audit: '审计日志' },
  role: { VIEWER: '浏览', ANALYST: '分析员', SUPERVISOR: '监督员', ADMIN: '管理员' },
  login: { title: '登录', email: '账号（邮箱）', password: '密码', submit: '登录', failed: '登录失败：{{message}}', required: '请输入{{field}}' },
  common: {
    year: '年度', allYears: '全部年度', fromYear: '起始年度', toYear: '截止年度', region: '地区', agencyType: '机关类型', agency: '机关', metric: '指标',
    allRegions: '全部地区', allTypes: '全部类型', search: '搜索', reset: '重置', loading: '加载中…', empty: '暂无数据',
    error: '加载失败', retry: '重试', value: '数值', total: '合计', chart: '图表', table: '表格', line: '折线图', bar: '柱状图',
    exportCsv: '导出 CSV', exportXlsx: '导出 Excel', exportPng: '导出图片', yes: '是', no: '否', notFound: '页面不存在', totalItems: '共 {{n}} 条',
    forbidden: '当前角色无权访问此页面', backHome: '返回总览', unit: { count: '件', wanYuan: '万元', ratio: '%' },
  },
  overview: {
    title: '总览', reports: '年报数', agencies: '机关数', requests: '收到申请', disclosureRate: '公开率', fees: '收费金额', openFlags: '待处理问题',
    vsLastYear: '较上年', noPrevious: '上年无数据', items: '主动公开信息（件）', outcomes: '依申请公开办理结果（件）', feeTrend: '行政事业性收费（万元）',
    byRegion: '分地区', scope: '范围',
  },
  trends: { title: '趋势', groupBy: '分组', group: { YEAR: '合计', REGION: '按地区', AGENCY_TYPE: '按机关类型', AGENCY: '按机关' }, limit: '显示数量', series: '系列' },
  compare: {
    title: '对比', pick: '选择 2–10 个机关（按名称搜索，可按地区、类型筛选）', tooFew: '请至少选择 2 个机关', tooMany: '最多选择 10 个机关',
    metrics: '指标', outcomeMix: '办理结果构成', consistency: '一致性记录（问题数）', outliers: '异常值', outlierHint: '红色标注：与其他所选机关相比明显偏离（稳健 Z 分数 ≥ 3.5）',
    errors: '错误', warnings: '警告', infos: '提示', reports: '年报数',
  },
  rankings: { title: '排名', top: '前列', bottom: '末位', rank: '名次', limit: '数量' },
  reports: {
    title: '报告', search: '按机关名称或文件名搜索', fileName: '文件', template: '格式版本', publishedAt: '发布日期', status: '状态', flags: '问题',
    errors: '错误', warnings: '警告', infos: '提示', ingestedAt: '导入时间', open: '查看',
  },
  report: {
    title: '年报详情', notFound: '未找到该报告', flags: '问题清单', noFlags: '未发现问题', source: '原文', previous: '上年', previousReport: '上年报告',
    cellPos: '位置', line: '第 {{line}} 行', lines: '第 {{line}}–{{endLine}} 行', page: '第 {{page}} 页', tablePos: '原文第 {{table}} 个表格 第 {{row}} 行 第 {{col}} 列', clickCell: '点击单元格查看原文位置', noPos: '原文中没有这个单元格（缺失或空白）',
    expected: '应为', actual: '实为', versions: '历史版本', blank: '（空）', selectedCell: '所选单元格', back: '返回列表', showPrevious: '显示上年数值',
  },
  flags: {
    title: '问题', code: '问题类型', severity: '级别', status: '状态', message: '说明', cells: '单元格', report: '报告', review: '审核',
    confirm: '确认', dismiss: '驳回', note: '理由', noteRequired: '驳回需填写理由', reviewed: '已审核', byCodeOverYears: '各类问题按年度统计',
    reviewer: '审核人', reviewedAt: '审核时间', reviewTitle: '审核问题', saved: '已保存审核结果',
    sev: { ERROR: '错误', WARNING: '警告', INFO: '提示' }, st: { OPEN: '待审核', CONFIRMED: '已确认', DISMISSED: '已驳回' },
  },
  import: {
    title: '导入', drop: '将年报文件（TXT、PDF、HTML、DOCX）或 ZIP 压缩包拖到此处，或点击选择', hint: '上传后立即解析和校验；同一文件重复上传不会重复入库',
    uploading: '上传中', progress: '进度', done: '完成', failed: '失败', duplicate: '重复', replaced: '已替换', flagCount: '问题数', openReport: '查看报告', result: '结果',
  },
  ...workbenchZh,
  ...auditZh,
};
export type Messages = typeof zhCN;
