import { createTheme, Modal, Notification } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Mantine's defaults, plus translated labels for the icon-only close buttons Mantine leaves
 * unnamed (modals, notifications). Rebuilt when the language changes.
 */
export function useAppTheme() {
  const { t } = useTranslation();
  const closeLabel = t('common.close');
  return useMemo(
    () =>
      createTheme({
        primaryColor: 'blue',
        primaryShade: { light: 8, dark: 4 },
        defaultRadius: 'sm',
        focusRing: 'auto',
        components: {
          Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } }),
          Notification: Notification.extend({
            defaultProps: { closeButtonProps: { 'aria-label': closeLabel } },
          }),
        },
      }),
    [closeLabel],
  );
}
