import { Alert, Anchor, Badge, Group, List, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useS3Format } from '../../modules/s3/s3.ts';
import { RegionChips } from '../../modules/trans-s3/CodeChips.tsx';
import { EvidenceCharts } from '../../modules/trans-s3/EvidenceCharts.tsx';
import { EvidenceTable } from '../../modules/trans-s3/EvidenceTable.tsx';
import { type TCandidateProfile, useCandidateProfile, useGroup } from '../../modules/trans-s3/useTransS3.ts';
import { isApiError } from '../../shared/api.ts';
import { DetailList } from '../../shared/DetailList.tsx';
import { EmptyTableRow } from '../../shared/EmptyTableRow.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { QueryState } from '../../shared/QueryState.tsx';
import { useSearchParamState } from '../../shared/useSearchParamState.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';

/** Step 2: a candidate domain's evidence profile across the group's regions. */
export function CandidatePage() {
  const { id = '', candidateId = '' } = useParams();
  const params = useSearchParamState<'dataset'>();
  const datasetId = params.get('dataset') || null;
  const profile = useCandidateProfile(id, candidateId, datasetId);
  if (isApiError(profile.error) && [400, 404].includes(profile.error.status)) return <NotFoundPage />;
  return (
    <QueryState query={profile}>
      {(data) => (
        <ProfileView
          groupId={id}
          profile={data}
          onDatasetChange={(dataset) => params.set({ dataset })}
          isFetching={profile.isFetching}
        />
      )}
    </QueryState>
  );
}

type ProfileViewProps = {
  groupId: string;
  profile: TCandidateProfile;
  onDatasetChange: (datasetId: string | null) => void;
  isFetching: boolean;
};

function ProfileView({ groupId, profile, onDatasetChange, isFetching }: ProfileViewProps) {
  const { t } = useTranslation();
  const format = useS3Format();
  // The group's name for the way back; the page works without it.
  const group = useGroup(groupId);
  const { candidate } = profile;

  return (
    <Stack gap="lg">
      <PageHeader
        title={candidate.label}
        description={
          <Anchor component={Link} to={`/trans-s3/groups/${groupId}?tab=candidates`} size="sm">
            {group.data
              ? t('transS3.profile.backToGroup', { name: group.data.name })
              : t('transS3.profile.backToCandidates')}
          </Anchor>
        }
        actions={
          <Group gap={4}>
            <Badge variant="outline" color="gray">
              {candidate.key}
            </Badge>
            <Badge variant="light">{t(`transS3.candidateStatus.${candidate.status}`)}</Badge>
          </Group>
        }
      />

      <DetailList
        testId="candidate-details"
        details={[
          ...(candidate.description
            ? [
                {
                  key: 'description',
                  label: t('transS3.candidateForm.description'),
                  value: candidate.description,
                },
              ]
            : []),
          {
            key: 'regions',
            label: t('transS3.candidates.regions'),
            value: <RegionChips regions={candidate.regions} label={t('transS3.candidates.regions')} />,
          },
          {
            key: 'nace',
            label: t('transS3.codes.nace'),
            value:
              candidate.nace.length === 0 ? (
                t('transS3.profile.noNace')
              ) : (
                <List size="sm" spacing={2}>
                  {candidate.nace.map((code) => (
                    <List.Item key={code.code}>
                      <strong>{code.code}</strong> {code.name}
                    </List.Item>
                  ))}
                </List>
              ),
          },
          {
            key: 'evidenceScore',
            label: t('transS3.profile.evidenceScore'),
            value: (
              <span data-testid="evidence-score">
                {profile.evidenceScore === null
                  ? t('transS3.profile.noScore')
                  : t('transS3.profile.scoreValue', { score: format.num(profile.evidenceScore) })}
              </span>
            ),
          },
        ]}
      />
      <Text size="sm" c="dimmed">
        {t('transS3.profile.scoreHint')}
      </Text>

      <Group align="flex-end" gap="md">
        <Select
          label={t('transS3.profile.dataset')}
          placeholder={t('transS3.profile.noDatasets')}
          data={profile.datasets.map((dataset) => ({ value: dataset.id, label: dataset.name }))}
          value={profile.dataset?.id ?? null}
          onChange={(value) => onDatasetChange(value)}
          allowDeselect={false}
          disabled={profile.datasets.length === 0}
          w={360}
          data-testid="profile-dataset"
        />
        {profile.dataset ? (
          <Text size="sm" c="dimmed" pb={6}>
            {t('transS3.profile.datasetYears', {
              from: profile.dataset.fromYear,
              to: profile.dataset.toYear,
              growthFrom: profile.dataset.growthFrom,
            })}
          </Text>
        ) : null}
        {isFetching ? (
          <Text size="sm" c="dimmed" pb={6} aria-live="polite">
            {t('common.loading')}
          </Text>
        ) : null}
      </Group>

      {profile.dataset === null ? (
        <Alert color="yellow" variant="light" data-testid="profile-no-dataset">
          {t('transS3.profile.noDataset')}
        </Alert>
      ) : null}
      {profile.notes.length > 0 ? (
        <Alert color="blue" variant="light" title={t('transS3.profile.notes')} data-testid="profile-notes">
          <List size="sm" spacing={2}>
            {profile.notes.map((note) => (
              <List.Item key={note}>{note}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}

      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('transS3.profile.evidenceTitle')}
        </Title>
        <EvidenceTable profile={profile} />
      </Stack>

      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('transS3.profile.chartsTitle')}
        </Title>
        <EvidenceCharts profile={profile} />
      </Stack>

      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('transS3.profile.activitiesTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('transS3.profile.activitiesHint')}
        </Text>
        <Table striped fz="sm" data-testid="profile-activities" maw={900}>
          <Table.Caption>{t('transS3.profile.activitiesCaption', { label: candidate.label })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('transS3.profile.columns.code')}</Table.Th>
              <Table.Th scope="col">{t('transS3.profile.columns.activity')}</Table.Th>
              <Table.Th scope="col" ta="right">
                <abbr title={t('transS3.profile.pciLong')}>{t('transS3.profile.columns.pci')}</abbr>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {profile.activities.length === 0 ? (
              <EmptyTableRow colSpan={3}>
                {profile.dataset ? t('transS3.profile.noActivities') : t('transS3.profile.noDatasetShort')}
              </EmptyTableRow>
            ) : (
              profile.activities.map((activity) => (
                <Table.Tr key={activity.code}>
                  <Table.Td fw={600}>{activity.code}</Table.Td>
                  <Table.Td>{activity.name}</Table.Td>
                  <Table.Td ta="right">{format.num(activity.pci)}</Table.Td>
                </Table.Tr>
              ))
            )}
          </Table.Tbody>
        </Table>
      </Stack>
    </Stack>
  );
}
