import { Alert, Badge, Group, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TRound } from '../../../../../src/modules/trans-s3/contract.ts';
import { type StepsFormat, useStepsFormat } from './format.ts';
import { StepChart, type StepChartOption } from './StepChart.tsx';

type Results = NonNullable<TRound['results']>;
type CandidateResult = Results[number];

/** Ratings 1 (red) to 5 (green). */
const SCALE_COLORS = ['#c92a2a', '#e8590c', '#adb5bd', '#74b816', '#2b8a3e'];

/** A candidate's plain mean: every rating weighs the same, whatever the respondent's helix. */
function plainMeanOf(result: CandidateResult): number | null {
  let sum = 0;
  let count = 0;
  for (const criterion of result.criteria) {
    if (criterion.plainMean === null) continue;
    sum += criterion.plainMean * criterion.respondents;
    count += criterion.respondents;
  }
  return count === 0 ? null : sum / count;
}

/** The round's aggregated results: turnout by helix, and per candidate the scores and distributions. */
export function RoundResults({ round, results }: { round: TRound; results: Results }) {
  const { t } = useTranslation();
  const format = useStepsFormat();
  const labelOf = new Map(round.candidates.map((candidate) => [candidate.id, candidate.label]));
  return (
    <Stack
      gap="md"
      component="section"
      aria-label={t('transS3Steps.results.title')}
      data-testid="round-results"
    >
      <Title order={4}>{t('transS3Steps.results.title')}</Title>
      <Alert color="blue" variant="light" title={t('transS3Steps.results.helixEqualTitle')}>
        {t('transS3Steps.results.helixEqualHelp')}
      </Alert>
      <TurnoutTable round={round} format={format} />
      {results.map((result) => (
        <CandidateResultCard
          key={result.candidateId}
          label={labelOf.get(result.candidateId) ?? result.candidateId}
          result={result}
          format={format}
        />
      ))}
    </Stack>
  );
}

function TurnoutTable({ round, format }: { round: TRound; format: StepsFormat }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped data-testid="turnout-table">
        <Table.Caption>{t('transS3Steps.results.turnoutCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('transS3Steps.common.helix')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('transS3Steps.results.invited')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('transS3Steps.results.responded')}
            </Table.Th>
            <Table.Th scope="col">{t('transS3Steps.results.turnout')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {round.turnout.map((row) => {
            const share = row.invited === 0 ? null : row.responded / row.invited;
            return (
              <Table.Tr key={row.helix}>
                <Table.Th scope="row" fw={500}>
                  {t(`helix.${row.helix}`)}
                </Table.Th>
                <Table.Td ta="right">{format.int(row.invited)}</Table.Td>
                <Table.Td ta="right">{format.int(row.responded)}</Table.Td>
                <Table.Td miw={160}>
                  <Group gap="xs" wrap="nowrap">
                    <Progress value={(share ?? 0) * 100} w={90} aria-hidden />
                    <Text size="sm">{format.pct(share)}</Text>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Stat({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} data-testid={testId}>
        {value}
      </Text>
    </div>
  );
}

function CandidateResultCard({
  label,
  result,
  format,
}: {
  label: string;
  result: CandidateResult;
  format: StepsFormat;
}) {
  const { t } = useTranslation();
  const outOfFive = (value: number | null) =>
    value === null ? '—' : t('transS3Steps.results.outOfFive', { value: format.num(value) });
  return (
    <Paper withBorder p="md" component="article" aria-label={label} data-testid="result-candidate">
      <Stack gap="sm">
        <Text fw={600}>{label}</Text>
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <Stat
            label={t('transS3Steps.results.score')}
            value={outOfFive(result.score)}
            testId="result-score"
          />
          <Stat label={t('transS3Steps.results.plainMean')} value={outOfFive(plainMeanOf(result))} />
          <Stat label={t('transS3Steps.results.respondents')} value={format.int(result.respondents)} />
          <div>
            <Text size="xs" c="dimmed">
              {t('transS3Steps.results.helices')}
            </Text>
            <Group gap={4}>
              {result.helices.length === 0
                ? '—'
                : result.helices.map((helix) => (
                    <Badge key={helix} variant="light" size="sm" tt="none">
                      {t(`helix.${helix}`)}
                    </Badge>
                  ))}
            </Group>
          </div>
        </SimpleGrid>
        {result.respondents > 0 ? <DistributionChart label={label} result={result} format={format} /> : null}
        <CriteriaTable result={result} format={format} />
        {result.comments.length > 0 ? (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('transS3Steps.results.comments')}
            </Text>
            <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
              {result.comments.map((comment, index) => (
                <Group
                  key={index}
                  component="li"
                  gap="xs"
                  align="flex-start"
                  wrap="nowrap"
                  data-testid="result-comment"
                >
                  <Badge variant="outline" size="sm" tt="none" miw="fit-content">
                    {t(`helix.${comment.helix}`)}
                  </Badge>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {comment.comment}
                  </Text>
                </Group>
              ))}
            </Stack>
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** Per criterion, how many rated 1, 2, 3, 4 and 5: one stacked horizontal bar each. */
function DistributionChart({
  label,
  result,
  format,
}: {
  label: string;
  result: CandidateResult;
  format: StepsFormat;
}) {
  const { t } = useTranslation();
  const option = useMemo(
    (): StepChartOption => ({
      animation: false,
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      legend: { top: 0, data: SCALE_COLORS.map((_color, i) => String(i + 1)) },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        inverse: true,
        data: result.criteria.map((criterion) => criterion.criterion),
        axisLabel: { width: 180, overflow: 'truncate' },
      },
      series: SCALE_COLORS.map((color, i) => ({
        type: 'bar' as const,
        name: String(i + 1),
        stack: 'ratings',
        itemStyle: { color },
        data: result.criteria.map((criterion) => criterion.distribution[i] ?? 0),
      })),
    }),
    [result],
  );
  const summary = t('transS3Steps.results.distributionLabel', {
    candidate: label,
    list: result.criteria
      .map(
        (criterion) =>
          `${criterion.criterion}: ${criterion.distribution.map((n) => format.int(n)).join(' / ')}`,
      )
      .join('; '),
  });
  return (
    <StepChart
      option={option}
      height={60 + result.criteria.length * 40}
      label={summary}
      caption={t('transS3Steps.results.distributionCaption')}
      testId="distribution-chart"
      table={
        <Table.ScrollContainer minWidth={420}>
          <Table striped withColumnBorders>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('transS3Steps.results.criterion')}</Table.Th>
                {SCALE_COLORS.map((_color, i) => (
                  <Table.Th key={i} scope="col" ta="right">
                    {i + 1}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.criteria.map((criterion) => (
                <Table.Tr key={criterion.criterion}>
                  <Table.Th scope="row" fw={500}>
                    {criterion.criterion}
                  </Table.Th>
                  {SCALE_COLORS.map((_color, i) => (
                    <Table.Td key={i} ta="right">
                      {format.int(criterion.distribution[i] ?? 0)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      }
    />
  );
}

function CriteriaTable({ result, format }: { result: CandidateResult; format: StepsFormat }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped data-testid="result-criteria">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('transS3Steps.results.criterion')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('transS3Steps.results.score')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('transS3Steps.results.plainMean')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('transS3Steps.results.respondents')}
            </Table.Th>
            <Table.Th scope="col">{t('transS3Steps.results.byHelix')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.criteria.map((criterion) => (
            <Table.Tr key={criterion.criterion}>
              <Table.Th scope="row" fw={500}>
                {criterion.criterion}
              </Table.Th>
              <Table.Td ta="right">{format.num(criterion.score)}</Table.Td>
              <Table.Td ta="right">{format.num(criterion.plainMean)}</Table.Td>
              <Table.Td ta="right">{format.int(criterion.respondents)}</Table.Td>
              <Table.Td>
                {criterion.byHelix.length === 0 ? (
                  '—'
                ) : (
                  <Stack gap={0}>
                    {criterion.byHelix.map((row) => (
                      <Text key={row.helix} size="sm">
                        {t('transS3Steps.results.helixMean', {
                          helix: t(`helix.${row.helix}`),
                          mean: format.num(row.mean),
                          n: format.int(row.count),
                        })}
                      </Text>
                    ))}
                  </Stack>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
