import { currentToken } from '../../../app/auth/session';
/** What the API says about one uploaded file (the contract's FileResult). */
export type UploadResult = { fileName: string; ok: boolean; reportId: string | null; duplicate: boolean; replaced: boolean; error: string | null; flagCount: number };

/** The upload endpoint answers `FileResult[]` (or `{ results }`): one entry per file, a zip giving one per member. */
export function parseUploadResponse(body: unknown): UploadResult[] {
  const list = Array.isArray(body) ? body : (body as { results?: unknown })?.results;
  if (!Array.isArray(list)) throw new Error('unexpected upload response');
  return list as UploadResult[];
}

/** POST one file to /api/upload (multipart, field `files`) with progress; XHR because fetch has no upload progress. */
export function uploadFile(file: File, onProgress: (percent: number) => void): Promise<UploadResult[]> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/upload');
    const token = currentToken();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100)); };
    xhr.onerror = () => reject(new Error('network error'));
    xhr.onload = () => {
      let body: unknown = null;
      try { body = JSON.parse(xhr.responseText); } catch { /* not JSON: reported below */ }
      if (xhr.status < 200 || xhr.status >= 300) {
        const msg = (body as { message?: string } | null)?.message ?? `HTTP ${xhr.status}`;
        reject(new Error(Array.isArray(msg) ? msg.join('; ') : msg));
        return;
      }
      try { resolve(parseUploadResponse(body)); } catch (e) { reject(e as Error); }
    };
    const form = new FormData();
    form.append('files', file, file.name);
    xhr.send(form);
  });
}
