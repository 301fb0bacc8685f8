import { Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TReferralDetailResponse } from '../../../../src/modules/brokerage/contract.ts';
import { toFormErrors } from '../../shared/api.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { useCurrentUser } from '../accounts/useCurrentUser.ts';
import { OrganisationSelect } from '../organisations/OrganisationSelect.tsx';
import { useClientProfiles, useProfile } from '../profiles/useProfiles.ts';
import { requiredTextError } from './text.ts';
import { useBrokers } from './useBrokers.ts';
import { useClientCases, useCreateReferral } from './useReferrals.ts';

/** As ZReferralRequest.needSummary. */
export const NEED_SUMMARY_MAX = 3000;

export type ReferralPrefill = {
  client?: string;
  case?: string;
  profile?: string;
  /** The receiving broker; named here so the choice shows even before (or without) the broker list. */
  toBroker?: { id: string; name: string };
  /** A first wording of the need, for the sender to edit. */
  need?: string;
};

type ReferralFormValues = {
  toBrokerId: string | null;
  clientOrganisationId: string | null;
  caseId: string | null;
  profileId: string | null;
  needSummary: string;
};

type BrokerOption = { value: string; label: string; regions: string };

type ReferralFormProps = {
  prefill?: ReferralPrefill;
  onCreated: (referral: TReferralDetailResponse) => void;
  onCancel: () => void;
};

/** Hand a client's need to a broker in another region: who, for which client, and what they need. */
export function ReferralForm({ prefill = {}, onCreated, onCancel }: ReferralFormProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [error, setError] = useState<unknown>(null);
  const createReferral = useCreateReferral();
  const brokers = useBrokers({ limit: 500, offset: 0 });
  const messages = {
    required: t('validation.required'),
    tooLong: t('network.common.tooLong', { max: NEED_SUMMARY_MAX }),
  };
  const form = useForm<ReferralFormValues>({
    initialValues: {
      toBrokerId: prefill.toBroker?.id ?? null,
      clientOrganisationId: prefill.client ?? null,
      caseId: prefill.case ?? null,
      profileId: prefill.profile ?? null,
      needSummary: prefill.need ?? '',
    },
    validateInputOnBlur: true,
    validate: {
      toBrokerId: (value) => (value ? null : t('validation.required')),
      clientOrganisationId: (value) => (value ? null : t('validation.required')),
      needSummary: (value) => requiredTextError(value, NEED_SUMMARY_MAX, messages),
    },
  });
  const client = form.values.clientOrganisationId;
  const cases = useClientCases(client);
  const profiles = useClientProfiles(client);

  const brokerOptions: BrokerOption[] = (brokers.data?.items ?? [])
    .filter((broker) => broker.id !== user.id)
    .map((broker) => ({
      value: broker.id,
      label: broker.organisation
        ? `${broker.name} (${broker.organisation.name}, ${broker.organisation.countryCode})`
        : broker.name,
      regions: broker.regions.map((region) => region.name).join(', '),
    }));
  if (
    prefill.toBroker &&
    prefill.toBroker.id !== user.id &&
    !brokerOptions.some((option) => option.value === prefill.toBroker?.id)
  )
    brokerOptions.unshift({ value: prefill.toBroker.id, label: prefill.toBroker.name, regions: '' });
  const caseOptions = (cases.data?.items ?? []).map((item) => ({ value: item.id, label: item.title }));
  if (form.values.caseId && !caseOptions.some((option) => option.value === form.values.caseId))
    caseOptions.unshift({ value: form.values.caseId, label: form.values.caseId });
  const profileOptions = (profiles.data?.items ?? []).map((profile) => ({
    value: profile.id,
    label: profile.reference ? `${profile.reference} · ${profile.title}` : profile.title,
  }));
  const isProfileListed = profileOptions.some((option) => option.value === form.values.profileId);
  // A profile given from outside that is not among the client's own (e.g. from a match): named by its title.
  const outsideProfile = useProfile(
    form.values.profileId && profiles.isSuccess && !isProfileListed ? form.values.profileId : '',
  );
  if (form.values.profileId && !isProfileListed)
    profileOptions.unshift({
      value: form.values.profileId,
      label:
        outsideProfile.data?.id === form.values.profileId
          ? outsideProfile.data.reference
            ? `${outsideProfile.data.reference} · ${outsideProfile.data.title}`
            : outsideProfile.data.title
          : form.values.profileId,
    });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    if (!values.toBrokerId || !values.clientOrganisationId) return; // required by `validate`
    try {
      const referral = await createReferral.mutateAsync({
        toBrokerId: values.toBrokerId,
        clientOrganisationId: values.clientOrganisationId,
        caseId: values.caseId,
        profileId: values.profileId,
        needSummary: values.needSummary.trim(),
      });
      onCreated(referral);
    } catch (caught) {
      const fieldErrors = toFormErrors(caught);
      form.setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setError(caught);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Select
          label={t('network.referralForm.toBroker')}
          description={t('network.referralForm.toBrokerHint')}
          placeholder={t('network.referralForm.toBrokerPlaceholder')}
          data={brokerOptions.map(({ value, label }) => ({ value, label }))}
          searchable
          required
          nothingFoundMessage={brokers.isFetching ? t('common.loading') : t('common.nothingFound')}
          renderOption={({ option }) => {
            const broker = brokerOptions.find((item) => item.value === option.value);
            return (
              <div>
                <Text size="sm" fw={500}>
                  {option.label}
                </Text>
                {broker?.regions ? (
                  <Text size="xs" c="dimmed">
                    {broker.regions}
                  </Text>
                ) : null}
              </div>
            );
          }}
          data-testid="referral-form-broker"
          {...form.getInputProps('toBrokerId')}
        />
        <OrganisationSelect
          withCountry
          label={t('network.referralForm.client')}
          value={client}
          onChange={(value) => {
            form.setFieldValue('clientOrganisationId', value);
            if (value !== client) form.setValues({ caseId: null, profileId: null });
          }}
          onBlur={() => form.validateField('clientOrganisationId')}
          error={form.errors.clientOrganisationId}
          required
          testId="referral-form-client"
        />
        <Select
          label={t('network.referralForm.case')}
          description={client ? t('network.referralForm.optional') : t('network.referralForm.needsClient')}
          placeholder={t('network.referralForm.casePlaceholder')}
          data={caseOptions}
          disabled={!client}
          clearable
          nothingFoundMessage={t('network.referralForm.noCases')}
          data-testid="referral-form-case"
          {...form.getInputProps('caseId')}
        />
        <Select
          label={t('network.referralForm.profile')}
          description={client ? t('network.referralForm.optional') : t('network.referralForm.needsClient')}
          placeholder={t('network.referralForm.profilePlaceholder')}
          data={profileOptions}
          disabled={!client}
          clearable
          searchable
          nothingFoundMessage={t('network.referralForm.noProfiles')}
          data-testid="referral-form-profile"
          {...form.getInputProps('profileId')}
        />
        <Textarea
          label={t('network.referralForm.need')}
          description={t('network.common.characterCount', {
            length: form.values.needSummary.trim().length,
            max: NEED_SUMMARY_MAX,
          })}
          required
          autosize
          minRows={4}
          maxRows={12}
          data-testid="referral-form-need"
          {...form.getInputProps('needSummary')}
        />
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting} data-testid="referral-submit">
            {t('network.referralForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
