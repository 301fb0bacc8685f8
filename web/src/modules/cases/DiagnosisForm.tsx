import {
  Button,
  Checkbox,
  Group,
  MultiSelect,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BARRIERS,
  COOPERATION_MODELS,
  INTERNATIONALISATION_STAGES,
  VALUE_CHAIN_POSITIONS,
  type TDiagnosisData,
  type TDiagnosisRequest,
} from '../../../../src/modules/brokerage/contract.ts';
import { toFormErrors } from '../../shared/api.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { useCountryOptions } from '../reference/useCountries.ts';

/** The contract's limits (ZDiagnosisData). */
const TEXT_MAX = 5000;
const TARGET_COUNTRIES_MAX = 60;

const TEXT_FIELDS = [
  'productsServices',
  'innovationActivities',
  'needs',
  'pastExperience',
  'barriersText',
  'goals',
] as const;
type TextField = (typeof TEXT_FIELDS)[number];

export const EMPTY_DIAGNOSIS: TDiagnosisData = {
  valueChainPosition: null,
  productsServices: '',
  innovationActivities: '',
  needs: '',
  internationalisationStage: null,
  pastExperience: '',
  barriers: [],
  barriersText: '',
  goals: '',
  cooperationModels: [],
  targetCountries: [],
};

type DiagnosisFormProps = {
  initial: TDiagnosisData;
  isReadOnly: boolean;
  onSubmit?: (input: TDiagnosisRequest) => Promise<unknown>;
};

/** The TIBS diagnosis of a client: value chain, needs, internationalisation stage, barriers, goals. */
export function DiagnosisForm({ initial, isReadOnly, onSubmit }: DiagnosisFormProps) {
  const { t } = useTranslation();
  const countryOptions = useCountryOptions();
  const [error, setError] = useState<unknown>(null);
  const tooLong = (value: string) =>
    value.length > TEXT_MAX ? t('tibs.form.tooLong', { max: TEXT_MAX }) : null;
  const form = useForm<TDiagnosisData>({
    initialValues: initial,
    validateInputOnChange: [...TEXT_FIELDS, 'targetCountries'],
    validate: {
      productsServices: tooLong,
      innovationActivities: tooLong,
      needs: tooLong,
      pastExperience: tooLong,
      barriersText: tooLong,
      goals: tooLong,
      targetCountries: (value) =>
        value.length > TARGET_COUNTRIES_MAX
          ? t('tibs.diagnosis.tooManyCountries', { max: TARGET_COUNTRIES_MAX })
          : null,
    },
  });

  const submit = form.onSubmit(async (values) => {
    if (!onSubmit || isReadOnly) return;
    setError(null);
    try {
      await onSubmit(values);
      form.resetDirty();
    } catch (caught) {
      const fieldErrors = toFormErrors(caught);
      form.setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setError(caught);
    }
  });

  const textArea = (field: TextField, minRows = 3) => (
    <Textarea
      label={t(`tibs.diagnosis.fields.${field}`)}
      readOnly={isReadOnly}
      description={
        isReadOnly ? undefined : t('tibs.form.counter', { count: form.values[field].length, max: TEXT_MAX })
      }
      autosize
      minRows={minRows}
      maxRows={12}
      data-testid={`diagnosis-${field}`}
      {...form.getInputProps(field)}
    />
  );

  return (
    <form onSubmit={submit} noValidate data-testid="diagnosis-form">
      <Stack gap="lg">
        <Stack gap="md">
          <Title order={2} size="h4">
            {t('tibs.diagnosis.sections.company')}
          </Title>
          <Select
            label={t('tibs.diagnosis.fields.valueChainPosition')}
            placeholder={isReadOnly ? '—' : t('tibs.diagnosis.choose')}
            data={VALUE_CHAIN_POSITIONS.map((value) => ({
              value,
              label: t(`tibs.valueChainPositions.${value}`),
            }))}
            clearable={!isReadOnly}
            readOnly={isReadOnly}
            data-testid="diagnosis-valueChainPosition"
            {...form.getInputProps('valueChainPosition')}
          />
          {textArea('productsServices')}
          {textArea('innovationActivities')}
          {textArea('needs')}
        </Stack>

        <Stack gap="md">
          <Title order={2} size="h4">
            {t('tibs.diagnosis.sections.internationalisation')}
          </Title>
          <Radio.Group
            label={t('tibs.diagnosis.fields.internationalisationStage')}
            data-testid="diagnosis-internationalisationStage"
            {...form.getInputProps('internationalisationStage')}
            value={form.values.internationalisationStage}
            onChange={(value) =>
              form.setFieldValue(
                'internationalisationStage',
                INTERNATIONALISATION_STAGES.find((stage) => stage === value) ?? null,
              )
            }
          >
            <Stack gap="xs" mt="xs">
              {INTERNATIONALISATION_STAGES.map((value) => (
                <Radio
                  key={value}
                  value={value}
                  label={t(`tibs.internationalisationStages.${value}`)}
                  description={t(`tibs.internationalisationStageHints.${value}`)}
                  disabled={isReadOnly}
                />
              ))}
            </Stack>
          </Radio.Group>
          {textArea('pastExperience')}
          <Checkbox.Group
            label={t('tibs.diagnosis.fields.barriers')}
            data-testid="diagnosis-barriers"
            {...form.getInputProps('barriers')}
            value={form.values.barriers}
            onChange={(values) =>
              form.setFieldValue(
                'barriers',
                BARRIERS.filter((barrier) => values.includes(barrier)),
              )
            }
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
              {BARRIERS.map((value) => (
                <Checkbox
                  key={value}
                  value={value}
                  label={t(`tibs.barriers.${value}`)}
                  disabled={isReadOnly}
                />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          {textArea('barriersText', 2)}
        </Stack>

        <Stack gap="md">
          <Title order={2} size="h4">
            {t('tibs.diagnosis.sections.goals')}
          </Title>
          {textArea('goals')}
          <Checkbox.Group
            label={t('tibs.diagnosis.fields.cooperationModels')}
            data-testid="diagnosis-cooperationModels"
            {...form.getInputProps('cooperationModels')}
            value={form.values.cooperationModels}
            onChange={(values) =>
              form.setFieldValue(
                'cooperationModels',
                COOPERATION_MODELS.filter((model) => values.includes(model)),
              )
            }
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
              {COOPERATION_MODELS.map((value) => (
                <Checkbox
                  key={value}
                  value={value}
                  label={t(`tibs.cooperationModels.${value}`)}
                  disabled={isReadOnly}
                />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <MultiSelect
            label={t('tibs.diagnosis.fields.targetCountries')}
            placeholder={isReadOnly ? '—' : t('tibs.diagnosis.chooseCountries')}
            data={countryOptions}
            searchable
            clearable={!isReadOnly}
            readOnly={isReadOnly}
            hidePickedOptions
            maxValues={TARGET_COUNTRIES_MAX}
            nothingFoundMessage={t('common.nothingFound')}
            data-testid="diagnosis-targetCountries"
            {...form.getInputProps('targetCountries')}
          />
        </Stack>

        <ErrorAlert error={error} />
        {isReadOnly ? null : (
          <Group justify="flex-end">
            <Button type="submit" loading={form.submitting} data-testid="diagnosis-save">
              {t('tibs.diagnosis.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
