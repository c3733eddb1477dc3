import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../../../app/auth/auth-context';
import { LoginMutation } from '../../../app/auth/graphql/login.mutation';

type Values = { email: string; password: string };

export function LoginPage() {
  const { t } = useTranslation();
  const { session, signIn } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = params.get('next') ?? '/overview';
  const [login, { loading, error }] = useMutation(LoginMutation);
  if (session) return <Navigate to={next} replace />;
  const onFinish = async (v: Values) => {
    const { data } = await login({ variables: v }).catch(() => ({ data: undefined }));
    if (!data) return;
    signIn({ token: data.login.token, expiresAt: data.login.expiresAt, user: data.login.user });
    void navigate(next.startsWith('/') ? next : '/overview', { replace: true });
  };
  return (
    <div className="login-page" style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: 'linear-gradient(135deg, #0f3a7d 0%, #1d5fbf 100%)' }}>
      <Card style={{ width: 380 }}>
        <Typography.Title level={3} style={{ textAlign: 'center', marginBottom: 4 }}>{t('app.title')}</Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>{t('app.subtitle')}</Typography.Paragraph>
        {error && <Alert type="error" showIcon title={t('login.failed', { message: error.message })} style={{ marginBottom: 16 }} data-testid="login-error" />}
        <Form<Values> layout="vertical" onFinish={onFinish} requiredMark={false}>
          <Form.Item name="email" label={t('login.email')} rules={[{ required: true, message: t('login.required', { field: t('login.email') }) }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" data-testid="login-email" />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.required', { field: t('login.password') }) }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={loading} data-testid="login-submit">{t('login.submit')}</Button>
        </Form>
      </Card>
    </div>
  );
}
