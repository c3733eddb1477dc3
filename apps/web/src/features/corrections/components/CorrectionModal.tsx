import { useMutation, useQuery } from '@apollo/client/react';
import { App, Form, Input, InputNumber, List, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatValue } from '../../../shared/format/format';
import { useLang } from '../../../shared/i18n/use-lang';
import { CorrectCellMutation } from '../graphql/correct-cell.mutation';
import { ReportCorrectionsQuery } from '../graphql/report-corrections.query';

export type CorrectableCell = { key: string; value: number | null; raw: string };
type Props = { reportId: string; cell: CorrectableCell | null; onClose: () => void; onSaved: () => void };
type Values = { value: number | null; reason: string };

/** 更正单元格: new value and reason; the cell's history (original first) below. */
export function CorrectionModal({ reportId, cell, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const history = useQuery(ReportCorrectionsQuery, { variables: { id: reportId }, skip: cell == null });
  const [correct, { loading }] = useMutation(CorrectCellMutation);
  const mine = (history.data?.report?.corrections ?? []).filter((c) => c.key === cell?.key);
  const fmt = (v: number | null | undefined) => (v == null ? t('report.blank') : formatValue(v, 'count', lang));

  const submit = async (v: Values) => {
    if (!cell) return;
    try {
      await correct({ variables: { reportId, key: cell.key, value: v.value ?? null, reason: v.reason } });
      void message.success(t('corrections.saved'));
      form.resetFields();
      void history.refetch();
      onSaved();
    } catch (e) {
      void message.error((e as Error).message);
    }
  };

  return (
    <Modal open={cell != null} title={`${t('corrections.title')} · ${cell?.key ?? ''}`} onCancel={onClose} onOk={() => form.submit()} okText={t('corrections.open')}
      confirmLoading={loading} destroyOnHidden data-testid="correction-modal">
      {cell && (
        <>
          <Typography.Paragraph type="secondary">{t('corrections.original')}：{cell.raw || fmt(cell.value)}</Typography.Paragraph>
          <Form form={form} layout="vertical" initialValues={{ value: cell.value, reason: '' }} onFinish={(v) => void submit(v)}>
            <Form.Item name="value" label={t('corrections.value')}><InputNumber style={{ width: '100%' }} data-testid="correction-value" /></Form.Item>
            <Form.Item name="reason" label={t('corrections.reason')} rules={[{ required: true, whitespace: true, message: t('corrections.reasonRequired') }]}>
              <Input.TextArea rows={2} data-testid="correction-reason" />
            </Form.Item>
          </Form>
          <Typography.Title level={5}>{t('corrections.history')}</Typography.Title>
          <List size="small" dataSource={mine} locale={{ emptyText: t('corrections.none') }} data-testid="correction-history"
            renderItem={(c) => (
              <List.Item>
                <span>{fmt(c.previousValue)} → <b>{fmt(c.value)}</b>（{c.reason}）</span>
                <Typography.Text type="secondary">{c.correctedBy} · {new Date(c.correctedAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US')}</Typography.Text>
              </List.Item>
            )} />
        </>
      )}
    </Modal>
  );
}
