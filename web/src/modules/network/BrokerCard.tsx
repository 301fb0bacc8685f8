import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TBrokerResponse } from '../../../../src/modules/brokerage/contract.ts';
import { useLanguageName } from '../../shared/useDisplayName.ts';

type BrokerCardProps = { broker: TBrokerResponse; canEdit: boolean; onEdit: () => void };

/** One broker in the directory: how to reach them, and where and on what they work. */
export function BrokerCard({ broker, canEdit, onEdit }: BrokerCardProps) {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  return (
    <Card
      component="article"
      withBorder
      padding="lg"
      radius="md"
      data-testid="broker-card"
      aria-label={broker.name}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} size="h4">
            {broker.name}
          </Title>
          {canEdit ? (
            <Button
              size="xs"
              variant="light"
              style={{ flexShrink: 0 }}
              onClick={onEdit}
              aria-label={t('network.brokers.editEntryOf', { name: broker.name })}
              data-testid="broker-edit"
            >
              {t('common.edit')}
            </Button>
          ) : null}
        </Group>
        {broker.organisation ? (
          <Anchor component={Link} to={`/organisations/${broker.organisation.id}`} size="sm">
            {broker.organisation.name} ({broker.organisation.countryCode})
          </Anchor>
        ) : (
          <Text size="sm" c="dimmed">
            {t('network.brokers.noOrganisation')}
          </Text>
        )}
        <Text size="sm">
          <Anchor href={`mailto:${broker.email}`}>{broker.email}</Anchor>
          {broker.phone ? (
            <>
              {' · '}
              <Anchor href={`tel:${broker.phone.replace(/[^\d+]/g, '')}`}>{broker.phone}</Anchor>
            </>
          ) : null}
        </Text>
        <Text size="sm">
          <Text component="span" fw={600} size="sm">
            {t('network.brokers.regions')}:
          </Text>{' '}
          {broker.regions.length > 0 ? broker.regions.map((region) => region.name).join(', ') : '—'}
        </Text>
        {broker.languages.length > 0 ? (
          <Text size="sm">
            <Text component="span" fw={600} size="sm">
              {t('network.brokers.languages')}:
            </Text>{' '}
            {broker.languages.map(languageName).join(', ')}
          </Text>
        ) : null}
        {broker.competences.length > 0 ? (
          <Group gap={4} aria-label={t('network.brokers.competences')} role="list">
            {broker.competences.map((competence) => (
              <Badge key={competence} variant="light" color="gray" tt="none" role="listitem">
                {competence}
              </Badge>
            ))}
          </Group>
        ) : null}
        {broker.bio ? (
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {broker.bio}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}
