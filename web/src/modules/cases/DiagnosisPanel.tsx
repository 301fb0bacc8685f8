import { Alert, Group, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { TDiagnosisResponse } from '../../../../src/modules/brokerage/contract.ts';
import { QueryState } from '../../shared/QueryState.tsx';
import { useFormatDateTime } from '../../shared/useFormatDateTime.ts';
import { DiagnosisForm, EMPTY_DIAGNOSIS } from './DiagnosisForm.tsx';
import { useDiagnosis, useDiagnosisVersion, useSaveDiagnosis } from './useCases.ts';

type DiagnosisPanelProps = {
  caseId: string;
  /** The version chosen in the URL (`?version=`); null for the current one. */
  version: number | null;
  onVersionChange: (version: number | null) => void;
};

/** The diagnosis: the current version to edit, and earlier versions to read. */
export function DiagnosisPanel({ caseId, version, onVersionChange }: DiagnosisPanelProps) {
  const diagnosis = useDiagnosis(caseId);
  return (
    <QueryState query={diagnosis}>
      {(data) => (
        <DiagnosisVersions
          caseId={caseId}
          diagnosis={data}
          version={version}
          onVersionChange={onVersionChange}
        />
      )}
    </QueryState>
  );
}

function DiagnosisVersions({
  caseId,
  diagnosis,
  version,
  onVersionChange,
}: DiagnosisPanelProps & { diagnosis: TDiagnosisResponse }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const save = useSaveDiagnosis(caseId);
  const currentVersion = diagnosis.current?.version ?? null;
  const earlierVersion = version !== null && version !== currentVersion ? version : null;
  const earlier = useDiagnosisVersion(caseId, earlierVersion);
  const versions = [...diagnosis.versions].sort((a, b) => b.version - a.version);
  const shown =
    earlierVersion !== null ? versions.find((item) => item.version === earlierVersion) : diagnosis.current;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Text size="sm" c="dimmed" maw={560}>
          {diagnosis.canEdit ? t('tibs.diagnosis.intro') : t('tibs.diagnosis.readOnlyIntro')}
        </Text>
        {versions.length > 0 ? (
          <Select
            label={t('tibs.diagnosis.version')}
            data-testid="diagnosis-version-select"
            w={340}
            allowDeselect={false}
            value={String(earlierVersion ?? currentVersion ?? '')}
            onChange={(value) => {
              const next = Number(value);
              onVersionChange(Number.isInteger(next) && next !== currentVersion ? next : null);
            }}
            data={versions.map((item) => ({
              value: String(item.version),
              label:
                item.version === currentVersion
                  ? t('tibs.diagnosis.versionCurrent', {
                      version: item.version,
                      date: formatDateTime(item.createdAt),
                    })
                  : t('tibs.diagnosis.versionOption', {
                      version: item.version,
                      date: formatDateTime(item.createdAt),
                    }),
            }))}
          />
        ) : null}
      </Group>

      {shown ? (
        <Text size="sm" data-testid="diagnosis-version-author">
          {t('tibs.diagnosis.savedBy', {
            version: shown.version,
            author: shown.author?.name ?? t('tibs.common.unknownPerson'),
            date: formatDateTime(shown.createdAt),
          })}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          {t('tibs.diagnosis.none')}
        </Text>
      )}

      {earlierVersion !== null ? (
        <>
          <Alert color="blue" variant="light" data-testid="diagnosis-earlier-version">
            {t('tibs.diagnosis.earlierVersion', { version: earlierVersion })}
          </Alert>
          <QueryState query={earlier}>
            {(data) => <DiagnosisForm key={`v${data.version}`} initial={data.data} isReadOnly />}
          </QueryState>
        </>
      ) : (
        <DiagnosisForm
          key={`current-${currentVersion ?? 0}`}
          initial={diagnosis.current?.data ?? EMPTY_DIAGNOSIS}
          isReadOnly={!diagnosis.canEdit}
          onSubmit={async (input) => {
            const saved = await save.mutateAsync(input);
            notifications.show({
              color: 'green',
              message: t('tibs.diagnosis.saved', { version: saved.current?.version ?? 1 }),
            });
          }}
        />
      )}
    </Stack>
  );
}
