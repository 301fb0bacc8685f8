import { Anchor, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TPartnershipResponse } from '../../../../src/modules/brokerage/contract.ts';
import { useCurrentUser } from '../../modules/accounts/useCurrentUser.ts';
import { FileField } from '../../modules/network/FileField.tsx';
import { usePartnership, useUploadPartnershipEvidence } from '../../modules/network/usePartnerships.ts';
import { useCountryName } from '../../modules/reference/useCountries.ts';
import { isApiError } from '../../shared/api.ts';
import { DetailList } from '../../shared/DetailList.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { QueryState } from '../../shared/QueryState.tsx';
import { useFormatDate } from '../../shared/useFormatDate.ts';
import { useFormatDateTime } from '../../shared/useFormatDateTime.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';

/** As the API's limit on uploaded files. */
const MAX_FILE_BYTES = 10 * 1024 * 1024;

export function PartnershipPage() {
  const { id = '' } = useParams();
  const partnership = usePartnership(id);
  if (isApiError(partnership.error) && [400, 404].includes(partnership.error.status)) return <NotFoundPage />;
  return <QueryState query={partnership}>{(data) => <PartnershipDetails partnership={data} />}</QueryState>;
}

function useFormatBytes(): (bytes: number) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return (bytes) => {
    const [value, unit] =
      bytes >= 1024 * 1024
        ? [bytes / 1024 / 1024, 'megabyte']
        : bytes >= 1024
          ? [bytes / 1024, 'kilobyte']
          : [bytes, 'byte'];
    return new Intl.NumberFormat(language, {
      style: 'unit',
      unit,
      unitDisplay: 'short',
      maximumFractionDigits: 1,
    }).format(value);
  };
}

function PartnershipDetails({ partnership }: { partnership: TPartnershipResponse }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const formatDateTime = useFormatDateTime();
  const formatBytes = useFormatBytes();
  const formatDate = useFormatDate();
  const countryName = useCountryName();
  const upload = useUploadPartnershipEvidence(partnership.id);
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const isTooLarge = file !== null && file.size > MAX_FILE_BYTES;
  // The API decides; these are the people who record partnerships.
  const canUpload = user.role === 'admin' || user.role === 'broker' || partnership.createdBy?.id === user.id;

  const details = [
    { label: t('network.partnership.type'), value: t(`network.partnershipTypes.${partnership.type}`) },
    { label: t('network.partnership.agreedOn'), value: formatDate(partnership.agreedOn) },
    {
      label: t('network.partnership.scope'),
      value: partnership.isCrossBorder ? (
        <Badge variant="light" color="teal">
          {t('network.partnerships.crossBorder')}
        </Badge>
      ) : (
        t('network.partnerships.domestic')
      ),
    },
    {
      label: t('network.partnership.recordedBy'),
      value: `${partnership.createdBy?.name ?? t('network.common.formerUser')}, ${formatDateTime(partnership.createdAt)}`,
    },
  ];
  const links = [
    partnership.caseId
      ? { key: 'case', to: `/cases/${partnership.caseId}`, label: t('network.partnership.links.case') }
      : null,
    partnership.profile
      ? {
          key: 'profile',
          to: `/profiles/${partnership.profile.id}`,
          label: `${t('network.partnership.links.profile')}: ${partnership.profile.reference ? `${partnership.profile.reference} · ` : ''}${partnership.profile.title}`,
        }
      : null,
    partnership.referralId
      ? {
          key: 'referral',
          to: `/referrals/${partnership.referralId}`,
          label: t('network.partnership.links.referral'),
        }
      : null,
    partnership.interestId
      ? {
          key: 'interest',
          to: `/interests/${partnership.interestId}`,
          label: t('network.partnership.links.interest'),
        }
      : null,
  ].filter((link) => link !== null);

  return (
    <Stack gap="xl">
      <PageHeader
        title={partnership.title}
        description={
          <Anchor component={Link} to="/partnerships" size="sm">
            {t('network.partnership.backToList')}
          </Anchor>
        }
      />

      <Card withBorder padding="lg" radius="md">
        <Stack gap="md">
          <DetailList details={details} testId="partnership-details" />
          {partnership.description ? (
            <Text style={{ whiteSpace: 'pre-line' }}>{partnership.description}</Text>
          ) : null}
        </Stack>
      </Card>

      <section aria-labelledby="parties-heading">
        <Title order={2} size="h3" id="parties-heading" mb="sm">
          {t('network.partnership.parties')}
        </Title>
        <Table.ScrollContainer minWidth={480}>
          <Table aria-labelledby="parties-heading" data-testid="partnership-parties">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('network.partnership.partyColumns.name')}</Table.Th>
                <Table.Th scope="col">{t('network.partnership.partyColumns.country')}</Table.Th>
                <Table.Th scope="col">{t('network.partnership.partyColumns.helix')}</Table.Th>
                <Table.Th scope="col">{t('network.partnership.partyColumns.size')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {partnership.parties.map((party) => (
                <Table.Tr key={party.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/organisations/${party.id}`} size="sm">
                      {party.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{countryName(party.countryCode)}</Table.Td>
                  <Table.Td>{t(`helix.${party.helixType}`)}</Table.Td>
                  <Table.Td>{party.sizeClass ? t(`network.sizeClass.${party.sizeClass}`) : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </section>

      {links.length > 0 ? (
        <section aria-labelledby="links-heading">
          <Title order={2} size="h3" id="links-heading" mb="sm">
            {t('network.partnership.linksHeading')}
          </Title>
          <Stack component="ul" gap={4} m={0} pl="lg" data-testid="partnership-links">
            {links.map((link) => (
              <li key={link.key}>
                <Anchor component={Link} to={link.to}>
                  {link.label}
                </Anchor>
              </li>
            ))}
          </Stack>
        </section>
      ) : null}

      <section aria-labelledby="evidence-heading">
        <Title order={2} size="h3" id="evidence-heading" mb="sm">
          {t('network.partnership.evidence')}
        </Title>
        <Stack gap="md">
          {partnership.evidenceText ? (
            <Text style={{ whiteSpace: 'pre-line' }} data-testid="partnership-evidence-text">
              {partnership.evidenceText}
            </Text>
          ) : (
            <Text c="dimmed">{t('network.partnership.noEvidenceText')}</Text>
          )}
          {partnership.evidenceFile ? (
            <Group gap="xs">
              <Text>{t('network.partnership.evidenceFile')}:</Text>
              <Anchor
                href={`/api/partnerships/${partnership.id}/evidence`}
                download={partnership.evidenceFile.fileName}
                data-testid="partnership-evidence-download"
              >
                {partnership.evidenceFile.fileName}
              </Anchor>
              <Text c="dimmed" size="sm">
                ({formatBytes(partnership.evidenceFile.size)})
              </Text>
            </Group>
          ) : (
            <Text c="dimmed">{t('network.partnership.noEvidenceFile')}</Text>
          )}
          {canUpload ? (
            <Card withBorder padding="md" radius="md" maw={560}>
              <form
                noValidate
                onSubmit={(event) => {
                  event.preventDefault();
                  if (!file || isTooLarge) return;
                  upload.mutate(file, {
                    onSuccess: () => {
                      setFile(null);
                      setInputKey((key) => key + 1);
                      notifications.show({ color: 'green', message: t('network.partnership.uploaded') });
                    },
                  });
                }}
              >
                <Stack gap="sm">
                  <FileField
                    key={inputKey}
                    label={
                      partnership.evidenceFile
                        ? t('network.partnership.replaceFile')
                        : t('network.partnership.uploadFile')
                    }
                    description={t('network.partnership.fileHint')}
                    onChange={(next) => {
                      upload.reset();
                      setFile(next);
                    }}
                    error={isTooLarge ? t('network.partnership.fileTooLarge') : undefined}
                    disabled={upload.isPending}
                    testId="partnership-evidence-file"
                  />
                  <ErrorAlert error={upload.error} />
                  <Group justify="flex-end">
                    <Button
                      type="submit"
                      disabled={!file || isTooLarge}
                      loading={upload.isPending}
                      data-testid="partnership-evidence-upload"
                    >
                      {t('network.partnership.upload')}
                    </Button>
                  </Group>
                </Stack>
              </form>
            </Card>
          ) : null}
        </Stack>
      </section>
    </Stack>
  );
}
