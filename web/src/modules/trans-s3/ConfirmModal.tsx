import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TransS3ErrorAlert } from './TransS3ErrorAlert.tsx';

type ConfirmModalProps = {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Red for what cannot be undone. */
  color?: 'red' | undefined;
  loading?: boolean;
  error?: unknown;
  onConfirm: () => void;
  onClose: () => void;
  testId?: string;
};

/** Asks before an action: the question, Cancel and the action's own name as the button. */
export function ConfirmModal({
  opened,
  title,
  children,
  confirmLabel,
  color,
  loading,
  error,
  onConfirm,
  onClose,
  testId,
}: ConfirmModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <Stack gap="md" data-testid={testId}>
        {typeof children === 'string' ? <Text>{children}</Text> : children}
        <TransS3ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color={color} loading={loading} onClick={onConfirm} data-testid="confirm-button">
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
