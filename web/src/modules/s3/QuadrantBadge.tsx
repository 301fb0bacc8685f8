import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Quadrant, QUADRANT_BADGE_COLORS } from './s3.ts';

/** "Best bet", "Safe bet"… in the quadrant's colour, as in the opportunity scatter. */
export function QuadrantBadge({ quadrant }: { quadrant: Quadrant }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={QUADRANT_BADGE_COLORS[quadrant]} styles={{ label: { overflow: 'visible' } }}>
      {t(`s3.quadrant.${quadrant}`)}
    </Badge>
  );
}
