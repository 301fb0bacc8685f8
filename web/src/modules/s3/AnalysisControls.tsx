import { Button, Group, MultiSelect, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { TDatasetResponse } from '../../../../src/modules/s3/contract.ts';
import { regionLabel } from './s3.ts';
import { type AnalysisSelection, useDatasetRegions, useNuts2Names } from './useAnalyses.ts';

type AnalysisNavProps = { dataset: TDatasetResponse; year?: number; region?: string | null };

/** Links between a dataset and its three analyses; the year and the region travel along. */
export function AnalysisNav({ dataset, year, region }: AnalysisNavProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const base = `/s3/datasets/${dataset.id}`;
  const yearQuery = year === undefined ? '' : `year=${year}`;
  const withQuery = (path: string, ...parts: string[]) => {
    const query = parts.filter(Boolean).join('&');
    return query ? `${path}?${query}` : path;
  };
  const links = [
    { to: base, label: t('s3.nav.dataset'), isActive: pathname === base },
    {
      to: withQuery(region ? `${base}/regions/${region}` : `${base}/regions`, yearQuery),
      label: t('s3.nav.profile'),
      isActive: pathname.startsWith(`${base}/regions`),
    },
    { to: withQuery(`${base}/compare`, yearQuery), label: t('s3.nav.compare'), isActive: pathname === `${base}/compare` },
    {
      to: withQuery(`${base}/space`, yearQuery, region ? `region=${region}` : ''),
      label: t('s3.nav.space'),
      isActive: pathname === `${base}/space`,
    },
  ];
  return (
    <Group component="nav" aria-label={t('s3.nav.label', { name: dataset.name })} gap="xs" wrap="wrap">
      {links.map((link) => (
        <Button
          key={link.label}
          component={Link}
          to={link.to}
          variant={link.isActive ? 'light' : 'subtle'}
          size="compact-sm"
          aria-current={link.isActive ? 'page' : undefined}
        >
          {link.label}
        </Button>
      ))}
    </Group>
  );
}

type YearSelectProps = { years: readonly number[]; value: number | undefined; onChange: (year: number) => void };

/** The year of the analysis; without a choice, the dataset's latest (the API's default). */
export function YearSelect({ years, value, onChange }: YearSelectProps) {
  const { t } = useTranslation();
  const latest = years[years.length - 1];
  return (
    <Select
      label={t('s3.controls.year')}
      data={[...years].reverse().map(String)}
      value={value === undefined ? (latest === undefined ? null : String(latest)) : String(value)}
      onChange={(next) => {
        if (next) onChange(Number(next));
      }}
      allowDeselect={false}
      w={120}
    />
  );
}

type RegionOption = { value: string; label: string };
type RegionOptionGroup = { group: string; items: RegionOption[] };

/**
 * Options for region pickers: the dataset's regions with their NUTS 2021 names (codes alone for
 * pre-2021 codes), those without data in the year in a group of their own.
 */
export function useRegionOptions(datasetId: string, selection: AnalysisSelection, yearLabel: string) {
  const { t, i18n } = useTranslation();
  const regions = useDatasetRegions(datasetId, selection);
  const names = useNuts2Names();
  const collator = new Intl.Collator(i18n.resolvedLanguage ?? 'en');
  const labelOf = (code: string) =>
    names.data && !names.data[code] ? `${code} · ${t('s3.controls.notNuts2021')}` : regionLabel(code, names.data);
  const toOption = (code: string): RegionOption => ({ value: code, label: labelOf(code) });
  const all = regions.data ?? [];
  const byCode = (a: RegionOption, b: RegionOption) => collator.compare(a.value, b.value);
  const withData = all.filter((region) => region.hasData).map((region) => toOption(region.code)).sort(byCode);
  const withoutData = all.filter((region) => !region.hasData).map((region) => toOption(region.code)).sort(byCode);
  const options: RegionOptionGroup[] = [
    { group: t('s3.controls.regionsWithData', { year: yearLabel }), items: withData },
    ...(withoutData.length > 0
      ? [{ group: t('s3.controls.regionsWithoutData', { year: yearLabel }), items: withoutData }]
      : []),
  ];
  return {
    options,
    regions,
    names: names.data,
    labelOf,
    codes: new Set(all.map((region) => region.code)),
    withData: new Set(all.filter((region) => region.hasData).map((region) => region.code)),
  };
}

type RegionSelectProps = {
  options: RegionOptionGroup[];
  isLoading: boolean;
  label: string;
  value: string | null;
  onChange: (region: string | null) => void;
  clearable?: boolean;
  placeholder?: string;
};

export function RegionSelect({ options, isLoading, label, value, onChange, clearable, placeholder }: RegionSelectProps) {
  const { t } = useTranslation();
  const hasValue = value !== null && options.some((group) => group.items.some((item) => item.value === value));
  // Until the list has loaded, show the chosen code rather than an empty field.
  const data = hasValue || value === null ? options : [{ value, label: value }, ...options];
  return (
    <Select
      label={label}
      placeholder={placeholder ?? t('s3.controls.regionPlaceholder')}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable={clearable}
      allowDeselect={false}
      nothingFoundMessage={isLoading ? t('common.loading') : t('common.nothingFound')}
      w={320}
      maxDropdownHeight={360}
      limit={500}
    />
  );
}

type RegionMultiSelectProps = {
  options: RegionOptionGroup[];
  isLoading: boolean;
  value: string[];
  onChange: (regions: string[]) => void;
  max: number;
  error?: string;
};

export function RegionMultiSelect({ options, isLoading, value, onChange, max, error }: RegionMultiSelectProps) {
  const { t } = useTranslation();
  const known = new Set(options.flatMap((group) => group.items.map((item) => item.value)));
  const missing = value.filter((code) => !known.has(code));
  const data = [...missing.map((code) => ({ value: code, label: code })), ...options];
  return (
    <MultiSelect
      label={t('s3.compare.regions')}
      description={t('s3.compare.regionsHint', { max })}
      placeholder={value.length < max ? t('s3.controls.regionPlaceholder') : undefined}
      data={data}
      value={value}
      onChange={onChange}
      maxValues={max}
      searchable
      hidePickedOptions
      nothingFoundMessage={isLoading ? t('common.loading') : t('common.nothingFound')}
      maxDropdownHeight={360}
      limit={500}
      error={error}
      style={{ flex: '1 1 420px' }}
    />
  );
}
