import { Anchor, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TReferralDetailResponse } from '../../../../src/modules/brokerage/contract.ts';
import { toFormErrors } from '../../shared/api.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { useFormatDateTime } from '../../shared/useFormatDateTime.ts';
import { OrganisationSelect } from '../organisations/OrganisationSelect.tsx';
import { useCountryName } from '../reference/useCountries.ts';
import { useAddReferralCandidate } from './useReferrals.ts';

/** As ZReferralCandidateRequest.note. */
const NOTE_MAX = 2000;

type ReferralCandidatesProps = { referral: TReferralDetailResponse; canPropose: boolean };

/** Partner organisations the receiving broker proposes for the client, with why. */
export function ReferralCandidates({ referral, canPropose }: ReferralCandidatesProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const formatDateTime = useFormatDateTime();
  const countryName = useCountryName();
  const addCandidate = useAddReferralCandidate(referral.id);
  const form = useForm<{ organisationId: string | null; note: string }>({
    initialValues: { organisationId: null, note: '' },
    validateInputOnBlur: true,
    validate: {
      organisationId: (value) => (value ? null : t('validation.required')),
      note: (value) =>
        value.trim().length > NOTE_MAX ? t('network.common.tooLong', { max: NOTE_MAX }) : null,
    },
  });
  const submit = form.onSubmit(async (values) => {
    if (!values.organisationId) return; // required by `validate`
    try {
      await addCandidate.mutateAsync({ organisationId: values.organisationId, note: values.note.trim() });
      form.reset();
    } catch (caught) {
      form.setErrors(toFormErrors(caught));
    }
  });

  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t('network.referral.candidates')}
      </Title>
      <Stack gap="sm">
        {referral.candidates.length === 0 ? (
          <Text c="dimmed">{t('network.referral.noCandidates')}</Text>
        ) : null}
        <Stack
          component="ul"
          gap="sm"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          data-testid="referral-candidates"
        >
          {referral.candidates.map((candidate) => (
            <Card
              component="li"
              key={`${candidate.organisation.id}-${candidate.createdAt}`}
              withBorder
              padding="sm"
              radius="md"
            >
              <Group justify="space-between" gap="xs" mb={4}>
                <Anchor component={Link} to={`/organisations/${candidate.organisation.id}`} fw={600}>
                  {candidate.organisation.name}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {countryName(candidate.organisation.countryCode)} ·{' '}
                  {t(`helix.${candidate.organisation.helixType}`)}
                </Text>
              </Group>
              {candidate.note ? <Text style={{ whiteSpace: 'pre-line' }}>{candidate.note}</Text> : null}
              <Text size="xs" c="dimmed" mt={4}>
                {t('network.referral.proposedBy', {
                  name: candidate.proposedBy?.name ?? t('network.common.formerUser'),
                  date: formatDateTime(candidate.createdAt),
                })}
              </Text>
            </Card>
          ))}
        </Stack>
        {canPropose ? (
          <Card withBorder padding="md" radius="md">
            <form onSubmit={submit} noValidate data-testid="referral-candidate-form">
              <Stack gap="sm">
                <Title order={3} size="h4">
                  {t('network.referral.proposeCandidate')}
                </Title>
                <OrganisationSelect
                  withCountry
                  label={t('network.referral.candidateOrganisation')}
                  value={form.values.organisationId}
                  onChange={(value) => form.setFieldValue('organisationId', value)}
                  onBlur={() => form.validateField('organisationId')}
                  error={form.errors.organisationId}
                  required
                  testId="referral-candidate-organisation"
                />
                <Textarea
                  label={t('network.referral.candidateNote')}
                  description={t('network.common.characterCount', {
                    length: form.values.note.trim().length,
                    max: NOTE_MAX,
                  })}
                  autosize
                  minRows={2}
                  maxRows={8}
                  data-testid="referral-candidate-note"
                  {...form.getInputProps('note')}
                />
                <ErrorAlert
                  error={Object.keys(toFormErrors(addCandidate.error)).length ? null : addCandidate.error}
                />
                <Group justify="flex-end">
                  <Button type="submit" loading={addCandidate.isPending}>
                    {t('network.referral.addCandidate')}
                  </Button>
                </Group>
              </Stack>
            </form>
          </Card>
        ) : null}
      </Stack>
    </section>
  );
}
