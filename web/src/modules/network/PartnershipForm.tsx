import { Button, CloseButton, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TPartnershipResponse } from '../../../../src/modules/brokerage/contract.ts';
import { toFormErrors } from '../../shared/api.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import {
  OrganisationMultiSelect,
  type OrganisationOption,
} from '../organisations/OrganisationMultiSelect.tsx';
import { isPartnershipOutcomeType, PARTNERSHIP_OUTCOME_TYPES } from './partnershipTypes.ts';
import { requiredTextError } from './text.ts';
import type { PartnershipLinks } from './usePartnershipPrefill.ts';
import { useCreatePartnership } from './usePartnerships.ts';

// As ZPartnershipRequest.
const TITLE_MAX = 200;
const DESCRIPTION_MAX = 5000;
const EVIDENCE_MAX = 5000;
const PARTIES_MAX = 20;

type LinkKey = keyof PartnershipLinks;
const LINK_KEYS: LinkKey[] = ['caseId', 'profileId', 'referralId', 'interestId'];

type PartnershipFormValues = {
  type: string | null;
  title: string;
  description: string;
  agreedOn: string;
  partyIds: string[];
  evidenceText: string;
} & Record<LinkKey, string | null>;

type PartnershipFormProps = {
  links: PartnershipLinks;
  parties: OrganisationOption[];
  title: string;
  onCreated: (partnership: TPartnershipResponse) => void;
  onCancel: () => void;
};

/** Today in the user's time zone, as YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Record a partnership: what was agreed, when, between whom, and what proves it. */
export function PartnershipForm({ links, parties, title, onCreated, onCancel }: PartnershipFormProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const createPartnership = useCreatePartnership();
  const tooLong = (max: number) => t('network.common.tooLong', { max });
  const form = useForm<PartnershipFormValues>({
    initialValues: {
      type: null,
      title: title.slice(0, TITLE_MAX),
      description: '',
      agreedOn: today(),
      partyIds: parties.map((party) => party.value),
      evidenceText: '',
      caseId: links.caseId ?? null,
      profileId: links.profileId ?? null,
      referralId: links.referralId ?? null,
      interestId: links.interestId ?? null,
    },
    validateInputOnBlur: true,
    validate: {
      type: (value) => (value ? null : t('validation.required')),
      title: (value) =>
        requiredTextError(value, TITLE_MAX, {
          required: t('validation.required'),
          tooLong: tooLong(TITLE_MAX),
        }),
      description: (value) => (value.trim().length > DESCRIPTION_MAX ? tooLong(DESCRIPTION_MAX) : null),
      agreedOn: (value) =>
        /^\d{4}-\d{2}-\d{2}$/.test(value) ? null : t('network.partnershipForm.dateRequired'),
      partyIds: (value) =>
        value.length < 2
          ? t('network.partnershipForm.atLeastTwo')
          : value.length > PARTIES_MAX
            ? t('network.partnershipForm.atMost', { max: PARTIES_MAX })
            : null,
      evidenceText: (value) => (value.trim().length > EVIDENCE_MAX ? tooLong(EVIDENCE_MAX) : null),
    },
  });
  const linked = LINK_KEYS.filter((key) => form.values[key]);

  const submit = form.onSubmit(async (values) => {
    setError(null);
    if (!isPartnershipOutcomeType(values.type)) return; // required by `validate`
    try {
      const partnership = await createPartnership.mutateAsync({
        type: values.type,
        title: values.title.trim(),
        description: values.description.trim(),
        agreedOn: values.agreedOn,
        partyIds: values.partyIds,
        caseId: values.caseId,
        profileId: values.profileId,
        referralId: values.referralId,
        interestId: values.interestId,
        evidenceText: values.evidenceText.trim(),
      });
      onCreated(partnership);
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
          label={t('network.partnershipForm.type')}
          placeholder={t('network.partnershipForm.typePlaceholder')}
          data={PARTNERSHIP_OUTCOME_TYPES.map((type) => ({
            value: type,
            label: t(`network.partnershipTypes.${type}`),
          }))}
          required
          data-testid="partnership-form-type"
          {...form.getInputProps('type')}
        />
        <TextInput
          label={t('network.partnershipForm.title')}
          description={t('network.common.characterCount', {
            length: form.values.title.trim().length,
            max: TITLE_MAX,
          })}
          required
          data-testid="partnership-form-title"
          {...form.getInputProps('title')}
        />
        <OrganisationMultiSelect
          label={t('network.partnershipForm.parties')}
          description={t('network.partnershipForm.partiesHint')}
          value={form.values.partyIds}
          knownOptions={parties}
          onChange={(value) => form.setFieldValue('partyIds', value)}
          onBlur={() => form.validateField('partyIds')}
          error={form.errors.partyIds}
          maxValues={PARTIES_MAX}
          required
          testId="partnership-form-parties"
        />
        <TextInput
          type="date"
          label={t('network.partnershipForm.agreedOn')}
          required
          data-testid="partnership-form-date"
          {...form.getInputProps('agreedOn')}
        />
        <Textarea
          label={t('network.partnershipForm.description')}
          description={t('network.common.characterCount', {
            length: form.values.description.trim().length,
            max: DESCRIPTION_MAX,
          })}
          autosize
          minRows={3}
          maxRows={10}
          data-testid="partnership-form-description"
          {...form.getInputProps('description')}
        />
        <Textarea
          label={t('network.partnershipForm.evidenceText')}
          description={t('network.partnershipForm.evidenceTextHint', {
            length: form.values.evidenceText.trim().length,
            max: EVIDENCE_MAX,
          })}
          autosize
          minRows={2}
          maxRows={8}
          data-testid="partnership-form-evidence"
          {...form.getInputProps('evidenceText')}
        />
        {linked.length > 0 ? (
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('network.partnershipForm.linkedTo')}
            </Text>
            <Stack gap={4} data-testid="partnership-form-links">
              {linked.map((key) => (
                <Group key={key} gap="xs">
                  <Text size="sm">{t(`network.partnershipForm.links.${key}`)}</Text>
                  <CloseButton
                    size="sm"
                    aria-label={t('network.partnershipForm.unlink', {
                      link: t(`network.partnershipForm.links.${key}`),
                    })}
                    onClick={() => form.setFieldValue(key, null)}
                  />
                  {form.errors[key] ? (
                    <Text size="sm" c="red.8">
                      {form.errors[key]}
                    </Text>
                  ) : null}
                </Group>
              ))}
            </Stack>
          </div>
        ) : null}
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting} data-testid="partnership-submit">
            {t('network.partnershipForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
