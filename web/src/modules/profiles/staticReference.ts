import { useTranslation } from 'react-i18next';
import technologyFields from '../../../../src/modules/reference/data/technology-fields.json';
import trlLevels from '../../../../src/modules/reference/data/trl.json';
import { useDisplayName } from '../../shared/useDisplayName.ts';
import { techFieldOption } from '../reference/useTechnologyFields.ts';

// The public pages have no session, and the reference API needs one: the two small lists they show
// (35 WIPO fields, 9 TRLs) come with the app instead, from the same files the server loads.

/** "6. Computer technology" for a WIPO field number. */
export function staticTechFieldLabel(id: number): string {
  const field = technologyFields.find((candidate) => candidate.id === id);
  return field ? techFieldOption(field).label : String(id);
}

export const STATIC_TECH_FIELD_OPTIONS = technologyFields.map(techFieldOption);

export function useStaticTrlLabel(): (level: number) => string {
  const { t } = useTranslation();
  return (level) => {
    const trl = trlLevels.find((candidate) => candidate.level === level);
    return trl ? t('profiles.trl.named', { level, name: trl.name }) : t('profiles.trl.level', { level });
  };
}

/** Country names in the UI language from the browser's own data (no reference API call). */
export function useIntlCountryName(): (code: string) => string {
  return useDisplayName('region');
}
