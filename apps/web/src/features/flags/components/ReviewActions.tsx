import { useMutation } from '@apollo/client/react';
import { App, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../../app/auth/use-can';
import type { ReviewStatus } from '../../../generated/graphql';
import { ReviewFlagMutation } from '../graphql/review-flag.mutation';

/** Confirm or dismiss a flag (supervisors and admins); a dismissal needs a reason. */
export function ReviewActions({ flagId, onDone }: { flagId: string; onDone?: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = useCan('review');
  const [decision, setDecision] = useState<ReviewStatus | null>(null);
  const [note, setNote] = useState('');
  const [review, { loading }] = useMutation(ReviewFlagMutation);
  if (!can) return null;
  const submit = async () => {
    if (!decision) return;
    if (decision === 'DISMISSED' && !note.trim()) { void message.error(t('flags.noteRequired')); return; }
    try {
      await review({ variables: { id: flagId, decision, note: note.trim() || null } });
      void message.success(t('flags.saved'));
      setDecision(null);
      setNote('');
      onDone?.();
    } catch (e) {
      void message.error((e as Error).message);
    }
  };
  return (
    <>
      <Space size={4} className="no-print" onClick={(e) => e.stopPropagation()}>
        <Button size="small" danger onClick={() => setDecision('CONFIRMED')} data-testid="flag-confirm">{t('flags.confirm')}</Button>
        <Button size="small" onClick={() => setDecision('DISMISSED')} data-testid="flag-dismiss">{t('flags.dismiss')}</Button>
      </Space>
      <Modal open={decision != null} title={`${t('flags.reviewTitle')}：${decision ? t(decision === 'CONFIRMED' ? 'flags.confirm' : 'flags.dismiss') : ''}`}
        onCancel={() => setDecision(null)} onOk={() => void submit()} confirmLoading={loading} okButtonProps={{ id: 'review-submit' }} destroyOnHidden>
        <Form layout="vertical">
          <Form.Item label={t('flags.note')} required={decision === 'DISMISSED'}>
            <Input.TextArea rows={3} value={note} onChange={(e) => setNote(e.target.value)} data-testid="review-note" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
