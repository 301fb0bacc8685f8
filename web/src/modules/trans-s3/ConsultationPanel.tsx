import { Anchor, Button, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { TGroup } from '../../../../src/modules/trans-s3/contract.ts';
import { EmptyTableRow } from '../../shared/EmptyTableRow.tsx';
import { QueryState } from '../../shared/QueryState.tsx';
import { StatusBadge } from '../../shared/StatusBadge.tsx';
import { StepSection } from './steps/common.tsx';
import { useStepsFormat } from './steps/format.ts';
import { ROUND_STATE_COLORS, RoundDetail } from './steps/RoundDetail.tsx';
import { RoundForm } from './steps/RoundForm.tsx';
import { useRounds } from './steps/useSteps.ts';

/** The URL search parameter naming the open round, so that a round can be linked. */
const ROUND_PARAM = 'round';

/** Step 6: consultation rounds, where the quadruple-helix stakeholders rate the candidates. */
export function ConsultationPanel({ group }: { group: TGroup }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const roundId = searchParams.get(ROUND_PARAM);
  const linkTo = (id: string | null) => {
    const next = new URLSearchParams(searchParams);
    if (id) next.set(ROUND_PARAM, id);
    else next.delete(ROUND_PARAM);
    return next;
  };
  if (roundId) {
    return <RoundDetail group={group} roundId={roundId} onBack={() => setSearchParams(linkTo(null))} />;
  }
  return (
    <RoundList
      group={group}
      searchFor={(id) => `?${linkTo(id).toString()}`}
      onOpen={(id) => setSearchParams(linkTo(id))}
    />
  );
}

function RoundList({
  group,
  searchFor,
  onOpen,
}: {
  group: TGroup;
  searchFor: (roundId: string) => string;
  onOpen: (roundId: string) => void;
}) {
  const { t } = useTranslation();
  const format = useStepsFormat();
  const rounds = useRounds(group.id);
  const [creating, setCreating] = useState(false);
  const canEdit = group.permissions.canEdit;
  return (
    <StepSection
      title={t('transS3Steps.consultation.title')}
      description={t('transS3Steps.consultation.intro')}
      testId="consultation-panel"
      actions={
        canEdit ? (
          <Button onClick={() => setCreating(true)} data-testid="round-create">
            {t('transS3Steps.consultation.create')}
          </Button>
        ) : null
      }
    >
      <QueryState query={rounds}>
        {(data) => (
          <Table.ScrollContainer minWidth={720}>
            <Table striped highlightOnHover data-testid="round-list">
              <Table.Caption>{t('transS3Steps.consultation.listCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('transS3Steps.consultation.form.title')}</Table.Th>
                  <Table.Th scope="col">{t('transS3Steps.consultation.state')}</Table.Th>
                  <Table.Th scope="col">{t('transS3Steps.consultation.form.opensAt')}</Table.Th>
                  <Table.Th scope="col">{t('transS3Steps.consultation.form.closesAt')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('transS3Steps.results.invited')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('transS3Steps.results.responded')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.length === 0 ? (
                  <EmptyTableRow colSpan={6}>
                    {canEdit
                      ? t('transS3Steps.consultation.emptyEditor')
                      : t('transS3Steps.consultation.empty')}
                  </EmptyTableRow>
                ) : (
                  data.items.map((round) => (
                    <Table.Tr key={round.id} data-testid="round-row">
                      <Table.Td>
                        <Anchor
                          component={Link}
                          to={{ search: searchFor(round.id) }}
                          fw={500}
                          data-testid="round-link"
                        >
                          {round.title}
                        </Anchor>
                        {round.canRespond ? (
                          <Text size="xs" c="green.8">
                            {t('transS3Steps.consultation.youAreInvited')}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        <StatusBadge color={ROUND_STATE_COLORS[round.state]}>
                          {t(`transS3Steps.consultation.states.${round.state}`)}
                        </StatusBadge>
                      </Table.Td>
                      <Table.Td>{format.dateTime(round.opensAt)}</Table.Td>
                      <Table.Td>{format.dateTime(round.closesAt)}</Table.Td>
                      <Table.Td ta="right">{format.int(round.invited)}</Table.Td>
                      <Table.Td ta="right">{format.int(round.responded)}</Table.Td>
                    </Table.Tr>
                  ))
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('transS3Steps.consultation.create')}
        size="lg"
      >
        {creating ? (
          <Stack>
            <RoundForm
              group={group}
              round={null}
              onDone={(round) => {
                setCreating(false);
                onOpen(round.id);
              }}
              onCancel={() => setCreating(false)}
            />
          </Stack>
        ) : null}
      </Modal>
    </StepSection>
  );
}
