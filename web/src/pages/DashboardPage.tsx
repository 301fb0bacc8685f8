import { Anchor, Badge, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../modules/accounts/useCurrentUser.ts';
import { PageHeader } from '../shared/PageHeader.tsx';

type QuickLink = { to: string; title: string; text: string };

export function DashboardPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const quickLinks: QuickLink[] = [
    { to: '/brokerage', title: t('tibs.dashboardCard.title'), text: t('tibs.dashboardCard.text') },
    { to: '/organisations', title: t('nav.organisations'), text: t('dashboard.links.organisations') },
    { to: '/account', title: t('nav.account'), text: t('dashboard.links.account') },
    ...(user.role === 'admin'
      ? [
          { to: '/admin/users', title: t('nav.adminUsers'), text: t('dashboard.links.adminUsers') },
          { to: '/admin/outbox', title: t('nav.adminOutbox'), text: t('dashboard.links.adminOutbox') },
        ]
      : []),
  ];

  return (
    <Stack gap="xl">
      <PageHeader
        title={t('dashboard.welcome', { name: user.name })}
        description={
          <Group gap="xs" component="span">
            {t('dashboard.signedInAs')}
            <Badge variant="light">{t(`roles.${user.role}`)}</Badge>
          </Group>
        }
      />

      <section aria-labelledby="my-organisations">
        <Title order={2} size="h3" id="my-organisations" mb="sm">
          {t('dashboard.myOrganisations')}
        </Title>
        {user.memberships.length === 0 ? (
          <Text c="dimmed">
            {t('dashboard.noOrganisations')}{' '}
            <Anchor component={Link} to="/organisations">
              {t('dashboard.browseOrganisations')}
            </Anchor>
          </Text>
        ) : (
          <List spacing="xs" data-testid="my-organisations">
            {user.memberships.map((membership) => (
              <List.Item key={membership.organisationId}>
                <Anchor component={Link} to={`/organisations/${membership.organisationId}`}>
                  {membership.organisationName}
                </Anchor>{' '}
                <Text component="span" c="dimmed" size="sm">
                  ({t(`membershipRoles.${membership.role}`)})
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </section>

      <section aria-labelledby="quick-links">
        <Title order={2} size="h3" id="quick-links" mb="sm">
          {t('dashboard.quickLinks')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          {quickLinks.map((link) => (
            <Card key={link.to} withBorder padding="md" radius="md">
              <Anchor component={Link} to={link.to} fw={600}>
                {link.title}
              </Anchor>
              <Text size="sm" c="dimmed" mt={4}>
                {link.text}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      </section>
    </Stack>
  );
}
