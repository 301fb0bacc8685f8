import {
  Button,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  TOrganisationRequest,
  TOrganisationResponse,
} from '../../../../src/modules/accounts/contract.ts';
import { registryIdFormatHint, vatFormatHint } from '../../../../src/modules/accounts/domain/registry-ids.ts';
import { toFormErrors } from '../../shared/api.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { LanguageMultiSelect } from '../network/LanguageMultiSelect.tsx';
import { TechFieldMultiSelect } from '../network/TechFieldMultiSelect.tsx';
import { collapseListErrors } from '../network/text.ts';
import { NaceMultiSelect } from '../reference/NaceMultiSelect.tsx';
import { NutsSelect, nutsLabel } from '../reference/NutsSelect.tsx';
import { useCountryOptions } from '../reference/useCountries.ts';
import { HELIX_TYPES, isHelixType } from './helix.ts';

// As ZOrganisationRequest.
const LIMITS = {
  legalName: 300,
  registryId: 40,
  vatNumber: 40,
  description: 5000,
  naceCodes: 20,
  s3Domains: 20,
  s3Domain: 100,
  languages: 20,
} as const;
const LIST_FIELDS = ['naceCodes', 'techFields', 's3Domains', 'languages'] as const;

type OrganisationFormValues = {
  name: string;
  countryCode: string | null;
  nutsCode: string | null;
  helixType: string | null;
  website: string;
  description: string;
  legalName: string;
  registryId: string;
  vatNumber: string;
  headcount: number | string;
  turnoverEur: number | string;
  balanceSheetEur: number | string;
  foundingYear: number | string;
  exportShare: number | string;
  naceCodes: string[];
  techFields: number[];
  s3Domains: string[];
  languages: string[];
};

type OrganisationFormProps = {
  /** The organisation being edited; absent when registering a new one. */
  organisation?: TOrganisationResponse;
  submitLabel: string;
  onSubmit: (input: TOrganisationRequest) => Promise<unknown>;
  onCancel: () => void;
};

/** NumberInput gives '' when empty. */
const numberOrNull = (value: number | string): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;
const textOrNull = (value: string): string | null => value.trim() || null;
const numberText = (value: number | null | undefined): number | string => value ?? '';

/**
 * Register or edit an organisation, with its registry data. The API checks the VAT number and
 * registry id against the country's format and derives the SME size class; its field errors are
 * shown under the fields.
 */
export function OrganisationForm({ organisation, submitLabel, onSubmit, onCancel }: OrganisationFormProps) {
  const { t } = useTranslation();
  const countryOptions = useCountryOptions();
  const [error, setError] = useState<unknown>(null);
  const tooLong = (max: number) => t('network.common.tooLong', { max });
  const maxLength = (max: number) => (value: string) => (value.trim().length > max ? tooLong(max) : null);
  const wholeNumber = (min: number, max: number) => (value: number | string) => {
    const number = numberOrNull(value);
    if (number === null) return null;
    if (!Number.isInteger(number)) return t('network.organisationForm.wholeNumber');
    return number < min || number > max ? t('network.organisationForm.between', { min, max }) : null;
  };
  const form = useForm<OrganisationFormValues>({
    initialValues: {
      name: organisation?.name ?? '',
      countryCode: organisation?.countryCode ?? null,
      nutsCode: organisation?.nutsCode ?? null,
      helixType: organisation?.helixType ?? null,
      website: organisation?.website ?? '',
      description: organisation?.description ?? '',
      legalName: organisation?.legalName ?? '',
      registryId: organisation?.registryId ?? '',
      vatNumber: organisation?.vatNumber ?? '',
      headcount: numberText(organisation?.headcount),
      turnoverEur: numberText(organisation?.turnoverEur),
      balanceSheetEur: numberText(organisation?.balanceSheetEur),
      foundingYear: numberText(organisation?.foundingYear),
      exportShare: numberText(organisation?.exportShare),
      naceCodes: organisation?.naceCodes ?? [],
      techFields: organisation?.techFields ?? [],
      s3Domains: organisation?.s3Domains ?? [],
      languages: organisation?.languages ?? [],
    },
    validateInputOnBlur: true,
    validate: {
      name: (value) => (value.trim() ? null : t('validation.required')),
      countryCode: (value) => (value ? null : t('validation.required')),
      helixType: (value) => (value ? null : t('validation.required')),
      description: maxLength(LIMITS.description),
      legalName: maxLength(LIMITS.legalName),
      registryId: maxLength(LIMITS.registryId),
      vatNumber: maxLength(LIMITS.vatNumber),
      headcount: wholeNumber(0, 10_000_000),
      turnoverEur: wholeNumber(0, 1e14),
      balanceSheetEur: wholeNumber(0, 1e14),
      foundingYear: wholeNumber(1500, 2100),
      exportShare: wholeNumber(0, 100),
      naceCodes: (value) =>
        value.length > LIMITS.naceCodes ? t('network.common.tooMany', { max: LIMITS.naceCodes }) : null,
      s3Domains: (value) =>
        value.length > LIMITS.s3Domains
          ? t('network.common.tooMany', { max: LIMITS.s3Domains })
          : value.some((domain) => domain.trim().length > LIMITS.s3Domain)
            ? t('network.common.tagTooLong', { max: LIMITS.s3Domain })
            : null,
      languages: (value) =>
        value.length > LIMITS.languages ? t('network.common.tooMany', { max: LIMITS.languages }) : null,
    },
  });
  const country = form.values.countryCode;

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
        legalName: textOrNull(values.legalName),
        registryId: textOrNull(values.registryId),
        vatNumber: textOrNull(values.vatNumber),
        headcount: numberOrNull(values.headcount),
        turnoverEur: numberOrNull(values.turnoverEur),
        balanceSheetEur: numberOrNull(values.balanceSheetEur),
        foundingYear: numberOrNull(values.foundingYear),
        exportShare: numberOrNull(values.exportShare),
        naceCodes: values.naceCodes,
        techFields: values.techFields,
        s3Domains: values.s3Domains.map((domain) => domain.trim()).filter(Boolean),
        languages: values.languages,
      });
    } catch (caught) {
      const fieldErrors = collapseListErrors(toFormErrors(caught), LIST_FIELDS);
      form.setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setError(caught);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Fieldset legend={t('network.organisationForm.identity')}>
          <Stack gap="md">
            <TextInput label={t('organisationForm.name')} required {...form.getInputProps('name')} />
            <TextInput
              label={t('network.organisationForm.legalName')}
              description={t('network.organisationForm.legalNameHint')}
              data-testid="org-field-legalName"
              {...form.getInputProps('legalName')}
            />
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
              country={country}
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
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('network.organisationForm.registryId')}
                description={
                  country
                    ? t('network.organisationForm.expectedFormat', { format: registryIdFormatHint(country) })
                    : t('network.organisationForm.formatNeedsCountry')
                }
                data-testid="org-field-registryId"
                {...form.getInputProps('registryId')}
              />
              <TextInput
                label={t('network.organisationForm.vatNumber')}
                description={
                  country
                    ? t('network.organisationForm.expectedFormat', { format: vatFormatHint(country) })
                    : t('network.organisationForm.formatNeedsCountry')
                }
                data-testid="org-field-vatNumber"
                {...form.getInputProps('vatNumber')}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('network.organisationForm.size')}>
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <NumberInput
                label={t('network.organisationForm.headcount')}
                min={0}
                max={10_000_000}
                allowDecimal={false}
                allowNegative={false}
                thousandSeparator=" "
                data-testid="org-field-headcount"
                {...form.getInputProps('headcount')}
              />
              <NumberInput
                label={t('network.organisationForm.turnoverEur')}
                min={0}
                allowDecimal={false}
                allowNegative={false}
                thousandSeparator=" "
                suffix=" €"
                data-testid="org-field-turnoverEur"
                {...form.getInputProps('turnoverEur')}
              />
              <NumberInput
                label={t('network.organisationForm.balanceSheetEur')}
                min={0}
                allowDecimal={false}
                allowNegative={false}
                thousandSeparator=" "
                suffix=" €"
                data-testid="org-field-balanceSheetEur"
                {...form.getInputProps('balanceSheetEur')}
              />
            </SimpleGrid>
            <Text size="sm" c="dimmed" data-testid="org-field-sizeClass">
              {organisation?.sizeClass
                ? t('network.organisationForm.sizeDerived', {
                    size: t(`network.sizeClass.${organisation.sizeClass}`),
                  })
                : t('network.organisationForm.sizeNotDerived')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NumberInput
                label={t('network.organisationForm.foundingYear')}
                min={1500}
                max={2100}
                allowDecimal={false}
                allowNegative={false}
                data-testid="org-field-foundingYear"
                {...form.getInputProps('foundingYear')}
              />
              <NumberInput
                label={t('network.organisationForm.exportShare')}
                description={t('network.organisationForm.exportShareHint')}
                min={0}
                max={100}
                allowDecimal={false}
                allowNegative={false}
                suffix=" %"
                data-testid="org-field-exportShare"
                {...form.getInputProps('exportShare')}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('network.organisationForm.activities')}>
          <Stack gap="md">
            <NaceMultiSelect
              label={t('network.organisationForm.naceCodes')}
              description={t('network.organisationForm.naceHint')}
              placeholder={t('network.reference.nacePlaceholder')}
              value={form.values.naceCodes}
              onChange={(value) => form.setFieldValue('naceCodes', value)}
              error={form.errors.naceCodes}
              maxValues={LIMITS.naceCodes}
            />
            <TechFieldMultiSelect
              label={t('network.organisationForm.techFields')}
              value={form.values.techFields}
              onChange={(value) => form.setFieldValue('techFields', value)}
              error={form.errors.techFields}
            />
            <TagsInput
              label={t('network.organisationForm.s3Domains')}
              description={t('network.organisationForm.s3DomainsHint')}
              maxTags={LIMITS.s3Domains}
              splitChars={[',', ';']}
              acceptValueOnBlur
              clearable
              data-testid="org-field-s3Domains"
              {...form.getInputProps('s3Domains')}
            />
            <LanguageMultiSelect
              label={t('network.organisationForm.languages')}
              value={form.values.languages}
              onChange={(value) => form.setFieldValue('languages', value)}
              error={form.errors.languages}
              maxValues={LIMITS.languages}
            />
          </Stack>
        </Fieldset>

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
