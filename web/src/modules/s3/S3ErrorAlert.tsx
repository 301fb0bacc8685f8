import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../shared/api.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';

/** Error codes of the S3 API; the alert's title says which in the UI language, its text is the server's specifics. */
const S3_ERROR_CODES = [
  'DATASET_NOT_FOUND',
  'INVALID_FILE',
  'BAD_ROWS',
  'SELECTION_REQUIRED',
  'NOT_ENOUGH_DATA',
  'REGION_NOT_IN_DATASET',
  'YEAR_NOT_IN_DATASET',
] as const;
type S3ErrorCode = (typeof S3_ERROR_CODES)[number];

function s3ErrorCode(error: unknown): S3ErrorCode | null {
  if (!isApiError(error)) return null;
  return (S3_ERROR_CODES as readonly string[]).includes(error.code) ? (error.code as S3ErrorCode) : null;
}

type S3ErrorAlertProps = { error: unknown; testId?: string };

/** An S3 API error: what went wrong (translated), the server's message, and the bad rows of a file. */
export function S3ErrorAlert({ error, testId }: S3ErrorAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  const code = s3ErrorCode(error);
  const details = isApiError(error, 'BAD_ROWS') ? error.details : [];
  return (
    <Stack gap="xs">
      <ErrorAlert error={error} title={code ? t(`s3.errors.${code}`) : undefined} testId={testId} />
      {details.length > 0 ? (
        <List size="sm" spacing={2} aria-label={t('s3.import.badRows')}>
          {details.map((detail) => (
            <List.Item key={`${detail.path}-${detail.message}`}>
              <Text component="span" fw={600} size="sm">
                {detail.path}
              </Text>
              : {detail.message}
            </List.Item>
          ))}
        </List>
      ) : null}
    </Stack>
  );
}
