import type { TFunction } from 'i18next';
import type { TReason } from '../../../../src/modules/matching/contract.ts';
import { isPartnershipType, isProfileType } from '../profiles/codes.ts';

/** What wording a reason needs besides the messages: country names and lists in the UI language. */
export type ReasonFormat = {
  t: TFunction;
  countryName: (code: string) => string;
  /** "a, b and c" in the UI language. */
  list: (items: string[]) => string;
};

type Params = TReason['params'];

const TECH_SECTORS = ['electrical', 'instruments', 'chemistry', 'mechanical', 'other'] as const;

const stringOf = (params: Params, key: string): string | undefined => {
  const value = params[key];
  return typeof value === 'string' && value ? value : undefined;
};
const numberOf = (params: Params, key: string): number | undefined => {
  const value = params[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
};
const listOf = (params: Params, key: string): string[] | undefined => {
  const value = params[key];
  return Array.isArray(value) && value.length > 0 ? value : undefined;
};

/** A profile type, or what a query or candidate without one is (a client, an organisation). */
function roleName(t: TFunction, role: string): string {
  if (isProfileType(role)) return t(`profiles.types.${role}`);
  if (role === 'client') return t('matching.roles.client');
  if (role === 'organisation') return t('matching.roles.organisation');
  return role;
}

/** The reason's message, or undefined when its code or parameters are not known here. */
function localised(reason: TReason, { t, countryName, list }: ReasonFormat): string | undefined {
  const { params } = reason;
  switch (reason.code) {
    case 'types': {
      const [query, candidate] = [stringOf(params, 'query'), stringOf(params, 'candidate')];
      if (!query || !candidate) return undefined;
      return query === candidate
        ? t('matching.reasons.typesSame', { type: roleName(t, candidate) })
        : t('matching.reasons.types', { candidate: roleName(t, candidate), query: roleName(t, query) });
    }
    case 'partnership': {
      const types = listOf(params, 'types');
      if (!types) return undefined;
      const names = types.map((type) =>
        isPartnershipType(type) ? t(`profiles.partnershipTypes.${type}`) : type,
      );
      return t('matching.reasons.partnership', { types: list(names) });
    }
    case 'nace': {
      const [code, level, name] = [
        stringOf(params, 'code'),
        stringOf(params, 'level'),
        stringOf(params, 'name'),
      ];
      if (!code) return undefined;
      const label = name ? `${code} · ${name}` : code;
      switch (level) {
        case 'section':
          return t('matching.reasons.naceSection', { label });
        case 'division':
          return t('matching.reasons.naceDivision', { label });
        case 'group':
          return t('matching.reasons.naceGroup', { label });
        case 'class':
          return t('matching.reasons.naceClass', { label });
        default:
          return undefined;
      }
    }
    case 'tech': {
      const field = numberOf(params, 'field');
      if (field !== undefined) {
        const name = stringOf(params, 'name');
        return t('matching.reasons.techField', { label: name ? `${field}. ${name}` : String(field) });
      }
      const sector = TECH_SECTORS[(numberOf(params, 'sector') ?? 0) - 1];
      return sector
        ? t('matching.reasons.techSector', { sector: t(`matching.techSectors.${sector}`) })
        : undefined;
    }
    case 's3': {
      const domains = listOf(params, 'domains');
      return domains ? t('matching.reasons.s3', { domains: list(domains) }) : undefined;
    }
    case 'terms': {
      const terms = listOf(params, 'terms');
      return terms ? t('matching.reasons.terms', { terms: list(terms) }) : undefined;
    }
    case 'crossBorder': {
      const [country, queryCountry] = [stringOf(params, 'country'), stringOf(params, 'queryCountry')];
      if (!country || !queryCountry) return undefined;
      return t('matching.reasons.crossBorder', {
        country: countryName(country),
        queryCountry: countryName(queryCountry),
      });
    }
    case 'targetCountry': {
      const country = stringOf(params, 'country');
      return country ? t('matching.reasons.targetCountry', { country: countryName(country) }) : undefined;
    }
    case 'trl': {
      const [candidate, query] = [numberOf(params, 'candidate'), numberOf(params, 'query')];
      if (candidate === undefined || query === undefined) return undefined;
      return t('matching.reasons.trl', { candidate, query });
    }
    case 'research':
      return t('matching.reasons.research');
    case 'fresh': {
      const days = numberOf(params, 'days');
      if (days === undefined) return undefined;
      return days === 0 ? t('matching.reasons.freshToday') : t('matching.reasons.fresh', { count: days });
    }
    default:
      return undefined;
  }
}

/** A reason in the user's language; the server's English sentence for codes the web app does not know. */
export function reasonText(reason: TReason, format: ReasonFormat): string {
  return localised(reason, format) ?? reason.text;
}
