import {
  Alert,
  Anchor,
  Button,
  Card,
  Checkbox,
  Fieldset,
  Grid,
  Group,
  MultiSelect,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type {
  TOrganisationDetailResponse,
  TUserResponse,
} from '../../../../src/modules/accounts/contract.ts';
import type { TProfileResponse } from '../../../../src/modules/brokerage/contract.ts';
import { useCurrentUser } from '../../modules/accounts/useCurrentUser.ts';
import {
  DEVELOPMENT_STAGES,
  IPR_STATUSES,
  PARTNERSHIP_TYPES,
  PROFILE_TYPES,
  type ProfileType,
} from '../../modules/profiles/codes.ts';
import { isBrokerOrAdmin } from '../../modules/accounts/roles.ts';
import { OrganisationPicker } from '../../modules/profiles/OrganisationPicker.tsx';
import { ProfileBody } from '../../modules/profiles/ProfileBody.tsx';
import {
  PROFILE_LIMITS,
  profileFormErrors,
  type ProfileFormValues,
  profileFormValues,
  toCreateRequest,
  toUpdateRequest,
  useProfileValidation,
} from '../../modules/profiles/profileForm.ts';
import { ProfileTypeBadge } from '../../modules/profiles/ProfileTypeBadge.tsx';
import type { ProfileViewData } from '../../modules/profiles/profileView.ts';
import { useCreateProfile, useProfile, useUpdateProfile } from '../../modules/profiles/useProfiles.ts';
import { useTrlLevels } from '../../modules/profiles/useReferenceLists.ts';
import { NaceMultiSelect } from '../../modules/reference/NaceMultiSelect.tsx';
import { useCountryName, useCountryOptions } from '../../modules/reference/useCountries.ts';
import { techFieldGroups, useTechnologyFields } from '../../modules/reference/useTechnologyFields.ts';
import { api, isApiError } from '../../shared/api.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { LANGUAGES } from '../../shared/i18n.ts';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { QueryState } from '../../shared/QueryState.tsx';
import { useLanguageName } from '../../shared/useDisplayName.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';

/** Languages offered for a profile's text: the platform's, plus the other common ones around the Baltic Sea. */
const PROFILE_LANGUAGES = [...LANGUAGES, 'sv', 'nb', 'ru', 'uk', 'fr', 'es', 'it', 'nl'];

/** /profiles/new and /profiles/:id/edit (drafts only). */
export function ProfileEditorPage() {
  const { id } = useParams();
  if (!id) return <ProfileEditor />;
  return <ExistingProfileEditor id={id} />;
}

function ExistingProfileEditor({ id }: { id: string }) {
  const { t } = useTranslation();
  const profile = useProfile(id);
  if (isApiError(profile.error) && [400, 404].includes(profile.error.status)) return <NotFoundPage />;
  return (
    <QueryState query={profile}>
      {(data) =>
        data.canEdit ? (
          <ProfileEditor profile={data} />
        ) : (
          <Stack gap="md">
            <PageHeader title={t('profiles.editor.editTitle')} />
            <Alert color="yellow" variant="light" data-testid="profile-not-editable">
              {t('profiles.editor.notEditable')}
            </Alert>
            <Anchor component={Link} to={`/profiles/${data.id}`}>
              {t('profiles.editor.backToProfile')}
            </Anchor>
          </Stack>
        )
      }
    </QueryState>
  );
}

/** The organisation to start with: the profile's, the one in ?organisation= if the user may use it, or a member's only one. */
function initialOrganisation(user: TUserResponse, requested: string | null): string | null {
  if (
    requested &&
    (isBrokerOrAdmin(user.role) || user.memberships.some((m) => m.organisationId === requested))
  )
    return requested;
  const [only, ...others] = user.memberships;
  return only && others.length === 0 && !isBrokerOrAdmin(user.role) ? only.organisationId : null;
}

function ProfileEditor({ profile }: { profile?: TProfileResponse }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const caseId = profile ? null : searchParams.get('case');
  const isCreating = !profile;
  const createProfile = useCreateProfile();
  const updateProfile = useUpdateProfile(profile?.id ?? '');
  const [error, setError] = useState<unknown>(null);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);

  const form = useForm<ProfileFormValues>({
    initialValues: profileFormValues(profile, {
      organisationId: initialOrganisation(user, searchParams.get('organisation')),
      language: 'en',
    }),
    validate: useProfileValidation(isCreating),
    validateInputOnChange: true,
    validateInputOnBlur: true,
  });
  const values = form.getValues();

  const countryOptions = useCountryOptions();
  const countryName = useCountryName();
  const languageName = useLanguageName();
  const technologyFields = useTechnologyFields();
  const trlLevels = useTrlLevels();

  // The preview shows the organisation only as the public sees it: country, helix type, size.
  const organisationId = values.organisationId;
  const organisation = useQuery({
    queryKey: ['organisations', 'detail', organisationId],
    queryFn: ({ signal }) =>
      api.get<TOrganisationDetailResponse>(
        `/api/organisations/${encodeURIComponent(organisationId ?? '')}`,
        undefined,
        signal,
      ),
    enabled: isCreating && Boolean(organisationId),
    staleTime: 60_000,
  });
  const owner =
    profile?.organisation ?? (organisation.data?.id === organisationId ? organisation.data : undefined);

  const submit = form.onSubmit(async (formValues) => {
    setError(null);
    setOtherErrors([]);
    try {
      let saved: TProfileResponse;
      if (profile) {
        const request = toUpdateRequest(formValues);
        if (!request) return;
        saved = await updateProfile.mutateAsync(request);
      } else {
        const request = toCreateRequest(formValues, caseId);
        if (!request) return;
        saved = await createProfile.mutateAsync(request);
      }
      notifications.show({ color: 'green', message: t('profiles.editor.saved', { title: saved.title }) });
      await navigate(`/profiles/${saved.id}`);
    } catch (caught) {
      const { fieldErrors, otherErrors: unplaced } = profileFormErrors(caught);
      form.setErrors(fieldErrors);
      setOtherErrors(unplaced);
      if (Object.keys(fieldErrors).length === 0) setError(caught);
    }
  });

  const counter = (length: number, max: number) => t('profiles.form.counter', { length, max });
  const languageOptions = [...new Set([...PROFILE_LANGUAGES, values.language].filter(Boolean))].map(
    (code) => ({
      value: code,
      label: `${languageName(code)} (${code})`,
    }),
  );
  const techFieldOptions = techFieldGroups(technologyFields.data ?? []);

  const preview: ProfileViewData = {
    reference: profile?.reference ?? null,
    type: values.type,
    title: values.title.trim(),
    summary: values.summary.trim(),
    description: values.description,
    innovation: values.innovation,
    stage: DEVELOPMENT_STAGES.find((stage) => stage === values.stage) ?? null,
    trl: values.trl ? Number(values.trl) : null,
    iprStatus: IPR_STATUSES.find((status) => status === values.iprStatus) ?? null,
    partnerSought: values.partnerSought,
    partnershipTypes: PARTNERSHIP_TYPES.filter((type) => values.partnershipTypes.includes(type)),
    naceCodes: values.naceCodes,
    techFields: values.techFields.map(Number),
    s3Domains: values.s3Domains,
    targetCountries: values.targetCountries,
    language: values.language,
    deadline: values.deadline || null,
    publishedAt: profile?.publishedAt ?? null,
    expiresAt: profile?.expiresAt ?? null,
    countryCode: owner?.countryCode ?? null,
    helixType: owner?.helixType ?? null,
    sizeClass: owner?.sizeClass ?? null,
  };

  const title = profile ? t('profiles.editor.editTitle') : t('profiles.editor.newTitle');

  return (
    <Stack gap="lg">
      <PageHeader
        title={title}
        description={
          <Anchor component={Link} to={profile ? `/profiles/${profile.id}` : '/profiles'} size="sm">
            {profile ? t('profiles.editor.backToProfile') : t('profiles.editor.backToList')}
          </Anchor>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <form onSubmit={submit} noValidate data-testid="profile-form" aria-label={title}>
            <Stack gap="lg">
              <Fieldset legend={t('profiles.editor.sections.basics')}>
                <Stack gap="md">
                  {profile ? (
                    <TextInput
                      label={t('profiles.fields.organisation')}
                      value={profile.organisation.name}
                      readOnly
                      description={t('profiles.editor.organisationFixed')}
                      data-testid="profile-field-organisation"
                    />
                  ) : (
                    <OrganisationPicker
                      label={t('profiles.fields.organisation')}
                      description={t('profiles.editor.organisationHint')}
                      required
                      testId="profile-field-organisation"
                      value={values.organisationId}
                      onChange={(value) => form.setFieldValue('organisationId', value)}
                      onBlur={() => form.validateField('organisationId')}
                      error={form.errors.organisationId}
                    />
                  )}
                  {caseId ? (
                    <Text size="sm" c="dimmed" data-testid="profile-case-link">
                      {t('profiles.editor.linkedToCase')}{' '}
                      <Anchor component={Link} to={`/cases/${caseId}`} size="sm">
                        {t('profiles.editor.openCase')}
                      </Anchor>
                    </Text>
                  ) : null}
                  <Radio.Group
                    label={t('profiles.fields.type')}
                    description={t('profiles.editor.typeHint')}
                    required
                    data-testid="profile-field-type"
                    {...form.getInputProps('type')}
                    value={values.type ?? ''}
                    onChange={(value) =>
                      form.setFieldValue('type', PROFILE_TYPES.find((type) => type === value) ?? null)
                    }
                  >
                    <Stack gap="xs" mt="xs">
                      {PROFILE_TYPES.map((type: ProfileType) => (
                        <Radio
                          key={type}
                          value={type}
                          label={t(`profiles.types.${type}`)}
                          description={t(`profiles.typeHints.${type}`)}
                          data-testid={`profile-type-${type}`}
                        />
                      ))}
                    </Stack>
                  </Radio.Group>
                  <TextInput
                    label={t('profiles.fields.title')}
                    description={counter(values.title.trim().length, PROFILE_LIMITS.title)}
                    required
                    data-testid="profile-field-title"
                    {...form.getInputProps('title')}
                  />
                  <Textarea
                    label={t('profiles.fields.summary')}
                    description={`${t('profiles.editor.summaryHint')} ${counter(values.summary.trim().length, PROFILE_LIMITS.summary)}`}
                    required
                    autosize
                    minRows={3}
                    maxRows={8}
                    data-testid="profile-field-summary"
                    {...form.getInputProps('summary')}
                  />
                  <Textarea
                    label={t('profiles.fields.description')}
                    autosize
                    minRows={5}
                    maxRows={20}
                    data-testid="profile-field-description"
                    {...form.getInputProps('description')}
                  />
                  <Textarea
                    label={t('profiles.fields.innovation')}
                    description={t('profiles.editor.innovationHint')}
                    autosize
                    minRows={3}
                    maxRows={12}
                    data-testid="profile-field-innovation"
                    {...form.getInputProps('innovation')}
                  />
                </Stack>
              </Fieldset>

              <Fieldset legend={t('profiles.editor.sections.maturity')}>
                <Stack gap="md">
                  <Select
                    label={t('profiles.fields.trl')}
                    placeholder={t('profiles.editor.notSpecified')}
                    data={(trlLevels.data ?? []).map((trl) => ({
                      value: String(trl.level),
                      label: t('profiles.trl.named', { level: trl.level, name: trl.name }),
                    }))}
                    clearable
                    data-testid="profile-field-trl"
                    {...form.getInputProps('trl')}
                  />
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <Select
                      label={t('profiles.fields.stage')}
                      placeholder={t('profiles.editor.notSpecified')}
                      data={DEVELOPMENT_STAGES.map((stage) => ({
                        value: stage,
                        label: t(`profiles.stages.${stage}`),
                      }))}
                      clearable
                      data-testid="profile-field-stage"
                      {...form.getInputProps('stage')}
                    />
                    <Select
                      label={t('profiles.fields.iprStatus')}
                      placeholder={t('profiles.editor.notSpecified')}
                      data={IPR_STATUSES.map((status) => ({
                        value: status,
                        label: t(`profiles.iprStatuses.${status}`),
                      }))}
                      clearable
                      data-testid="profile-field-iprStatus"
                      {...form.getInputProps('iprStatus')}
                    />
                  </SimpleGrid>
                </Stack>
              </Fieldset>

              <Fieldset legend={t('profiles.editor.sections.partner')}>
                <Stack gap="md">
                  <Textarea
                    label={t('profiles.fields.partnerSought')}
                    description={t('profiles.editor.partnerSoughtHint')}
                    autosize
                    minRows={3}
                    maxRows={12}
                    data-testid="profile-field-partnerSought"
                    {...form.getInputProps('partnerSought')}
                  />
                  <Checkbox.Group
                    label={t('profiles.fields.partnershipTypes')}
                    data-testid="profile-field-partnershipTypes"
                    {...form.getInputProps('partnershipTypes')}
                  >
                    <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
                      {PARTNERSHIP_TYPES.map((type) => (
                        <Checkbox key={type} value={type} label={t(`profiles.partnershipTypes.${type}`)} />
                      ))}
                    </SimpleGrid>
                  </Checkbox.Group>
                  <MultiSelect
                    label={t('profiles.fields.targetCountries')}
                    description={t('profiles.editor.targetCountriesHint')}
                    data={countryOptions}
                    searchable
                    hidePickedOptions
                    nothingFoundMessage={t('common.nothingFound')}
                    data-testid="profile-field-targetCountries"
                    {...form.getInputProps('targetCountries')}
                  />
                  <TextInput
                    type="date"
                    label={t('profiles.fields.deadline')}
                    description={t('profiles.editor.deadlineHint')}
                    data-testid="profile-field-deadline"
                    {...form.getInputProps('deadline')}
                  />
                </Stack>
              </Fieldset>

              <Fieldset legend={t('profiles.editor.sections.keywords')}>
                <Stack gap="md">
                  <NaceMultiSelect
                    label={t('profiles.fields.naceCodes')}
                    description={t('profiles.editor.naceHint')}
                    placeholder={t('profiles.form.nacePlaceholder')}
                    testId="profile-field-naceCodes"
                    value={values.naceCodes}
                    onChange={(value) => form.setFieldValue('naceCodes', value)}
                    error={form.errors.naceCodes}
                  />
                  <MultiSelect
                    label={t('profiles.fields.techFields')}
                    data={techFieldOptions}
                    searchable
                    hidePickedOptions
                    nothingFoundMessage={t('common.nothingFound')}
                    data-testid="profile-field-techFields"
                    {...form.getInputProps('techFields')}
                  />
                  <TagsInput
                    label={t('profiles.fields.s3Domains')}
                    description={t('profiles.editor.s3DomainsHint')}
                    data-testid="profile-field-s3Domains"
                    {...form.getInputProps('s3Domains')}
                  />
                  <Select
                    label={t('profiles.fields.language')}
                    data={languageOptions}
                    searchable
                    allowDeselect={false}
                    data-testid="profile-field-language"
                    {...form.getInputProps('language')}
                  />
                </Stack>
              </Fieldset>

              {otherErrors.length > 0 ? (
                <Alert color="red" variant="light" role="alert" title={t('errors.VALIDATION_FAILED')}>
                  <Stack gap={2}>
                    {otherErrors.map((message) => (
                      <Text key={message} size="sm">
                        {message}
                      </Text>
                    ))}
                  </Stack>
                </Alert>
              ) : null}
              <ErrorAlert error={error} testId="profile-save-error" />
              <Group justify="flex-end">
                <Button
                  variant="default"
                  component={Link}
                  to={profile ? `/profiles/${profile.id}` : '/profiles'}
                >
                  {t('common.cancel')}
                </Button>
                <Button type="submit" loading={form.submitting} data-testid="profile-save">
                  {t('profiles.editor.saveDraft')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Grid.Col>

        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Card
            withBorder
            padding="lg"
            radius="md"
            component="section"
            aria-labelledby="profile-preview-heading"
            data-testid="profile-preview"
            style={{ position: 'sticky', top: 76 }}
          >
            <Stack gap="sm">
              <div>
                <Title order={2} size="h4" id="profile-preview-heading">
                  {t('profiles.editor.previewTitle')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('profiles.editor.previewHint')}
                </Text>
              </div>
              <Group gap="xs">
                {preview.type ? <ProfileTypeBadge type={preview.type} /> : null}
                <Text size="sm" c="dimmed" ff="monospace">
                  {preview.reference ?? t('profiles.noReference')}
                </Text>
              </Group>
              <Title order={3} size="h3" data-field="title">
                {preview.title || t('profiles.editor.previewUntitled')}
              </Title>
              <ProfileBody profile={preview} countryName={countryName} headingOrder={4} />
            </Stack>
          </Card>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
