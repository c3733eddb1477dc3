import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReviewStatus, Severity } from '../../../generated/graphql';

const SEVERITY_COLOR: Record<Severity, string> = { ERROR: 'red', WARNING: 'orange', INFO: 'blue' };
const STATUS_COLOR: Record<ReviewStatus, string> = { OPEN: 'default', CONFIRMED: 'volcano', DISMISSED: 'green' };

export function SeverityTag({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return <Tag color={SEVERITY_COLOR[severity]}>{t(`flags.sev.${severity}`)}</Tag>;
}

export function StatusTag({ status }: { status: ReviewStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOR[status]} data-testid="flag-status">{t(`flags.st.${status}`)}</Tag>;
}
