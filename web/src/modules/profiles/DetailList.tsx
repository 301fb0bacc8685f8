import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

export type Detail = { key: string; label: string; value: ReactNode };

/** Label/value pairs as a description list, two columns wide. */
export function DetailList({ details, testId }: { details: Detail[]; testId?: string }) {
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
        <div key={detail.key} style={{ display: 'contents' }}>
          <Text component="dt" fw={600} size="sm">
            {detail.label}
          </Text>
          <Text component="dd" m={0} size="sm" data-field={detail.key}>
            {detail.value}
          </Text>
        </div>
      ))}
    </dl>
  );
}
