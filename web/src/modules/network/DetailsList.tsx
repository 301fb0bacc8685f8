import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

export type Detail = { label: string; value: ReactNode };

/** Label–value pairs as a description list, in two columns. */
export function DetailsList({ details, testId }: { details: Detail[]; testId?: string }) {
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
        <div key={detail.label} style={{ display: 'contents' }}>
          <Text component="dt" fw={600}>
            {detail.label}
          </Text>
          <Text component="dd" m={0}>
            {detail.value}
          </Text>
        </div>
      ))}
    </dl>
  );
}
