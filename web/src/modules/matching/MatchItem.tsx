import {
  Anchor,
  Badge,
  Button,
  Card,
  Collapse,
  Group,
  List,
  Progress,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MatchVerdict, TMatch } from '../../../../src/modules/matching/contract.ts';
import { SIGNALS } from '../../../../src/modules/matching/domain/config.ts';
import { useErrorMessage } from '../../shared/useErrorMessage.ts';
import { ProfileTypeBadge } from '../profiles/ProfileTypeBadge.tsx';
import { reasonText } from './reasons.ts';
import { candidateIdOf, type MatchTarget, useMatchFeedback } from './useMatches.ts';

export type MatchBroker = { id: string; name: string };

type MatchItemProps = {
  match: TMatch;
  target: MatchTarget;
  headingOrder: 2 | 3 | 4;
  countryName: (code: string) => string;
  /** Shown for profile matches the user may reply to. */
  onExpressInterest?: () => void;
  /** The broker to refer the client to; the button shows only with one. */
  referTo?: MatchBroker;
  onRefer?: () => void;
  /** Brokers and admins see who serves the candidate's region. */
  showBrokers: boolean;
};

/** Numbers in the UI language: "82 %", "12,5 %". */
function usePercent() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const whole = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const precise = new Intl.NumberFormat(language, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return { whole: (value: number) => whole.format(value), precise: (value: number) => precise.format(value) };
}

function useListFormat() {
  const { i18n } = useTranslation();
  const format = new Intl.ListFormat(i18n.resolvedLanguage ?? 'en', { style: 'long', type: 'conjunction' });
  return (items: string[]) => format.format(items);
}

/** One ranked partner: who, how well it fits and why, and what to do about it. */
export function MatchItem({
  match,
  target,
  headingOrder,
  countryName,
  onExpressInterest,
  referTo,
  onRefer,
  showBrokers,
}: MatchItemProps) {
  const { t } = useTranslation();
  const percent = usePercent();
  const list = useListFormat();
  const errorMessage = useErrorMessage();
  const feedback = useMatchFeedback(target);
  const [isWhyOpen, setWhyOpen] = useState(false);
  const whyId = useId();
  const { profile, organisation } = match;
  const isDismissed = match.feedback === 'not_relevant';

  const setVerdict = (verdict: MatchVerdict) => {
    const next = match.feedback === verdict ? null : verdict;
    feedback.mutate(
      { match, verdict: next },
      {
        onSuccess: () =>
          notifications.show({
            color: next === null ? 'gray' : 'green',
            message:
              next === 'good'
                ? t('matching.feedback.good')
                : next === 'not_relevant'
                  ? t('matching.feedback.notRelevant')
                  : t('matching.feedback.cleared'),
          }),
        onError: (error) =>
          notifications.show({
            color: 'red',
            title: t('matching.feedback.failed'),
            message: errorMessage(error),
          }),
      },
    );
  };
  const pendingVerdict = feedback.isPending ? feedback.variables.verdict : undefined;
  const isPendingFor = (verdict: MatchVerdict) =>
    feedback.isPending &&
    (pendingVerdict === verdict || (pendingVerdict === null && match.feedback === verdict));

  const organisationLine = [
    profile ? organisation.name : null,
    countryName(organisation.countryCode),
    t(`helix.${organisation.helixType}`),
  ].filter(Boolean);

  return (
    <Card
      withBorder
      padding="md"
      radius="md"
      component="li"
      data-testid="match-item"
      data-candidate-id={candidateIdOf(match)}
      data-feedback={match.feedback ?? undefined}
      style={isDismissed ? { opacity: 0.75 } : undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
          <Group gap="sm" align="flex-start" wrap="nowrap" style={{ minWidth: 0 }}>
            <Badge variant="outline" color="gray" circle size="lg" aria-hidden>
              {match.rank}
            </Badge>
            <Stack gap={4} style={{ minWidth: 0 }}>
              <Title order={headingOrder} size="h5" style={{ overflowWrap: 'anywhere' }}>
                <VisuallyHidden>{t('matching.rank', { rank: match.rank })}: </VisuallyHidden>
                {profile ? (
                  <Anchor component={Link} to={`/profiles/${profile.id}`} inherit>
                    {profile.title}
                  </Anchor>
                ) : (
                  <Anchor component={Link} to={`/organisations/${organisation.id}`} inherit>
                    {organisation.name}
                  </Anchor>
                )}
              </Title>
              <Group gap="xs" wrap="wrap">
                {profile ? (
                  <ProfileTypeBadge type={profile.type} />
                ) : (
                  <Badge variant="light" color="gray">
                    {t('matching.withoutProfile')}
                  </Badge>
                )}
                {profile?.reference ? (
                  <Text size="xs" c="dimmed" ff="monospace">
                    {profile.reference}
                  </Text>
                ) : null}
                {isDismissed ? (
                  <Badge variant="light" color="orange">
                    {t('matching.dismissed')}
                  </Badge>
                ) : null}
              </Group>
              <Text size="sm" c="dimmed">
                {organisationLine.join(' · ')}
              </Text>
              {showBrokers && match.brokers.length > 0 ? (
                <Text size="xs" c="dimmed">
                  {t('matching.brokers', { names: list(match.brokers.map((broker) => broker.name)) })}
                </Text>
              ) : null}
            </Stack>
          </Group>
          <Stack
            gap={4}
            align="flex-end"
            data-testid="match-score"
            data-score={match.score}
            style={{ flexShrink: 0 }}
          >
            <Text fw={700} size="lg" lh={1}>
              {percent.whole(match.score)}
            </Text>
            <Progress
              value={Math.round(match.score * 100)}
              w={96}
              size="sm"
              aria-label={t('matching.scoreLabel', { score: percent.whole(match.score) })}
            />
          </Stack>
        </Group>

        {match.reasons.length > 0 ? (
          <List size="sm" spacing={2} data-testid="match-reasons">
            {match.reasons.map((reason, index) => (
              <List.Item key={`${reason.code}-${index}`}>
                {reasonText(reason, { t, countryName, list })}
              </List.Item>
            ))}
          </List>
        ) : null}

        <Group justify="space-between" gap="xs" wrap="wrap">
          <Group gap="xs" wrap="wrap">
            <Button
              size="xs"
              variant={match.feedback === 'good' ? 'filled' : 'default'}
              color="green.8"
              aria-pressed={match.feedback === 'good'}
              loading={isPendingFor('good')}
              disabled={feedback.isPending && !isPendingFor('good')}
              onClick={() => setVerdict('good')}
              data-testid="match-good"
            >
              {t('matching.actions.good')}
            </Button>
            <Button
              size="xs"
              variant={isDismissed ? 'filled' : 'default'}
              color="orange.9"
              aria-pressed={isDismissed}
              loading={isPendingFor('not_relevant')}
              disabled={feedback.isPending && !isPendingFor('not_relevant')}
              onClick={() => setVerdict('not_relevant')}
              data-testid="match-not-relevant"
            >
              {t('matching.actions.notRelevant')}
            </Button>
            {onExpressInterest ? (
              <Button
                size="xs"
                variant="light"
                onClick={onExpressInterest}
                data-testid="match-express-interest"
              >
                {t('matching.actions.expressInterest')}
              </Button>
            ) : null}
            {referTo && onRefer ? (
              <Button
                size="xs"
                variant="light"
                onClick={onRefer}
                title={referTo.name}
                data-testid="match-refer"
              >
                {t('matching.actions.refer')}
              </Button>
            ) : null}
          </Group>
          <Button
            size="xs"
            variant="subtle"
            onClick={() => setWhyOpen((open) => !open)}
            aria-expanded={isWhyOpen}
            aria-controls={whyId}
            data-testid="match-why"
          >
            {isWhyOpen ? t('matching.why.hide') : t('matching.why.show')}
          </Button>
        </Group>

        <Collapse expanded={isWhyOpen} id={whyId} keepMounted={false}>
          <SignalsTable match={match} />
        </Collapse>
      </Stack>
    </Card>
  );
}

/** Each signal's value, weight and share of the score; the shares add up to the score. */
function SignalsTable({ match }: { match: TMatch }) {
  const { t } = useTranslation();
  const percent = usePercent();
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table striped withTableBorder fz="sm" data-testid="match-signals">
        <Table.Caption>{t('matching.why.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('matching.why.signal')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('matching.why.value')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('matching.why.weight')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('matching.why.contribution')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {SIGNALS.map((signal) => {
            const report = match.signals[signal];
            return (
              <Table.Tr key={signal}>
                <Table.Th scope="row" fw={400}>
                  {t(`matching.signals.${signal}`)}
                </Table.Th>
                <Table.Td ta="right">{percent.whole(report.value)}</Table.Td>
                <Table.Td ta="right">{percent.whole(report.weight)}</Table.Td>
                <Table.Td ta="right">{percent.precise(report.contribution)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('matching.why.total')}</Table.Th>
            <Table.Td />
            <Table.Td />
            <Table.Th ta="right">{percent.precise(match.score)}</Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
