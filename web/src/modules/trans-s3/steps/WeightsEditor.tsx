import { Alert, Button, Group, NumberInput, Paper, Slider, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TPrioritisation } from '../../../../../src/modules/trans-s3/contract.ts';
import { ErrorAlert } from '../../../shared/ErrorAlert.tsx';
import { type Factor, FACTOR_COLORS, FACTORS, useStepsFormat } from './format.ts';
import { useSaveWeights } from './useSteps.ts';

type Weights = Record<Factor, number>;

/**
 * The weights as the editor shows them, 0-100: as saved, or as percentages when the API holds shares
 * of 1 (the defaults). Only their proportions matter for the ranking.
 */
function toEditable(weights: TPrioritisation['weights']): Weights {
  const total = FACTORS.reduce((sum, factor) => sum + weights[factor], 0);
  const scale = total > 0 && total <= 1 + 1e-9 ? 100 : 1;
  const result = {} as Weights;
  for (const factor of FACTORS) {
    result[factor] = total > 0 ? Math.min(100, Math.round(weights[factor] * scale * 10) / 10) : 20;
  }
  return result;
}

/** The five factor weights: sliders for editors, a table for everyone else. */
export function WeightsEditor({
  groupId,
  weights,
  canEdit,
}: {
  groupId: string;
  weights: TPrioritisation['weights'];
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const format = useStepsFormat();
  const saved = toEditable(weights);
  const [values, setValues] = useState<Weights>(saved);
  const saveWeights = useSaveWeights(groupId);
  const total = FACTORS.reduce((sum, factor) => sum + values[factor], 0);
  const savedTotal = FACTORS.reduce((sum, factor) => sum + saved[factor], 0);
  const changed = FACTORS.some((factor) => values[factor] !== saved[factor]);

  if (!canEdit) {
    return (
      <Table.ScrollContainer minWidth={360}>
        <Table striped data-testid="weights-table" maw={520}>
          <Table.Caption>{t('transS3Steps.prioritisation.weightsCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('transS3Steps.prioritisation.factor')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('transS3Steps.prioritisation.weight')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {FACTORS.map((factor) => (
              <Table.Tr key={factor}>
                <Table.Th scope="row" fw={500}>
                  {t(`transS3Steps.factors.${factor}`)}
                </Table.Th>
                <Table.Td ta="right">{format.pct(savedTotal > 0 ? saved[factor] / savedTotal : 0)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  }

  const save = () =>
    saveWeights.mutate(
      { weights: values },
      {
        onSuccess: (result) => {
          setValues(toEditable(result.weights));
          notifications.show({ color: 'green', message: t('transS3Steps.prioritisation.weightsSaved') });
        },
      },
    );

  return (
    <Paper withBorder p="md" data-testid="weights-editor">
      <Stack gap="sm">
        <Text fw={600}>{t('transS3Steps.prioritisation.weightsTitle')}</Text>
        <Text size="sm" c="dimmed">
          {t('transS3Steps.prioritisation.weightsHint')}
        </Text>
        {FACTORS.map((factor) => {
          const label = t(`transS3Steps.factors.${factor}`);
          const set = (value: number) => setValues((previous) => ({ ...previous, [factor]: value }));
          return (
            <Group key={factor} gap="md" wrap="wrap" align="center">
              <Text size="sm" w={180} fw={500}>
                {label}
              </Text>
              <Slider
                flex={1}
                miw={160}
                min={0}
                max={100}
                step={1}
                color={FACTOR_COLORS[factor]}
                value={values[factor]}
                onChange={set}
                label={(value) => format.int(value)}
                thumbLabel={label}
                data-testid={`weight-slider-${factor}`}
              />
              <NumberInput
                aria-label={t('transS3Steps.prioritisation.weightOf', { factor: label })}
                min={0}
                max={100}
                decimalScale={1}
                clampBehavior="strict"
                w={90}
                value={values[factor]}
                onChange={(value) => set(typeof value === 'number' ? value : 0)}
                data-testid={`weight-input-${factor}`}
              />
              <Text size="sm" c="dimmed" w={110}>
                {t('transS3Steps.prioritisation.share', {
                  share: format.pct(total > 0 ? values[factor] / total : 0),
                })}
              </Text>
            </Group>
          );
        })}
        {total <= 0 ? (
          <Alert color="red" variant="light" role="alert">
            {t('transS3Steps.prioritisation.weightsZero')}
          </Alert>
        ) : null}
        <ErrorAlert error={saveWeights.error} />
        <Group justify="flex-end">
          <Button variant="default" disabled={!changed} onClick={() => setValues(saved)}>
            {t('transS3Steps.prioritisation.resetWeights')}
          </Button>
          <Button
            onClick={save}
            disabled={!changed || total <= 0}
            loading={saveWeights.isPending}
            data-testid="save-weights"
          >
            {t('transS3Steps.prioritisation.saveWeights')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
