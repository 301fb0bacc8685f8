import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TPublicProfile } from '../../../../src/modules/brokerage/contract.ts';
import { useFormatDate } from '../../shared/useFormatDate.ts';
import { ProfileTypeBadge } from './ProfileTypeBadge.tsx';

type PublicProfileCardProps = { profile: TPublicProfile; countryName: (code: string) => string };

/** One published profile in the anonymous listing: never the organisation's name. */
export function PublicProfileCard({ profile, countryName }: PublicProfileCardProps) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const organisation = [
    countryName(profile.countryCode),
    t(`helix.${profile.helixType}`),
    profile.sizeClass ? t(`profiles.sizeClasses.${profile.sizeClass}`) : null,
  ].filter(Boolean);

  return (
    <Card
      withBorder
      padding="md"
      radius="md"
      component="article"
      data-testid="public-profile-card"
      data-profile-id={profile.id}
    >
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <ProfileTypeBadge type={profile.type} />
          <Text size="sm" c="dimmed" ff="monospace">
            {profile.reference ?? t('profiles.noReference')}
          </Text>
        </Group>
        <Title order={2} size="h4">
          <Anchor component={Link} to={`/public/profiles/${profile.id}`} inherit>
            {profile.title}
          </Anchor>
        </Title>
        <Text size="sm" lineClamp={3}>
          {profile.summary}
        </Text>
        <Group gap="md" wrap="wrap">
          <Text size="sm" c="dimmed">
            {organisation.join(' · ')}
          </Text>
          {profile.deadline ? (
            <Text size="sm" c="dimmed">
              {t('profiles.search.deadline', { date: formatDate(profile.deadline) })}
            </Text>
          ) : null}
        </Group>
      </Stack>
    </Card>
  );
}
