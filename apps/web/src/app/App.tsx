import { ApolloProvider } from '@apollo/client/react';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { createApolloClient } from './apollo';
import { AuthProvider } from './auth/auth-context';
import { router } from './router';

const THEME = { token: { colorPrimary: '#1d5fbf', borderRadius: 4, fontFamily: '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", -apple-system, "Segoe UI", sans-serif' } };

export function App() {
  const { i18n } = useTranslation();
  const client = useMemo(() => createApolloClient(), []);
  // Signing out drops every cached answer: the next user may see a different scope.
  const onSignOut = useCallback(() => { void client.clearStore(); void router.navigate('/login'); }, [client]);
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={THEME}>
      <AntApp>
        <ApolloProvider client={client}>
          <AuthProvider onSignOut={onSignOut}>
            <RouterProvider router={router} />
          </AuthProvider>
        </ApolloProvider>
      </AntApp>
    </ConfigProvider>
  );
}
