/**
 * The cursor the API gives the row at `offset` (its cursors are base64url `o:<offset>`, see
 * apps/api common/graphql/page-info.dto.ts). Building it lets page n of a list be a deep link
 * without walking n−1 pages; null for the first page.
 */
export function offsetCursor(offset: number): string | null {
  if (offset <= 0) return null;
  return btoa(`o:${offset}`).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
