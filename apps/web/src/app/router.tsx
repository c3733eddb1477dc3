import { Button, Result } from 'antd';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Link, Navigate } from 'react-router';
import { LoginPage } from '../features/login/components/LoginPage';
import { AppShell } from './shell/AppShell';
import { RequireRole } from './shell/RequireRole';

// Every view is its own chunk: the first load carries only the shell and the sign-in page.
const OverviewPage = lazy(() => import('../features/overview/components/OverviewPage').then((m) => ({ default: m.OverviewPage })));
const TrendsPage = lazy(() => import('../features/trends/components/TrendsPage').then((m) => ({ default: m.TrendsPage })));
const ComparePage = lazy(() => import('../features/compare/components/ComparePage').then((m) => ({ default: m.ComparePage })));
const RankingsPage = lazy(() => import('../features/rankings/components/RankingsPage').then((m) => ({ default: m.RankingsPage })));
const ReportsPage = lazy(() => import('../features/reports/components/ReportsPage').then((m) => ({ default: m.ReportsPage })));
const ReportDetailPage = lazy(() => import('../features/reports/components/ReportDetailPage').then((m) => ({ default: m.ReportDetailPage })));
const FlagsPage = lazy(() => import('../features/flags/components/FlagsPage').then((m) => ({ default: m.FlagsPage })));
const ImportPage = lazy(() => import('../features/import/components/ImportPage').then((m) => ({ default: m.ImportPage })));
const CoveragePage = lazy(() => import('../features/coverage/components/CoveragePage').then((m) => ({ default: m.CoveragePage })));
const RiskPage = lazy(() => import('../features/risk/components/RiskPage').then((m) => ({ default: m.RiskPage })));
const NoticesPage = lazy(() => import('../features/notices/components/NoticesPage').then((m) => ({ default: m.NoticesPage })));
const DirectoryPage = lazy(() => import('../features/directory/components/DirectoryPage').then((m) => ({ default: m.DirectoryPage })));
const AuditPage = lazy(() => import('../features/audit/components/AuditPage').then((m) => ({ default: m.AuditPage })));

function NotFound() {
  const { t } = useTranslation();
  return <Result status="404" title="404" subTitle={t('common.notFound')} extra={<Link to="/overview"><Button type="primary">{t('common.backHome')}</Button></Link>} />;
}

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: <AppShell />,
    children: [
      { index: true, element: <Navigate to="/overview" replace /> },
      { path: 'overview', element: <OverviewPage /> },
      { path: 'trends', element: <TrendsPage /> },
      { path: 'compare', element: <ComparePage /> },
      { path: 'rankings', element: <RankingsPage /> },
      { path: 'reports', element: <ReportsPage /> },
      { path: 'reports/:id', element: <ReportDetailPage /> },
      { path: 'flags', element: <FlagsPage /> },
      { path: 'import', element: <RequireRole role="ADMIN"><ImportPage /></RequireRole> },
      { path: 'coverage', element: <RequireRole role="SUPERVISOR"><CoveragePage /></RequireRole> },
      { path: 'risk', element: <RequireRole role="SUPERVISOR"><RiskPage /></RequireRole> },
      { path: 'notices', element: <RequireRole role="SUPERVISOR"><NoticesPage /></RequireRole> },
      { path: 'directory', element: <RequireRole role="ADMIN"><DirectoryPage /></RequireRole> },
      { path: 'audit', element: <RequireRole role="ADMIN"><AuditPage /></RequireRole> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
