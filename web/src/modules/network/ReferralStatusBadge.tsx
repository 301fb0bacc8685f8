import type { MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReferralStatus } from '../../../../src/modules/brokerage/contract.ts';
import { StatusBadge } from '../../shared/StatusBadge.tsx';

const COLOURS: Record<ReferralStatus, MantineColor> = {
  sent: 'blue',
  accepted: 'green',
  declined: 'red',
  closed: 'gray',
};

export function ReferralStatusBadge({ status, testId }: { status: ReferralStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span data-testid={testId} data-status={status}>
      <StatusBadge color={COLOURS[status]}>{t(`network.referralStatus.${status}`)}</StatusBadge>
    </span>
  );
}
