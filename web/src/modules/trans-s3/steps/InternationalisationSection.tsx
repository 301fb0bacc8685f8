import {
  Button,
  Collapse,
  Group,
  Modal,
  Progress,
  Rating,
  Stack,
  Table,
  Text,
  Textarea,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TGroup } from '../../../../../src/modules/trans-s3/contract.ts';
import { toFormErrors } from '../../../shared/api.ts';
import { EmptyTableRow } from '../../../shared/EmptyTableRow.tsx';
import { ErrorAlert } from '../../../shared/ErrorAlert.tsx';
import { QueryState } from '../../../shared/QueryState.tsx';
import { useCurrentUser } from '../../accounts/useCurrentUser.ts';
import { canContribute, StepSection } from './common.tsx';
import { useStepsFormat } from './format.ts';
import { type TInternationalisation, useExpertRating, useInternationalisation } from './useSteps.ts';

type Item = TInternationalisation['items'][number];
const COMMENT_MAX = 2000;
const COLUMNS = 8;

const meanOf = (values: number[]): number | null =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;

/** Step 5: how international each candidate can become: exports, cross-border links, experts. */
export function InternationalisationSection({ group }: { group: TGroup }) {
  const { t } = useTranslation();
  const internationalisation = useInternationalisation(group.id);
  const [rating, setRating] = useState<Item | null>(null);
  return (
    <StepSection
      title={t('transS3Steps.internationalisation.title')}
      description={t('transS3Steps.internationalisation.intro')}
      testId="verification-internationalisation"
    >
      <QueryState query={internationalisation}>
        {(data) => (
          <>
            <Table.ScrollContainer minWidth={860}>
              <Table striped data-testid="internationalisation-table">
                <Table.Caption>{t('transS3Steps.internationalisation.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('transS3Steps.common.candidate')}</Table.Th>
                    <Table.Th scope="col">{t('transS3Steps.internationalisation.score')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('transS3Steps.internationalisation.exportOrientation')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('transS3Steps.internationalisation.exportSample')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('transS3Steps.internationalisation.crossBorderLinks')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('transS3Steps.internationalisation.expertMean')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('transS3Steps.internationalisation.expertCount')}
                    </Table.Th>
                    <Table.Th scope="col">
                      <VisuallyHidden>{t('transS3Steps.common.actions')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.length === 0 ? (
                    <EmptyTableRow colSpan={COLUMNS}>{t('transS3Steps.criteria.noCandidates')}</EmptyTableRow>
                  ) : (
                    data.items.map((item) => (
                      <InternationalisationRow
                        key={item.candidateId}
                        item={item}
                        canRate={canContribute(group)}
                        onRate={() => setRating(item)}
                      />
                    ))
                  )}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Text size="xs" c="dimmed">
              {t('transS3Steps.internationalisation.scoreHint')}
            </Text>
          </>
        )}
      </QueryState>
      <Modal
        opened={rating !== null}
        onClose={() => setRating(null)}
        title={t('transS3Steps.internationalisation.rateTitle')}
      >
        {rating ? (
          <RatingForm
            key={rating.candidateId}
            groupId={group.id}
            item={rating}
            onClose={() => setRating(null)}
          />
        ) : null}
      </Modal>
    </StepSection>
  );
}

function InternationalisationRow({
  item,
  canRate,
  onRate,
}: {
  item: Item;
  canRate: boolean;
  onRate: () => void;
}) {
  const { t } = useTranslation();
  const format = useStepsFormat();
  const [open, setOpen] = useState(false);
  const mean = meanOf(item.ratings.map((r) => r.rating));
  const listId = `ratings-${item.candidateId}`;
  return (
    <Fragment>
      <Table.Tr data-testid="internationalisation-row">
        <Table.Th scope="row" fw={500}>
          {item.label}
        </Table.Th>
        <Table.Td miw={140}>
          <Group gap="xs" wrap="nowrap">
            <Progress
              value={(item.score ?? 0) * 100}
              w={70}
              aria-label={t('transS3Steps.internationalisation.score')}
            />
            <Text size="sm" data-testid="internationalisation-score">
              {format.pct(item.score)}
            </Text>
          </Group>
        </Table.Td>
        <Table.Td ta="right">
          {item.exportOrientation === null ? '—' : format.pct(item.exportOrientation / 100)}
        </Table.Td>
        <Table.Td ta="right">{format.int(item.exportSample)}</Table.Td>
        <Table.Td ta="right">{format.int(item.crossBorderLinks)}</Table.Td>
        <Table.Td ta="right">{format.num(mean)}</Table.Td>
        <Table.Td ta="right">{format.int(item.ratings.length)}</Table.Td>
        <Table.Td ta="right">
          <Group gap={4} justify="flex-end" wrap="nowrap">
            {item.ratings.length > 0 ? (
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={() => setOpen((value) => !value)}
                aria-expanded={open}
                aria-controls={listId}
                data-testid="ratings-toggle"
              >
                {open
                  ? t('transS3Steps.internationalisation.hideRatings')
                  : t('transS3Steps.internationalisation.showRatings')}
              </Button>
            ) : null}
            {canRate ? (
              <Button
                size="compact-xs"
                variant="light"
                onClick={onRate}
                aria-label={t('transS3Steps.internationalisation.rateNamed', { candidate: item.label })}
                data-testid="rate-button"
              >
                {t('transS3Steps.internationalisation.rate')}
              </Button>
            ) : null}
          </Group>
        </Table.Td>
      </Table.Tr>
      {item.ratings.length > 0 ? (
        <Table.Tr style={open ? undefined : { display: 'none' }}>
          <Table.Td colSpan={COLUMNS} p={0}>
            <Collapse expanded={open}>
              <Stack gap={4} p="sm" id={listId} component="ul" m={0} style={{ listStyle: 'none' }}>
                {item.ratings.map((rating) => (
                  <Text component="li" size="sm" key={rating.userId} data-testid="expert-rating">
                    <strong>{rating.name}</strong>:{' '}
                    {t('transS3Steps.internationalisation.ratingOf', { rating: format.int(rating.rating) })}
                    {rating.comment ? ` — ${rating.comment}` : ''}
                  </Text>
                ))}
              </Stack>
            </Collapse>
          </Table.Td>
        </Table.Tr>
      ) : null}
    </Fragment>
  );
}

function RatingForm({ groupId, item, onClose }: { groupId: string; item: Item; onClose: () => void }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const rate = useExpertRating(groupId);
  const [error, setError] = useState<unknown>(null);
  const mine = item.ratings.find((rating) => rating.userId === user.id);
  const form = useForm({
    initialValues: { rating: mine?.rating ?? 0, comment: mine?.comment ?? '' },
    validate: {
      rating: (value) =>
        value >= 1 && value <= 5 ? null : t('transS3Steps.internationalisation.ratingRequired'),
      comment: (value) =>
        value.trim().length > COMMENT_MAX ? t('transS3Steps.validation.tooLong', { max: COMMENT_MAX }) : null,
    },
  });
  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      await rate.mutateAsync({
        candidateId: item.candidateId,
        rating: values.rating,
        comment: values.comment.trim(),
      });
      onClose();
    } catch (caught) {
      const fieldErrors = toFormErrors(caught);
      form.setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setError(caught);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('transS3Steps.internationalisation.rateIntro', { candidate: item.label })}</Text>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="expert-rating-label">
            {t('transS3Steps.internationalisation.ratingLabel')}
          </Text>
          <Rating
            count={5}
            value={form.values.rating}
            onChange={(value) => form.setFieldValue('rating', value)}
            aria-labelledby="expert-rating-label"
            getSymbolLabel={(value) => t('transS3Steps.internationalisation.ratingOf', { rating: value })}
            data-testid="expert-rating-input"
          />
          <Text size="xs" c="dimmed">
            {t('transS3Steps.internationalisation.ratingScale')}
          </Text>
          {form.errors.rating ? (
            <Text size="sm" c="red.8" role="alert">
              {form.errors.rating}
            </Text>
          ) : null}
        </Stack>
        <Textarea
          label={t('transS3Steps.internationalisation.comment')}
          autosize
          minRows={2}
          maxRows={8}
          data-testid="expert-rating-comment"
          {...form.getInputProps('comment')}
        />
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={rate.isPending} data-testid="expert-rating-save">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
