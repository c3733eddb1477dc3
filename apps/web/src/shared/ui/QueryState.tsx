import type { ErrorLike } from '@apollo/client';
import { Alert, Button, Empty, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = { loading: boolean; error?: ErrorLike | null; empty?: boolean; onRetry?: () => void; rows?: number; children: ReactNode };

/** Loading, error and empty states every view shows the same way. */
export function QueryState({ loading, error, empty, onRetry, rows = 4, children }: Props) {
  const { t } = useTranslation();
  if (error) {
    return (
      <Alert type="error" showIcon title={t('common.error')} description={error.message} data-testid="query-error"
        action={onRetry ? <Button size="small" onClick={onRetry}>{t('common.retry')}</Button> : undefined} />
    );
  }
  if (loading) return <Skeleton active paragraph={{ rows }} data-testid="query-loading" />;
  if (empty) return <Empty description={t('common.empty')} data-testid="query-empty" />;
  return <>{children}</>;
}
