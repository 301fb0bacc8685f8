import { Badge, Group, Stack, Text, Title, type TitleOrder } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Detail, DetailList } from '../../shared/DetailList.tsx';
import { useLanguageName } from '../../shared/useDisplayName.ts';
import { useFormatDate } from '../../shared/useFormatDate.ts';
import type { ProfileViewData } from './profileView.ts';
import { staticTechFieldLabel, useStaticTrlLabel } from './staticReference.ts';

type ProfileBodyProps = {
  profile: ProfileViewData;
  countryName: (code: string) => string;
  /** NACE codes with their names where known (signed-in pages); the public listing shows codes. */
  naceLabel?: (code: string) => string;
  /** Extra rows before the profile's own (organisation, status... on the signed-in page). */
  leadingDetails?: Detail[];
  /** Show empty fields as "—" (the owner's view) instead of leaving them out (the public view). */
  showEmpty?: boolean;
  headingOrder: TitleOrder;
};

function Chips({ values }: { values: string[] }) {
  return (
    <Group gap={4} component="span">
      {values.map((value) => (
        <Badge
          key={value}
          variant="outline"
          color="gray"
          tt="none"
          fw={500}
          styles={{ label: { overflow: 'visible' } }}
        >
          {value}
        </Badge>
      ))}
    </Group>
  );
}

/**
 * The body of a profile as the anonymous public listing shows it: summary, facts and the longer
 * texts. It never names the organisation: only its country, helix type and size. The editor's
 * preview renders the same component, so what it shows is what the public sees.
 */
export function ProfileBody({
  profile,
  countryName,
  naceLabel,
  leadingDetails = [],
  showEmpty = false,
  headingOrder,
}: ProfileBodyProps) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const trlLabel = useStaticTrlLabel();
  const languageName = useLanguageName();
  const dash = '—';

  const facts: (Detail & { isEmpty: boolean })[] = [
    {
      key: 'country',
      label: t('profiles.fields.country'),
      value: profile.countryCode ? countryName(profile.countryCode) : dash,
      isEmpty: !profile.countryCode,
    },
    {
      key: 'organisationType',
      label: t('profiles.fields.organisationType'),
      value: profile.helixType ? t(`helix.${profile.helixType}`) : dash,
      isEmpty: !profile.helixType,
    },
    {
      key: 'sizeClass',
      label: t('profiles.fields.sizeClass'),
      value: profile.sizeClass ? t(`profiles.sizeClasses.${profile.sizeClass}`) : dash,
      isEmpty: !profile.sizeClass,
    },
    {
      key: 'stage',
      label: t('profiles.fields.stage'),
      value: profile.stage ? t(`profiles.stages.${profile.stage}`) : dash,
      isEmpty: !profile.stage,
    },
    {
      key: 'trl',
      label: t('profiles.fields.trl'),
      value: profile.trl ? trlLabel(profile.trl) : dash,
      isEmpty: !profile.trl,
    },
    {
      key: 'iprStatus',
      label: t('profiles.fields.iprStatus'),
      value: profile.iprStatus ? t(`profiles.iprStatuses.${profile.iprStatus}`) : dash,
      isEmpty: !profile.iprStatus,
    },
    {
      key: 'partnershipTypes',
      label: t('profiles.fields.partnershipTypes'),
      value: profile.partnershipTypes.length ? (
        <Chips values={profile.partnershipTypes.map((type) => t(`profiles.partnershipTypes.${type}`))} />
      ) : (
        dash
      ),
      isEmpty: profile.partnershipTypes.length === 0,
    },
    {
      key: 'naceCodes',
      label: t('profiles.fields.naceCodes'),
      value: profile.naceCodes.length ? (
        <Chips values={profile.naceCodes.map((code) => naceLabel?.(code) ?? code)} />
      ) : (
        dash
      ),
      isEmpty: profile.naceCodes.length === 0,
    },
    {
      key: 'techFields',
      label: t('profiles.fields.techFields'),
      value: profile.techFields.length ? (
        <Chips values={profile.techFields.map(staticTechFieldLabel)} />
      ) : (
        dash
      ),
      isEmpty: profile.techFields.length === 0,
    },
    {
      key: 's3Domains',
      label: t('profiles.fields.s3Domains'),
      value: profile.s3Domains.length ? <Chips values={profile.s3Domains} /> : dash,
      isEmpty: profile.s3Domains.length === 0,
    },
    {
      key: 'targetCountries',
      label: t('profiles.fields.targetCountries'),
      value: profile.targetCountries.length ? (
        <Chips values={profile.targetCountries.map(countryName)} />
      ) : (
        dash
      ),
      isEmpty: profile.targetCountries.length === 0,
    },
    {
      key: 'language',
      label: t('profiles.fields.language'),
      value: profile.language ? languageName(profile.language) : dash,
      isEmpty: !profile.language,
    },
    {
      key: 'deadline',
      label: t('profiles.fields.deadline'),
      value: formatDate(profile.deadline),
      isEmpty: !profile.deadline,
    },
    {
      key: 'publishedAt',
      label: t('profiles.fields.publishedAt'),
      value: formatDate(profile.publishedAt),
      isEmpty: !profile.publishedAt,
    },
    {
      key: 'expiresAt',
      label: t('profiles.fields.expiresAt'),
      value: formatDate(profile.expiresAt),
      isEmpty: !profile.expiresAt,
    },
  ];

  const texts: { key: string; label: string; value: string }[] = [
    { key: 'description', label: t('profiles.fields.description'), value: profile.description },
    { key: 'innovation', label: t('profiles.fields.innovation'), value: profile.innovation },
    { key: 'partnerSought', label: t('profiles.fields.partnerSought'), value: profile.partnerSought },
  ];

  return (
    <Stack gap="md">
      <Text size="lg" style={{ whiteSpace: 'pre-line' }} data-field="summary">
        {profile.summary || (showEmpty ? dash : '')}
      </Text>
      <DetailList
        size="sm"
        details={[...leadingDetails, ...facts.filter((fact) => showEmpty || !fact.isEmpty)]}
      />
      {texts
        .filter((text) => showEmpty || text.value.trim())
        .map((text) => (
          <section key={text.key}>
            <Title order={headingOrder} size="h4" mb={4}>
              {text.label}
            </Title>
            <Text style={{ whiteSpace: 'pre-line' }} data-field={text.key}>
              {text.value.trim() || dash}
            </Text>
          </section>
        ))}
    </Stack>
  );
}
