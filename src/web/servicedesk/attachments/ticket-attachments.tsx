import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  FileInput,
  Group,
  Progress,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPaperclip, IconUpload } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptsComments, type TicketDetailDto } from '../../../core/servicedesk/tickets';
import { isProviderStaff, mayWrite } from '../../access/permissions';
import { useMe } from '../../access/session';
import { isApiError } from '../../api/api-error';
import { errorText, issueText } from '../../ui/error-text';
import { formatDateTime } from '../../ui/format';
import { ATTACHMENTS, attachmentsApi } from './queries';

const sizeText = (bytes: number): string =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1048576
      ? `${Math.ceil(bytes / 1024)} KiB`
      : `${(bytes / 1048576).toFixed(1)} MiB`;

/**
 * A ticket's attachments (screenshots, photos of the router's LEDs, SIP traces, logs) as a table
 * of downloads, and, while the ticket is open, a file to add with its progress. The desk may keep
 * a file internal; a customer never sees those.
 */
export function TicketAttachments({ ticket }: { ticket: TicketDetailDto }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const desk = isProviderStaff(me);
  const queryClient = useQueryClient();
  const list = useQuery({
    queryKey: [...ATTACHMENTS, ticket.id],
    queryFn: () => attachmentsApi.ofTicket(ticket.id),
  });
  const [file, setFile] = useState<File | null>(null);
  const [internal, setInternal] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const items = list.data?.items ?? [];
  const canAdd = mayWrite(me, 'ticket-comments.write');
  const send = async () => {
    if (file === null) return;
    setFailure(null);
    setProgress(0);
    try {
      const made = await attachmentsApi.upload({
        ticketId: ticket.id,
        file,
        visibility: desk && internal ? 'internal' : 'customer',
        onProgress: setProgress,
      });
      notifications.show({ color: 'green', message: t('attachments.uploaded', { name: made.name }) });
      setFile(null);
      setInternal(false);
      await queryClient.invalidateQueries({ queryKey: [...ATTACHMENTS, ticket.id] });
    } catch (e) {
      const fileIssue = isApiError(e) ? e.issues.find((i) => i.path === 'file') : undefined;
      setFailure(fileIssue ? `${file.name}: ${issueText(t, fileIssue)}` : errorText(t, e));
    } finally {
      setProgress(null);
    }
  };
  return (
    <Stack gap="xs" mb="md" component="section" aria-labelledby="attachments-title">
      <Title order={3} id="attachments-title">
        {t('attachments.title')}
      </Title>
      {items.length === 0 ? (
        <Text size="sm">{t('attachments.none')}</Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('attachments.name')}</Table.Th>
              <Table.Th>{t('attachments.size')}</Table.Th>
              <Table.Th>{t('attachments.by')}</Table.Th>
              <Table.Th>{t('attachments.at')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((a) => (
              <Table.Tr key={a.id} bg={a.visibility === 'internal' ? 'yellow.0' : undefined}>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <IconPaperclip size={14} aria-hidden="true" />
                    <Anchor
                      href={attachmentsApi.contentUrl(a.id)}
                      download={a.name}
                      aria-label={t('attachments.download', { name: a.name })}
                    >
                      {a.name}
                    </Anchor>
                    {a.visibility === 'internal' && (
                      <Badge size="xs" color="yellow" variant="light">
                        {t('attachments.internalBadge')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{sizeText(a.sizeBytes)}</Table.Td>
                <Table.Td>{a.authorName ?? t('ticket.unknownBy')}</Table.Td>
                <Table.Td>{formatDateTime(a.createdAt, i18n.language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canAdd &&
        (acceptsComments(ticket.status) ? (
          <Stack gap="xs">
            <Group align="flex-end">
              <FileInput
                label={t('attachments.file')}
                description={t('attachments.fileHint')}
                value={file}
                onChange={setFile}
                accept=".pdf,.png,.jpg,.jpeg,.gif,.webp,.heic,.pcap,.pcapng,.wav,.mp3,.txt,.log,text/plain,image/*,application/pdf"
                w={320}
                clearable
              />
              <Button
                leftSection={<IconUpload size={16} aria-hidden="true" />}
                disabled={file === null || progress !== null}
                onClick={() => void send()}
              >
                {t('attachments.upload')}
              </Button>
            </Group>
            {desk && (
              <Checkbox
                label={t('attachments.internal')}
                checked={internal}
                onChange={(e) => setInternal(e.currentTarget.checked)}
              />
            )}
            {progress !== null && (
              <Progress value={progress * 100} aria-label={t('attachments.uploading')} animated />
            )}
            {failure && (
              <Alert color="red" role="alert">
                {failure}
              </Alert>
            )}
          </Stack>
        ) : (
          <Text size="sm">{t('attachments.closed')}</Text>
        ))}
    </Stack>
  );
}
