import { Box, Button, Code, List, Modal, ScrollArea, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyTableRow } from '../../shared/EmptyTableRow.tsx';
import { QueryState } from '../../shared/QueryState.tsx';
import { useFormatDateTime } from '../../shared/useFormatDateTime.ts';
import { isStep, STEPS } from './steps.ts';
import { type TGroup, type TVersion, useHistory, useVersion } from './useTransS3.ts';

/** Every saved version of the group's steps, newest first; each opens as its snapshot. */
export function HistoryPanel({ group }: { group: TGroup }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const [step, setStep] = useState<number | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const history = useHistory(group.id, step);
  const stepName = (value: number) => (isStep(value) ? t(`transS3.steps.${value}`) : String(value));

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('transS3.history.intro')}
      </Text>
      <Select
        label={t('transS3.history.step')}
        placeholder={t('transS3.history.allSteps')}
        data={STEPS.map((value) => ({
          value: String(value),
          label: `${t('transS3.stepper.step', { step: value })} · ${stepName(value)}`,
        }))}
        value={step === null ? null : String(step)}
        onChange={(value) => setStep(value ? Number(value) : null)}
        clearable
        w={320}
        data-testid="history-step"
      />
      <QueryState query={history}>
        {(data) => (
          <Table.ScrollContainer minWidth={720}>
            <Table striped highlightOnHover data-testid="history-table">
              <Table.Caption>{t('transS3.history.caption', { name: group.name })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('transS3.history.columns.step')}</Table.Th>
                  <Table.Th scope="col">{t('transS3.history.columns.version')}</Table.Th>
                  <Table.Th scope="col">{t('transS3.history.columns.summary')}</Table.Th>
                  <Table.Th scope="col">{t('transS3.history.columns.who')}</Table.Th>
                  <Table.Th scope="col">{t('transS3.history.columns.when')}</Table.Th>
                  <Table.Th scope="col">{t('transS3.history.columns.snapshot')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.length === 0 ? (
                  <EmptyTableRow colSpan={6}>{t('transS3.history.empty')}</EmptyTableRow>
                ) : (
                  data.items.map((version) => (
                    <Table.Tr
                      key={version.id}
                      data-testid="history-row"
                      onClick={() => setOpenId(version.id)}
                      style={{ cursor: 'pointer' }}
                    >
                      <Table.Td>
                        {version.step} · {stepName(version.step)}
                      </Table.Td>
                      <Table.Td>{version.version}</Table.Td>
                      <Table.Td>{version.summary}</Table.Td>
                      <Table.Td>{version.createdBy ?? t('transS3.history.system')}</Table.Td>
                      <Table.Td>{formatDateTime(version.createdAt)}</Table.Td>
                      <Table.Td>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          onClick={(event) => {
                            event.stopPropagation();
                            setOpenId(version.id);
                          }}
                          aria-label={t('transS3.history.showOne', {
                            step: version.step,
                            version: version.version,
                          })}
                        >
                          {t('transS3.history.show')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
      <Modal
        opened={openId !== null}
        onClose={() => setOpenId(null)}
        title={t('transS3.history.snapshotTitle')}
        size="xl"
      >
        {openId !== null ? <VersionView groupId={group.id} versionId={openId} /> : null}
      </Modal>
    </Stack>
  );
}

function VersionView({ groupId, versionId }: { groupId: string; versionId: string }) {
  const version = useVersion(groupId, versionId);
  return <QueryState query={version}>{(data) => <Snapshot version={data} />}</QueryState>;
}

type CandidateLike = {
  label: string;
  key?: unknown;
  status?: unknown;
  priorities?: unknown;
  regions?: unknown;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
const isCandidateLike = (value: unknown): value is CandidateLike =>
  isRecord(value) && typeof value.label === 'string';

/** The candidates of a step-1 snapshot (an array of them, or under `items` / `candidates`); null otherwise. */
function candidatesOf(snapshot: unknown): CandidateLike[] | null {
  const list = Array.isArray(snapshot)
    ? snapshot
    : isRecord(snapshot)
      ? Array.isArray(snapshot.items)
        ? snapshot.items
        : Array.isArray(snapshot.candidates)
          ? snapshot.candidates
          : null
      : null;
  return list && list.length > 0 && list.every(isCandidateLike) ? list : null;
}

/** "PL84 · P1 Food" for a priority reference; its id or text otherwise. */
function priorityText(priority: unknown): string {
  // Snapshots name priorities by their register id, "region:code".
  if (typeof priority === 'string') return priority.replace(':', ' · ');
  if (isRecord(priority)) {
    const region = typeof priority.region === 'string' ? priority.region : '';
    const code = typeof priority.code === 'string' ? priority.code : '';
    const title = typeof priority.title === 'string' ? priority.title : '';
    const text = `${region}${region && code ? ' · ' : ''}${code} ${title}`.trim();
    return text || (typeof priority.id === 'string' ? priority.id : JSON.stringify(priority));
  }
  return String(priority);
}

function regionsText(regions: unknown): string {
  if (!Array.isArray(regions)) return '';
  return regions
    .map((region) => (isRecord(region) && typeof region.code === 'string' ? region.code : String(region)))
    .join(', ');
}

function Snapshot({ version }: { version: TVersion }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const candidates = candidatesOf(version.snapshot);
  const json = JSON.stringify(version.snapshot, null, 2) ?? '';
  return (
    <Stack gap="md" data-testid="history-snapshot">
      <Text size="sm">
        {t('transS3.history.snapshotOf', {
          step: version.step,
          version: version.version,
          who: version.createdBy ?? t('transS3.history.system'),
          when: formatDateTime(version.createdAt),
        })}
      </Text>
      {version.summary ? <Text fw={600}>{version.summary}</Text> : null}
      {candidates ? (
        <List spacing="sm" data-testid="history-snapshot-candidates">
          {candidates.map((candidate, index) => (
            <List.Item key={`${index}-${candidate.label}`}>
              <Text fw={600} size="sm">
                {typeof candidate.key === 'string' ? `${candidate.key} · ` : ''}
                {candidate.label}
                {typeof candidate.status === 'string' && candidate.status !== 'candidate'
                  ? ` (${candidate.status})`
                  : ''}
              </Text>
              {regionsText(candidate.regions) ? (
                <Text size="xs" c="dimmed">
                  {regionsText(candidate.regions)}
                </Text>
              ) : null}
              {Array.isArray(candidate.priorities) && candidate.priorities.length > 0 ? (
                <Text size="xs">{candidate.priorities.map(priorityText).join(', ')}</Text>
              ) : null}
            </List.Item>
          ))}
        </List>
      ) : null}
      <Box component={candidates ? 'details' : 'div'}>
        {candidates ? (
          <Text component="summary" size="sm" style={{ cursor: 'pointer' }}>
            {t('transS3.history.showJson')}
          </Text>
        ) : null}
        <ScrollArea.Autosize mah={480} mt="xs">
          <Code block>{json}</Code>
        </ScrollArea.Autosize>
      </Box>
    </Stack>
  );
}
