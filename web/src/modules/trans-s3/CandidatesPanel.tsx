import {
  Alert,
  Box,
  Button,
  Group,
  List,
  Modal,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../shared/useFormatDateTime.ts';
import { QueryState } from '../../shared/QueryState.tsx';
import { useS3Format } from '../s3/s3.ts';
import { CandidateCard } from './CandidateCard.tsx';
import {
  CandidateEditForm,
  CandidateMergeForm,
  CandidateSplitForm,
  ManualCandidateForm,
} from './CandidateForms.tsx';
import { ConfirmModal } from './ConfirmModal.tsx';
import { apiFieldErrors } from './formErrors.ts';
import { TransS3ErrorAlert } from './TransS3ErrorAlert.tsx';
import {
  type TCandidate,
  type TCandidatesResponse,
  type TGroup,
  useCandidates,
  usePatchCandidate,
  useRunCommon,
} from './useTransS3.ts';

/** The server's default least similarity of two priorities (domain/common-priorities.ts). */
const DEFAULT_MIN_SIMILARITY = 0.3;

/** Step 1: the common priorities found across the group's regions, and the analysts' edits of them. */
export function CandidatesPanel({ group }: { group: TGroup }) {
  const candidates = useCandidates(group.id);
  return <QueryState query={candidates}>{(data) => <CandidatesView group={group} data={data} />}</QueryState>;
}

type Dialog =
  | { kind: 'edit'; candidate: TCandidate }
  | { kind: 'split'; candidate: TCandidate }
  | { kind: 'merge' }
  | { kind: 'add' }
  | null;

function CandidatesView({ group, data }: { group: TGroup; data: TCandidatesResponse }) {
  const { t } = useTranslation();
  const canEdit = group.permissions.canEdit;
  const patch = usePatchCandidate(group.id);
  const [selected, setSelected] = useState<string[]>([]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const active = data.items.filter((candidate) => candidate.status !== 'dropped');
  const dropped = data.items.filter((candidate) => candidate.status === 'dropped');
  // Only candidates still shown as active can be merged.
  const chosen = active.filter((candidate) => selected.includes(candidate.id));

  const setStatus = (candidate: TCandidate, status: 'candidate' | 'dropped') => {
    setBusyId(candidate.id);
    patch.mutate(
      { candidateId: candidate.id, patch: { status } },
      {
        onSuccess: () => {
          setSelected((previous) => previous.filter((id) => id !== candidate.id));
          notifications.show({
            color: 'green',
            message: t(status === 'dropped' ? 'transS3.candidates.dropped' : 'transS3.candidates.restored', {
              label: candidate.label,
            }),
          });
        },
        onSettled: () => setBusyId(null),
      },
    );
  };

  const card = (candidate: TCandidate) => (
    <CandidateCard
      key={candidate.id}
      groupId={group.id}
      candidate={candidate}
      canEdit={canEdit}
      selected={selected.includes(candidate.id)}
      onSelect={(isSelected) =>
        setSelected((previous) =>
          isSelected ? [...previous, candidate.id] : previous.filter((id) => id !== candidate.id),
        )
      }
      onEdit={() => setDialog({ kind: 'edit', candidate })}
      onSplit={() => setDialog({ kind: 'split', candidate })}
      onDrop={() => setStatus(candidate, 'dropped')}
      onRestore={() => setStatus(candidate, 'candidate')}
      busy={busyId === candidate.id && patch.isPending}
    />
  );

  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed">
        {t('transS3.candidates.intro')}
        {canEdit ? ` ${t('transS3.candidates.introEdit')}` : null}
      </Text>
      {canEdit ? <RunStep1 group={group} data={data} /> : <LastRun data={data} />}

      {patch.error && busyId === null ? <TransS3ErrorAlert error={patch.error} /> : null}

      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h3">
            {t('transS3.candidates.title', { count: active.length })}
          </Title>
          {canEdit ? (
            <Group gap="xs">
              <Button
                variant="default"
                disabled={chosen.length < 2}
                onClick={() => setDialog({ kind: 'merge' })}
                data-testid="candidates-merge"
              >
                {t('transS3.candidates.mergeSelected', { count: chosen.length })}
              </Button>
              <Button
                variant="default"
                onClick={() => setDialog({ kind: 'add' })}
                data-testid="candidate-add"
              >
                {t('transS3.candidates.add')}
              </Button>
            </Group>
          ) : null}
        </Group>
        {canEdit && active.length > 1 ? (
          <Text size="sm" c="dimmed">
            {t('transS3.candidates.mergeHint')}
          </Text>
        ) : null}
        {active.length === 0 ? (
          <Text c="dimmed" data-testid="candidates-empty">
            {data.lastRun ? t('transS3.candidates.noneActive') : t('transS3.candidates.notRun')}
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 1, lg: 2 }} data-testid="candidates-list">
            {active.map(card)}
          </SimpleGrid>
        )}
      </Stack>

      {dropped.length > 0 ? (
        <Stack gap="sm" data-testid="candidates-dropped">
          <Title order={2} size="h3">
            {t('transS3.candidates.droppedTitle', { count: dropped.length })}
          </Title>
          <SimpleGrid cols={{ base: 1, lg: 2 }}>{dropped.map(card)}</SimpleGrid>
        </Stack>
      ) : null}

      <Stack gap="xs" data-testid="unassigned-priorities">
        <Title order={2} size="h3">
          {t('transS3.candidates.unassignedTitle', { count: data.unassigned.length })}
        </Title>
        {data.unassigned.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('transS3.candidates.unassignedNone')}
          </Text>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t('transS3.candidates.unassignedHint')}
            </Text>
            <List size="sm" spacing={2}>
              {data.unassigned.map((priority) => (
                <List.Item key={priority.id}>
                  <Text component="span" size="sm" fw={600}>
                    {priority.region} · {priority.code}
                  </Text>{' '}
                  {priority.title}
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>

      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        size="lg"
        title={
          dialog?.kind === 'edit'
            ? t('transS3.candidateForm.editTitle')
            : dialog?.kind === 'split'
              ? t('transS3.candidateForm.splitTitle')
              : dialog?.kind === 'merge'
                ? t('transS3.candidateForm.mergeTitle')
                : t('transS3.candidateForm.addTitle')
        }
      >
        {dialog?.kind === 'edit' ? (
          <CandidateEditForm groupId={group.id} candidate={dialog.candidate} onDone={() => setDialog(null)} />
        ) : dialog?.kind === 'split' ? (
          <CandidateSplitForm
            groupId={group.id}
            candidate={dialog.candidate}
            onDone={() => setDialog(null)}
          />
        ) : dialog?.kind === 'merge' ? (
          <CandidateMergeForm
            groupId={group.id}
            candidates={chosen}
            onCancel={() => setDialog(null)}
            onMerged={(merged) => {
              setDialog(null);
              setSelected([]);
              notifications.show({
                color: 'green',
                message: t('transS3.candidates.merged', { label: merged.label }),
              });
            }}
          />
        ) : dialog?.kind === 'add' ? (
          <ManualCandidateForm
            groupId={group.id}
            onCancel={() => setDialog(null)}
            onCreated={(created) => {
              setDialog(null);
              notifications.show({
                color: 'green',
                message: t('transS3.candidates.added', { label: created.label }),
              });
            }}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}

/** When step 1 last ran and with which parameters. */
function LastRun({ data }: { data: TCandidatesResponse }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const format = useS3Format();
  return (
    <Text size="sm" data-testid="step1-last-run">
      {data.lastRun
        ? t('transS3.candidates.lastRun', {
            at: formatDateTime(data.lastRun.at),
            minRegions: data.lastRun.minRegions,
            minSimilarity: format.num(data.lastRun.minSimilarity),
          })
        : t('transS3.candidates.neverRun')}
    </Text>
  );
}

type RunValues = { minRegions: number | string; minSimilarity: number | string };

/** The parameters of step 1 and the button that (re)computes the candidates. */
function RunStep1({ group, data }: { group: TGroup; data: TCandidatesResponse }) {
  const { t, i18n } = useTranslation();
  // The similarity is typed with the UI language's decimal separator (0,3 in Polish).
  const decimalSeparator =
    new Intl.NumberFormat(i18n.resolvedLanguage ?? 'en')
      .formatToParts(0.5)
      .find((part) => part.type === 'decimal')?.value ?? '.';
  const run = useRunCommon(group.id);
  const [values, setValues] = useState<RunValues>({
    minRegions: data.lastRun?.minRegions ?? group.minRegions,
    minSimilarity: data.lastRun?.minSimilarity ?? DEFAULT_MIN_SIMILARITY,
  });
  const [isConfirming, setConfirming] = useState(false);
  const fieldErrors = apiFieldErrors(run.error, ['minRegions', 'minSimilarity']);
  const minRegionsError =
    values.minRegions === '' || Number(values.minRegions) < 2 ? t('transS3.run.minRegionsRange') : null;
  const minSimilarityError =
    values.minSimilarity === '' || Number(values.minSimilarity) < 0.05 || Number(values.minSimilarity) > 0.9
      ? t('transS3.run.minSimilarityRange')
      : null;

  const execute = () => {
    run.mutate(
      { minRegions: Number(values.minRegions), minSimilarity: Number(values.minSimilarity) },
      {
        onSuccess: (result) => {
          setConfirming(false);
          notifications.show({
            color: 'green',
            message: t('transS3.run.done', {
              count: result.items.length,
              unassigned: result.unassigned.length,
            }),
          });
        },
      },
    );
  };

  return (
    <Box component="section" aria-labelledby="run-step1-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="run-step1-heading">
          {t('transS3.run.title')}
        </Title>
        <Group align="flex-start" wrap="wrap">
          <NumberInput
            label={t('transS3.run.minRegions')}
            description={t('transS3.run.minRegionsHint')}
            min={2}
            max={40}
            allowDecimal={false}
            value={values.minRegions}
            onChange={(minRegions) => setValues((previous) => ({ ...previous, minRegions }))}
            error={minRegionsError ?? fieldErrors.errors.minRegions}
            w={220}
            data-testid="run-min-regions"
          />
          <NumberInput
            label={t('transS3.run.minSimilarity')}
            description={t('transS3.run.minSimilarityHint')}
            min={0.05}
            max={0.9}
            step={0.05}
            decimalScale={2}
            decimalSeparator={decimalSeparator}
            value={values.minSimilarity}
            onChange={(minSimilarity) => setValues((previous) => ({ ...previous, minSimilarity }))}
            error={minSimilarityError ?? fieldErrors.errors.minSimilarity}
            w={220}
            data-testid="run-min-similarity"
          />
        </Group>
        <Group gap="md" align="center">
          <Button
            onClick={() => (data.items.length > 0 ? setConfirming(true) : execute())}
            loading={run.isPending && !isConfirming}
            disabled={minRegionsError !== null || minSimilarityError !== null}
            data-testid="run-step1"
          >
            {t('transS3.run.submit')}
          </Button>
          <LastRun data={data} />
        </Group>
        {!isConfirming && !fieldErrors.complete ? <TransS3ErrorAlert error={run.error} /> : null}
        {data.items.length === 0 && !data.lastRun ? (
          <Alert variant="light" color="blue">
            {t('transS3.run.firstTime')}
          </Alert>
        ) : null}
      </Stack>
      <ConfirmModal
        opened={isConfirming}
        title={t('transS3.run.confirmTitle')}
        confirmLabel={t('transS3.run.submit')}
        loading={run.isPending}
        error={run.error}
        onClose={() => setConfirming(false)}
        onConfirm={execute}
        testId="run-step1-confirm"
      >
        {t('transS3.run.confirmText', { count: data.items.length })}
      </ConfirmModal>
    </Box>
  );
}
