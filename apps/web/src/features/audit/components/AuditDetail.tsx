import { Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { auditDetailText } from '../audit-format';

const LONG = 180;
const TEXT: CSSProperties = { fontFamily: 'monospace', fontSize: 12, wordBreak: 'break-all', whiteSpace: 'pre-wrap' };
// Clamped by CSS, not cut by script: the whole text stays in the page (search, copy, print).
const CLAMPED: CSSProperties = { ...TEXT, display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' };

/**
 * An entry's detail as text. It holds what users typed (review notes, file names), so it is only
 * ever a text child (React escapes it), never markup.
 */
export function AuditDetail({ detail }: { detail: unknown }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const text = auditDetailText(detail);
  if (!text) return null;
  const long = text.length > LONG;
  return (
    <div>
      <div style={long && !open ? CLAMPED : TEXT} data-testid="audit-detail">{text}</div>
      {long && <Typography.Link className="no-print" style={{ fontSize: 12 }} onClick={() => setOpen(!open)}>{open ? t('audit.collapse') : t('audit.expand')}</Typography.Link>}
    </div>
  );
}
