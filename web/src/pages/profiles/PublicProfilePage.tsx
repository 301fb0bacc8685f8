import { Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProfileBody } from '../../modules/profiles/ProfileBody.tsx';
import { ProfileTypeBadge } from '../../modules/profiles/ProfileTypeBadge.tsx';
import { useIntlCountryName } from '../../modules/profiles/staticReference.ts';
import { usePublicProfile } from '../../modules/profiles/usePublicProfiles.ts';
import { isApiError } from '../../shared/api.ts';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { QueryState } from '../../shared/QueryState.tsx';

/** One published profile, anonymously: all its public fields and a way to sign in and reply. */
export function PublicProfilePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const profile = usePublicProfile(id);
  const countryName = useIntlCountryName();
  const backLink = (
    <Anchor component={Link} to="/public/profiles" size="sm">
      {t('profiles.public.backToList')}
    </Anchor>
  );

  if (isApiError(profile.error) && [400, 404].includes(profile.error.status)) {
    return (
      <Stack gap="md" data-testid="not-found">
        <PageHeader title={t('profiles.public.notFound')} description={backLink} />
        <Text>{t('profiles.public.notFoundText')}</Text>
      </Stack>
    );
  }

  return (
    <QueryState query={profile}>
      {(data) => (
        <Stack gap="lg" data-testid="public-profile">
          <Group gap="xs">
            <ProfileTypeBadge type={data.type} />
            <Text size="sm" c="dimmed" ff="monospace" data-testid="profile-reference">
              {data.reference ?? t('profiles.noReference')}
            </Text>
          </Group>
          <PageHeader title={data.title} description={backLink} />
          <Card withBorder padding="lg" radius="md">
            <ProfileBody profile={data} countryName={countryName} headingOrder={2} />
          </Card>
          <Group>
            <Button
              component={Link}
              to={`/login?next=${encodeURIComponent(`/profiles/${data.id}`)}`}
              data-testid="public-sign-in-to-express"
            >
              {t('profiles.public.signInToExpress')}
            </Button>
          </Group>
        </Stack>
      )}
    </QueryState>
  );
}
