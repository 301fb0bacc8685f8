import { Alert, Box, Center, List, Loader, LoadingOverlay, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TProfileResponse } from '../../../../src/modules/s3/contract.ts';
import { S3ErrorAlert } from './S3ErrorAlert.tsx';
import { useNoteKindLabel } from './s3.ts';

type AnalysisQuery<T> = { data: T | undefined; error: unknown; isPending: boolean; isPlaceholderData: boolean };

/**
 * Like QueryState, for analyses the server computes in a second or two: S3 errors explained, and
 * while the selection changes the previous result stays visible under a loader.
 */
export function AnalysisState<T>({ query, children }: { query: AnalysisQuery<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (query.error) return <S3ErrorAlert error={query.error} testId="analysis-error" />;
  if (query.data !== undefined) {
    return (
      <Box pos="relative">
        <LoadingOverlay
          visible={query.isPlaceholderData}
          zIndex={5}
          overlayProps={{ blur: 1 }}
          loaderProps={{ 'aria-label': t('s3.computing') }}
        />
        {children(query.data)}
      </Box>
    );
  }
  return (
    <Center py="xl">
      <Stack align="center" gap="xs">
        <Loader aria-label={t('s3.computing')} />
        <Text size="sm" c="dimmed">
          {t('s3.computing')}
        </Text>
      </Stack>
    </Center>
  );
}

type Note = TProfileResponse['notes'][number];
type RegionNote = TProfileResponse['regionNotes'][number];

/** The server's notes on the computation (missing values, regions without data) and NUTS recoding notes. */
export function AnalysisNotes({ notes, regionNotes = [] }: { notes: readonly Note[]; regionNotes?: readonly RegionNote[] }) {
  const { t } = useTranslation();
  const kindLabel = useNoteKindLabel();
  const warnings = notes.filter((note) => note.level === 'warning');
  const infos = notes.filter((note) => note.level !== 'warning');
  return (
    <Stack gap="xs">
      {regionNotes.length > 0 ? (
        <Alert color="blue" variant="light" title={t('s3.notes.recoding')} data-testid="region-recoding-notes">
          <List size="sm" spacing={2}>
            {regionNotes.map((note) => (
              <List.Item key={`${note.original}-${note.kind}`}>
                <strong>{kindLabel(note.kind)}</strong>: {note.note}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {warnings.length > 0 ? (
        <Alert color="yellow" variant="light" title={t('s3.notes.warnings')} data-testid="analysis-warnings">
          <List size="sm" spacing={2}>
            {warnings.map((note) => (
              <List.Item key={note.code}>{note.message}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {infos.length > 0 ? (
        <Alert color="gray" variant="light" title={t('s3.notes.info')}>
          <List size="sm" spacing={2}>
            {infos.map((note) => (
              <List.Item key={note.code}>{note.message}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
    </Stack>
  );
}
