import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseOutcome, CaseStage, TCaseResponse } from '../../../../src/modules/brokerage/contract.ts';
import { StatusBadge } from '../../shared/StatusBadge.tsx';
import { followUpState } from './dates.ts';

const STAGE_COLORS: Record<CaseStage, MantineColor> = {
  intake: 'gray',
  diagnosis: 'cyan',
  partner_search: 'blue',
  introduced: 'indigo',
  negotiation: 'violet',
  agreement: 'teal',
  follow_up: 'green',
  closed: 'dark',
};

const OUTCOME_COLORS: Record<CaseOutcome, MantineColor> = { won: 'green', lost: 'red', on_hold: 'yellow' };

export function CaseStageBadge({ stage }: { stage: CaseStage }) {
  const { t } = useTranslation();
  return <StatusBadge color={STAGE_COLORS[stage]}>{t(`tibs.stages.${stage}`)}</StatusBadge>;
}

export function CaseOutcomeBadge({ outcome }: { outcome: CaseOutcome }) {
  const { t } = useTranslation();
  return <StatusBadge color={OUTCOME_COLORS[outcome]}>{t(`tibs.outcomes.${outcome}`)}</StatusBadge>;
}

/** "Overdue" / "Due today" in words, so the state never rests on colour alone. */
export function FollowUpBadge({ item }: { item: Pick<TCaseResponse, 'nextFollowUpOn' | 'stage'> }) {
  const { t } = useTranslation();
  const state = followUpState(item);
  if (state === 'overdue')
    return (
      <Badge color="red.9" variant="filled" size="sm" data-testid="case-overdue">
        {t('tibs.followUp.overdue')}
      </Badge>
    );
  if (state === 'today')
    return (
      <Badge color="orange.9" variant="light" size="sm">
        {t('tibs.followUp.today')}
      </Badge>
    );
  return null;
}
