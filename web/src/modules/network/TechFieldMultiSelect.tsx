import { MultiSelect } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { techFieldGroups, useTechnologyFields } from '../reference/useTechnologyFields.ts';

type TechFieldMultiSelectProps = {
  label: string;
  description?: ReactNode;
  value: number[];
  onChange: (value: number[]) => void;
  error?: ReactNode;
};

/** WIPO technology fields 1-35, grouped by sector. */
export function TechFieldMultiSelect({
  label,
  description,
  value,
  onChange,
  error,
}: TechFieldMultiSelectProps) {
  const { t } = useTranslation();
  const fields = useTechnologyFields();
  const data = techFieldGroups(fields.data ?? []);
  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder={value.length === 0 ? t('network.reference.techPlaceholder') : undefined}
      data={data}
      value={value.map(String)}
      onChange={(next) => onChange(next.map(Number))}
      searchable
      hidePickedOptions
      nothingFoundMessage={fields.isFetching ? t('common.loading') : t('common.nothingFound')}
      error={error}
    />
  );
}
