import {
  Accordion,
  Alert,
  Badge,
  Box,
  Button,
  Checkbox,
  Group,
  Progress,
  Stack,
  Table,
  Text,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TGroup, TPrioritisation } from '../../../../src/modules/trans-s3/contract.ts';
import { EmptyTableRow } from '../../shared/EmptyTableRow.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { QueryState } from '../../shared/QueryState.tsx';
import { StatusBadge } from '../../shared/StatusBadge.tsx';
import { StepSection } from './steps/common.tsx';
import { FACTOR_COLORS, FACTORS, type StepsFormat, useStepsFormat } from './steps/format.ts';
import { usePrioritisation, useSaveFinal } from './steps/useSteps.ts';
import { WeightsEditor } from './steps/WeightsEditor.tsx';

type Ranked = TPrioritisation['ranked'][number];

export const CANDIDATE_STATUS_COLORS: Record<Ranked['status'], string> = {
  candidate: 'blue',
  dropped: 'gray',
  final: 'green',
};

/** The final prioritisation: weights, the ranking with its stability, sensitivity, and the final choice. */
export function PrioritisationPanel({ group }: { group: TGroup }) {
  const { t } = useTranslation();
  const prioritisation = usePrioritisation(group.id);
  return (
    <StepSection
      title={t('transS3Steps.prioritisation.title')}
      description={t('transS3Steps.prioritisation.intro')}
      testId="prioritisation-panel"
    >
      <QueryState query={prioritisation}>
        {(data) => <PrioritisationBody group={group} data={data} />}
      </QueryState>
    </StepSection>
  );
}

function PrioritisationBody({ group, data }: { group: TGroup; data: TPrioritisation }) {
  const { t } = useTranslation();
  const canEdit = group.permissions.canEdit;
  return (
    <Stack gap="lg">
      <Stack gap={2} data-testid="prioritisation-sources">
        <Text size="sm">
          {data.dataset
            ? t('transS3Steps.prioritisation.dataset', { name: data.dataset.name })
            : t('transS3Steps.prioritisation.noDataset')}
        </Text>
        <Text size="sm">
          {data.round
            ? t('transS3Steps.prioritisation.round', { title: data.round.title })
            : t('transS3Steps.prioritisation.noRound')}
        </Text>
      </Stack>
      <WeightsEditor
        key={JSON.stringify(data.weights)}
        groupId={group.id}
        weights={data.weights}
        canEdit={canEdit}
      />
      <RankingTable
        key={data.ranked.map((r) => `${r.candidateId}:${r.status}`).join()}
        group={group}
        data={data}
      />
      <SensitivityView data={data} />
    </Stack>
  );
}

function FactorLegend() {
  const { t } = useTranslation();
  return (
    <Group gap="md" aria-hidden>
      {FACTORS.map((factor) => (
        <Group key={factor} gap={4}>
          <Box w={12} h={12} bg={FACTOR_COLORS[factor]} style={{ borderRadius: 2 }} />
          <Text size="xs">{t(`transS3Steps.factors.${factor}`)}</Text>
        </Group>
      ))}
    </Group>
  );
}

function ContributionBar({ row, format }: { row: Ranked; format: StepsFormat }) {
  const { t } = useTranslation();
  const label = FACTORS.map(
    (factor) => `${t(`transS3Steps.factors.${factor}`)} ${format.pct(row.contributions[factor])}`,
  ).join(', ');
  return (
    <Progress.Root
      size={14}
      w={160}
      aria-label={t('transS3Steps.prioritisation.contributionsOf', { list: label })}
    >
      {FACTORS.map((factor) =>
        row.contributions[factor] > 0 ? (
          <Tooltip
            key={factor}
            label={`${t(`transS3Steps.factors.${factor}`)}: ${format.pct(row.contributions[factor])}`}
          >
            <Progress.Section value={row.contributions[factor] * 100} color={FACTOR_COLORS[factor]} />
          </Tooltip>
        ) : null,
      )}
    </Progress.Root>
  );
}

function RankingTable({ group, data }: { group: TGroup; data: TPrioritisation }) {
  const { t } = useTranslation();
  const format = useStepsFormat();
  const canEdit = group.permissions.canEdit;
  const saveFinal = useSaveFinal(group.id);
  const initial = data.ranked.filter((row) => row.status === 'final').map((row) => row.candidateId);
  const [chosen, setChosen] = useState<string[]>(initial);
  const changed = chosen.length !== initial.length || chosen.some((id) => !initial.includes(id));
  const columns = 10 + (canEdit ? 1 : 0);

  const toggle = (id: string, checked: boolean) =>
    setChosen((previous) => (checked ? [...previous, id] : previous.filter((other) => other !== id)));

  return (
    <Stack gap="xs">
      <Text fw={600}>{t('transS3Steps.prioritisation.rankingTitle')}</Text>
      <FactorLegend />
      <Table.ScrollContainer minWidth={1320}>
        <Table striped data-testid="ranking-table">
          <Table.Caption>{t('transS3Steps.prioritisation.rankingCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {canEdit ? (
                <Table.Th scope="col">
                  <VisuallyHidden>{t('transS3Steps.prioritisation.final')}</VisuallyHidden>
                </Table.Th>
              ) : null}
              <Table.Th scope="col" ta="right">
                {t('transS3Steps.prioritisation.rank')}
              </Table.Th>
              <Table.Th scope="col">{t('transS3Steps.common.candidate')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('transS3Steps.prioritisation.score')}
              </Table.Th>
              {FACTORS.map((factor) => (
                <Table.Th key={factor} scope="col" ta="right">
                  {t(`transS3Steps.factors.${factor}`)}
                </Table.Th>
              ))}
              <Table.Th scope="col">{t('transS3Steps.prioritisation.contributions')}</Table.Th>
              <Table.Th scope="col">
                <Tooltip label={t('transS3Steps.prioritisation.stabilityHint')} multiline w={260}>
                  <span>{t('transS3Steps.prioritisation.stability')}</span>
                </Tooltip>
              </Table.Th>
              <Table.Th scope="col">{t('transS3Steps.prioritisation.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.ranked.length === 0 ? (
              <EmptyTableRow colSpan={columns}>{t('transS3Steps.criteria.noCandidates')}</EmptyTableRow>
            ) : (
              data.ranked.map((row) => (
                <Table.Tr key={row.candidateId} data-testid="ranking-row">
                  {canEdit ? (
                    <Table.Td>
                      <Checkbox
                        checked={chosen.includes(row.candidateId)}
                        onChange={(event) => toggle(row.candidateId, event.currentTarget.checked)}
                        aria-label={t('transS3Steps.prioritisation.markFinal', { candidate: row.label })}
                        data-testid="final-checkbox"
                      />
                    </Table.Td>
                  ) : null}
                  <Table.Td ta="right" fw={600} data-testid="ranking-rank">
                    {format.int(row.rank)}
                  </Table.Td>
                  <Table.Th scope="row" fw={500} miw={220}>
                    {row.label}
                  </Table.Th>
                  <Table.Td ta="right" fw={600}>
                    {format.pct(row.score)}
                  </Table.Td>
                  {FACTORS.map((factor) => (
                    <Table.Td key={factor} ta="right">
                      {row.factors[factor] === null || row.missing.includes(factor) ? (
                        <Badge
                          color="gray"
                          variant="outline"
                          size="sm"
                          title={t('transS3Steps.prioritisation.missingHint')}
                          data-testid="factor-missing"
                        >
                          {t('transS3Steps.prioritisation.missing')}
                        </Badge>
                      ) : (
                        format.pct(row.factors[factor])
                      )}
                    </Table.Td>
                  ))}
                  <Table.Td>
                    <ContributionBar row={row} format={format} />
                  </Table.Td>
                  <Table.Td>
                    {row.bestRank === row.worstRank
                      ? t('transS3Steps.prioritisation.stable', { rank: format.int(row.bestRank) })
                      : t('transS3Steps.prioritisation.rankRange', {
                          best: format.int(row.bestRank),
                          worst: format.int(row.worstRank),
                        })}
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge color={CANDIDATE_STATUS_COLORS[row.status]}>
                      {t(`transS3Steps.candidateStatus.${row.status}`)}
                    </StatusBadge>
                  </Table.Td>
                </Table.Tr>
              ))
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed">
        {t('transS3Steps.prioritisation.missingHint')}
      </Text>
      {canEdit ? (
        <Stack gap="xs">
          <ErrorAlert error={saveFinal.error} />
          <Group justify="flex-end" gap="sm">
            <Text size="sm" c="dimmed">
              {t('transS3Steps.prioritisation.chosen', { chosen: format.int(chosen.length) })}
            </Text>
            <Button
              onClick={() =>
                saveFinal.mutate(chosen, {
                  onSuccess: () =>
                    notifications.show({
                      color: 'green',
                      message: t('transS3Steps.prioritisation.finalSaved'),
                    }),
                })
              }
              disabled={!changed}
              loading={saveFinal.isPending}
              data-testid="save-final"
            >
              {t('transS3Steps.prioritisation.saveFinal')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Stack>
  );
}

function RankDelta({ delta }: { delta: number }) {
  const { t } = useTranslation();
  if (delta === 0) {
    return (
      <Text size="sm" c="dimmed" component="span">
        <span aria-hidden>—</span>
        <VisuallyHidden>{t('transS3Steps.sensitivity.unchanged')}</VisuallyHidden>
      </Text>
    );
  }
  const up = delta < 0;
  const places = Math.abs(delta);
  return (
    <Text size="sm" fw={600} c={up ? 'green.8' : 'red.8'} component="span">
      <span aria-hidden>
        {up ? '↑' : '↓'}
        {places}
      </span>
      <VisuallyHidden>
        {up ? t('transS3Steps.sensitivity.up', { places }) : t('transS3Steps.sensitivity.down', { places })}
      </VisuallyHidden>
    </Text>
  );
}

/** How the ranking moves when one weight is 20 % lower or higher (the others unchanged). */
function SensitivityView({ data }: { data: TPrioritisation }) {
  const { t } = useTranslation();
  const format = useStepsFormat();
  const changes = [...new Set(data.sensitivity.map((run) => run.change))].sort((a, b) => a - b);
  const runOf = (factor: string, change: number) =>
    data.sensitivity.find((run) => run.factor === factor && run.change === change);
  const labelOf = new Map(data.ranked.map((row) => [row.candidateId, row.label]));
  const runs = FACTORS.flatMap((factor) =>
    changes.map((change) => ({ factor, change, run: runOf(factor, change) })),
  );

  if (data.sensitivity.length === 0 || data.ranked.length === 0) return null;
  const unstable = data.sensitivity.some((run) => run.changed > 0);

  return (
    <Stack gap="xs" data-testid="sensitivity">
      <Text fw={600}>{t('transS3Steps.sensitivity.title')}</Text>
      <Text size="sm" c="dimmed">
        {t('transS3Steps.sensitivity.intro')}
      </Text>
      {!unstable ? (
        <Alert color="green" variant="light">
          {t('transS3Steps.sensitivity.robust')}
        </Alert>
      ) : null}
      <Table.ScrollContainer minWidth={420}>
        <Table withColumnBorders data-testid="sensitivity-table" maw={640}>
          <Table.Caption>{t('transS3Steps.sensitivity.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('transS3Steps.prioritisation.factor')}</Table.Th>
              {changes.map((change) => (
                <Table.Th key={change} scope="col" ta="right">
                  {t('transS3Steps.sensitivity.weightChange', { change: format.signedPct(change) })}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {FACTORS.map((factor) => (
              <Table.Tr key={factor}>
                <Table.Th scope="row" fw={500}>
                  {t(`transS3Steps.factors.${factor}`)}
                </Table.Th>
                {changes.map((change) => {
                  const changed = runOf(factor, change)?.changed ?? 0;
                  return (
                    <Table.Td
                      key={change}
                      ta="right"
                      bg={
                        changed > 0 ? `rgba(232, 89, 12, ${Math.min(0.15 + changed * 0.1, 0.6)})` : undefined
                      }
                      data-testid="sensitivity-changed"
                    >
                      {t('transS3Steps.sensitivity.changed', { changed: format.int(changed) })}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Accordion variant="contained" chevronPosition="left">
        <Accordion.Item value="deltas">
          <Accordion.Control data-testid="sensitivity-details">
            {t('transS3Steps.sensitivity.perCandidate')}
          </Accordion.Control>
          <Accordion.Panel>
            <Table.ScrollContainer minWidth={260 + runs.length * 70}>
              <Table withColumnBorders striped data-testid="sensitivity-deltas">
                <Table.Caption>{t('transS3Steps.sensitivity.deltasCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('transS3Steps.common.candidate')}</Table.Th>
                    {runs.map(({ factor, change }) => (
                      <Table.Th key={`${factor}${change}`} scope="col" ta="center">
                        <Text size="xs" fw={600}>
                          {t(`transS3Steps.factors.${factor}`)}
                        </Text>
                        <Text size="xs">{format.signedPct(change)}</Text>
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.ranked.map((row) => (
                    <Table.Tr key={row.candidateId}>
                      <Table.Th scope="row" fw={500} miw={200}>
                        {labelOf.get(row.candidateId)}
                      </Table.Th>
                      {runs.map(({ factor, change, run }) => (
                        <Table.Td key={`${factor}${change}`} ta="center">
                          <RankDelta
                            delta={
                              run?.ranks.find((rank) => rank.candidateId === row.candidateId)?.delta ?? 0
                            }
                          />
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </Stack>
  );
}
