import { Button, Group, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TBrokerResponse } from '../../../../src/modules/brokerage/contract.ts';
import { toFormErrors } from '../../shared/api.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { OrganisationSelect } from '../organisations/OrganisationSelect.tsx';
import { LanguageMultiSelect } from './LanguageMultiSelect.tsx';
import { NutsMultiSelect } from './NutsMultiSelect.tsx';
import { collapseListErrors } from './text.ts';
import { useUpdateBroker } from './useBrokers.ts';

// As ZBrokerUpdateRequest.
const REGIONS_MAX = 20;
const COMPETENCES_MAX = 30;
const COMPETENCE_MAX = 100;
const LANGUAGES_MAX = 20;
const PHONE_MAX = 50;
const BIO_MAX = 3000;

type BrokerFormValues = {
  organisationId: string | null;
  regions: string[];
  competences: string[];
  languages: string[];
  phone: string;
  bio: string;
};

type BrokerFormProps = { broker: TBrokerResponse; onSaved: () => void; onCancel: () => void };

/** A broker's entry in the directory: where they work, in which regions, on what, in which languages. */
export function BrokerForm({ broker, onSaved, onCancel }: BrokerFormProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const updateBroker = useUpdateBroker(broker.id);
  const tooLong = (max: number) => t('network.common.tooLong', { max });
  const form = useForm<BrokerFormValues>({
    initialValues: {
      organisationId: broker.organisation?.id ?? null,
      regions: broker.regions.map((region) => region.code),
      competences: broker.competences,
      languages: broker.languages,
      phone: broker.phone ?? '',
      bio: broker.bio,
    },
    validateInputOnChange: ['regions', 'competences', 'bio', 'phone'],
    validate: {
      regions: (value) =>
        value.length === 0
          ? t('network.brokerForm.regionsRequired')
          : value.length > REGIONS_MAX
            ? t('network.common.tooMany', { max: REGIONS_MAX })
            : null,
      competences: (value) =>
        value.length > COMPETENCES_MAX
          ? t('network.common.tooMany', { max: COMPETENCES_MAX })
          : value.some((item) => item.trim().length > COMPETENCE_MAX)
            ? t('network.common.tagTooLong', { max: COMPETENCE_MAX })
            : null,
      phone: (value) => (value.trim().length > PHONE_MAX ? tooLong(PHONE_MAX) : null),
      bio: (value) => (value.trim().length > BIO_MAX ? tooLong(BIO_MAX) : null),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      await updateBroker.mutateAsync({
        organisationId: values.organisationId,
        regions: values.regions,
        competences: values.competences.map((item) => item.trim()).filter(Boolean),
        languages: values.languages,
        phone: values.phone.trim() || null,
        bio: values.bio.trim(),
      });
      onSaved();
    } catch (caught) {
      const fieldErrors = collapseListErrors(toFormErrors(caught), ['regions', 'competences', 'languages']);
      form.setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setError(caught);
    }
  });

  return (
    <form onSubmit={submit} noValidate data-testid="broker-form">
      <Stack gap="md">
        <OrganisationSelect
          withCountry
          label={t('network.brokerForm.organisation')}
          description={t('network.brokerForm.organisationHint')}
          value={form.values.organisationId}
          onChange={(value) => form.setFieldValue('organisationId', value)}
          error={form.errors.organisationId}
          testId="broker-form-organisation"
        />
        <NutsMultiSelect
          label={t('network.brokerForm.regions')}
          value={form.values.regions}
          knownOptions={broker.regions.map((region) => ({
            value: region.code,
            label: `${region.code} · ${region.name}`,
          }))}
          onChange={(value) => form.setFieldValue('regions', value)}
          onBlur={() => form.validateField('regions')}
          error={form.errors.regions}
          required
          maxValues={REGIONS_MAX}
          testId="broker-form-regions"
        />
        <TagsInput
          label={t('network.brokerForm.competences')}
          description={t('network.brokerForm.competencesHint')}
          maxTags={COMPETENCES_MAX}
          splitChars={[',', ';']}
          acceptValueOnBlur
          clearable
          data-testid="broker-form-competences"
          {...form.getInputProps('competences')}
        />
        <LanguageMultiSelect
          label={t('network.brokerForm.languages')}
          value={form.values.languages}
          onChange={(value) => form.setFieldValue('languages', value)}
          error={form.errors.languages}
          maxValues={LANGUAGES_MAX}
        />
        <TextInput
          label={t('network.brokerForm.phone')}
          type="tel"
          autoComplete="tel"
          {...form.getInputProps('phone')}
        />
        <Textarea
          label={t('network.brokerForm.bio')}
          description={t('network.common.characterCount', {
            length: form.values.bio.trim().length,
            max: BIO_MAX,
          })}
          autosize
          minRows={3}
          maxRows={10}
          {...form.getInputProps('bio')}
        />
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting} data-testid="broker-form-submit">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
