import {
  ActionIcon,
  Button,
  FileInput,
  Group,
  Paper,
  Progress,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash, IconUpload } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { AttendantDto } from '../../../core/telephony/attendants';
import { formatNational } from '../../../core/telephony/numbers';
import { mayWrite } from '../../access/permissions';
import { useMe } from '../../access/session';
import { isApiError } from '../../api/api-error';
import { useCurrentEnterprise } from '../../directory/enterprises/enterprise-layout';
import { useSites } from '../../directory/sites/queries';
import { SiteFilter } from '../../directory/sites/site-filter';
import { enterprisePath } from '../../shell/navigation';
import { CreateButton } from '../../ui/create-button';
import { type Column, DataTable } from '../../ui/data-table/data-table';
import { pagedRows } from '../../ui/data-table/paged-rows';
import { errorText, issueText } from '../../ui/error-text';
import { PageHeader } from '../../ui/page-header';
import { RemovalDialog } from '../../ui/removal-dialog';
import { RowMenu } from '../../ui/row-menu';
import { useRemoval } from '../../ui/use-removal';
import { useSearch } from '../../ui/use-search';
import { ATTENDANTS, AUDIO, attendantsApi, uploadAudio, useAttendants, useAudio } from './queries';

const menuCount = (a: AttendantDto) =>
  a.menus.businessHours.menus.length +
  (a.menus.afterHours?.menus.length ?? 0) +
  (a.menus.holiday?.menus.length ?? 0);

const seconds = (ms: number | null) => (ms === null ? '' : `${(ms / 1000).toFixed(1)} s`);

/** The enterprise's greeting audio: upload with progress, a player per file, removal. */
function AudioPanel({ enterpriseId, canWrite }: { enterpriseId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const audio = useAudio(enterpriseId);
  const sites = useSites(enterpriseId, {}, { pageSize: 200 });
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState('');
  const [siteId, setSiteId] = useState<string | null>(me.siteIds?.[0] ?? null);
  const [progress, setProgress] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: (id: string) => attendantsApi.removeAudio(id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: AUDIO });
      notifications.show({ color: 'green', message: t('attendants.audio.removed') });
    },
    onError: (e) => notifications.show({ color: 'red', message: errorText(t, e) }),
  });
  const send = async () => {
    if (file === null) return;
    setFailure(null);
    setProgress(0);
    const label = name.trim() || file.name.replace(/\.[^.]+$/, '');
    try {
      await uploadAudio({
        enterpriseId,
        file,
        name: label,
        siteId,
        onProgress: setProgress,
      });
      notifications.show({ color: 'green', message: t('attendants.audio.uploaded', { name: label }) });
      setFile(null);
      setName('');
      await queryClient.invalidateQueries({ queryKey: AUDIO });
    } catch (e) {
      const fileIssue = isApiError(e)
        ? e.issues.find((i) => i.path === 'file' || i.path === 'siteId')
        : undefined;
      setFailure(fileIssue ? `${file.name}: ${issueText(t, fileIssue)}` : errorText(t, e));
    } finally {
      setProgress(null);
    }
  };
  return (
    <Paper withBorder p="md" mt="xl" component="section" aria-labelledby="audio-title">
      <Title order={2} size="h3" id="audio-title">
        {t('attendants.audio.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('attendants.audio.description')}
      </Text>
      {canWrite && (
        <Stack gap="xs" mb="md">
          <Group align="flex-end">
            <FileInput
              label={t('attendants.audio.file')}
              value={file}
              onChange={setFile}
              accept="audio/wav,audio/x-wav,audio/mpeg,.wav,.mp3"
              w={260}
              clearable
            />
            <TextInput
              label={t('attendants.audio.name')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              w={220}
            />
            <Select
              label={t('attendants.audio.site')}
              placeholder={t('attendants.audio.wholeEnterprise')}
              clearable={me.siteIds === null}
              data={sites.rows.map((s) => ({ value: s.id, label: s.name }))}
              value={siteId}
              onChange={setSiteId}
              w={200}
            />
            <Button
              leftSection={<IconUpload size={16} aria-hidden="true" />}
              disabled={file === null || progress !== null}
              onClick={() => void send()}
            >
              {t('attendants.audio.upload')}
            </Button>
          </Group>
          {progress !== null && (
            <Progress value={progress * 100} aria-label={t('attendants.audio.uploading')} animated />
          )}
          {failure && (
            <Text c="red" size="sm" role="alert">
              {failure}
            </Text>
          )}
        </Stack>
      )}
      {audio.rows.length === 0 ? (
        <Text size="sm">{t('attendants.audio.empty')}</Text>
      ) : (
        <Table aria-label={t('attendants.audio.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('attendants.audio.name')}</Table.Th>
              <Table.Th>{t('attendants.audio.format')}</Table.Th>
              <Table.Th>{t('attendants.audio.duration')}</Table.Th>
              <Table.Th>{t('attendants.audio.size')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {audio.rows.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{a.name}</Table.Td>
                <Table.Td>
                  {a.format.toUpperCase()} ({a.codec}, {a.sampleRate / 1000} kHz)
                </Table.Td>
                <Table.Td>{seconds(a.durationMs)}</Table.Td>
                <Table.Td>{Math.ceil(a.sizeBytes / 1024)} KiB</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    {/* biome-ignore lint/a11y/useMediaCaption: a greeting has no captions; its text is its name */}
                    <audio
                      controls
                      preload="none"
                      src={`/api/audio/${a.id}/content`}
                      aria-label={t('attendants.audio.play', { name: a.name })}
                    />
                    {canWrite && (
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('attendants.audio.remove', { name: a.name })}
                        onClick={() => remove.mutate(a.id)}
                      >
                        <IconTrash size={16} aria-hidden="true" />
                      </ActionIcon>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

/** The enterprise's auto attendants: a list to the editor, and their audio below. */
export function AttendantsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const enterprise = useCurrentEnterprise();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const search = useSearch();
  const siteId = params.get('site');
  const sites = useSites(enterprise.id, {}, { pageSize: 200 });
  const list = useAttendants(enterprise.id, { q: search.query, siteId });
  const canWrite = mayWrite(me, 'auto-attendants.write');
  const removal = useRemoval(
    (a: AttendantDto) => attendantsApi.remove(a.id),
    [ATTENDANTS],
    t('attendants.removed'),
  );
  const editorOf = (id: string) => enterprisePath(enterprise.id, `auto-attendants/${id}`);
  const columns: Column<AttendantDto>[] = [
    {
      key: 'name',
      priority: 'essential',
      header: t('attendants.name'),
      cell: (a) => a.name,
      sortValue: (a) => a.name,
    },
    {
      key: 'site',
      priority: 'medium',
      header: t('attendants.site'),
      cell: (a) => a.siteName,
      sortValue: (a) => a.siteName,
    },
    {
      key: 'extension',
      priority: 'high',
      header: t('attendants.extension'),
      cell: (a) => a.extension ?? '',
      sortValue: (a) => a.extension,
    },
    {
      key: 'number',
      priority: 'high',
      header: t('attendants.number'),
      cell: (a) => (a.number ? formatNational(a.number) : ''),
      csv: (a) => a.number ?? '',
      sortValue: (a) => a.number,
    },
    { key: 'menus', priority: 'low', header: t('attendants.menus'), cell: menuCount, sortValue: menuCount },
  ];
  return (
    <>
      <PageHeader
        title={t('attendants.title')}
        description={t('attendants.description', { enterprise: enterprise.name })}
      />
      <DataTable
        label={t('attendants.tableLabel', { enterprise: enterprise.name })}
        columns={columns}
        rowKey={(a) => a.id}
        {...pagedRows(list)}
        search={{
          value: search.value,
          onChange: search.onChange,
          placeholder: t('attendants.searchPlaceholder'),
        }}
        filters={
          <SiteFilter
            sites={sites.rows}
            value={siteId}
            onChange={(value) => {
              const next = new URLSearchParams(params);
              if (value) next.set('site', value);
              else next.delete('site');
              setParams(next, { replace: true });
            }}
          />
        }
        toolbar={
          canWrite && (
            <CreateButton onClick={() => void navigate(editorOf('new'))}>
              {t('attendants.create')}
            </CreateButton>
          )
        }
        rowActions={(a) => (
          <RowMenu
            name={a.name}
            onEdit={() => void navigate(editorOf(a.id))}
            onRemove={canWrite ? () => removal.ask(a) : undefined}
          />
        )}
        empty={t('attendants.empty')}
      />
      <AudioPanel enterpriseId={enterprise.id} canWrite={mayWrite(me, 'audio.write')} />
      <RemovalDialog
        removal={removal}
        title={t('attendants.removeTitle')}
        message={t('attendants.removeText', { name: removal.target?.name ?? '' })}
      />
    </>
  );
}
