/** Plain-text forms of audit entries: what the table shows and the CSV holds. */

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD HH:mm:ss` in the viewer's time zone (sortable, the same in both languages). */
export function formatAuditTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** The detail as one line of JSON text (a bare string stays as it is; none is empty). */
export function auditDetailText(detail: unknown): string {
  if (detail == null) return '';
  if (typeof detail === 'string') return detail;
  return JSON.stringify(detail) ?? '';
}

/** The i18n key of an action: `upload.rejected` → `upload_rejected` (dots would nest keys). */
export function auditActionKey(action: string): string {
  return action.replace(/[^A-Za-z0-9]/g, '_');
}
