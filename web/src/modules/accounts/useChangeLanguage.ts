import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { applyLanguage, type Language } from '../../shared/i18n.ts';
import { useErrorMessage } from '../../shared/useErrorMessage.ts';
import { useSession } from './useSession.ts';
import { useUpdateMe } from './useUpdateMe.ts';

/** Switches the UI language at once and, when signed in, saves it as the user's preference. */
export function useChangeLanguage(): (language: Language) => void {
  const { t } = useTranslation();
  const { session } = useSession();
  const updateMe = useUpdateMe();
  const errorMessage = useErrorMessage();
  return (language) => {
    void applyLanguage(language);
    if (session && session.user.preferredLanguage !== language) {
      updateMe.mutate(
        { preferredLanguage: language },
        {
          onError: (error) =>
            notifications.show({
              color: 'red',
              title: t('language.saveFailed'),
              message: errorMessage(error),
            }),
        },
      );
    }
  };
}
