import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type TablePaginationProps = {
  total: number;
  limit: number;
  offset: number;
  onChange: (offset: number) => void;
};

/** "21–40 of 57" and page buttons, for lists the API pages with limit/offset and a total. */
export function TablePagination({ total, limit, offset, onChange }: TablePaginationProps) {
  const { t } = useTranslation();
  const pageCount = Math.max(1, Math.ceil(total / limit));
  const page = Math.floor(offset / limit) + 1;
  return (
    <Group justify="space-between" mt="md" wrap="wrap">
      <Text size="sm" c="dimmed" aria-live="polite">
        {total === 0
          ? t('pagination.none')
          : t('pagination.range', { from: offset + 1, to: Math.min(offset + limit, total), total })}
      </Text>
      {pageCount > 1 ? (
        <Pagination
          total={pageCount}
          value={page}
          onChange={(next) => onChange((next - 1) * limit)}
          getItemProps={(item) => ({ 'aria-label': t('pagination.page', { page: item }) })}
          getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })}
          withEdges
        />
      ) : null}
    </Group>
  );
}
