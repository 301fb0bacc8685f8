import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PROFILE_TYPE_COLORS, type ProfileType } from './codes.ts';

/** The EEN type of a profile ("Technology offer"), as a light badge with readable text. */
export function ProfileTypeBadge({ type }: { type: ProfileType }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={PROFILE_TYPE_COLORS[type]} styles={{ label: { overflow: 'visible' } }}>
      {t(`profiles.types.${type}`)}
    </Badge>
  );
}
