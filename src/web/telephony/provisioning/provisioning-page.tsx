import {
  Alert,
  Button,
  Card,
  FileInput,
  Group,
  Loader,
  Progress,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ImportResult, type RowError, SHEET_NAMES } from '../../../core/telephony/provisioning/sheets';
import { mayWrite } from '../../access/permissions';
import { useMe } from '../../access/session';
import { useCurrentEnterprise } from '../../directory/enterprises/enterprise-layout';
import { errorText } from '../../ui/error-text';
import { PageHeader } from '../../ui/page-header';
import { ImportErrorsTable, ImportPlanTable } from './import-tables';
import { uploadImport } from './upload';

type Phase = { kind: 'idle' } | { kind: 'sending'; share: number } | { kind: 'processing' };

/**
 * The provisioning form (guide §2.3): download the template or an export of a sheet (CSV) or of
 * every sheet (XLSX); upload a file, see what it would change (a dry run) or every wrong row, then
 * apply it, all or nothing. A large file shows how much has been sent, then that it is processed.
 */
export function ProvisioningPage() {
  const { t } = useTranslation();
  const me = useMe();
  const enterprise = useCurrentEnterprise();
  const queryClient = useQueryClient();
  const [sheet, setSheet] = useState<string>('users');
  const [format, setFormat] = useState<'csv' | 'xlsx'>('csv');
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [plan, setPlan] = useState<ImportResult | null>(null);
  const [rows, setRows] = useState<RowError[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const sheetOptions = SHEET_NAMES.map((s) => ({ value: s, label: t(`provisioning.sheets.${s}`) }));
  const download = (kind: 'export' | 'import-template') => {
    const query = new URLSearchParams({ format });
    if (format === 'csv' || sheet !== 'all') query.set('sheet', sheet);
    return `/api/enterprises/${enterprise.id}/${kind}?${query}`;
  };
  const isXlsx = file?.name.toLowerCase().endsWith('.xlsx') ?? false;

  const run = async (dryRun: boolean) => {
    if (file === null) return;
    setFailure(null);
    setRows(null);
    if (dryRun) setPlan(null);
    setPhase({ kind: 'sending', share: 0 });
    const outcome = await uploadImport({
      enterpriseId: enterprise.id,
      file,
      // A workbook brings its own sheets; a CSV file is the chosen one.
      sheet: isXlsx ? null : sheet,
      dryRun,
      onProgress: (share) => setPhase(share < 1 ? { kind: 'sending', share } : { kind: 'processing' }),
    });
    setPhase({ kind: 'idle' });
    if (outcome.kind === 'invalid') setRows(outcome.rows);
    else if (outcome.kind === 'error') setFailure(errorText(t, outcome.error));
    else if (dryRun) setPlan(outcome.result);
    else {
      setPlan(null);
      setFile(null);
      const { create, update } = outcome.result.counts;
      notifications.show({ color: 'green', message: t('provisioning.applied', { create, update }) });
      await queryClient.invalidateQueries();
    }
  };
  const busy = phase.kind !== 'idle';
  const changes = plan?.rows.filter((r) => r.action !== 'unchanged') ?? [];

  return (
    <Stack gap="xl">
      <PageHeader
        title={t('provisioning.title')}
        description={t('provisioning.description', { enterprise: enterprise.name })}
      />
      <Card withBorder maw={720}>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('provisioning.download.title')}
          </Title>
          <Group align="end">
            <Select
              label={t('provisioning.sheet')}
              data={
                format === 'xlsx'
                  ? [{ value: 'all', label: t('provisioning.sheets.all') }, ...sheetOptions]
                  : sheetOptions
              }
              value={format === 'csv' && sheet === 'all' ? 'users' : sheet}
              onChange={(v) => setSheet(v ?? 'users')}
              allowDeselect={false}
              w={220}
            />
            <SegmentedControl
              aria-label={t('provisioning.format')}
              data={[
                { value: 'csv', label: 'CSV' },
                { value: 'xlsx', label: 'Excel (XLSX)' },
              ]}
              value={format}
              onChange={(v) => setFormat(v === 'xlsx' ? 'xlsx' : 'csv')}
            />
          </Group>
          <Group>
            <Button component="a" variant="default" href={download('import-template')} download>
              {t('provisioning.download.template')}
            </Button>
            <Button component="a" variant="default" href={download('export')} download>
              {t('provisioning.download.export')}
            </Button>
          </Group>
        </Stack>
      </Card>

      {mayWrite(me, 'provisioning.write') && (
        <Card withBorder maw={960}>
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('provisioning.upload.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('provisioning.upload.hint')}
            </Text>
            <Group align="end">
              <FileInput
                label={t('provisioning.upload.file')}
                placeholder={t('provisioning.upload.choose')}
                accept=".csv,.xlsx,text/csv"
                value={file}
                onChange={(f) => {
                  setFile(f);
                  setPlan(null);
                  setRows(null);
                  setFailure(null);
                }}
                w={320}
                clearable
              />
              {!isXlsx && (
                <Select
                  label={t('provisioning.sheet')}
                  data={sheetOptions}
                  value={sheet === 'all' ? 'users' : sheet}
                  onChange={(v) => setSheet(v ?? 'users')}
                  allowDeselect={false}
                  w={220}
                />
              )}
              <Button onClick={() => void run(true)} disabled={file === null || busy}>
                {t('provisioning.upload.check')}
              </Button>
            </Group>
            {phase.kind === 'sending' && (
              <Stack gap={4} aria-live="polite">
                <Text size="sm">
                  {t('provisioning.upload.sending', { percent: Math.round(phase.share * 100) })}
                </Text>
                <Progress value={phase.share * 100} aria-label={t('provisioning.upload.progress')} />
              </Stack>
            )}
            {phase.kind === 'processing' && (
              <Group gap="xs" aria-live="polite">
                <Loader size="sm" />
                <Text size="sm">{t('provisioning.upload.processing')}</Text>
              </Group>
            )}
            {failure && <Alert color="red">{failure}</Alert>}
            {rows && (
              <Stack gap="xs" data-testid="import-errors">
                <Alert color="red" title={t('provisioning.errors.title', { count: rows.length })}>
                  {t('provisioning.errors.nothingChanged')}
                </Alert>
                <ImportErrorsTable rows={rows} />
              </Stack>
            )}
            {plan && (
              <Stack gap="xs" data-testid="import-plan">
                <Alert color="blue" title={t('provisioning.plan.title')}>
                  {t('provisioning.plan.counts', plan.counts)}
                  {plan.newSipLines > 0 && (
                    <Text size="sm" mt="xs" data-testid="import-new-sip-lines">
                      {t('provisioning.plan.newSipLines', { count: plan.newSipLines })}
                    </Text>
                  )}
                </Alert>
                {changes.length > 0 && <ImportPlanTable rows={changes} />}
                <Group>
                  <Button onClick={() => void run(false)} disabled={busy || changes.length === 0}>
                    {t('provisioning.plan.apply')}
                  </Button>
                </Group>
              </Stack>
            )}
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
