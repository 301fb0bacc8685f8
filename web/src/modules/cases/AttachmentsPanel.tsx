import { Anchor, Button, Group, Input, Modal, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TAttachmentResponse } from '../../../../src/modules/brokerage/contract.ts';
import { EmptyTableRow } from '../../shared/EmptyTableRow.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { QueryState } from '../../shared/QueryState.tsx';
import { useFormatDateTime } from '../../shared/useFormatDateTime.ts';
import {
  attachmentUrl,
  MAX_ATTACHMENT_BYTES,
  useAttachments,
  useDeleteAttachment,
  useUploadAttachment,
} from './useCases.ts';

function useFormatSize(): (bytes: number) => string {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.resolvedLanguage ?? 'en', { maximumFractionDigits: 1 });
  return (bytes) => {
    if (bytes < 1024) return `${format.format(bytes)} B`;
    if (bytes < 1024 * 1024) return `${format.format(bytes / 1024)} KB`;
    return `${format.format(bytes / (1024 * 1024))} MB`;
  };
}

/** The case's files: download, upload (raw body, at most 10 MB) and delete. */
export function AttachmentsPanel({ caseId, canEdit }: { caseId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const attachments = useAttachments(caseId);
  const upload = useUploadAttachment(caseId);
  const deleteAttachment = useDeleteAttachment(caseId);
  const formatDateTime = useFormatDateTime();
  const formatSize = useFormatSize();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [sizeError, setSizeError] = useState<string | null>(null);
  const [toDelete, setToDelete] = useState<TAttachmentResponse | null>(null);
  const columnCount = canEdit ? 5 : 4;

  const onFileChosen = (file: File | undefined) => {
    setSizeError(null);
    upload.reset();
    if (!file) return;
    if (file.size > MAX_ATTACHMENT_BYTES) {
      setSizeError(t('tibs.attachments.tooLarge', { name: file.name }));
      if (inputRef.current) inputRef.current.value = '';
      return;
    }
    upload.mutate(file, {
      onSuccess: (created) =>
        notifications.show({
          color: 'green',
          message: t('tibs.attachments.uploaded', { name: created.fileName }),
        }),
      onSettled: () => {
        if (inputRef.current) inputRef.current.value = '';
      },
    });
  };

  const closeDelete = () => {
    setToDelete(null);
    deleteAttachment.reset();
  };

  return (
    <Stack gap="md">
      {canEdit ? (
        <Input.Wrapper
          id={inputId}
          label={t('tibs.attachments.upload')}
          description={t('tibs.attachments.uploadHint')}
          error={sizeError}
        >
          <Group gap="sm" mt={4}>
            <input
              id={inputId}
              ref={inputRef}
              type="file"
              aria-describedby={
                sizeError ? `${inputId}-error ${inputId}-description` : `${inputId}-description`
              }
              aria-invalid={sizeError ? true : undefined}
              data-testid="attachments-upload"
              disabled={upload.isPending}
              onChange={(event) => onFileChosen(event.currentTarget.files?.[0])}
            />
            {upload.isPending ? (
              <Text size="sm" c="dimmed" role="status">
                {t('tibs.attachments.uploading')}
              </Text>
            ) : null}
          </Group>
        </Input.Wrapper>
      ) : null}
      <ErrorAlert error={upload.error} />

      <QueryState query={attachments}>
        {(page) => (
          <Table.ScrollContainer minWidth={640}>
            <Table striped aria-label={t('tibs.attachments.heading')} data-testid="attachments-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('tibs.attachments.columns.file')}</Table.Th>
                  <Table.Th scope="col">{t('tibs.attachments.columns.size')}</Table.Th>
                  <Table.Th scope="col">{t('tibs.attachments.columns.uploadedBy')}</Table.Th>
                  <Table.Th scope="col">{t('tibs.attachments.columns.date')}</Table.Th>
                  {canEdit ? (
                    <Table.Th scope="col">
                      <VisuallyHidden>{t('tibs.attachments.columns.actions')}</VisuallyHidden>
                    </Table.Th>
                  ) : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.items.map((attachment) => (
                  <Table.Tr key={attachment.id} data-testid={`attachment-${attachment.id}`}>
                    <Table.Td>
                      <Anchor
                        href={attachmentUrl(caseId, attachment.id)}
                        download={attachment.fileName}
                        size="sm"
                      >
                        {attachment.fileName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatSize(attachment.size)}</Table.Td>
                    <Table.Td>{attachment.uploadedBy?.name ?? '—'}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {formatDateTime(attachment.createdAt)}
                    </Table.Td>
                    {canEdit ? (
                      <Table.Td>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red.9"
                          aria-label={t('tibs.attachments.deleteLabel', { name: attachment.fileName })}
                          onClick={() => setToDelete(attachment)}
                        >
                          {t('common.delete')}
                        </Button>
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                ))}
                {page.items.length === 0 ? (
                  <EmptyTableRow colSpan={columnCount}>{t('tibs.attachments.empty')}</EmptyTableRow>
                ) : null}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>

      <Modal opened={toDelete !== null} onClose={closeDelete} title={t('tibs.attachments.deleteTitle')}>
        <Stack>
          <Text>{t('tibs.attachments.deleteConfirm', { name: toDelete?.fileName ?? '' })}</Text>
          <ErrorAlert error={deleteAttachment.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={closeDelete}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red.9"
              data-testid="attachment-delete-confirm"
              loading={deleteAttachment.isPending}
              onClick={() => {
                if (!toDelete) return;
                const { id, fileName } = toDelete;
                deleteAttachment.mutate(id, {
                  onSuccess: () => {
                    closeDelete();
                    notifications.show({
                      color: 'green',
                      message: t('tibs.attachments.deleted', { name: fileName }),
                    });
                  },
                });
              }}
            >
              {t('common.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
