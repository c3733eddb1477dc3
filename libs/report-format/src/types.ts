/** Template versions fixed by the State Council office (国办公开办函〔2019〕60号, 〔2021〕30号). */
export type TemplateId = '2019' | '2021';
export const TEMPLATE_IDS: readonly TemplateId[] = ['2019', '2021'];

export type TableId = 't2' | 't3' | 't4';

/** What a cell counts; money is normalised to 万元 whatever the document wrote. */
export type Unit = 'count' | 'wanYuan';

/** A Chinese label with the spellings real reports use, and its English label. */
export type Label = {
  zh: string;
  en: string;
  /** Other Chinese spellings seen in real reports (matched after normalisation). */
  variants?: readonly string[];
  /** Short form for messages ("新收" for 本年新收政府信息公开申请数量); never used for matching. */
  short?: { zh: string; en: string };
};

export type ColumnDef = Label & {
  key: string;
  unit: Unit;
  /** `本年增/减` may be negative; every other cell is a non-negative count or amount. */
  mayBeNegative?: boolean;
  /** Amounts may carry decimals (万元); counts must be whole numbers. */
  fractional?: boolean;
};

export type RowDef = Label & {
  /** Row key inside its table, e.g. `denied.stateSecret`. */
  key: string;
  /** Key of the group this row sits under (table 3 `denied`, table 2 `第二十条第（五）项`...). */
  group?: string;
  /** Item number printed before the label in the template ("1.", "（一）", "一、"). */
  number?: string;
  columns: readonly ColumnDef[];
  /** Templates in which the row is required. */
  templates: readonly TemplateId[];
  /**
   * In these templates the row may stand instead of the listed rows (2021 reports that
   * kept the single 2019 row （六）其他处理 instead of its three sub-rows).
   */
  alternativeTo?: { templates: readonly TemplateId[]; rows: readonly string[] };
};

export type RowGroupDef = Label & { key: string; number?: string };

export type TableDef = Label & {
  id: TableId;
  /** The section of the report that holds the table. */
  section: SectionId;
  templates: readonly TemplateId[];
  groups: readonly RowGroupDef[];
  rows: readonly RowDef[];
};

export type SectionId = 's1' | 's2' | 's3' | 's4' | 's5' | 's6';

export type SectionDef = Label & { id: SectionId; number: string; table?: TableId };

/** One cell of a template, fully resolved. */
export type CellDef = {
  key: string;
  table: TableId;
  row: RowDef;
  column: ColumnDef;
  templates: readonly TemplateId[];
};

/** The flat cell map every parser yields: blank cell = null, key absent = not in the report. */
export type CellValues = Record<string, number | null>;
