import { Box, Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TCaseCreateRequest, TCaseResponse } from '../../../../src/modules/brokerage/contract.ts';
import { toFormErrors } from '../../shared/api.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { OrganisationSelect } from '../organisations/OrganisationSelect.tsx';
import { useBrokerOptions, useCreateCase } from './useCases.ts';

export const CASE_TITLE_MAX = 200;

type NewCaseValues = {
  organisationId: string | null;
  title: string;
  nextFollowUpOn: string;
  brokerId: string | null;
};

type NewCaseFormProps = {
  /** Administrators may assign the case to a broker. */
  canAssignBroker: boolean;
  onCreated: (created: TCaseResponse) => void;
  onCancel: () => void;
};

/** A new case: the client organisation, a title and the first follow-up date. */
export function NewCaseForm({ canAssignBroker, onCreated, onCancel }: NewCaseFormProps) {
  const { t } = useTranslation();
  const createCase = useCreateCase();
  const brokers = useBrokerOptions(canAssignBroker);
  const [error, setError] = useState<unknown>(null);
  const form = useForm<NewCaseValues>({
    initialValues: { organisationId: null, title: '', nextFollowUpOn: '', brokerId: null },
    validateInputOnBlur: true,
    validate: {
      organisationId: (value) => (value ? null : t('validation.required')),
      title: (value) =>
        !value.trim()
          ? t('validation.required')
          : value.trim().length > CASE_TITLE_MAX
            ? t('tibs.form.tooLong', { max: CASE_TITLE_MAX })
            : null,
    },
  });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    if (!values.organisationId) return;
    const input: TCaseCreateRequest = {
      organisationId: values.organisationId,
      title: values.title.trim(),
      nextFollowUpOn: values.nextFollowUpOn || null,
      ...(values.brokerId ? { brokerId: values.brokerId } : {}),
    };
    try {
      onCreated(await createCase.mutateAsync(input));
    } catch (caught) {
      const fieldErrors = toFormErrors(caught);
      form.setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setError(caught);
    }
  });

  return (
    <form onSubmit={submit} noValidate data-testid="case-form">
      <Stack gap="md">
        <Box data-testid="case-form-organisation">
          <OrganisationSelect
            label={t('tibs.caseForm.organisation')}
            description={t('tibs.caseForm.organisationHint')}
            value={form.values.organisationId}
            onChange={(value) => {
              form.setFieldValue('organisationId', value);
              form.validateField('organisationId');
            }}
            error={form.errors.organisationId}
          />
        </Box>
        <TextInput
          label={t('tibs.caseForm.title')}
          required
          maxLength={CASE_TITLE_MAX}
          description={t('tibs.form.counter', { count: form.values.title.length, max: CASE_TITLE_MAX })}
          data-testid="case-form-title"
          {...form.getInputProps('title')}
        />
        <TextInput
          type="date"
          label={t('tibs.caseForm.nextFollowUpOn')}
          data-testid="case-form-follow-up"
          {...form.getInputProps('nextFollowUpOn')}
        />
        {canAssignBroker ? (
          <Select
            label={t('tibs.caseForm.broker')}
            description={t('tibs.caseForm.brokerHint')}
            data={(brokers.data?.items ?? []).map((broker) => ({
              value: broker.id,
              label: `${broker.name} (${broker.email})`,
            }))}
            searchable
            clearable
            nothingFoundMessage={brokers.isFetching ? t('common.loading') : t('common.nothingFound')}
            {...form.getInputProps('brokerId')}
          />
        ) : null}
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting} data-testid="case-submit">
            {t('tibs.caseForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
