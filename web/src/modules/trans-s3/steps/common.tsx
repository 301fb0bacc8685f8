import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../ConfirmModal.tsx';
import type { TGroup } from '../../../../../src/modules/trans-s3/contract.ts';

/** Brokers add trend notes and rate the internationalisation potential, as editors do. */
export function canContribute(group: TGroup): boolean {
  return group.permissions.canEdit || group.myRole === 'broker';
}

/** A member's name, or the id as the API gave it (someone who left the group). */
export function memberName(group: TGroup, userIdOrName: string | null): string {
  if (!userIdOrName) return '—';
  return group.members.find((member) => member.userId === userIdOrName)?.name ?? userIdOrName;
}

type SectionProps = {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
};

/** One part of a panel: a heading that screen readers can jump to, a line of help, the content. */
export function StepSection({ title, description, actions, children, testId }: SectionProps) {
  return (
    <Stack component="section" gap="sm" aria-label={title} data-testid={testId}>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={3}>{title}</Title>
          {description ? (
            <Text size="sm" c="dimmed" maw={820}>
              {description}
            </Text>
          ) : null}
        </div>
        {actions}
      </Group>
      {children}
    </Stack>
  );
}

type ConfirmDeleteProps = {
  /** What is deleted, e.g. the criterion's name. */
  name: string;
  onConfirm: () => Promise<unknown>;
  testId?: string;
  size?: 'xs' | 'compact-sm' | 'sm';
};

/** A delete button that asks first, and reports a failure in its dialog. */
export function ConfirmDelete({ name, onConfirm, testId, size = 'compact-sm' }: ConfirmDeleteProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const close = () => {
    setOpened(false);
    setError(null);
  };
  return (
    <>
      <Button
        variant="subtle"
        color="red.8"
        size={size}
        onClick={() => setOpened(true)}
        aria-label={t('transS3Steps.common.deleteNamed', { name })}
        data-testid={testId}
      >
        {t('common.delete')}
      </Button>
      <ConfirmModal
        opened={opened}
        title={t('transS3Steps.common.confirmDeleteTitle')}
        confirmLabel={t('common.delete')}
        color="red"
        loading={pending}
        error={error}
        onClose={close}
        testId={testId ? `${testId}-modal` : undefined}
        onConfirm={() => {
          setPending(true);
          setError(null);
          onConfirm()
            .then(close)
            .catch(setError)
            .finally(() => setPending(false));
        }}
      >
        {t('transS3Steps.common.confirmDelete', { name })}
      </ConfirmModal>
    </>
  );
}

type EditAndDeleteProps = {
  name: string;
  testIdPrefix: string;
  onEdit: () => void;
  onDelete: () => Promise<unknown>;
};

/** A table row's Edit and Delete (with confirmation) buttons, named for screen readers. */
export function EditAndDelete({ name, testIdPrefix, onEdit, onDelete }: EditAndDeleteProps) {
  const { t } = useTranslation();
  return (
    <>
      <Button
        size="compact-sm"
        variant="subtle"
        onClick={onEdit}
        aria-label={t('transS3Steps.common.editNamed', { name })}
        data-testid={`${testIdPrefix}-edit`}
      >
        {t('common.edit')}
      </Button>
      <ConfirmDelete name={name} testId={`${testIdPrefix}-delete`} onConfirm={onDelete} />
    </>
  );
}
