import { Divider, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AccessTokensPanel } from '../modules/accounts/AccessTokensPanel.tsx';
import { ProfileForm } from '../modules/accounts/ProfileForm.tsx';
import { useCurrentUser } from '../modules/accounts/useCurrentUser.ts';
import { PageHeader } from '../shared/PageHeader.tsx';

export function AccountPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <Stack gap="lg">
      <PageHeader title={t('account.title')} description={t(`roles.${user.role}`)} />
      <section aria-labelledby="profile-heading">
        <Title order={2} size="h3" id="profile-heading" mb="md">
          {t('account.profile')}
        </Title>
        {/* Re-created when the language changes in the header, so the form shows the saved value. */}
        <ProfileForm key={`${user.name}|${user.preferredLanguage}`} user={user} />
      </section>
      <Divider />
      <AccessTokensPanel />
    </Stack>
  );
}
