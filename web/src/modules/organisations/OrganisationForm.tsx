import { Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  TOrganisationRequest,
  TOrganisationResponse,
} from '../../../../src/modules/accounts/contract.ts';
import { toFormErrors } from '../../shared/api.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { NutsSelect, nutsLabel } from '../reference/NutsSelect.tsx';
import { useCountryOptions } from '../reference/useCountries.ts';
import { HELIX_TYPES, isHelixType } from './helix.ts';

type OrganisationFormValues = {
  name: string;
  countryCode: string | null;
  nutsCode: string | null;
  helixType: string | null;
  website: string;
  description: string;
};

type OrganisationFormProps = {
  /** The organisation being edited; absent when registering a new one. */
  organisation?: TOrganisationResponse;
  submitLabel: string;
  onSubmit: (input: TOrganisationRequest) => Promise<unknown>;
  onCancel: () => void;
};

/**
 * Register or edit an organisation. Only "required" is checked here; the API validates everything
 * else and its field errors are shown under the fields.
 */
export function OrganisationForm({ organisation, submitLabel, onSubmit, onCancel }: OrganisationFormProps) {
  const { t } = useTranslation();
  const countryOptions = useCountryOptions();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<OrganisationFormValues>({
    initialValues: {
      name: organisation?.name ?? '',
      countryCode: organisation?.countryCode ?? null,
      nutsCode: organisation?.nutsCode ?? null,
      helixType: organisation?.helixType ?? null,
      website: organisation?.website ?? '',
      description: organisation?.description ?? '',
    },
    validate: {
      name: (value) => (value.trim() ? null : t('validation.required')),
      countryCode: (value) => (value ? null : t('validation.required')),
      helixType: (value) => (value ? null : t('validation.required')),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    // Both are required by `validate`, so this only narrows the types.
    if (!values.countryCode || !isHelixType(values.helixType)) return;
    try {
      await onSubmit({
        name: values.name,
        countryCode: values.countryCode,
        nutsCode: values.nutsCode,
        helixType: values.helixType,
        website: values.website.trim() || null,
        description: values.description,
      });
    } catch (caught) {
      const fieldErrors = toFormErrors(caught);
      form.setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setError(caught);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput label={t('organisationForm.name')} required {...form.getInputProps('name')} />
        <Select
          label={t('organisationForm.country')}
          placeholder={t('organisationForm.countryPlaceholder')}
          data={countryOptions}
          searchable
          required
          nothingFoundMessage={t('common.nothingFound')}
          {...form.getInputProps('countryCode')}
          onChange={(value) => {
            form.setFieldValue('countryCode', value);
            if (value !== form.values.countryCode) form.setFieldValue('nutsCode', null);
          }}
        />
        <NutsSelect
          country={form.values.countryCode}
          value={form.values.nutsCode}
          initialOption={
            organisation?.nutsCode
              ? {
                  value: organisation.nutsCode,
                  label: nutsLabel(organisation.nutsCode, organisation.regionName),
                }
              : null
          }
          onChange={(value) => form.setFieldValue('nutsCode', value)}
          error={form.errors.nutsCode}
        />
        <Select
          label={t('organisationForm.helix')}
          placeholder={t('organisationForm.helixPlaceholder')}
          data={HELIX_TYPES.map((helix) => ({ value: helix, label: t(`helix.${helix}`) }))}
          required
          {...form.getInputProps('helixType')}
        />
        <TextInput
          label={t('organisationForm.website')}
          description={t('organisationForm.websiteHint')}
          type="url"
          placeholder="https://"
          {...form.getInputProps('website')}
        />
        <Textarea
          label={t('organisationForm.description')}
          autosize
          minRows={3}
          maxRows={10}
          {...form.getInputProps('description')}
        />
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
