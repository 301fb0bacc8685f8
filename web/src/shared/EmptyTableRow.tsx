import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** The one row of a table that has nothing to show, spanning all its columns. */
export function EmptyTableRow({
  colSpan,
  py = 'md',
  children,
}: {
  colSpan: number;
  py?: 'sm' | 'md';
  children: ReactNode;
}) {
  return (
    <Table.Tr>
      <Table.Td colSpan={colSpan}>
        <Text c="dimmed" ta="center" py={py}>
          {children}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
