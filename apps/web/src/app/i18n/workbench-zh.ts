/** UI strings of the supervisor's workbench (issue 10), in Chinese. */
export const workbenchZh = {
  coverage: {
    title: '覆盖情况', deadline: '按时发布截止日：{{date}}', agencies: '应发布', published: '已发布', onTime: '按时发布', late: '逾期发布', undated: '日期不明',
    missing: '未发布', missingList: '未发布机关（待催报）', region: '地区 / 机关', status: { ON_TIME: '按时', LATE: '逾期', UNDATED: '日期不明', MISSING: '未发布' },
    summary: '区域汇总报告', publishedAt: '发布日期', onTimeRate: '按时发布率', allRegions: '全部地区',
  },
  directory: {
    title: '机关名录', import: '导入名录（CSV / XLSX）', importHint: '表头：名称、地区（代码或“省/市/县”名称）、类型（可空）、上级机关（可空）',
    imported: '已导入 {{rows}} 行：新增 {{added}}，更新 {{updated}}', name: '名称', type: '类型', region: '地区', parent: '上级机关', reports: '年报数',
    edit: '编辑', save: '保存', cancel: '取消', saved: '已保存', regionCode: '地区代码或名称', noParent: '（无）',
  },
  risk: {
    title: '风险评级', overall: '综合评级', ranking: '地区排名', rank: '名次', cards: '机关数', score: '风险分', rating: '评级',
    r: { RED: '红色', AMBER: '黄色', GREEN: '绿色', NOT_RATED: '不评级' }, allRatings: '全部评级', notice: '整改通知', drill: '下钻',
    thresholds: '阈值设置', saveThresholds: '保存阈值', thresholdsSaved: '阈值已保存',
  },
  notices: {
    title: '整改通知', agency: '机关', kind: '文书类型', kinds: { auto: '自动（有确认问题时为整改通知）', rectification: '整改通知', assessment: '评估意见' },
    docx: '下载 Word', pdf: '下载 PDF', regionSummary: '区域汇总报告（领导参阅）', region: '地区', pickAgency: '请选择机关', failed: '生成失败：{{message}}',
    hint: '通知列出该机关当年报告中已确认的问题（单元格、数值、依据）和风险评级。',
  },
  corrections: {
    title: '更正单元格', value: '更正后数值（留空表示空白）', reason: '更正理由', reasonRequired: '请填写更正理由', history: '更正记录', original: '原始值',
    from: '原值', to: '新值', by: '更正人', at: '时间', saved: '已更正，已重新校验', note: '本报告有 {{n}} 个单元格经人工更正（标 ✎），统计和校验使用更正后的数值。',
    corrected: '已更正', open: '更正', none: '暂无更正记录',
  },
  similarity: {
    tab: '文本相似', previous: '与本机关上年报告', peers: '与同年其他机关报告', score: '相似度', none: '未发现明显雷同', noPrevious: '无上年报告',
    thisReport: '本报告', other: '对比报告', section: '章节',
  },
};
