import { useTranslation } from 'react-i18next';
import type {
  TProfileCreateRequest,
  TProfileResponse,
  TProfileUpdateRequest,
} from '../../../../src/modules/brokerage/contract.ts';
import { ApiError } from '../../shared/api.ts';
import {
  isDevelopmentStage,
  isIprStatus,
  isPartnershipType,
  isProfileType,
  type ProfileType,
} from './codes.ts';

/** The editor's values: selects hold strings, empty text means "not given". */
export type ProfileFormValues = {
  organisationId: string | null;
  type: ProfileType | null;
  title: string;
  summary: string;
  description: string;
  innovation: string;
  stage: string | null;
  trl: string | null;
  iprStatus: string | null;
  partnerSought: string;
  partnershipTypes: string[];
  naceCodes: string[];
  techFields: string[];
  s3Domains: string[];
  targetCountries: string[];
  language: string;
  deadline: string;
};

export type ProfileFormField = keyof ProfileFormValues;

/** The limits of ZProfileFields in the brokerage contract, mirrored for live validation. */
export const PROFILE_LIMITS = {
  title: 200,
  summary: 500,
  description: 10000,
  innovation: 5000,
  partnerSought: 3000,
  naceCodes: 20,
  techFields: 35,
  s3Domains: 20,
  s3Domain: 100,
  targetCountries: 60,
} as const;

export function profileFormValues(
  profile: TProfileResponse | undefined,
  defaults: { organisationId: string | null; language: string },
): ProfileFormValues {
  return {
    organisationId: profile?.organisation.id ?? defaults.organisationId,
    type: profile?.type ?? null,
    title: profile?.title ?? '',
    summary: profile?.summary ?? '',
    description: profile?.description ?? '',
    innovation: profile?.innovation ?? '',
    stage: profile?.stage ?? null,
    trl: profile?.trl ? String(profile.trl) : null,
    iprStatus: profile?.iprStatus ?? null,
    partnerSought: profile?.partnerSought ?? '',
    partnershipTypes: profile?.partnershipTypes ?? [],
    naceCodes: profile?.naceCodes ?? [],
    techFields: (profile?.techFields ?? []).map(String),
    s3Domains: profile?.s3Domains ?? [],
    targetCountries: profile?.targetCountries ?? [],
    language: profile?.language ?? defaults.language,
    deadline: profile?.deadline ?? '',
  };
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** The fields every request sends, whether creating or editing. */
function profileFields(values: ProfileFormValues) {
  const trl = values.trl ? Number(values.trl) : null;
  return {
    title: values.title.trim(),
    summary: values.summary.trim(),
    description: values.description.trim(),
    innovation: values.innovation.trim(),
    stage: isDevelopmentStage(values.stage) ? values.stage : null,
    trl: trl && Number.isInteger(trl) ? trl : null,
    iprStatus: isIprStatus(values.iprStatus) ? values.iprStatus : null,
    partnerSought: values.partnerSought.trim(),
    partnershipTypes: values.partnershipTypes.filter(isPartnershipType),
    naceCodes: values.naceCodes,
    techFields: values.techFields.map(Number).filter(Number.isInteger),
    s3Domains: values.s3Domains.map((domain) => domain.trim()).filter(Boolean),
    targetCountries: values.targetCountries,
    language: values.language.trim().toLowerCase(),
    deadline: values.deadline || null,
  };
}

/** Null when a required choice is missing (the validation shows it). */
export function toCreateRequest(
  values: ProfileFormValues,
  caseId: string | null,
): TProfileCreateRequest | null {
  if (!values.organisationId || !isProfileType(values.type)) return null;
  return {
    organisationId: values.organisationId,
    type: values.type,
    ...profileFields(values),
    ...(caseId ? { caseId } : {}),
  };
}

export function toUpdateRequest(values: ProfileFormValues): TProfileUpdateRequest | null {
  if (!isProfileType(values.type)) return null;
  return { type: values.type, ...profileFields(values) };
}

const FORM_FIELDS: readonly ProfileFormField[] = [
  'organisationId',
  'type',
  'title',
  'summary',
  'description',
  'innovation',
  'stage',
  'trl',
  'iprStatus',
  'partnerSought',
  'partnershipTypes',
  'naceCodes',
  'techFields',
  's3Domains',
  'targetCountries',
  'language',
  'deadline',
];

function isFormField(value: string): value is ProfileFormField {
  return (FORM_FIELDS as readonly string[]).includes(value);
}

/**
 * The API's 400 details on the editor's fields: `body.summary` and `summary` go to summary,
 * `naceCodes.0` to naceCodes (the list field). Details that fit no field are returned apart.
 */
export function profileFormErrors(error: unknown): {
  fieldErrors: Partial<Record<ProfileFormField, string>>;
  otherErrors: string[];
} {
  const fieldErrors: Partial<Record<ProfileFormField, string>> = {};
  const otherErrors: string[] = [];
  if (!(error instanceof ApiError)) return { fieldErrors, otherErrors };
  for (const detail of error.details) {
    const path = detail.path === 'body' ? '' : detail.path.replace(/^body\./, '');
    const field = path.split('.')[0] ?? '';
    if (isFormField(field)) fieldErrors[field] ??= detail.message;
    else otherErrors.push(path ? `${path}: ${detail.message}` : detail.message);
  }
  return { fieldErrors, otherErrors };
}

type Rule<Value> = (value: Value, values: ProfileFormValues) => string | null;

/** Live validation rules, mirroring ZProfileCreateRequest. */
export function useProfileValidation(isCreating: boolean): {
  [Field in ProfileFormField]?: Rule<ProfileFormValues[Field]>;
} {
  const { t } = useTranslation();
  const required = t('validation.required');
  const maxLength = (max: number) => (value: string) =>
    value.trim().length > max ? t('profiles.validation.maxLength', { count: max }) : null;
  const maxItems = (max: number) => (value: string[]) =>
    value.length > max ? t('profiles.validation.maxItems', { count: max }) : null;
  const requiredText = (max: number) => (value: string) => (value.trim() ? maxLength(max)(value) : required);

  return {
    organisationId: (value) => (isCreating && !value ? required : null),
    type: (value) => (value ? null : required),
    title: requiredText(PROFILE_LIMITS.title),
    summary: requiredText(PROFILE_LIMITS.summary),
    description: maxLength(PROFILE_LIMITS.description),
    innovation: maxLength(PROFILE_LIMITS.innovation),
    partnerSought: maxLength(PROFILE_LIMITS.partnerSought),
    naceCodes: maxItems(PROFILE_LIMITS.naceCodes),
    techFields: maxItems(PROFILE_LIMITS.techFields),
    targetCountries: maxItems(PROFILE_LIMITS.targetCountries),
    s3Domains: (value) =>
      maxItems(PROFILE_LIMITS.s3Domains)(value) ??
      (value.some((domain) => domain.trim().length > PROFILE_LIMITS.s3Domain)
        ? t('profiles.validation.tagLength', { count: PROFILE_LIMITS.s3Domain })
        : null),
    language: (value) => (/^[a-z]{2}$/i.test(value.trim()) ? null : t('profiles.validation.language')),
    deadline: (value) => (!value || isIsoDate(value) ? null : t('profiles.validation.date')),
  };
}
