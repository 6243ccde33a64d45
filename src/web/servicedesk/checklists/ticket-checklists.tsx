import { Alert, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ChecklistInput, checklistRows } from '../../../core/servicedesk/checklists';
import { acceptsComments, type TicketDetailDto } from '../../../core/servicedesk/tickets';
import { mayWrite } from '../../access/permissions';
import { useMe } from '../../access/session';
import { type ApiIssue, isApiError } from '../../api/api-error';
import { errorText, issueText } from '../../ui/error-text';
import { formatDateTime } from '../../ui/format';
import { ChecklistForm, type ChecklistValues, checklistBody, EMPTY_CHECKLIST } from './checklist-form';
import { CHECKLISTS, checklistsApi } from './queries';

/**
 * An incident's checklists as tables of step and answer (in the steps of the version each was
 * answered against), and, while the incident is open, a checklist to attach.
 */
export function TicketChecklists({ ticket }: { ticket: TicketDetailDto }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const me = useMe();
  const queryClient = useQueryClient();
  const list = useQuery({
    queryKey: [...CHECKLISTS, ticket.id],
    queryFn: () => checklistsApi.ofTicket(ticket.id),
    enabled: ticket.type === 'incident',
  });
  const definitions = useQuery({ queryKey: CHECKLISTS, queryFn: checklistsApi.definitions, enabled: false });
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<ChecklistValues>(EMPTY_CHECKLIST);
  const [issues, setIssues] = useState<ApiIssue[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  if (ticket.type !== 'incident') return null;
  const items = list.data?.items ?? [];
  const definition = definitions.data?.items[0];
  const canAttach = mayWrite(me, 'tickets.write') && acceptsComments(ticket.status);
  const errorAt = (path: string) => {
    const found = issues.filter((i) => i.path === path || i.path.startsWith(`${path}.`));
    return found.length === 0 ? undefined : found.map((i) => issueText(t, i)).join('; ');
  };
  const attach = async () => {
    if (!definition) return;
    setProblem(null);
    try {
      await checklistsApi.attach(ticket.id, checklistBody(definition, values) as ChecklistInput);
      notifications.show({ message: t('checklist.attached') });
      setOpen(false);
      setValues(EMPTY_CHECKLIST);
      setIssues([]);
      await queryClient.invalidateQueries({ queryKey: [...CHECKLISTS, ticket.id] });
    } catch (e) {
      if (isApiError(e) && e.issues.some((i) => i.path !== '')) setIssues([...e.issues]);
      else setProblem(errorText(t, e));
    }
  };
  return (
    <Stack mb="md" gap="xs">
      {items.map((c) => (
        <Card withBorder key={c.id} data-testid="ticket-checklist">
          <Title order={3}>{c.definition.title[lang]}</Title>
          <Text size="xs" c="dimmed" mb="xs">
            {t('checklist.doneAt', {
              site: c.siteName ?? '',
              by: c.createdByName ?? '',
              at: formatDateTime(c.createdAt, i18n.language),
              version: c.version,
            })}
          </Text>
          <Table striped aria-label={c.definition.title[lang]}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('checklist.step')}</Table.Th>
                <Table.Th>{t('checklist.answer')}</Table.Th>
                <Table.Th>{t('checklist.note')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {checklistRows(c.definition, c.answers, lang).map((row) => (
                <Table.Tr key={row.stepId}>
                  <Table.Td>{row.step}</Table.Td>
                  <Table.Td>{row.answer}</Table.Td>
                  <Table.Td>{row.note}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      ))}
      {canAttach && !open && (
        <Group>
          <Button
            variant="light"
            onClick={() => {
              void definitions.refetch();
              setOpen(true);
            }}
          >
            {t('checklist.attach')}
          </Button>
        </Group>
      )}
      {open && definition && (
        <Card withBorder>
          <Title order={3} mb="xs">
            {definition.title[lang]}
          </Title>
          {problem && (
            <Alert color="red" role="alert" mb="xs">
              {problem}
            </Alert>
          )}
          <ChecklistForm
            definition={definition}
            value={values}
            onChange={setValues}
            sites={ticket.sites.map((s) => ({ value: s.id, label: `${s.name} (${s.postcode})` }))}
            errorAt={errorAt}
          />
          <Group mt="md">
            <Button onClick={() => void attach()}>{t('checklist.save')}</Button>
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('checklist.cancel')}
            </Button>
          </Group>
        </Card>
      )}
    </Stack>
  );
}
