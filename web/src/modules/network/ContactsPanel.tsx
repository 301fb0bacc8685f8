import { Anchor, Button, Group, Modal, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TContactsResponse } from '../../../../src/modules/brokerage/contract.ts';
import { QueryState } from '../../shared/QueryState.tsx';
import { StatusBadge } from '../../shared/StatusBadge.tsx';
import { ContactsEditor } from './ContactsEditor.tsx';
import { useContacts } from './useContacts.ts';

/** The organisation's contact persons, as far as this user may see them, and their editor. */
export function ContactsPanel({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const contacts = useContacts(organisationId);
  const [isEditing, edit] = useDisclosure(false);
  return (
    <section aria-labelledby={headingId} data-testid="org-contacts">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id={headingId}>
          {t('network.contacts.title')}
        </Title>
        {contacts.data?.canEdit ? (
          <Button variant="light" onClick={edit.open} data-testid="org-contacts-edit">
            {t('network.contacts.edit')}
          </Button>
        ) : null}
      </Group>
      <QueryState query={contacts}>
        {(data) => (
          <>
            <ContactList contacts={data} headingId={headingId} />
            <Modal opened={isEditing} onClose={edit.close} title={t('network.contacts.editTitle')} size="lg">
              <ContactsEditor
                organisationId={organisationId}
                contacts={data.items}
                onCancel={edit.close}
                onSaved={() => {
                  edit.close();
                  notifications.show({ color: 'green', message: t('network.contacts.saved') });
                }}
              />
            </Modal>
          </>
        )}
      </QueryState>
    </section>
  );
}

function ContactList({ contacts, headingId }: { contacts: TContactsResponse; headingId: string }) {
  const { t } = useTranslation();
  return (
    <>
      {contacts.visibility === 'none' ? (
        <Text c="dimmed">{t('network.contacts.hidden')}</Text>
      ) : contacts.items.length === 0 ? (
        <Text c="dimmed">{t('network.contacts.none')}</Text>
      ) : (
        <>
          {contacts.visibility === 'shared' ? (
            <Text size="sm" c="dimmed" mb="xs">
              {t('network.contacts.sharedNote')}
            </Text>
          ) : null}
          <Table.ScrollContainer minWidth={640}>
            <Table aria-labelledby={headingId} data-testid="org-contacts-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('network.contacts.name')}</Table.Th>
                  <Table.Th scope="col">{t('network.contacts.position')}</Table.Th>
                  <Table.Th scope="col">{t('network.contacts.email')}</Table.Th>
                  <Table.Th scope="col">{t('network.contacts.phone')}</Table.Th>
                  <Table.Th scope="col">{t('network.contacts.consent')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {contacts.items.map((contact) => (
                  <Table.Tr key={contact.id}>
                    <Table.Td>{contact.name}</Table.Td>
                    <Table.Td>{contact.position || '—'}</Table.Td>
                    <Table.Td>
                      {contact.email ? (
                        <Anchor href={`mailto:${contact.email}`} size="sm">
                          {contact.email}
                        </Anchor>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                    <Table.Td>
                      {contact.phone ? (
                        <Anchor href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`} size="sm">
                          {contact.phone}
                        </Anchor>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                    <Table.Td>
                      {contact.consentToShare ? (
                        <StatusBadge color="green">{t('network.contacts.consents')}</StatusBadge>
                      ) : (
                        <StatusBadge color="gray">{t('network.contacts.noConsent')}</StatusBadge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </>
  );
}
