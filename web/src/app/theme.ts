import type { CSSVariablesResolver } from '@mantine/core';

/**
 * Darker shades where Mantine's light scheme falls short of WCAG 2.1 AA text contrast (4.5:1):
 * primary blue 8 instead of 6 (primaryShade in useAppTheme.ts), dimmed text gray 7, error text red 9, and placeholders at
 * 4.8:1 (Mantine's gray 5 is 2.1:1; gray 7 would look like entered text).
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': resolved.colors.gray[7] ?? '#495057',
    '--mantine-color-error': resolved.colors.red[9] ?? '#c92a2a',
    '--mantine-color-anchor': resolved.colors.blue[8] ?? '#1971c2',
    '--mantine-color-placeholder': '#6b7280',
  },
  dark: {},
});
