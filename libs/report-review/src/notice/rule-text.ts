/**
 * Each flag code's rule in plain Chinese, as a notice states it to the agency (spec/checks.md
 * and the catalog's FLAG_CODES; a test holds the two together).
 */
export const RULE_TEXT: Readonly<Record<string, string>> = {
  T3_ROW_TOTAL: '表三每一行的“总计”应等于自然人与五类法人或其他组织之和',
  T3_OUTCOME_SUM: '表三每一列的“（七）总计”应等于各项办理结果之和',
  T3_BALANCE: '表三每一列“本年新收”加“上年结转”应等于“办理结果总计”加“结转下年度继续办理”',
  T4_GROUP_TOTAL: '表四行政复议、行政诉讼各组的“总计”应等于结果维持、结果纠正、其他结果、尚未审结之和',
  VALUE_INVALID: '表格中的数量应为非负整数（金额可有小数，“本年增/减”可为负数）',
  CELL_BLANK: '格式规定的单元格应当填写，数量为零的应填“0”，不应空白',
  TABLE_MISSING: '年度报告应包含格式规定的全部表格和行',
  SECTION_MISSING: '年度报告应包含格式规定的六个部分',
  TEMPLATE_MISMATCH: '2021年及以后年度报告应使用国办公开办函〔2021〕30号格式，2019、2020年度使用国办公开办函〔2019〕60号格式',
  TEXT_TABLE_MISMATCH: '正文中的数字应与表格中的相应数字一致',
  TEXT_ITEMIZATION: '正文列举的分项之和应等于所述总数',
  LATE_PUBLICATION: '年度报告应于次年1月31日前公布（《中华人民共和国政府信息公开条例》第四十九条）',
  CARRY_OVER_MISMATCH: '本年“上年结转”应等于上一年度报告的“结转下年度继续办理”',
  T2_INFORCE_CHAIN: '本年“现行有效件数”一般应等于上年现行有效件数加本年制发件数减本年废止件数',
  YOY_OUTLIER: '与上年相比变化十倍以上的数字应予核实（可能存在单位或录入错误）',
  PEER_OUTLIER: '明显偏离同地区同类机关水平的数字应予核实',
  DUPLICATE_REPORT: '同一机关同一年度只应发布一份年度报告',
  PROBLEMS_BOILERPLATE: '“存在的主要问题及改进情况”应写明本机关存在的具体问题和针对性的改进措施，不应空泛',
  FEE_NOT_REPORTED: '按照2021年版年度报告格式，“其他需要报告的事项”应报告信息处理费收取情况（未收取的也应说明）',
  STATEMENT_MISSING: '年度报告应载明数据统计期限、咨询联系方式；各级人民政府的报告还应报告工作考核、社会评议和责任追究结果情况（《条例》第五十条）',
  TEXT_COPIED: '年度报告应如实反映本年度工作，不应照搬往年或其他机关的报告内容',
};
