import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { CaseOutcome, CaseStage, TCaseResponse } from '../../../../src/modules/brokerage/contract.ts';
import { isApiError } from '../../shared/api.ts';
import { useErrorMessage } from '../../shared/useErrorMessage.ts';
import { useUpdateCase } from './useCases.ts';

/**
 * Moves a case to another stage (with the outcome when closing) and reports the result as a
 * notification; a refused step (409) shows the server's message, which names the allowed stages.
 */
export function useMoveCase() {
  const { t } = useTranslation();
  const update = useUpdateCase();
  const errorMessage = useErrorMessage();

  const move = async (item: TCaseResponse, stage: CaseStage, outcome?: CaseOutcome): Promise<boolean> => {
    try {
      await update.mutateAsync({ id: item.id, input: outcome ? { stage, outcome } : { stage } });
      notifications.show({
        color: 'green',
        message: t('tibs.cases.moved', { title: item.title, stage: t(`tibs.stages.${stage}`) }),
      });
      return true;
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('tibs.cases.moveFailed'),
        message: isApiError(error) && error.status === 409 ? error.message : errorMessage(error),
      });
      return false;
    }
  };

  return { move, isMoving: update.isPending };
}
