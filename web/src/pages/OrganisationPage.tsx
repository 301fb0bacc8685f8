import { Anchor, Badge, Button, Card, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { TOrganisationDetailResponse } from '../../../src/modules/accounts/contract.ts';
import { useCurrentUser } from '../modules/accounts/useCurrentUser.ts';
import { OrganisationForm } from '../modules/organisations/OrganisationForm.tsx';
import {
  useDeleteOrganisation,
  useOrganisation,
  useUpdateOrganisation,
} from '../modules/organisations/useOrganisations.ts';
import { ContactsPanel } from '../modules/network/ContactsPanel.tsx';
import { useRegistryDetails } from '../modules/network/useRegistryDetails.tsx';
import { useCountryName } from '../modules/reference/useCountries.ts';
import { isApiError } from '../shared/api.ts';
import { DetailList } from '../shared/DetailList.tsx';
import { ErrorAlert } from '../shared/ErrorAlert.tsx';
import { PageHeader } from '../shared/PageHeader.tsx';
import { QueryState } from '../shared/QueryState.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';

export function OrganisationPage() {
  const { id = '' } = useParams();
  const organisation = useOrganisation(id);
  // A malformed id is a 400 from the API; to the user both mean "no such organisation".
  if (isApiError(organisation.error) && [400, 404].includes(organisation.error.status))
    return <NotFoundPage />;
  return (
    <QueryState query={organisation}>{(data) => <OrganisationDetails organisation={data} />}</QueryState>
  );
}

function OrganisationDetails({ organisation }: { organisation: TOrganisationDetailResponse }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const countryName = useCountryName();
  const [isEditing, edit] = useDisclosure(false);
  const [isConfirmingDelete, confirmDelete] = useDisclosure(false);
  const updateOrganisation = useUpdateOrganisation(organisation.id);
  const deleteOrganisation = useDeleteOrganisation(organisation.id);
  const registryDetails = useRegistryDetails(organisation);
  const isBroker = user.role === 'broker';
  const isMember = user.memberships.some((membership) => membership.organisationId === organisation.id);

  const details: { label: string; value: ReactNode }[] = [
    {
      label: t('organisation.country'),
      value: `${countryName(organisation.countryCode)} (${organisation.countryCode})`,
    },
    {
      label: t('organisation.region'),
      value: organisation.nutsCode ? `${organisation.regionName ?? ''} (${organisation.nutsCode})` : '—',
    },
    { label: t('organisation.helix'), value: t(`helix.${organisation.helixType}`) },
    {
      label: t('organisation.website'),
      value: organisation.website ? (
        <Anchor href={organisation.website} target="_blank" rel="noopener noreferrer">
          {organisation.website}
        </Anchor>
      ) : (
        '—'
      ),
    },
  ];

  return (
    <Stack gap="xl">
      <PageHeader
        title={organisation.name}
        description={
          <Anchor component={Link} to="/organisations" size="sm">
            {t('organisation.backToList')}
          </Anchor>
        }
        actions={
          <>
            {isBroker || user.role === 'admin' ? (
              <Button
                variant="light"
                component={Link}
                to={`/cases?new=1&organisation=${organisation.id}`}
                data-testid="org-open-case"
              >
                {t('network.organisation.openCase')}
              </Button>
            ) : null}
            {isBroker || user.role === 'admin' || isMember ? (
              <Button
                variant="light"
                component={Link}
                to={`/profiles/new?organisation=${organisation.id}`}
                data-testid="org-draft-profile"
              >
                {t('network.organisation.draftProfile')}
              </Button>
            ) : null}
            {isBroker ? (
              <Button
                variant="light"
                component={Link}
                to={`/referrals?new=1&client=${organisation.id}`}
                data-testid="org-refer"
              >
                {t('network.organisation.refer')}
              </Button>
            ) : null}
            {organisation.canEdit ? <Button onClick={edit.open}>{t('common.edit')}</Button> : null}
            {user.role === 'admin' ? (
              <Button color="red.9" variant="outline" onClick={confirmDelete.open}>
                {t('common.delete')}
              </Button>
            ) : null}
          </>
        }
      />

      <Card withBorder padding="lg" radius="md">
        <Stack gap="md">
          <DetailList details={details} testId="organisation-details" />
          {organisation.description ? (
            <Text style={{ whiteSpace: 'pre-line' }}>{organisation.description}</Text>
          ) : null}
        </Stack>
      </Card>

      <section aria-labelledby="registry-heading">
        <Title order={2} size="h3" id="registry-heading" mb="sm">
          {t('network.organisation.registryHeading')}
        </Title>
        <Card withBorder padding="lg" radius="md">
          <DetailList details={registryDetails} testId="organisation-registry" />
        </Card>
      </section>

      <ContactsPanel organisationId={organisation.id} />

      <section aria-labelledby="members-heading">
        <Title order={2} size="h3" id="members-heading" mb="sm">
          {t('organisation.members')}
        </Title>
        {organisation.members.length === 0 ? (
          <Text c="dimmed">{t('organisation.noMembers')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={480}>
            <Table data-testid="members-table" aria-labelledby="members-heading">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('organisation.memberColumns.name')}</Table.Th>
                  <Table.Th scope="col">{t('organisation.memberColumns.email')}</Table.Th>
                  <Table.Th scope="col">{t('organisation.memberColumns.role')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {organisation.members.map((member) => (
                  <Table.Tr key={member.userId}>
                    <Table.Td>{member.name}</Table.Td>
                    <Table.Td>
                      <Anchor href={`mailto:${member.email}`} size="sm">
                        {member.email}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={member.role === 'manager' ? 'blue' : 'gray'}>
                        {t(`membershipRoles.${member.role}`)}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </section>

      <Modal opened={isEditing} onClose={edit.close} title={t('organisation.editTitle')} size="xl">
        <OrganisationForm
          organisation={organisation}
          submitLabel={t('common.save')}
          onCancel={edit.close}
          onSubmit={async (input) => {
            await updateOrganisation.mutateAsync(input);
            edit.close();
            notifications.show({ color: 'green', message: t('organisation.saved') });
          }}
        />
      </Modal>

      <Modal opened={isConfirmingDelete} onClose={confirmDelete.close} title={t('organisation.deleteTitle')}>
        <Stack>
          <Text>{t('organisation.deleteConfirm', { name: organisation.name })}</Text>
          <ErrorAlert error={deleteOrganisation.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={confirmDelete.close}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red.9"
              loading={deleteOrganisation.isPending}
              onClick={() =>
                deleteOrganisation.mutate(undefined, {
                  onSuccess: () => {
                    notifications.show({
                      color: 'green',
                      message: t('organisation.deleted', { name: organisation.name }),
                    });
                    void navigate('/organisations', { replace: true });
                  },
                })
              }
            >
              {t('common.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
