import { Badge, Box, Group, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CASE_STAGES,
  type CaseStage,
  type TCaseResponse,
} from '../../../../src/modules/brokerage/contract.ts';
import { CaseCard, CASE_DRAG_TYPE } from './CaseCard.tsx';
import { CloseCaseModal } from './CloseCaseModal.tsx';
import { useMoveCase } from './useMoveCase.ts';

const COLUMN_WIDTH = 260;

/**
 * The pipeline board: one column per stage. A card may be dropped only on the columns its
 * `allowedStages` name; dropping on "closed" first asks for the outcome.
 */
export function CaseBoard({ cases }: { cases: TCaseResponse[] }) {
  const { t } = useTranslation();
  const { move, isMoving } = useMoveCase();
  const [dragged, setDragged] = useState<TCaseResponse | null>(null);
  const [hoveredStage, setHoveredStage] = useState<CaseStage | null>(null);
  const [closing, setClosing] = useState<TCaseResponse | null>(null);
  // After a move with the "Move to…" menu, the card re-renders in another column: keep the focus on it.
  const [focusAfterMove, setFocusAfterMove] = useState<string | null>(null);
  const boardRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!focusAfterMove) return;
    const card = boardRef.current?.querySelector<HTMLElement>(`[data-testid="case-card-${focusAfterMove}"]`);
    if (!card) return;
    const target =
      card.querySelector<HTMLElement>('[data-testid="case-move-menu"]') ??
      card.querySelector<HTMLElement>('a');
    target?.focus();
    setFocusAfterMove(null);
  }, [cases, focusAfterMove]);

  const requestMove = (item: TCaseResponse, stage: CaseStage, isKeyboard = false) => {
    if (!item.allowedStages.includes(stage)) return;
    if (stage === 'closed') setClosing(item);
    else
      void move(item, stage).then((isMoved) => {
        if (isMoved && isKeyboard) setFocusAfterMove(item.id);
      });
  };
  const canDropOn = (stage: CaseStage) => dragged !== null && dragged.allowedStages.includes(stage);
  const endDrag = () => {
    setDragged(null);
    setHoveredStage(null);
  };

  return (
    <>
      <ScrollArea type="auto" offsetScrollbars>
        <Group align="flex-start" gap="sm" wrap="nowrap" data-testid="case-board" pb="sm" ref={boardRef}>
          {CASE_STAGES.map((stage) => {
            const items = cases.filter((item) => item.stage === stage);
            const isTarget = canDropOn(stage);
            const headingId = `case-column-heading-${stage}`;
            return (
              <Paper
                key={stage}
                component="section"
                aria-labelledby={headingId}
                data-testid={`case-column-${stage}`}
                data-drop-target={isTarget ? 'true' : undefined}
                withBorder
                radius="md"
                p="xs"
                bg="var(--mantine-color-default-hover)"
                w={COLUMN_WIDTH}
                miw={COLUMN_WIDTH}
                style={{
                  borderStyle: isTarget ? 'dashed' : undefined,
                  borderWidth: isTarget ? 2 : undefined,
                  borderColor: isTarget
                    ? hoveredStage === stage
                      ? 'var(--mantine-primary-color-filled)'
                      : 'var(--mantine-color-blue-5)'
                    : undefined,
                  opacity: dragged && !isTarget && dragged.stage !== stage ? 0.6 : 1,
                  minHeight: 200,
                }}
                onDragOver={(event) => {
                  if (!isTarget) return;
                  event.preventDefault(); // allows the drop
                  event.dataTransfer.dropEffect = 'move';
                  setHoveredStage(stage);
                }}
                onDragLeave={() => setHoveredStage((current) => (current === stage ? null : current))}
                onDrop={(event) => {
                  event.preventDefault();
                  const id = event.dataTransfer.getData(CASE_DRAG_TYPE);
                  const item = dragged ?? cases.find((candidate) => candidate.id === id) ?? null;
                  endDrag();
                  if (item) requestMove(item, stage);
                }}
              >
                <Group justify="space-between" wrap="nowrap" mb="xs" px={4}>
                  <Title order={2} size="h5" id={headingId}>
                    {t(`tibs.stages.${stage}`)}
                  </Title>
                  <Badge
                    variant="light"
                    color="gray"
                    aria-label={t('tibs.cases.columnCount', { count: items.length })}
                  >
                    {items.length}
                  </Badge>
                </Group>
                {isTarget ? (
                  <Text size="xs" c="dimmed" px={4} mb="xs">
                    {t('tibs.cases.dropHere')}
                  </Text>
                ) : null}
                <Stack gap="xs">
                  {items.map((item) => (
                    <CaseCard
                      key={item.id}
                      item={item}
                      isDragged={dragged?.id === item.id}
                      onDragStart={setDragged}
                      onDragEnd={endDrag}
                      onMove={(item, stage) => requestMove(item, stage, true)}
                    />
                  ))}
                  {items.length === 0 ? (
                    <Box py="md">
                      <Text size="xs" c="dimmed" ta="center">
                        {t('tibs.cases.emptyColumn')}
                      </Text>
                    </Box>
                  ) : null}
                </Stack>
              </Paper>
            );
          })}
        </Group>
      </ScrollArea>
      <CloseCaseModal
        key={closing?.id ?? 'none'}
        caseTitle={closing?.title ?? null}
        isSaving={isMoving}
        onClose={() => setClosing(null)}
        onConfirm={(outcome) => {
          if (!closing) return;
          const item = closing;
          void move(item, 'closed', outcome).then((isMoved) => {
            if (!isMoved) return;
            setClosing(null);
            setFocusAfterMove(item.id);
          });
        }}
      />
    </>
  );
}
