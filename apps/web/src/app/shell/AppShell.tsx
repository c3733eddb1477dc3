import { GlobalOutlined, LoginOutlined, LogoutOutlined, PrinterOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Layout, Menu, Space, Spin, Tag, Typography } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useAuth } from '../auth/auth-context';
import { hasRole } from '../auth/roles';
import { saveLang } from '../i18n/i18n';
import { NAV_ITEMS } from './nav-items';

/** The console frame: left side menu (role-aware), top bar with language, print and the user. */
export function AppShell() {
  const { t, i18n } = useTranslation();
  const { session, signOut } = useAuth();
  const location = useLocation();
  // Without a token the API answers as a viewer: the dashboards are open, sign-in adds the rest.
  const role = session?.user.role ?? 'VIEWER';
  const items = NAV_ITEMS.filter((n) => hasRole(role, n.role)).map((n) => ({
    key: n.path, icon: n.icon, label: <Link to={n.path} data-testid={`nav-${n.key}`}>{t(`nav.${n.key}`)}</Link>,
  }));
  const selected = NAV_ITEMS.find((n) => location.pathname.startsWith(n.path))?.path ?? '/overview';
  const switchLang = () => {
    const next = i18n.language === 'en' ? 'zh' : 'en';
    saveLang(next);
    void i18n.changeLanguage(next);
  };
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={200} breakpoint="lg" collapsedWidth={56} theme="dark" className="app-sider no-print">
        <div className="app-logo">{t('app.title')}</div>
        <Menu theme="dark" mode="inline" selectedKeys={[selected]} items={items} data-testid="side-menu" />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <Typography.Text className="app-subtitle">{t('app.subtitle')}</Typography.Text>
          <Space className="no-print">
            <Button type="text" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="print">{t('app.print')}</Button>
            <Button type="text" icon={<GlobalOutlined />} onClick={switchLang} data-testid="switch-lang">{t('app.language')}</Button>
            {session ? (
              <Dropdown menu={{ items: [{ key: 'logout', icon: <LogoutOutlined />, label: <span data-testid="logout">{t('app.logout')}</span>, onClick: signOut }] }}>
                <Button type="text" icon={<UserOutlined />} data-testid="user-menu">
                  {session.user.email} <Tag color="blue" style={{ marginInlineStart: 6 }} data-testid="user-role">{t(`role.${role}`)}</Tag>
                </Button>
              </Dropdown>
            ) : (
              <Link to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} data-testid="login-link">
                <Button type="primary" size="small" icon={<LoginOutlined />}>{t('login.submit')}</Button>
              </Link>
            )}
          </Space>
        </Layout.Header>
        <Layout.Content className="app-content">
          <Suspense fallback={<Spin size="large" style={{ display: 'block', margin: '96px auto' }} />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
