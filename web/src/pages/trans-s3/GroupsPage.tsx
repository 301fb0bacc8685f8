import { Anchor, Badge, Button, Card, Group, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { RegionChips } from '../../modules/trans-s3/CodeChips.tsx';
import { GroupForm } from '../../modules/trans-s3/GroupForm.tsx';
import { isStep } from '../../modules/trans-s3/steps.ts';
import { type TGroupSummary, useGroups } from '../../modules/trans-s3/useTransS3.ts';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { QueryState } from '../../shared/QueryState.tsx';

/** The groups of regions the user works in, each on its way through the seven steps. */
export function GroupsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const groups = useGroups();
  const [isFormOpen, form] = useDisclosure(false);

  return (
    <Stack gap="md">
      <PageHeader
        title={t('transS3.groups.title')}
        description={
          <Stack gap={4}>
            <span>{t('transS3.groups.description')}</span>
            <Anchor component={Link} to="/trans-s3/priorities" size="sm" data-testid="priorities-link">
              {t('transS3.groups.toPriorities')}
            </Anchor>
          </Stack>
        }
        actions={
          groups.data?.canCreate ? (
            <Button onClick={form.open} data-testid="group-create">
              {t('transS3.groups.create')}
            </Button>
          ) : null
        }
      />

      <QueryState query={groups}>
        {(data) =>
          data.items.length === 0 ? (
            <Text c="dimmed" data-testid="groups-empty">
              {data.canCreate ? t('transS3.groups.emptyCanCreate') : t('transS3.groups.empty')}
            </Text>
          ) : (
            <SimpleGrid cols={{ base: 1, md: 2 }} data-testid="groups-list">
              {data.items.map((group) => (
                <GroupCard key={group.id} group={group} />
              ))}
            </SimpleGrid>
          )
        }
      </QueryState>

      <Modal opened={isFormOpen} onClose={form.close} title={t('transS3.groupForm.title')} size="lg">
        {isFormOpen ? (
          <GroupForm
            onCancel={form.close}
            onCreated={(created) => {
              form.close();
              notifications.show({
                color: 'green',
                message: t('transS3.groupForm.created', { name: created.name }),
              });
              void navigate(`/trans-s3/groups/${created.id}`);
            }}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}

function GroupCard({ group }: { group: TGroupSummary }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" component="article" data-testid="group-card">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} size="h4">
            <Anchor component={Link} to={`/trans-s3/groups/${group.id}`} data-testid="group-link">
              {group.name}
            </Anchor>
          </Title>
          <Group gap={4} wrap="nowrap">
            {group.isDemo ? (
              <Badge variant="light" color="gray">
                {t('transS3.common.demo')}
              </Badge>
            ) : null}
            {group.myRole ? (
              <Badge variant="light" data-testid="group-my-role">
                {t(`transS3.roles.${group.myRole}`)}
              </Badge>
            ) : null}
          </Group>
        </Group>
        {group.description ? (
          <Text size="sm" c="dimmed" lineClamp={3}>
            {group.description}
          </Text>
        ) : null}
        <RegionChips regions={group.regions} label={t('transS3.groups.regions')} />
        <Text size="sm" data-testid="group-step">
          {t('transS3.groups.step', {
            step: group.currentStep,
            name: isStep(group.currentStep) ? t(`transS3.steps.${group.currentStep}`) : '',
          })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('transS3.groups.counts', { candidates: group.candidates, final: group.finalDomains })}
        </Text>
      </Stack>
    </Card>
  );
}
