import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../shared/StatusBadge.tsx';
import { INTEREST_STATUS_COLORS, type InterestStatus } from './codes.ts';

export function InterestStatusBadge({ status }: { status: InterestStatus }) {
  const { t } = useTranslation();
  return (
    <span data-testid="interest-status" data-status={status}>
      <StatusBadge color={INTEREST_STATUS_COLORS[status]}>
        {t(`profiles.interestStatuses.${status}`)}
      </StatusBadge>
    </span>
  );
}
