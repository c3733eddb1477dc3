import { AlertOutlined, AuditOutlined, CloudUploadOutlined, DashboardOutlined, FileDoneOutlined,  FileTextOutlined, HistoryOutlined, LineChartOutlined, OrderedListOutlined, SwapOutlined, TeamOutlined, WarningOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Role } from '../../generated/graphql';

export type NavItem = { path: string; key: 'overview' | 'trends' | 'compare' | 'rankings' | 'reports' | 'flags' | 'import' | 'coverage' | 'risk' | 'notices' | 'directory' | 'audit'; icon: ReactNode; role: Role };

/** The side menu, in order; each item names the least role that sees it. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/overview', key: 'overview', icon: <DashboardOutlined />, role: 'VIEWER' },
  { path: '/trends', key: 'trends', icon: <LineChartOutlined />, role: 'VIEWER' },
  { path: '/compare', key: 'compare', icon: <SwapOutlined />, role: 'VIEWER' },
  { path: '/rankings', key: 'rankings', icon: <OrderedListOutlined />, role: 'VIEWER' },
  { path: '/reports', key: 'reports', icon: <FileTextOutlined />, role: 'VIEWER' },
  { path: '/flags', key: 'flags', icon: <WarningOutlined />, role: 'VIEWER' },
  { path: '/coverage', key: 'coverage', icon: <AuditOutlined />, role: 'SUPERVISOR' },
  { path: '/risk', key: 'risk', icon: <AlertOutlined />, role: 'SUPERVISOR' },
  { path: '/notices', key: 'notices', icon: <FileDoneOutlined />, role: 'SUPERVISOR' },
  { path: '/import', key: 'import', icon: <CloudUploadOutlined />, role: 'ADMIN' },
  { path: '/directory', key: 'directory', icon: <TeamOutlined />, role: 'ADMIN' },
  { path: '/audit', key: 'audit', icon: <HistoryOutlined />, role: 'ADMIN' },
];

