import { Button, Group, Progress, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../error-text';
import { buildCsv, type CsvCell, csvFileName } from './csv';

function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export type CsvColumn<T> = { header: string; value: (row: T) => CsvCell };

/** Exports every matching row, page after page, showing how far it got. */
export function ExportButton<T>({
  fetchAll,
  columns,
  fileName,
}: {
  fetchAll: (onProgress: (loaded: number) => void, signal: AbortSignal) => Promise<T[]>;
  columns: readonly CsvColumn<T>[];
  fileName: string;
}) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);

  async function run() {
    setError(null);
    setLoaded(0);
    controller.current = new AbortController();
    try {
      const rows = await fetchAll(setLoaded, controller.current.signal);
      const csv = buildCsv(
        columns.map((c) => c.header),
        rows.map((row) => columns.map((c) => c.value(row))),
      );
      download(csvFileName(fileName, new Date()), csv);
    } catch (caught) {
      if (!(caught instanceof DOMException && caught.name === 'AbortError')) setError(errorText(t, caught));
    } finally {
      setLoaded(null);
      controller.current = null;
    }
  }

  if (loaded !== null) {
    return (
      <Group gap="xs" wrap="nowrap" role="status" aria-live="polite">
        <Progress value={100} animated striped w={120} aria-label={t('table.exporting')} />
        <Text size="sm">{t('table.exportProgress', { count: loaded })}</Text>
        <Button size="xs" variant="subtle" onClick={() => controller.current?.abort()}>
          {t('common.cancel')}
        </Button>
      </Group>
    );
  }
  return (
    <Group gap="xs">
      <Button
        variant="default"
        leftSection={<IconDownload size={16} aria-hidden="true" />}
        onClick={() => void run()}
      >
        {t('table.export')}
      </Button>
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
    </Group>
  );
}
