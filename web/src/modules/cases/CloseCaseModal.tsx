import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_OUTCOMES, type CaseOutcome } from '../../../../src/modules/brokerage/contract.ts';

type CloseCaseModalProps = {
  /** The title of the case being closed; null keeps the modal closed. Give the modal a `key` per case. */
  caseTitle: string | null;
  isSaving: boolean;
  onClose: () => void;
  onConfirm: (outcome: CaseOutcome) => void;
};

/** Closing a case asks how it ended: won, lost or on hold. */
export function CloseCaseModal({ caseTitle, isSaving, onClose, onConfirm }: CloseCaseModalProps) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<CaseOutcome | null>(null);
  const [isMissing, setIsMissing] = useState(false);
  const close = () => {
    setOutcome(null);
    setIsMissing(false);
    onClose();
  };

  return (
    <Modal opened={caseTitle !== null} onClose={close} title={t('tibs.closeCase.title')}>
      <form
        data-testid="close-case-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!outcome) {
            setIsMissing(true);
            return;
          }
          onConfirm(outcome);
        }}
        noValidate
      >
        <Stack gap="md">
          <Text>{t('tibs.closeCase.text', { title: caseTitle ?? '' })}</Text>
          <Radio.Group
            label={t('tibs.closeCase.outcome')}
            required
            value={outcome}
            onChange={(value) => {
              const next = CASE_OUTCOMES.find((item) => item === value) ?? null;
              setOutcome(next);
              setIsMissing(next === null);
            }}
            error={isMissing ? t('validation.required') : undefined}
          >
            <Stack gap="xs" mt="xs">
              {CASE_OUTCOMES.map((item) => (
                <Radio
                  key={item}
                  value={item}
                  label={t(`tibs.outcomes.${item}`)}
                  data-testid={`case-outcome-${item}`}
                />
              ))}
            </Stack>
          </Radio.Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={isSaving} data-testid="close-case-submit">
              {t('tibs.closeCase.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
