import { Button, Code, CopyButton, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type CopyableValueProps = { value: string; testId?: string };

/** A secret or link shown in full, with a button that copies it. */
export function CopyableValue({ value, testId }: CopyableValueProps) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap" align="center">
      <Code block style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap' }} data-testid={testId}>
        {value}
      </Code>
      <CopyButton value={value}>
        {({ copied, copy }) => (
          // aria-live: screen readers hear "Copied" when the label changes.
          <Button variant="light" onClick={copy} aria-live="polite" miw={90}>
            {copied ? t('common.copied') : t('common.copy')}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
}
