import { Anchor, Button, Card, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CASE_STAGES, type TCaseResponse } from '../../../../src/modules/brokerage/contract.ts';
import { toFormErrors } from '../../shared/api.ts';
import { type Detail, DetailList } from '../../shared/DetailList.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { useFormatDate } from '../../shared/useFormatDate.ts';
import { useCountryName } from '../reference/useCountries.ts';
import { CaseOutcomeBadge, CaseStageBadge, FollowUpBadge } from './CaseBadges.tsx';
import { CloseCaseModal } from './CloseCaseModal.tsx';
import { useUpdateCase } from './useCases.ts';
import { useMoveCase } from './useMoveCase.ts';

/** The case's facts, and (for its broker) the stage change and the next follow-up date. */
export function CaseDetails({ item }: { item: TCaseResponse }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const formatDate = useFormatDate();
  const { move, isMoving } = useMoveCase();
  const [isClosing, setIsClosing] = useState(false);

  const details: Detail[] = [
    {
      label: t('tibs.case.client'),
      value: (
        <>
          <Anchor
            component={Link}
            to={`/organisations/${item.organisation.id}`}
            data-testid="case-client-link"
          >
            {item.organisation.name}
          </Anchor>{' '}
          <Text component="span" c="dimmed" size="sm">
            ({countryName(item.organisation.countryCode)})
          </Text>
        </>
      ),
    },
    {
      label: t('tibs.case.broker'),
      value: (
        <>
          {item.broker.name}{' '}
          <Anchor href={`mailto:${item.broker.email}`} size="sm">
            {item.broker.email}
          </Anchor>
        </>
      ),
    },
    {
      label: t('tibs.case.stage'),
      value: (
        <Group gap="xs" component="span" data-testid="case-stage">
          <CaseStageBadge stage={item.stage} />
          {item.outcome ? <CaseOutcomeBadge outcome={item.outcome} /> : null}
        </Group>
      ),
    },
    {
      label: t('tibs.case.followUp'),
      value: (
        <Group gap="xs" component="span">
          {formatDate(item.nextFollowUpOn)}
          <FollowUpBadge item={item} />
        </Group>
      ),
    },
  ];

  return (
    <Card withBorder padding="lg" radius="md">
      <Stack gap="md">
        <DetailList details={details} />

        {item.canEdit ? (
          <Group align="flex-start" gap="xl" wrap="wrap">
            <Select
              label={t('tibs.case.changeStage')}
              description={
                item.allowedStages.length === 0
                  ? t('tibs.case.noStageChange')
                  : item.stage === 'closed'
                    ? t('tibs.case.reopenHint')
                    : t('tibs.case.changeStageHint')
              }
              data-testid="case-stage-select"
              data={CASE_STAGES.filter(
                (stage) => stage === item.stage || item.allowedStages.includes(stage),
              ).map((stage) => ({
                value: stage,
                label: t(`tibs.stages.${stage}`),
                disabled: stage === item.stage,
              }))}
              value={item.stage}
              disabled={item.allowedStages.length === 0 || isMoving}
              allowDeselect={false}
              onChange={(value) => {
                const stage = item.allowedStages.find((allowed) => allowed === value);
                if (!stage) return;
                if (stage === 'closed') setIsClosing(true);
                else void move(item, stage);
              }}
            />
            <FollowUpEditor key={item.nextFollowUpOn ?? ''} item={item} />
          </Group>
        ) : null}
      </Stack>
      <CloseCaseModal
        key={isClosing ? 'closing' : 'idle'}
        caseTitle={isClosing ? item.title : null}
        isSaving={isMoving}
        onClose={() => setIsClosing(false)}
        onConfirm={(outcome) =>
          void move(item, 'closed', outcome).then((isMoved) => {
            if (isMoved) setIsClosing(false);
          })
        }
      />
    </Card>
  );
}

function FollowUpEditor({ item }: { item: TCaseResponse }) {
  const { t } = useTranslation();
  const update = useUpdateCase();
  const [value, setValue] = useState(item.nextFollowUpOn ?? '');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const isChanged = value !== (item.nextFollowUpOn ?? '');

  return (
    <form
      data-testid="case-follow-up-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setFieldError(null);
        setError(null);
        update.mutate(
          { id: item.id, input: { nextFollowUpOn: value || null } },
          {
            onSuccess: () => notifications.show({ color: 'green', message: t('tibs.case.followUpSaved') }),
            onError: (caught) => {
              const errors = toFormErrors(caught);
              if (errors.nextFollowUpOn) setFieldError(errors.nextFollowUpOn);
              else setError(caught);
            },
          },
        );
      }}
    >
      <Stack gap="xs">
        <Group align="flex-end" gap="xs" wrap="nowrap">
          <TextInput
            type="date"
            label={t('tibs.case.nextFollowUpOn')}
            value={value}
            onChange={(event) => setValue(event.currentTarget.value)}
            error={fieldError}
            data-testid="case-follow-up-input"
          />
          <Button type="submit" variant="light" disabled={!isChanged} loading={update.isPending}>
            {t('tibs.case.saveFollowUp')}
          </Button>
        </Group>
        <ErrorAlert error={error} />
      </Stack>
    </form>
  );
}
