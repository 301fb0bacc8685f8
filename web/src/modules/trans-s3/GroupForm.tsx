import { Button, Group, NumberInput, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NutsMultiSelect } from '../network/NutsMultiSelect.tsx';
import { apiFieldErrors } from './formErrors.ts';
import { TransS3ErrorAlert } from './TransS3ErrorAlert.tsx';
import { type TGroup, useCreateGroup } from './useTransS3.ts';

type GroupValues = { name: string; description: string; regions: string[]; minRegions: number | string };
const FIELDS = ['name', 'description', 'regions', 'minRegions'] as const;

type GroupFormProps = { onCreated: (group: TGroup) => void; onCancel: () => void };

/** A new group of regions: its name, what it is for, its regions and the least regions of a domain. */
export function GroupForm({ onCreated, onCancel }: GroupFormProps) {
  const { t } = useTranslation();
  const create = useCreateGroup();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<GroupValues>({
    initialValues: { name: '', description: '', regions: [], minRegions: 3 },
    validate: {
      name: (value) => (value.trim() ? null : t('validation.required')),
      regions: (value) => (value.length >= 2 ? null : t('transS3.groupForm.regionsMin')),
      minRegions: (value, values) =>
        !Number.isInteger(Number(value)) || Number(value) < 2
          ? t('transS3.groupForm.minRegionsMin')
          : Number(value) > values.regions.length && values.regions.length >= 2
            ? t('transS3.groupForm.minRegionsMax', { count: values.regions.length })
            : null,
    },
  });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      onCreated(
        await create.mutateAsync({
          name: values.name.trim(),
          description: values.description.trim(),
          regions: values.regions,
          minRegions: Number(values.minRegions),
        }),
      );
    } catch (caught) {
      const { errors, complete } = apiFieldErrors(caught, FIELDS);
      form.setErrors(errors);
      if (!complete) setError(caught);
    }
  });

  return (
    <form onSubmit={submit} noValidate data-testid="group-form">
      <Stack gap="md">
        <TextInput
          label={t('transS3.groupForm.name')}
          required
          maxLength={120}
          data-testid="group-form-name"
          {...form.getInputProps('name')}
        />
        <Textarea
          label={t('transS3.groupForm.description')}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={2000}
          {...form.getInputProps('description')}
        />
        <NutsMultiSelect
          label={t('transS3.groupForm.regions')}
          description={t('transS3.groupForm.regionsHint')}
          required
          maxValues={40}
          value={form.values.regions}
          onChange={(value) => form.setFieldValue('regions', value)}
          error={form.errors.regions}
          testId="group-form-regions"
        />
        <NumberInput
          label={t('transS3.groupForm.minRegions')}
          description={t('transS3.groupForm.minRegionsHint')}
          min={2}
          max={40}
          allowDecimal={false}
          data-testid="group-form-min-regions"
          {...form.getInputProps('minRegions')}
        />
        <TransS3ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending} data-testid="group-form-submit">
            {t('transS3.groupForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
