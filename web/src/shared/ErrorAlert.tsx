import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from './useErrorMessage.ts';

type ErrorAlertProps = { error: unknown; title?: string; testId?: string };

/** A failed request, explained in the user's language; announced to screen readers. */
export function ErrorAlert({ error, title, testId }: ErrorAlertProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" title={title ?? t('errors.title')} role="alert" data-testid={testId}>
      {errorMessage(error)}
    </Alert>
  );
}
