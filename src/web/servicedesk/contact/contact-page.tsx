import { Alert, Anchor, Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatNational } from '../../../core/telephony/numbers';
import { errorText } from '../../ui/error-text';
import { PageHeader } from '../../ui/page-header';
import { CONTACT, changesApi } from '../changes/queries';

/**
 * "Contact" (guide appendix 2): per subject the desk to call now — by the provider's office
 * hours — with its number, menu option, e-mail and, for enterprise admins and partners, the
 * out-of-hours PIN; below it the whole contact matrix with each desk's hours.
 */
export function ContactPage() {
  const { t, i18n } = useTranslation();
  const l = i18n.language.startsWith('en') ? 'en' : 'nl';
  const contact = useQuery({ queryKey: CONTACT, queryFn: changesApi.contact, refetchInterval: 60_000 });
  if (contact.error) return <Alert color="red">{errorText(t, contact.error)}</Alert>;
  const c = contact.data;
  if (c === undefined) return null;
  const byId = new Map(c.desks.map((d) => [d.id, d]));
  const reach = (d: (typeof c.desks)[number]) => (
    <Stack gap={2}>
      {d.phone && (
        <Text size="sm">
          <Anchor href={`tel:${d.phone}`}>{formatNational(d.phone)}</Anchor>
          {d.phoneOption && ` · ${t('contact.option', { option: d.phoneOption })}`}
        </Text>
      )}
      {d.email && (
        <Anchor size="sm" href={`mailto:${d.email}`}>
          {d.email}
        </Anchor>
      )}
      {d.pin && <Text size="sm">{t('contact.pin', { pin: d.pin })}</Text>}
    </Stack>
  );
  return (
    <>
      <PageHeader
        title={t('contact.title')}
        description={t(c.inOfficeHours ? 'contact.nowOffice' : 'contact.nowOutOfHours')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" mb="xl">
        {c.callNow.map(({ handle, deskId }) => {
          const desk = deskId === null ? undefined : byId.get(deskId);
          return (
            <Card key={handle} withBorder aria-label={t(`contact.handles.${handle}`)}>
              <Text fw={600}>{t(`contact.handles.${handle}`)}</Text>
              {desk ? (
                <Stack gap={4} mt="xs">
                  <Group gap="xs">
                    <Text>{desk.name[l]}</Text>
                    <Badge color={desk.openNow ? 'green' : 'gray'} variant="light">
                      {t(desk.openNow ? 'contact.open' : 'contact.closed')}
                    </Badge>
                  </Group>
                  {reach(desk)}
                </Stack>
              ) : (
                <Text c="dimmed">{t('contact.nobody')}</Text>
              )}
            </Card>
          );
        })}
      </SimpleGrid>
      <Title order={3} size="h4" mb="sm">
        {t('contact.matrix')}
      </Title>
      <Table.ScrollContainer minWidth={640}>
        <Table striped aria-label={t('contact.matrix')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('contact.desk')}</Table.Th>
              <Table.Th>{t('contact.handlesHeader')}</Table.Th>
              <Table.Th>{t('contact.hours')}</Table.Th>
              <Table.Th>{t('contact.reach')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.desks.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>{d.name[l]}</Table.Td>
                <Table.Td>{d.handles.map((h) => t(`contact.handles.${h}`)).join(', ')}</Table.Td>
                <Table.Td>{t(`contact.hoursOf.${d.hours}`)}</Table.Td>
                <Table.Td>{reach(d)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
