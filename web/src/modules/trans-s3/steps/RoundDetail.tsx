import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TGroup, TRound } from '../../../../../src/modules/trans-s3/contract.ts';
import { EmptyTableRow } from '../../../shared/EmptyTableRow.tsx';
import { ErrorAlert } from '../../../shared/ErrorAlert.tsx';
import { QueryState } from '../../../shared/QueryState.tsx';
import { StatusBadge } from '../../../shared/StatusBadge.tsx';
import { useCurrentUser } from '../../accounts/useCurrentUser.ts';
import { useStepsFormat } from './format.ts';
import { RoundForm } from './RoundForm.tsx';
import { RoundResults } from './RoundResults.tsx';
import { useRound, useSaveResponse } from './useSteps.ts';

export const ROUND_STATE_COLORS: Record<TRound['state'], string> = {
  upcoming: 'blue',
  open: 'green',
  closed: 'gray',
};
const COMMENT_MAX = 2000;
const SCALE = ['1', '2', '3', '4', '5'];

/** One consultation round: answering it (invited stakeholders), who was invited, and the results. */
export function RoundDetail({
  group,
  roundId,
  onBack,
}: {
  group: TGroup;
  roundId: string;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const round = useRound(group.id, roundId);
  return (
    <Stack gap="md" data-testid="round-detail">
      <Anchor
        component="button"
        type="button"
        onClick={onBack}
        size="sm"
        w="fit-content"
        data-testid="round-back"
      >
        ← {t('transS3Steps.consultation.backToRounds')}
      </Anchor>
      <QueryState query={round}>{(data) => <RoundBody group={group} round={data} />}</QueryState>
    </Stack>
  );
}

function RoundBody({ group, round }: { group: TGroup; round: TRound }) {
  const { t } = useTranslation();
  const format = useStepsFormat();
  const user = useCurrentUser();
  const [editing, setEditing] = useState(false);
  // Editors see the settings of every round; once closed (or when the API says no) the form is read-only.
  const canEdit = group.permissions.canEdit;
  const invited = round.invitees.some((invitee) => invitee.userId === user.id);

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start">
          <Group gap="sm">
            <Title order={3} data-testid="round-title">
              {round.title}
            </Title>
            <StatusBadge color={ROUND_STATE_COLORS[round.state]}>
              {t(`transS3Steps.consultation.states.${round.state}`)}
            </StatusBadge>
          </Group>
          {canEdit ? (
            <Button variant="light" onClick={() => setEditing(true)} data-testid="round-edit">
              {round.state === 'closed' || !round.canEdit
                ? t('transS3Steps.consultation.viewSettings')
                : t('transS3Steps.consultation.edit')}
            </Button>
          ) : null}
        </Group>
        <Text size="sm">
          {t('transS3Steps.consultation.period', {
            opens: format.dateTime(round.opensAt),
            closes: format.dateTime(round.closesAt),
          })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('transS3Steps.consultation.turnoutLine', {
            responded: format.int(round.responded),
            invited: format.int(round.invited),
          })}
        </Text>
      </Stack>

      {round.canRespond ? (
        <ResponseSection group={group} round={round} />
      ) : invited && round.state === 'upcoming' ? (
        <Alert color="blue" variant="light" data-testid="round-not-open">
          {t('transS3Steps.consultation.opensLater', { date: format.dateTime(round.opensAt) })}
        </Alert>
      ) : invited && round.state === 'closed' ? (
        <Alert color="gray" variant="light" data-testid="round-not-open">
          {t('transS3Steps.consultation.closedForAnswers')}
        </Alert>
      ) : null}

      {canEdit ? <InviteesTable round={round} /> : null}

      {round.results ? (
        <RoundResults round={round} results={round.results} />
      ) : (
        <Text size="sm" c="dimmed" data-testid="results-hidden">
          {t('transS3Steps.consultation.resultsLater')}
        </Text>
      )}

      <Modal
        opened={editing}
        onClose={() => setEditing(false)}
        title={t('transS3Steps.consultation.editTitle')}
        size="lg"
      >
        {editing ? (
          <RoundForm
            group={group}
            round={round}
            onDone={() => setEditing(false)}
            onCancel={() => setEditing(false)}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}

function InviteesTable({ round }: { round: TRound }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={4}>{t('transS3Steps.consultation.invitees')}</Title>
      <Table.ScrollContainer minWidth={420}>
        <Table striped data-testid="round-invitees">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('transS3Steps.consultation.invitee')}</Table.Th>
              <Table.Th scope="col">{t('transS3Steps.common.helix')}</Table.Th>
              <Table.Th scope="col">{t('transS3Steps.consultation.answered')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {round.invitees.length === 0 ? (
              <EmptyTableRow colSpan={3}>{t('transS3Steps.consultation.noInvitees')}</EmptyTableRow>
            ) : (
              round.invitees.map((invitee) => (
                <Table.Tr key={invitee.userId}>
                  <Table.Td>{invitee.name}</Table.Td>
                  <Table.Td>{t(`helix.${invitee.helix}`)}</Table.Td>
                  <Table.Td>
                    <StatusBadge color={invitee.responded ? 'green' : 'gray'}>
                      {invitee.responded
                        ? t('transS3Steps.consultation.yes')
                        : t('transS3Steps.consultation.notYet')}
                    </StatusBadge>
                  </Table.Td>
                </Table.Tr>
              ))
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function ResponseSection({ group, round }: { group: TGroup; round: TRound }) {
  const { t } = useTranslation();
  const format = useStepsFormat();
  return (
    <Stack gap="sm" component="section" aria-label={t('transS3Steps.consultation.yourAnswers')}>
      <Title order={4}>{t('transS3Steps.consultation.yourAnswers')}</Title>
      <Text size="sm" c="dimmed">
        {t('transS3Steps.consultation.answerIntro', { closes: format.dateTime(round.closesAt) })}
      </Text>
      {round.candidates.map((candidate) => {
        const mine = round.mine.find((answer) => answer.candidateId === candidate.id) ?? null;
        return (
          <ResponseCard
            // A new answer from the server starts the card afresh (saved state).
            key={`${candidate.id}/${JSON.stringify(mine)}`}
            groupId={group.id}
            round={round}
            candidate={candidate}
            mine={mine}
          />
        );
      })}
    </Stack>
  );
}

type ResponseCardProps = {
  groupId: string;
  round: TRound;
  candidate: TRound['candidates'][number];
  mine: TRound['mine'][number] | null;
};

function ResponseCard({ groupId, round, candidate, mine }: ResponseCardProps) {
  const { t } = useTranslation();
  const saveResponse = useSaveResponse(groupId, round.id);
  const [ratings, setRatings] = useState<Record<string, number>>(() => ({ ...(mine?.ratings ?? {}) }));
  const [comment, setComment] = useState(mine?.comment ?? '');
  const [dirty, setDirty] = useState(false);
  const rated = round.criteria.filter((criterion) => ratings[criterion] !== undefined).length;
  const tooLong = comment.trim().length > COMMENT_MAX;
  const headingId = `response-${candidate.id}`;

  const save = () =>
    saveResponse.mutate(
      { candidateId: candidate.id, ratings, comment: comment.trim() },
      { onSuccess: () => setDirty(false) },
    );

  return (
    <Paper withBorder p="md" component="article" aria-labelledby={headingId} data-testid="response-card">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Text fw={600} id={headingId}>
              {candidate.label}
            </Text>
            {candidate.description ? (
              <Text size="sm" c="dimmed" lineClamp={3}>
                {candidate.description}
              </Text>
            ) : null}
          </div>
          {mine && !dirty ? (
            <Badge color="green" variant="light" data-testid="response-saved">
              {t('transS3Steps.consultation.saved')}
            </Badge>
          ) : dirty ? (
            <Badge color="yellow" variant="light" data-testid="response-unsaved">
              {t('transS3Steps.consultation.unsaved')}
            </Badge>
          ) : (
            <Badge color="gray" variant="light" data-testid="response-unanswered">
              {t('transS3Steps.consultation.unanswered')}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {t('transS3Steps.consultation.scaleHint')}
        </Text>
        {round.criteria.map((criterion) => (
          <Group key={criterion} justify="space-between" wrap="wrap" gap="xs">
            <Text size="sm">{criterion}</Text>
            <SegmentedControl
              role="radiogroup"
              aria-label={t('transS3Steps.consultation.ratingFor', { criterion, candidate: candidate.label })}
              data={SCALE}
              value={ratings[criterion] === undefined ? '' : String(ratings[criterion])}
              onChange={(value) => {
                setRatings((previous) => ({ ...previous, [criterion]: Number(value) }));
                setDirty(true);
              }}
              data-testid="response-rating"
            />
          </Group>
        ))}
        <Textarea
          label={t('transS3Steps.consultation.comment')}
          autosize
          minRows={2}
          maxRows={6}
          value={comment}
          onChange={(event) => {
            setComment(event.currentTarget.value);
            setDirty(true);
          }}
          error={tooLong ? t('transS3Steps.validation.tooLong', { max: COMMENT_MAX }) : undefined}
          data-testid="response-comment"
        />
        <ErrorAlert error={saveResponse.error} />
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {t('transS3Steps.consultation.ratedOf', { rated, total: round.criteria.length })}
          </Text>
          <Button
            onClick={save}
            loading={saveResponse.isPending}
            disabled={rated === 0 || tooLong || (!dirty && mine !== null)}
            aria-label={t('transS3Steps.consultation.saveFor', { candidate: candidate.label })}
            data-testid="save-response"
          >
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
