import { Anchor, Blockquote, Button, Card, Group, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TInterestResponse } from '../../../../src/modules/brokerage/contract.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { useFormatDateTime } from '../../shared/useFormatDateTime.ts';
import type { InterestAction } from './codes.ts';
import { InterestContacts } from './InterestContacts.tsx';
import { InterestStatusBadge } from './InterestStatusBadge.tsx';
import { ProfileTypeBadge } from './ProfileTypeBadge.tsx';
import { useInterestDecision } from './useProfiles.ts';

const MESSAGE_MAX = 3000;

type InterestItemProps = {
  interest: TInterestResponse;
  headingOrder: 2 | 3;
  countryName: (code: string) => string;
};

/** One expression of interest: who sent it for which profile, its state, the answers allowed now, and contacts once accepted. */
export function InterestItem({ interest, headingOrder, countryName }: InterestItemProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const decision = useInterestDecision();
  const [isDeclining, declineModal] = useDisclosure(false);
  const [declineMessage, setDeclineMessage] = useState('');
  const isDeclineMessageTooLong = declineMessage.trim().length > MESSAGE_MAX;

  const decide = (action: InterestAction, message?: string) =>
    decision.mutate(
      { id: interest.id, action, message: message?.trim() || undefined },
      {
        onSuccess: () => {
          declineModal.close();
          setDeclineMessage('');
          notifications.show({ color: 'green', message: t(`profiles.interests.done.${action}`) });
        },
      },
    );
  const can = (action: InterestAction) => interest.allowedActions.includes(action);
  const from = interest.fromOrganisation;

  return (
    <Card withBorder padding="md" radius="md" component="article" data-testid={`interest-row-${interest.id}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={4}>
            <Group gap="xs">
              <ProfileTypeBadge type={interest.profile.type} />
              <Text size="sm" c="dimmed" ff="monospace">
                {interest.profile.reference ?? t('profiles.noReference')}
              </Text>
            </Group>
            <Title order={headingOrder} size="h5">
              <Anchor component={Link} to={`/profiles/${interest.profile.id}`} inherit>
                {interest.profile.title}
              </Anchor>
            </Title>
          </Stack>
          <InterestStatusBadge status={interest.status} />
        </Group>

        <Text size="sm">
          {t('profiles.interests.from', { organisation: from.name, country: countryName(from.countryCode) })}
          {interest.fromUser ? ` · ${interest.fromUser.name}` : ''}
        </Text>
        <Text size="sm">
          {t('profiles.interests.to', { organisation: interest.profile.organisation.name })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('profiles.interests.sentAt', { date: formatDateTime(interest.createdAt) })}
          {interest.respondedAt
            ? ` · ${t('profiles.interests.respondedAt', { date: formatDateTime(interest.respondedAt) })}`
            : ''}
          {interest.introducedAt
            ? ` · ${t('profiles.interests.introducedAt', { date: formatDateTime(interest.introducedAt) })}`
            : ''}
        </Text>

        <Blockquote p="sm" color="gray" data-testid="interest-message-text">
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {interest.message}
          </Text>
        </Blockquote>
        {interest.responseMessage ? (
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            <Text span fw={600}>
              {t('profiles.interests.response')}{' '}
            </Text>
            {interest.responseMessage}
          </Text>
        ) : null}

        {interest.allowedActions.length > 0 ? (
          <Group gap="sm">
            {can('accept') ? (
              <Button
                size="sm"
                color="green.8"
                data-testid="interest-accept"
                loading={decision.isPending && decision.variables.action === 'accept'}
                onClick={() => decide('accept')}
              >
                {t('profiles.interests.actions.accept')}
              </Button>
            ) : null}
            {can('decline') ? (
              <Button
                size="sm"
                variant="outline"
                color="red.9"
                data-testid="interest-decline"
                onClick={declineModal.open}
              >
                {t('profiles.interests.actions.decline')}
              </Button>
            ) : null}
            {can('introduce') ? (
              <Button
                size="sm"
                variant="light"
                data-testid="interest-introduce"
                loading={decision.isPending && decision.variables.action === 'introduce'}
                onClick={() => decide('introduce')}
              >
                {t('profiles.interests.actions.introduce')}
              </Button>
            ) : null}
          </Group>
        ) : null}
        {!isDeclining ? <ErrorAlert error={decision.error} testId="interest-error" /> : null}

        {interest.contacts ? (
          <InterestContacts
            interest={interest}
            contacts={interest.contacts}
            headingOrder={headingOrder === 2 ? 3 : 4}
          />
        ) : null}
      </Stack>

      <Modal opened={isDeclining} onClose={declineModal.close} title={t('profiles.interests.declineTitle')}>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!isDeclineMessageTooLong) decide('decline', declineMessage);
          }}
        >
          <Stack>
            <Textarea
              label={t('profiles.interests.declineMessage')}
              description={t('profiles.interests.declineMessageHint')}
              value={declineMessage}
              onChange={(event) => setDeclineMessage(event.currentTarget.value)}
              error={
                isDeclineMessageTooLong ? t('profiles.validation.maxLength', { count: MESSAGE_MAX }) : null
              }
              autosize
              minRows={3}
              data-testid="interest-decline-message"
            />
            <ErrorAlert error={decision.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={declineModal.close}>
                {t('common.cancel')}
              </Button>
              <Button
                type="submit"
                color="red.9"
                loading={decision.isPending}
                disabled={isDeclineMessageTooLong}
                data-testid="interest-decline-confirm"
              >
                {t('profiles.interests.actions.decline')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Card>
  );
}
