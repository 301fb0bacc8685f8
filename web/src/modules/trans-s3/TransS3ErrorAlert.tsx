import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../shared/api.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';

/** Error codes of the Trans-S3 API with a title of their own in the UI language. */
const TRANS_S3_ERROR_CODES = [
  'INVALID_INPUT',
  'CONFLICT',
  'ROUND_CLOSED',
  'ROUND_NOT_OPEN',
  'PDF_UNAVAILABLE',
] as const;
type TransS3ErrorCode = (typeof TRANS_S3_ERROR_CODES)[number];

function transS3ErrorCode(error: unknown): TransS3ErrorCode | null {
  if (!isApiError(error)) return null;
  return (TRANS_S3_ERROR_CODES as readonly string[]).includes(error.code)
    ? (error.code as TransS3ErrorCode)
    : null;
}

/** "body.regions.0" → "regions.0": the request's field as the form names it. */
const fieldOf = (path: string) => (path.startsWith('body.') ? path.slice('body.'.length) : path);

type TransS3ErrorAlertProps = { error: unknown; testId?: string };

/**
 * A failed Trans-S3 request: what went wrong (translated where the code is known), the server's
 * message, and every field detail it named (a form field, or a CSV file's line and column).
 */
export function TransS3ErrorAlert({ error, testId }: TransS3ErrorAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  const code = transS3ErrorCode(error);
  const details = isApiError(error) ? error.details : [];
  return (
    <Stack gap="xs">
      <ErrorAlert error={error} title={code ? t(`transS3.errors.${code}`) : undefined} testId={testId} />
      {details.length > 0 ? (
        <List size="sm" spacing={2} aria-label={t('transS3.errors.details')} data-testid="error-details">
          {details.map((detail, index) => (
            <List.Item key={`${index}-${detail.path}`}>
              {detail.path ? (
                <Text component="span" fw={600} size="sm">
                  {fieldOf(detail.path)}:{' '}
                </Text>
              ) : null}
              {detail.message}
            </List.Item>
          ))}
        </List>
      ) : null}
    </Stack>
  );
}
