import {
  Button,
  Group,
  MultiSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TechFieldMultiSelect } from '../network/TechFieldMultiSelect.tsx';
import { NaceMultiSelect } from '../reference/NaceMultiSelect.tsx';
import { nutsLabel } from '../reference/NutsSelect.tsx';
import { apiFieldErrors } from './formErrors.ts';
import { RegionSelect } from './RegionSelect.tsx';
import { TransS3ErrorAlert } from './TransS3ErrorAlert.tsx';
import { type TPriority, type TPriorityRequest, useCodes, useSavePriority } from './useTransS3.ts';

type PriorityValues = {
  region: string | null;
  code: string;
  title: string;
  description: string;
  sourceDocument: string;
  sourceYear: number | string;
  nace: string[];
  nabs: string[];
  objectives: string[];
  techFields: number[];
};
const FIELDS = [
  'region',
  'code',
  'title',
  'description',
  'sourceDocument',
  'sourceYear',
  'nace',
  'nabs',
  'objectives',
  'techFields',
] as const;

const valuesOf = (priority: TPriority | null): PriorityValues => ({
  region: priority?.region ?? null,
  code: priority?.code ?? '',
  title: priority?.title ?? '',
  description: priority?.description ?? '',
  sourceDocument: priority?.sourceDocument ?? '',
  sourceYear: priority?.sourceYear ?? '',
  nace: priority?.nace.map((code) => code.code) ?? [],
  nabs: priority?.nabs.map((code) => code.code) ?? [],
  objectives: priority?.objectives.map((code) => code.code) ?? [],
  techFields: priority?.techFields.map((field) => field.id) ?? [],
});

type PriorityFormProps = {
  /** The priority to edit; null for a new one. */
  priority: TPriority | null;
  onSaved: (saved: TPriority) => void;
  onCancel: () => void;
};

/** A RIS3 priority of the register: region, code, title, source and its codes. */
export function PriorityForm({ priority, onSaved, onCancel }: PriorityFormProps) {
  const { t } = useTranslation();
  const codes = useCodes();
  const save = useSavePriority();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<PriorityValues>({
    initialValues: valuesOf(priority),
    validate: {
      region: (value) => (value ? null : t('validation.required')),
      code: (value) => (value.trim() ? null : t('validation.required')),
      title: (value) => (value.trim() ? null : t('validation.required')),
      sourceYear: (value) =>
        value === '' || (Number.isInteger(Number(value)) && Number(value) >= 1990 && Number(value) <= 2100)
          ? null
          : t('transS3.priorityForm.yearRange'),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    const input: TPriorityRequest = {
      region: values.region ?? '',
      code: values.code.trim(),
      title: values.title.trim(),
      description: values.description.trim(),
      sourceDocument: values.sourceDocument.trim() || null,
      sourceYear: values.sourceYear === '' ? null : Number(values.sourceYear),
      nace: values.nace,
      nabs: values.nabs,
      objectives: values.objectives,
      techFields: values.techFields,
    };
    try {
      onSaved(await save.mutateAsync({ id: priority?.id ?? null, input }));
    } catch (caught) {
      const { errors, complete } = apiFieldErrors(caught, FIELDS);
      form.setErrors(errors);
      if (!complete) setError(caught);
    }
  });

  const objectiveGroups = [
    ...new Set((codes.data?.objectives ?? []).map((objective) => objective.group)),
  ].map((group) => ({
    group,
    items: (codes.data?.objectives ?? [])
      .filter((objective) => objective.group === group)
      .map((objective) => ({ value: objective.code, label: objective.name })),
  }));

  return (
    <form onSubmit={submit} noValidate data-testid="priority-form">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <RegionSelect
            label={t('transS3.priorityForm.region')}
            description={t('transS3.priorityForm.regionHint')}
            required
            value={form.values.region}
            initialOption={
              priority
                ? { value: priority.region, label: nutsLabel(priority.region, priority.regionName) }
                : null
            }
            onChange={(value) => form.setFieldValue('region', value)}
            error={form.errors.region}
            testId="priority-form-region"
          />
          <TextInput
            label={t('transS3.priorityForm.code')}
            description={t('transS3.priorityForm.codeHint')}
            required
            maxLength={40}
            data-testid="priority-form-code"
            {...form.getInputProps('code')}
          />
        </SimpleGrid>
        <TextInput
          label={t('transS3.priorityForm.title')}
          required
          maxLength={200}
          data-testid="priority-form-title"
          {...form.getInputProps('title')}
        />
        <Textarea
          label={t('transS3.priorityForm.description')}
          autosize
          minRows={3}
          maxRows={10}
          maxLength={4000}
          {...form.getInputProps('description')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('transS3.priorityForm.sourceDocument')}
            placeholder={t('transS3.priorityForm.sourceDocumentPlaceholder')}
            maxLength={300}
            {...form.getInputProps('sourceDocument')}
          />
          <NumberInput
            label={t('transS3.priorityForm.sourceYear')}
            min={1990}
            max={2100}
            allowDecimal={false}
            thousandSeparator={false}
            {...form.getInputProps('sourceYear')}
          />
        </SimpleGrid>
        <NaceMultiSelect
          label={t('transS3.priorityForm.nace')}
          description={t('transS3.priorityForm.naceHint')}
          value={form.values.nace}
          onChange={(value) => form.setFieldValue('nace', value)}
          error={form.errors.nace}
          maxValues={40}
          testId="priority-form-nace"
        />
        <MultiSelect
          label={t('transS3.priorityForm.nabs')}
          data={(codes.data?.nabs ?? []).map((chapter) => ({
            value: chapter.code,
            label: `${chapter.code} · ${chapter.name}`,
          }))}
          searchable
          hidePickedOptions
          nothingFoundMessage={codes.isFetching ? t('common.loading') : t('common.nothingFound')}
          {...form.getInputProps('nabs')}
        />
        <MultiSelect
          label={t('transS3.priorityForm.objectives')}
          data={objectiveGroups}
          searchable
          hidePickedOptions
          nothingFoundMessage={codes.isFetching ? t('common.loading') : t('common.nothingFound')}
          {...form.getInputProps('objectives')}
        />
        <TechFieldMultiSelect
          label={t('transS3.priorityForm.techFields')}
          value={form.values.techFields}
          onChange={(value) => form.setFieldValue('techFields', value)}
          error={form.errors.techFields}
        />
        <TransS3ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="priority-form-submit">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
