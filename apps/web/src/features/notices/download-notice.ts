import { currentToken } from '../../app/auth/session';
import { downloadBlob } from '../../shared/export/download';

export type NoticeFormat = 'docx' | 'pdf';

/** The file name the API gives (RFC 6266 filename*), or a fallback. */
function fileNameOf(res: Response, fallback: string): string {
  const cd = res.headers.get('content-disposition') ?? '';
  const m = /filename\*=UTF-8''([^;]+)/i.exec(cd);
  return m ? decodeURIComponent(m[1]) : fallback;
}

/** GET a notice or region summary with the session's token and save it; errors carry the API's message. */
export async function downloadNotice(path: string, fallbackName: string): Promise<void> {
  const token = currentToken();
  const res = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { message?: string } | null;
    throw new Error(body?.message ?? `HTTP ${res.status}`);
  }
  downloadBlob(await res.blob(), fileNameOf(res, fallbackName));
}

export const agencyNoticePath = (agencyId: string, year: number, format: NoticeFormat, kind?: string) =>
  `/api/notices/${encodeURIComponent(agencyId)}/${year}.${format}${kind ? `?kind=${encodeURIComponent(kind)}` : ''}`;
export const regionSummaryPath = (regionCode: string, year: number, format: NoticeFormat) =>
  `/api/notices/regions/${encodeURIComponent(regionCode)}/${year}.${format}`;
