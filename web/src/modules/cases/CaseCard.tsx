import { Anchor, Button, Card, Group, Menu, Stack, Text } from '@mantine/core';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseStage, TCaseResponse } from '../../../../src/modules/brokerage/contract.ts';
import { useFormatDate } from '../../shared/useFormatDate.ts';
import { useCountryName } from '../reference/useCountries.ts';
import { CaseOutcomeBadge, FollowUpBadge } from './CaseBadges.tsx';

/** The data type of a case dragged on the board: its id. */
export const CASE_DRAG_TYPE = 'application/x-gosmart-case';

type CaseCardProps = {
  item: TCaseResponse;
  isDragged: boolean;
  onDragStart: (item: TCaseResponse) => void;
  onDragEnd: () => void;
  /** Move without dragging (the keyboard way). */
  onMove: (item: TCaseResponse, stage: CaseStage) => void;
};

/** One case on the pipeline board: draggable to another column, or moved with its "Move to…" menu. */
export function CaseCard({ item, isDragged, onDragStart, onDragEnd, onMove }: CaseCardProps) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const formatDate = useFormatDate();
  const canMove = item.canEdit && item.allowedStages.length > 0;
  const titleId = `case-card-title-${item.id}`;

  return (
    <Card
      component="article"
      withBorder
      padding="sm"
      radius="md"
      aria-labelledby={titleId}
      data-testid={`case-card-${item.id}`}
      draggable={canMove}
      onDragStart={(event: DragEvent<HTMLElement>) => {
        event.dataTransfer.setData(CASE_DRAG_TYPE, item.id);
        event.dataTransfer.setData('text/plain', item.title);
        event.dataTransfer.effectAllowed = 'move';
        onDragStart(item);
      }}
      onDragEnd={onDragEnd}
      style={{ cursor: canMove ? 'grab' : undefined, opacity: isDragged ? 0.5 : 1 }}
    >
      <Stack gap={6}>
        <Text size="xs" c="dimmed">
          {item.organisation.name} · {countryName(item.organisation.countryCode)}
        </Text>
        <Anchor component={Link} to={`/cases/${item.id}`} fw={600} size="sm" id={titleId}>
          {item.title}
        </Anchor>
        <Group gap="xs" wrap="wrap">
          {item.nextFollowUpOn ? (
            <Text size="xs">{t('tibs.cases.followUpOn', { date: formatDate(item.nextFollowUpOn) })}</Text>
          ) : null}
          <FollowUpBadge item={item} />
          {item.outcome ? <CaseOutcomeBadge outcome={item.outcome} /> : null}
        </Group>
        {canMove ? (
          <Menu position="bottom-start" withinPortal>
            <Menu.Target>
              <Button
                size="compact-xs"
                variant="subtle"
                data-testid="case-move-menu"
                aria-label={t('tibs.cases.moveLabel', { title: item.title })}
                style={{ alignSelf: 'flex-start' }}
              >
                {t('tibs.cases.moveTo')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {item.allowedStages.map((stage) => (
                <Menu.Item key={stage} data-testid={`case-move-${stage}`} onClick={() => onMove(item, stage)}>
                  {t(`tibs.stages.${stage}`)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        ) : null}
      </Stack>
    </Card>
  );
}
