import { Badge, type MantineColor } from '@mantine/core';
import type { ReactNode } from 'react';

type StatusBadgeProps = { color: MantineColor; title?: string; children: ReactNode };

/**
 * A state such as "Active" or "Waiting": coloured dot, body-coloured text (AA contrast), and a label
 * that is never cut to "A…" in a narrow table column.
 */
export function StatusBadge({ color, title, children }: StatusBadgeProps) {
  return (
    <Badge variant="dot" color={color} title={title} styles={{ label: { overflow: 'visible' } }}>
      {children}
    </Badge>
  );
}
