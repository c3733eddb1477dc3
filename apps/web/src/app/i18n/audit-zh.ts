/** UI strings of the admin's audit log, in Chinese. Action names the list lacks show as recorded. */
export const auditZh = {
  audit: {
    title: '审计日志', time: '时间', actor: '操作人', action: '操作', detail: '详情', code: '操作代码',
    allActions: '全部操作', actorSearch: '按操作人筛选', loadOlder: '加载更早的记录', shown: '已加载 {{n}} 条', end: '已到最早的记录', expand: '展开', collapse: '收起', option: '{{label}}（{{code}}）',
    actions: {
      upload: '上传', upload_rejected: '上传被拒', review: '审核问题', recheck: '重新校验', login: '登录', login_failed: '登录失败', logout: '退出登录',
      export: '导出', user_create: '新建用户', correct_cell: '更正单元格', directory_import: '导入机关名录', directory_edit: '编辑机关',
      notice: '生成通知', region_summary: '区域汇总报告', risk_thresholds: '设置风险阈值',
    },
  },
};
