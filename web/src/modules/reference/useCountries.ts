import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ZCountryResponse } from '../../../../src/modules/reference/contract.ts';
import { api } from '../../shared/api.ts';

export type TCountry = z.infer<typeof ZCountryResponse>;

export function useCountries() {
  return useQuery({
    queryKey: ['reference', 'countries'],
    queryFn: () => api.get<TCountry[]>('/api/reference/countries'),
    staleTime: Infinity,
  });
}

/**
 * Country names in the UI language (the browser's CLDR data via Intl.DisplayNames); the API's
 * English name when the browser does not know the code.
 */
export function useCountryName(): (code: string) => string {
  const { i18n } = useTranslation();
  const { data } = useCountries();
  const displayNames = new Intl.DisplayNames([i18n.resolvedLanguage ?? 'en'], {
    type: 'region',
    fallback: 'none',
  });
  return (code) => {
    try {
      return displayNames.of(code) ?? data?.find((country) => country.code === code)?.name ?? code;
    } catch {
      return data?.find((country) => country.code === code)?.name ?? code; // not a valid region code
    }
  };
}

/** Options for a country Select, sorted in the UI language: "Polen (PL)". */
export function useCountryOptions(): { value: string; label: string }[] {
  const { i18n } = useTranslation();
  const { data } = useCountries();
  const countryName = useCountryName();
  const collator = new Intl.Collator(i18n.resolvedLanguage ?? 'en');
  return (data ?? [])
    .map((country) => ({ value: country.code, label: `${countryName(country.code)} (${country.code})` }))
    .sort((a, b) => collator.compare(a.label, b.label));
}
