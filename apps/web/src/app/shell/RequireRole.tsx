import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Role } from '../../generated/graphql';
import { useAuth } from '../auth/auth-context';
import { hasRole } from '../auth/roles';

/** A view only some roles may open (the API checks again: this is for the user, not for security). */
export function RequireRole({ role, children }: { role: Role; children: ReactNode }) {
  const { t } = useTranslation();
  const { session } = useAuth();
  if (hasRole(session?.user.role, role)) return <>{children}</>;
  return <Result status="403" title="403" subTitle={t('common.forbidden')} extra={<Link to="/overview"><Button type="primary">{t('common.backHome')}</Button></Link>} />;
}
