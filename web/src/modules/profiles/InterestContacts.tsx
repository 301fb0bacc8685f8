import { Anchor, Stack, Table, Text, Title, type TitleOrder } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TContactResponse, TInterestResponse } from '../../../../src/modules/brokerage/contract.ts';
import { useCurrentUser } from '../accounts/useCurrentUser.ts';

type Contacts = NonNullable<TInterestResponse['contacts']>;

function ContactTable({ caption, contacts }: { caption: string; contacts: TContactResponse[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table withTableBorder captionSide="top" fz="sm">
        <Table.Caption style={{ textAlign: 'left', fontWeight: 600 }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('profiles.contacts.name')}</Table.Th>
            <Table.Th scope="col">{t('profiles.contacts.position')}</Table.Th>
            <Table.Th scope="col">{t('profiles.contacts.email')}</Table.Th>
            <Table.Th scope="col">{t('profiles.contacts.phone')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {contacts.map((contact) => (
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
                  <Anchor href={`tel:${contact.phone.replace(/\s+/g, '')}`} size="sm">
                    {contact.phone}
                  </Anchor>
                ) : (
                  '—'
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** After an accepted interest: the contact persons who agreed to be shared, per side. */
export function InterestContacts({
  interest,
  contacts,
  headingOrder,
}: {
  interest: TInterestResponse;
  contacts: Contacts;
  headingOrder: TitleOrder;
}) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const isMemberOf = (organisationId: string) =>
    user.memberships.some((membership) => membership.organisationId === organisationId);
  // A party sees the other side's people; brokers and admins, who stand between the two, see both.
  const isOwnerParty = isMemberOf(interest.profile.organisation.id);
  const isSenderParty = isMemberOf(interest.fromOrganisation.id);
  const sides = [
    {
      key: 'profileOwner',
      organisation: interest.profile.organisation.name,
      people: contacts.profileOwner,
      isShown: !isOwnerParty || isSenderParty,
    },
    {
      key: 'sender',
      organisation: interest.fromOrganisation.name,
      people: contacts.sender,
      isShown: !isSenderParty || isOwnerParty,
    },
  ].filter((side) => side.isShown && side.people.length > 0);

  return (
    <Stack gap="xs" data-testid="interest-contacts">
      <Title order={headingOrder} size="h5">
        {t('profiles.contacts.title')}
      </Title>
      {sides.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('profiles.contacts.none')}
        </Text>
      ) : (
        sides.map((side) => (
          <ContactTable
            key={side.key}
            caption={t('profiles.contacts.of', { organisation: side.organisation })}
            contacts={side.people}
          />
        ))
      )}
    </Stack>
  );
}
