/** A document as blocks, rendered the same way to DOCX and PDF. */
export type NoticeBlock =
  | { kind: 'title'; text: string }
  /** 文号 or a subtitle line, centred under the title. */
  | { kind: 'subtitle'; text: string }
  | { kind: 'addressee'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  /** A numbered item: its first line, then detail lines indented under it. */
  | { kind: 'item'; number: number; text: string; details: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] }
  /** Issuer and date, right-aligned at the end. */
  | { kind: 'signature'; lines: string[] };

export type NoticeDoc = { title: string; blocks: NoticeBlock[] };
