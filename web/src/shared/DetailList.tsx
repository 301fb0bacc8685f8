import { type MantineSize, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export type Detail = {
  /** Names the value's element (`data-field`) and keys the row; without it the label keys the row. */
  key?: string;
  label: string;
  value: ReactNode;
};

type DetailListProps = {
  details: Detail[];
  /** Text size of labels and values; the theme's default when not given. */
  size?: MantineSize;
  testId?: string;
};

/** Label–value pairs as a description list, in two columns. */
export function DetailList({ details, size, testId }: DetailListProps) {
  return (
    <dl
      data-testid={testId}
      style={{
        display: 'grid',
        gridTemplateColumns: 'minmax(8rem, max-content) 1fr',
        gap: '0.5rem 1.5rem',
        margin: 0,
      }}
    >
      {details.map((detail) => (
        <div key={detail.key ?? detail.label} style={{ display: 'contents' }}>
          <Text component="dt" fw={600} size={size}>
            {detail.label}
          </Text>
          <Text component="dd" m={0} size={size} data-field={detail.key}>
            {detail.value}
          </Text>
        </div>
      ))}
    </dl>
  );
}
