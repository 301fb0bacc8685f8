import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../shared/StatusBadge.tsx';
import { PROFILE_STATUS_COLORS, type ProfileStatus } from './codes.ts';

export function ProfileStatusBadge({ status, testId }: { status: ProfileStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span data-testid={testId} data-status={status}>
      <StatusBadge color={PROFILE_STATUS_COLORS[status]}>{t(`profiles.statuses.${status}`)}</StatusBadge>
    </span>
  );
}
