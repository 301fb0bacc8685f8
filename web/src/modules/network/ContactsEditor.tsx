import { ActionIcon, Button, Card, Checkbox, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TContactResponse } from '../../../../src/modules/brokerage/contract.ts';
import { toFormErrors } from '../../shared/api.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { useUpdateContacts } from './useContacts.ts';

// As ZContactsRequest.
const CONTACTS_MAX = 20;
const NAME_MAX = 200;
const POSITION_MAX = 200;
const EMAIL_MAX = 254;
const PHONE_MAX = 50;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type ContactValues = {
  key: string;
  name: string;
  position: string;
  email: string;
  phone: string;
  consentToShare: boolean;
};

const emptyContact = (): ContactValues => ({
  key: randomId(),
  name: '',
  position: '',
  email: '',
  phone: '',
  consentToShare: false,
});

type ContactsEditorProps = {
  organisationId: string;
  contacts: TContactResponse[];
  onSaved: () => void;
  onCancel: () => void;
};

/** Edit the organisation's contact persons and whether each consents to their details being shared. */
export function ContactsEditor({ organisationId, contacts, onSaved, onCancel }: ContactsEditorProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const updateContacts = useUpdateContacts(organisationId);
  const tooLong = (max: number) => t('network.common.tooLong', { max });
  const form = useForm<{ contacts: ContactValues[] }>({
    initialValues: {
      contacts: contacts.map((contact) => ({
        key: contact.id,
        name: contact.name,
        position: contact.position,
        email: contact.email ?? '',
        phone: contact.phone ?? '',
        consentToShare: contact.consentToShare,
      })),
    },
    validateInputOnBlur: true,
    validate: {
      contacts: {
        name: (value) =>
          !value.trim()
            ? t('validation.required')
            : value.trim().length > NAME_MAX
              ? tooLong(NAME_MAX)
              : null,
        position: (value) => (value.trim().length > POSITION_MAX ? tooLong(POSITION_MAX) : null),
        email: (value) =>
          !value.trim()
            ? null
            : value.trim().length > EMAIL_MAX
              ? tooLong(EMAIL_MAX)
              : EMAIL.test(value.trim())
                ? null
                : t('network.contacts.invalidEmail'),
        phone: (value) => (value.trim().length > PHONE_MAX ? tooLong(PHONE_MAX) : null),
      },
    },
  });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      await updateContacts.mutateAsync({
        contacts: values.contacts.map((contact) => ({
          name: contact.name.trim(),
          position: contact.position.trim(),
          email: contact.email.trim() || null,
          phone: contact.phone.trim() || null,
          consentToShare: contact.consentToShare,
        })),
      });
      onSaved();
    } catch (caught) {
      const fieldErrors = toFormErrors(caught);
      form.setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setError(caught);
    }
  });

  return (
    <form onSubmit={submit} noValidate data-testid="contacts-editor">
      <Stack gap="md">
        {form.values.contacts.length === 0 ? <Text c="dimmed">{t('network.contacts.none')}</Text> : null}
        {form.values.contacts.map((contact, index) => {
          const personLabel =
            contact.name.trim() || t('network.contacts.personNumber', { number: index + 1 });
          return (
            <Card
              key={contact.key}
              withBorder
              padding="md"
              radius="md"
              role="group"
              aria-label={personLabel}
              data-testid="contacts-editor-row"
            >
              <Group justify="space-between" mb="xs">
                <Text fw={600}>{personLabel}</Text>
                <ActionIcon
                  variant="subtle"
                  color="red.9"
                  onClick={() => form.removeListItem('contacts', index)}
                  aria-label={t('network.contacts.remove', { name: personLabel })}
                >
                  <span aria-hidden="true">✕</span>
                </ActionIcon>
              </Group>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label={t('network.contacts.name')}
                  required
                  {...form.getInputProps(`contacts.${index}.name`)}
                />
                <TextInput
                  label={t('network.contacts.position')}
                  {...form.getInputProps(`contacts.${index}.position`)}
                />
                <TextInput
                  label={t('network.contacts.email')}
                  type="email"
                  {...form.getInputProps(`contacts.${index}.email`)}
                />
                <TextInput
                  label={t('network.contacts.phone')}
                  type="tel"
                  {...form.getInputProps(`contacts.${index}.phone`)}
                />
              </SimpleGrid>
              <Checkbox
                mt="sm"
                label={t('network.contacts.consentLabel')}
                description={t('network.contacts.consentHint')}
                {...form.getInputProps(`contacts.${index}.consentToShare`, { type: 'checkbox' })}
              />
            </Card>
          );
        })}
        <Group>
          <Button
            variant="light"
            onClick={() => form.insertListItem('contacts', emptyContact())}
            disabled={form.values.contacts.length >= CONTACTS_MAX}
            data-testid="contacts-add"
          >
            {t('network.contacts.add')}
          </Button>
          {form.values.contacts.length >= CONTACTS_MAX ? (
            <Text size="sm" c="dimmed">
              {t('network.common.tooMany', { max: CONTACTS_MAX })}
            </Text>
          ) : null}
        </Group>
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting} data-testid="contacts-save">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
