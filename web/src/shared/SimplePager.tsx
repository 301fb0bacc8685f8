import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type SimplePagerProps = {
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
};

/** Newer/older buttons, for lists the API pages without a total. */
export function SimplePager({ hasPrevious, hasNext, onPrevious, onNext }: SimplePagerProps) {
  const { t } = useTranslation();
  if (!hasPrevious && !hasNext) return null;
  return (
    <Group justify="flex-end" mt="md">
      <Button variant="default" disabled={!hasPrevious} onClick={onPrevious}>
        {t('pagination.newer')}
      </Button>
      <Button variant="default" disabled={!hasNext} onClick={onNext}>
        {t('pagination.older')}
      </Button>
    </Group>
  );
}
