import { Alert, Badge, Card, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnjustifiedReportDto } from '../../../core/servicedesk/announced-works';
import { useCurrentEnterprise } from '../../directory/enterprises/enterprise-layout';
import { type Column, DataTable } from '../../ui/data-table/data-table';
import { errorText } from '../../ui/error-text';
import { PageHeader } from '../../ui/page-header';
import { UNJUSTIFIED_REPORT, worksApi } from './queries';

type Month = UnjustifiedReportDto['months'][number];

const monthName = (month: number, locale: string) =>
  new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2026, month - 1, 1));

/** Bars per month: all incidents, and the unjustified part of them in red (an SVG with a text alternative). */
function MonthBars({ months, locale, label }: { months: readonly Month[]; locale: string; label: string }) {
  const max = Math.max(1, ...months.map((m) => m.incidents));
  const width = 36;
  const height = 140;
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${months.length * width} ${height + 20}`}
      width="100%"
      height={180}
    >
      {months.map((m, i) => {
        const all = (m.incidents / max) * height;
        const bad = (m.unjustified / max) * height;
        const x = i * width + 6;
        return (
          <g key={m.month}>
            <title>{`${monthName(m.month, locale)}: ${m.incidents} / ${m.unjustified}`}</title>
            <rect x={x} y={height - all} width={width - 12} height={all} fill="var(--mantine-color-blue-3)" />
            <rect x={x} y={height - bad} width={width - 12} height={bad} fill="var(--mantine-color-red-6)" />
            <text
              x={x + (width - 12) / 2}
              y={height + 14}
              fontSize={10}
              textAnchor="middle"
              fill="currentColor"
            >
              {monthName(m.month, locale)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/**
 * The yearly report of an enterprise's unjustified incidents (guide §3.2.4): the share of the year's
 * incidents the desk found caused by the customer, flagged above the configured threshold, per month.
 */
export function UnjustifiedReportPage() {
  const { t, i18n } = useTranslation();
  const enterprise = useCurrentEnterprise();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const report = useQuery({
    queryKey: [...UNJUSTIFIED_REPORT, enterprise.id, year],
    queryFn: () => worksApi.report(enterprise.id, year),
  });
  const r = report.data;
  const columns: Column<Month>[] = [
    {
      key: 'month',
      priority: 'essential',
      header: t('report.month'),
      cell: (m) => monthName(m.month, i18n.language),
      sortValue: (m) => m.month,
    },
    {
      key: 'incidents',
      priority: 'essential',
      header: t('report.incidents'),
      cell: (m) => m.incidents,
      sortValue: (m) => m.incidents,
    },
    {
      key: 'unjustified',
      priority: 'essential',
      header: t('report.unjustified'),
      cell: (m) => m.unjustified,
      sortValue: (m) => m.unjustified,
    },
  ];
  const stat = (label: string, value: string, testId: string) => (
    <Card withBorder>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700} data-testid={testId}>
        {value}
      </Text>
    </Card>
  );
  return (
    <>
      <PageHeader title={t('report.title')} description={t('report.description')} />
      <Group mb="md">
        <Select
          label={t('report.year')}
          data={Array.from({ length: 5 }, (_, i) => String(thisYear - i))}
          value={String(year)}
          onChange={(v) => setYear(Number(v ?? thisYear))}
          allowDeselect={false}
          w={140}
        />
      </Group>
      {report.error && <Alert color="red">{errorText(t, report.error)}</Alert>}
      {r && (
        <Stack>
          <Group>
            <Badge size="lg" color={r.flagged ? 'red' : 'green'} variant="light" data-testid="report-flag">
              {r.flagged
                ? t('report.flagged', { threshold: r.thresholdPercent })
                : t('report.notFlagged', { threshold: r.thresholdPercent })}
            </Badge>
          </Group>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            {stat(t('report.incidents'), String(r.incidents), 'report-incidents')}
            {stat(t('report.unjustified'), String(r.unjustified), 'report-unjustified')}
            {stat(t('report.share'), `${r.sharePercent.toLocaleString(i18n.language)} %`, 'report-share')}
            {stat(t('report.duringWorks'), String(r.duringAnnouncedWorks), 'report-during-works')}
          </SimpleGrid>
          <Card withBorder>
            <Title order={3} mb="xs">
              {t('report.perMonth')}
            </Title>
            <MonthBars months={r.months} locale={i18n.language} label={t('report.chartLabel')} />
            <Group gap="md">
              <Text size="xs">
                <span style={{ color: 'var(--mantine-color-blue-3)' }}>■</span> {t('report.legendAll')}
              </Text>
              <Text size="xs">
                <span style={{ color: 'var(--mantine-color-red-6)' }}>■</span> {t('report.legendUnjustified')}
              </Text>
            </Group>
          </Card>
          <DataTable
            label={t('report.tableLabel')}
            columns={columns}
            rowKey={(m) => String(m.month)}
            rows={r.months}
            loading={false}
            error={null}
            exportAll={async () => [...r.months]}
            empty=""
          />
        </Stack>
      )}
    </>
  );
}
