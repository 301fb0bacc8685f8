import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Popover,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TGroup } from '../../../../../src/modules/trans-s3/contract.ts';
import { HELIX_TYPES } from '../../organisations/helix.ts';
import { toFormErrors } from '../../../shared/api.ts';
import { EmptyTableRow } from '../../../shared/EmptyTableRow.tsx';
import { ErrorAlert } from '../../../shared/ErrorAlert.tsx';
import { QueryState } from '../../../shared/QueryState.tsx';
import { ConfirmDelete, memberName, StepSection } from './common.tsx';
import { type StepsFormat, useStepsFormat } from './format.ts';
import { JudgeModal, type JudgeTarget } from './JudgeModal.tsx';
import {
  type TCriterionRule,
  type TVerification,
  useAddCriterion,
  useDeleteCriterion,
  useVerification,
} from './useSteps.ts';

type Outcome = TVerification['candidates'][number]['outcomes'][number];
type RuleKind = TCriterionRule['kind'];
const RULE_KINDS: RuleKind[] = [
  'regions_with_rca',
  'regions_with_growth',
  'registry_organisations',
  'manual',
];
const NAME_MAX = 200;

export const OUTCOME_COLORS: Record<Outcome['status'], string> = {
  pass: 'green',
  fail: 'red',
  pending: 'yellow',
};

/** A rule in the UI language, e.g. "Regions with RCA ≥ 1: at least 3". */
export function useRuleText(): (rule: TCriterionRule) => string {
  const { t } = useTranslation();
  const format = useStepsFormat();
  return (rule) => {
    switch (rule.kind) {
      case 'regions_with_rca':
        return t('transS3Steps.criteria.ruleText.regions_with_rca', {
          min: format.int(rule.minRegions),
          rca: format.value(rule.minRca),
        });
      case 'regions_with_growth':
        return t('transS3Steps.criteria.ruleText.regions_with_growth', {
          min: format.int(rule.minRegions),
          growth: format.value(Math.round(rule.minGrowth * 1000) / 10),
        });
      case 'registry_organisations': {
        const base = t('transS3Steps.criteria.ruleText.registry_organisations', {
          min: format.int(rule.min),
        });
        const filters = [
          rule.smesOnly ? t('transS3Steps.criteria.smesOnly') : null,
          !rule.smesOnly && rule.helix ? t(`helix.${rule.helix}`) : null,
        ].filter(Boolean);
        return filters.length > 0 ? `${base} (${filters.join(', ')})` : base;
      }
      case 'manual':
        return t('transS3Steps.criteria.ruleText.manual');
    }
  };
}

/** Step 3: the criteria, and every candidate checked against each of them. */
export function CriteriaSection({ group }: { group: TGroup }) {
  const { t } = useTranslation();
  const verification = useVerification(group.id);
  return (
    <StepSection
      title={t('transS3Steps.criteria.title')}
      description={t('transS3Steps.criteria.intro')}
      testId="verification-criteria"
    >
      <QueryState query={verification}>{(data) => <CriteriaBody group={group} data={data} />}</QueryState>
    </StepSection>
  );
}

function CriteriaBody({ group, data }: { group: TGroup; data: TVerification }) {
  const { t } = useTranslation();
  const ruleText = useRuleText();
  const deleteCriterion = useDeleteCriterion(group.id);
  const canEdit = group.permissions.canEdit;
  return (
    <Stack gap="md">
      {data.dataset ? (
        <Text size="sm">{t('transS3Steps.criteria.dataset', { name: data.dataset.name })}</Text>
      ) : (
        <Alert color="yellow" variant="light">
          {t('transS3Steps.criteria.noDataset')}
        </Alert>
      )}
      <Table.ScrollContainer minWidth={520}>
        <Table striped aria-label={t('transS3Steps.criteria.listLabel')} data-testid="criteria-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('transS3Steps.criteria.name')}</Table.Th>
              <Table.Th scope="col">{t('transS3Steps.criteria.rule')}</Table.Th>
              {canEdit ? (
                <Table.Th scope="col">
                  <VisuallyHidden>{t('transS3Steps.common.actions')}</VisuallyHidden>
                </Table.Th>
              ) : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.criteria.length === 0 ? (
              <EmptyTableRow colSpan={canEdit ? 3 : 2}>{t('transS3Steps.criteria.empty')}</EmptyTableRow>
            ) : (
              data.criteria.map((criterion) => (
                <Table.Tr key={criterion.id} data-testid="criterion-row">
                  <Table.Td fw={500}>{criterion.name}</Table.Td>
                  <Table.Td>{ruleText(criterion.rule)}</Table.Td>
                  {canEdit ? (
                    <Table.Td ta="right">
                      <ConfirmDelete
                        name={criterion.name}
                        testId="criterion-delete"
                        onConfirm={() => deleteCriterion.mutateAsync(criterion.id)}
                      />
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {canEdit ? <CriterionForm groupId={group.id} /> : null}
      <VerificationMatrix group={group} data={data} />
    </Stack>
  );
}

type CriterionFormValues = {
  name: string;
  kind: RuleKind;
  minRegions: number | string;
  minRca: number | string;
  minGrowth: number | string;
  min: number | string;
  helix: string | null;
  smesOnly: boolean;
};

const INITIAL_VALUES: CriterionFormValues = {
  name: '',
  kind: 'regions_with_rca',
  minRegions: 3,
  minRca: 1,
  minGrowth: 2,
  min: 10,
  helix: null,
  smesOnly: false,
};

const isNumber = (value: number | string): value is number =>
  typeof value === 'number' && Number.isFinite(value);

function ruleOf(values: CriterionFormValues): TCriterionRule {
  const num = (value: number | string) => (isNumber(value) ? value : Number.NaN);
  switch (values.kind) {
    case 'regions_with_rca':
      return { kind: 'regions_with_rca', minRegions: num(values.minRegions), minRca: num(values.minRca) };
    case 'regions_with_growth':
      // The form asks for % a year; the API takes a rate (0.02 = 2 %/yr).
      return {
        kind: 'regions_with_growth',
        minRegions: num(values.minRegions),
        minGrowth: num(values.minGrowth) / 100,
      };
    case 'registry_organisations': {
      const helix = HELIX_TYPES.find((h) => h === values.helix);
      return {
        kind: 'registry_organisations',
        min: num(values.min),
        ...(values.smesOnly ? { smesOnly: true } : helix ? { helix } : {}),
      };
    }
    case 'manual':
      return { kind: 'manual' };
  }
}

/** Adds a criterion: its name and the rule that checks it (or "judged by an analyst"). */
function CriterionForm({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const addCriterion = useAddCriterion(groupId);
  const [error, setError] = useState<unknown>(null);
  const positiveInt = (value: number | string) =>
    isNumber(value) && Number.isInteger(value) && value >= 1
      ? null
      : t('transS3Steps.validation.positiveInteger');
  const form = useForm<CriterionFormValues>({
    initialValues: INITIAL_VALUES,
    validate: {
      name: (value) =>
        !value.trim()
          ? t('validation.required')
          : value.trim().length > NAME_MAX
            ? t('transS3Steps.validation.tooLong', { max: NAME_MAX })
            : null,
      minRegions: (value, values) =>
        values.kind === 'regions_with_rca' || values.kind === 'regions_with_growth'
          ? positiveInt(value)
          : null,
      minRca: (value, values) =>
        values.kind !== 'regions_with_rca' || (isNumber(value) && value >= 0)
          ? null
          : t('transS3Steps.validation.notNegative'),
      minGrowth: (value, values) =>
        values.kind !== 'regions_with_growth' || isNumber(value) ? null : t('validation.required'),
      min: (value, values) => (values.kind === 'registry_organisations' ? positiveInt(value) : null),
    },
  });
  const kind = form.values.kind;

  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      await addCriterion.mutateAsync({ name: values.name.trim(), rule: ruleOf(values) });
      form.reset();
    } catch (caught) {
      const fieldErrors = Object.fromEntries(
        Object.entries(toFormErrors(caught)).map(([path, message]) => [path.replace(/^rule\./, ''), message]),
      );
      form.setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setError(caught);
    }
  });

  return (
    <Paper
      withBorder
      p="md"
      component="form"
      onSubmit={submit}
      noValidate
      aria-label={t('transS3Steps.criteria.add')}
    >
      <Stack gap="sm">
        <Text fw={600}>{t('transS3Steps.criteria.add')}</Text>
        <Group align="flex-start" grow wrap="wrap">
          <TextInput
            label={t('transS3Steps.criteria.name')}
            placeholder={t('transS3Steps.criteria.namePlaceholder')}
            required
            miw={220}
            data-testid="criterion-form-name"
            {...form.getInputProps('name')}
          />
          <Select
            label={t('transS3Steps.criteria.rule')}
            data={RULE_KINDS.map((value) => ({ value, label: t(`transS3Steps.criteria.kinds.${value}`) }))}
            allowDeselect={false}
            required
            miw={220}
            data-testid="criterion-form-kind"
            {...form.getInputProps('kind')}
          />
        </Group>
        <Group align="flex-start" wrap="wrap">
          {kind === 'regions_with_rca' || kind === 'regions_with_growth' ? (
            <NumberInput
              label={t('transS3Steps.criteria.minRegions')}
              min={1}
              allowDecimal={false}
              required
              w={180}
              data-testid="criterion-form-min-regions"
              {...form.getInputProps('minRegions')}
            />
          ) : null}
          {kind === 'regions_with_rca' ? (
            <NumberInput
              label={t('transS3Steps.criteria.minRca')}
              description={t('transS3Steps.criteria.minRcaHint')}
              min={0}
              step={0.1}
              decimalScale={2}
              required
              w={220}
              data-testid="criterion-form-min-rca"
              {...form.getInputProps('minRca')}
            />
          ) : null}
          {kind === 'regions_with_growth' ? (
            <NumberInput
              label={t('transS3Steps.criteria.minGrowth')}
              description={t('transS3Steps.criteria.minGrowthHint')}
              step={0.5}
              decimalScale={1}
              suffix=" %"
              required
              w={220}
              data-testid="criterion-form-min-growth"
              {...form.getInputProps('minGrowth')}
            />
          ) : null}
          {kind === 'registry_organisations' ? (
            <>
              <NumberInput
                label={t('transS3Steps.criteria.minOrganisations')}
                min={1}
                allowDecimal={false}
                required
                w={200}
                data-testid="criterion-form-min"
                {...form.getInputProps('min')}
              />
              <Select
                label={t('transS3Steps.criteria.helix')}
                placeholder={t('transS3Steps.criteria.anyHelix')}
                data={HELIX_TYPES.map((value) => ({ value, label: t(`helix.${value}`) }))}
                clearable
                disabled={form.values.smesOnly}
                w={240}
                data-testid="criterion-form-helix"
                {...form.getInputProps('helix')}
              />
              <Checkbox
                mt={32}
                label={t('transS3Steps.criteria.smesOnly')}
                description={t('transS3Steps.criteria.smesOnlyHint')}
                data-testid="criterion-form-smes"
                {...form.getInputProps('smesOnly', { type: 'checkbox' })}
              />
            </>
          ) : null}
          {kind === 'manual' ? (
            <Text size="sm" c="dimmed" mt="xs">
              {t('transS3Steps.criteria.manualHint')}
            </Text>
          ) : null}
        </Group>
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button type="submit" loading={addCriterion.isPending} data-testid="criterion-add">
            {t('transS3Steps.criteria.addButton')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** Candidates (rows) × criteria (columns): each outcome, its evidence, and the score. */
function VerificationMatrix({ group, data }: { group: TGroup; data: TVerification }) {
  const { t } = useTranslation();
  const format = useStepsFormat();
  const [judging, setJudging] = useState<JudgeTarget | null>(null);
  if (data.candidates.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {t('transS3Steps.criteria.noCandidates')}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      <Text fw={600}>{t('transS3Steps.criteria.matrixTitle')}</Text>
      <Text size="sm" c="dimmed">
        {t('transS3Steps.criteria.matrixHint')}
      </Text>
      <Table.ScrollContainer minWidth={Math.max(560, 220 + data.criteria.length * 150)}>
        <Table withColumnBorders striped data-testid="verification-matrix">
          <Table.Caption>{t('transS3Steps.criteria.matrixCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('transS3Steps.common.candidate')}</Table.Th>
              {data.criteria.map((criterion) => (
                <Table.Th key={criterion.id} scope="col">
                  {criterion.name}
                </Table.Th>
              ))}
              <Table.Th scope="col" ta="right">
                {t('transS3Steps.criteria.score')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.candidates.map((candidate) => (
              <Table.Tr key={candidate.candidateId} data-testid="verification-row">
                <Table.Th scope="row" fw={500}>
                  {candidate.label}
                </Table.Th>
                {data.criteria.map((criterion) => {
                  const outcome = candidate.outcomes.find((o) => o.criterionId === criterion.id);
                  return (
                    <Table.Td key={criterion.id}>
                      {outcome ? (
                        <OutcomeCell
                          group={group}
                          outcome={outcome}
                          criterionName={criterion.name}
                          candidateLabel={candidate.label}
                          format={format}
                          onJudge={() =>
                            setJudging({
                              criterionId: criterion.id,
                              criterionName: criterion.name,
                              candidateId: candidate.candidateId,
                              candidateLabel: candidate.label,
                              judgement: outcome.judgement,
                            })
                          }
                        />
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                  );
                })}
                <Table.Td ta="right" data-testid="verification-score">
                  {format.pct(candidate.score)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed">
        {t('transS3Steps.criteria.scoreHint')}
      </Text>
      <JudgeModal groupId={group.id} target={judging} onClose={() => setJudging(null)} />
    </Stack>
  );
}

type OutcomeCellProps = {
  group: TGroup;
  outcome: Outcome;
  criterionName: string;
  candidateLabel: string;
  format: StepsFormat;
  onJudge: () => void;
};

function OutcomeCell({ group, outcome, criterionName, candidateLabel, format, onJudge }: OutcomeCellProps) {
  const { t } = useTranslation();
  const status = t(`transS3Steps.criteria.status.${outcome.status}`);
  const judgement = outcome.judgement;
  return (
    <Stack gap={4} align="flex-start">
      <Group gap={6} wrap="nowrap">
        <Popover width={320} position="bottom-start" shadow="md" withArrow>
          <Popover.Target>
            <UnstyledButton
              aria-label={t('transS3Steps.criteria.outcomeDetails', {
                status,
                criterion: criterionName,
                candidate: candidateLabel,
              })}
              data-testid="outcome-badge"
              data-status={outcome.status}
            >
              <Badge color={OUTCOME_COLORS[outcome.status]} variant="light" style={{ cursor: 'pointer' }}>
                {status}
              </Badge>
            </UnstyledButton>
          </Popover.Target>
          <Popover.Dropdown>
            <Stack gap={6}>
              <Text size="sm" fw={600}>
                {criterionName} · {candidateLabel}
              </Text>
              <Text size="sm">
                {outcome.source === 'automatic'
                  ? t('transS3Steps.criteria.decidedByCheck')
                  : t('transS3Steps.criteria.decidedByAnalyst')}
              </Text>
              <Text size="sm">
                {t('transS3Steps.criteria.checkResult', {
                  result: t(`transS3Steps.criteria.checkStatus.${outcome.check.status}`),
                  observed: format.int(outcome.check.observed),
                })}
              </Text>
              <Text size="sm" c="dimmed" lang="en">
                {outcome.check.detail}
              </Text>
              {judgement ? <JudgementText group={group} judgement={judgement} format={format} /> : null}
            </Stack>
          </Popover.Dropdown>
        </Popover>
        {group.permissions.canEdit && outcome.source === 'analyst' ? (
          <Button
            size="compact-xs"
            variant="light"
            onClick={onJudge}
            aria-label={t('transS3Steps.criteria.judgeNamed', {
              criterion: criterionName,
              candidate: candidateLabel,
            })}
            data-testid="judge-button"
          >
            {t('transS3Steps.criteria.judge')}
          </Button>
        ) : null}
      </Group>
      {judgement && outcome.source === 'analyst' ? (
        <Text size="xs" c="dimmed" data-testid="judgement-summary">
          {t('transS3Steps.criteria.judgedBy', {
            name: memberName(group, judgement.judgedBy),
            date: format.date(judgement.judgedAt),
          })}
        </Text>
      ) : null}
    </Stack>
  );
}

function JudgementText({
  group,
  judgement,
  format,
}: {
  group: TGroup;
  judgement: NonNullable<Outcome['judgement']>;
  format: StepsFormat;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} data-testid="judgement">
      <Text size="sm" fw={500}>
        {t('transS3Steps.criteria.judgement', {
          verdict: judgement.passed
            ? t('transS3Steps.criteria.status.pass')
            : t('transS3Steps.criteria.status.fail'),
          name: memberName(group, judgement.judgedBy),
          date: format.dateTime(judgement.judgedAt),
        })}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {judgement.justification}
      </Text>
    </Stack>
  );
}
