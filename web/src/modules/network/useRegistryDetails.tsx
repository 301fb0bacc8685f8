import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TOrganisationResponse } from '../../../../src/modules/accounts/contract.ts';
import type { Detail } from '../../shared/DetailList.tsx';
import { useLanguageName } from '../../shared/useDisplayName.ts';
import { naceLabel, useNaceNames } from '../reference/useNace.ts';
import { useTechnologyFields } from '../reference/useTechnologyFields.ts';

function Tags({ items }: { items: string[] }) {
  return (
    <Group gap={4} component="span">
      {items.map((item) => (
        <Badge key={item} variant="light" color="gray" tt="none">
          {item}
        </Badge>
      ))}
    </Group>
  );
}

/** The registry fields of an organisation as label–value pairs, empty ones as a dash. */
export function useRegistryDetails(organisation: TOrganisationResponse): Detail[] {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const naceNames = useNaceNames(organisation.naceCodes);
  const technologyFields = useTechnologyFields();
  const languageName = useLanguageName();
  const euros = new Intl.NumberFormat(language, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  });
  const integer = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const orDash = (value: string | null | undefined) => (value ? value : '—');
  const techName = (id: number) =>
    `${id}. ${technologyFields.data?.find((field) => field.id === id)?.name ?? ''}`.trim();

  return [
    { label: t('network.organisation.legalName'), value: orDash(organisation.legalName) },
    { label: t('network.organisation.registryId'), value: orDash(organisation.registryId) },
    { label: t('network.organisation.vatNumber'), value: orDash(organisation.vatNumber) },
    {
      label: t('network.organisation.sizeClass'),
      value: organisation.sizeClass ? t(`network.sizeClass.${organisation.sizeClass}`) : '—',
    },
    {
      label: t('network.organisation.headcount'),
      value: organisation.headcount === null ? '—' : integer.format(organisation.headcount),
    },
    {
      label: t('network.organisation.turnoverEur'),
      value: organisation.turnoverEur === null ? '—' : euros.format(organisation.turnoverEur),
    },
    {
      label: t('network.organisation.balanceSheetEur'),
      value: organisation.balanceSheetEur === null ? '—' : euros.format(organisation.balanceSheetEur),
    },
    { label: t('network.organisation.foundingYear'), value: organisation.foundingYear ?? '—' },
    {
      label: t('network.organisation.exportShare'),
      value: organisation.exportShare === null ? '—' : `${integer.format(organisation.exportShare)} %`,
    },
    {
      label: t('network.organisation.naceCodes'),
      value:
        organisation.naceCodes.length === 0
          ? '—'
          : organisation.naceCodes.map((code) => naceLabel(code, naceNames[code])).join('; '),
    },
    {
      label: t('network.organisation.techFields'),
      value: organisation.techFields.length === 0 ? '—' : organisation.techFields.map(techName).join('; '),
    },
    {
      label: t('network.organisation.s3Domains'),
      value: organisation.s3Domains.length === 0 ? '—' : <Tags items={organisation.s3Domains} />,
    },
    {
      label: t('network.organisation.languages'),
      value: organisation.languages.length === 0 ? '—' : organisation.languages.map(languageName).join(', '),
    },
  ];
}
