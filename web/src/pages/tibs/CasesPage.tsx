import { Alert, Button, Group, Modal, SegmentedControl, Select, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CASE_STAGES } from '../../../../src/modules/brokerage/contract.ts';
import { useCurrentUser } from '../../modules/accounts/useCurrentUser.ts';
import { CaseBoard } from '../../modules/cases/CaseBoard.tsx';
import { CaseTable } from '../../modules/cases/CaseTable.tsx';
import { NewCaseForm } from '../../modules/cases/NewCaseForm.tsx';
import { useCases } from '../../modules/cases/useCases.ts';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { QueryState } from '../../shared/QueryState.tsx';
import { SearchInput } from '../../shared/SearchInput.tsx';
import { TablePagination } from '../../shared/TablePagination.tsx';
import { useSearchParamState } from '../../shared/useSearchParamState.ts';
import { buildUrl } from '../../shared/api.ts';

const PAGE_SIZE = 20;
/** The board shows every case at once, up to the API's page limit. */
const BOARD_LIMIT = 500;
const VIEWS = ['board', 'list'] as const;
type View = (typeof VIEWS)[number];
type Param = 'view' | 'q' | 'stage' | 'due' | 'open' | 'offset';

export function CasesPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const params = useSearchParamState<Param>();
  const view: View = VIEWS.find((item) => item === params.get('view')) ?? 'board';
  const canCreate = user.role === 'broker' || user.role === 'admin';
  const [isFormOpen, form] = useDisclosure(false);
  // The report is what the page shows: the same filters (the board shows every stage).
  const exportUrl = (format: 'csv' | 'xlsx') =>
    buildUrl('/api/cases/export', {
      format,
      q: params.get('q'),
      due: params.get('due'),
      ...(view === 'list' ? { stage: params.get('stage'), open: params.get('open') } : {}),
    });

  return (
    <Stack gap="md">
      <PageHeader
        title={t('tibs.cases.title')}
        description={t('tibs.cases.description')}
        actions={
          <>
            <Button component="a" href={exportUrl('csv')} variant="default" data-testid="cases-export-csv">
              {t('tibs.cases.exportCsv')}
            </Button>
            <Button component="a" href={exportUrl('xlsx')} variant="default" data-testid="cases-export-xlsx">
              {t('tibs.cases.exportXlsx')}
            </Button>
            {canCreate ? (
              <Button onClick={form.open} data-testid="new-case-button">
                {t('tibs.cases.new')}
              </Button>
            ) : null}
          </>
        }
      />

      <Group align="flex-end" justify="space-between" wrap="wrap">
        <Group align="flex-end" wrap="wrap" role="search" aria-label={t('tibs.cases.filters')}>
          <SearchInput
            label={t('tibs.cases.search')}
            value={params.get('q')}
            onChange={(q) => params.set({ q })}
          />
          {view === 'list' ? (
            <Select
              label={t('tibs.cases.stage')}
              placeholder={t('tibs.cases.anyStage')}
              data={CASE_STAGES.map((stage) => ({ value: stage, label: t(`tibs.stages.${stage}`) }))}
              value={params.get('stage') || null}
              onChange={(stage) => params.set({ stage })}
              clearable
              data-testid="cases-filter-stage"
            />
          ) : null}
          <Select
            label={t('tibs.cases.due')}
            placeholder={t('tibs.cases.anyDue')}
            data={[
              { value: 'overdue', label: t('tibs.cases.dueOverdue') },
              { value: 'week', label: t('tibs.cases.dueWeek') },
            ]}
            value={params.get('due') || null}
            onChange={(due) => params.set({ due })}
            clearable
            data-testid="cases-filter-due"
          />
          {view === 'list' ? (
            <Select
              label={t('tibs.cases.openFilter')}
              placeholder={t('tibs.cases.openAll')}
              data={[
                { value: 'true', label: t('tibs.cases.openOnly') },
                { value: 'false', label: t('tibs.cases.closedOnly') },
              ]}
              value={params.get('open') || null}
              onChange={(open) => params.set({ open })}
              clearable
              data-testid="cases-filter-open"
            />
          ) : null}
        </Group>
        <SegmentedControl
          aria-label={t('tibs.cases.view')}
          data-testid="cases-view"
          value={view}
          onChange={(value) => params.set({ view: value === 'list' ? 'list' : null })}
          data={[
            { value: 'board', label: t('tibs.cases.viewBoard') },
            { value: 'list', label: t('tibs.cases.viewList') },
          ]}
        />
      </Group>

      {view === 'board' ? (
        <BoardView q={params.get('q')} due={params.get('due')} />
      ) : (
        <ListView
          filter={{
            q: params.get('q') || undefined,
            stage: params.get('stage') || undefined,
            due: params.get('due') || undefined,
            open: params.get('open') || undefined,
            limit: PAGE_SIZE,
            offset: Number(params.get('offset')) || 0,
          }}
          showBroker={user.role === 'admin'}
          onOffsetChange={(offset) => params.set({ offset })}
        />
      )}

      <Modal opened={isFormOpen} onClose={form.close} title={t('tibs.caseForm.heading')} size="lg">
        <NewCaseForm
          canAssignBroker={user.role === 'admin'}
          onCancel={form.close}
          onCreated={(created) => {
            form.close();
            notifications.show({
              color: 'green',
              message: t('tibs.caseForm.created', { title: created.title }),
            });
            void navigate(`/cases/${created.id}`);
          }}
        />
      </Modal>
    </Stack>
  );
}

function BoardView({ q, due }: { q: string; due: string }) {
  const { t } = useTranslation();
  const cases = useCases({ q: q || undefined, due: due || undefined, limit: BOARD_LIMIT, offset: 0 });
  return (
    <QueryState query={cases}>
      {(page) => (
        <Stack gap="sm">
          {page.total > page.items.length ? (
            <Alert color="yellow" variant="light">
              {t('tibs.cases.boardTruncated', { shown: page.items.length, total: page.total })}
            </Alert>
          ) : null}
          <CaseBoard cases={page.items} />
        </Stack>
      )}
    </QueryState>
  );
}

type ListViewProps = {
  filter: Parameters<typeof useCases>[0];
  showBroker: boolean;
  onOffsetChange: (offset: number) => void;
};

function ListView({ filter, showBroker, onOffsetChange }: ListViewProps) {
  const { t } = useTranslation();
  const cases = useCases(filter);
  return (
    <QueryState query={cases}>
      {(page) => (
        <>
          <CaseTable
            cases={page.items}
            label={t('tibs.cases.title')}
            showBroker={showBroker}
            testId="cases-table"
            emptyText={t('tibs.cases.empty')}
          />
          <TablePagination
            total={page.total}
            limit={filter.limit}
            offset={filter.offset}
            onChange={onOffsetChange}
          />
        </>
      )}
    </QueryState>
  );
}
