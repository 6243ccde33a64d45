import { auditShape } from '../../../core/audit/shape';
import { type AudioDto, CONTENT_TYPE_OF } from '../../../core/telephony/audio';
import type { AudioRow } from './repository';

export function presentAudio(row: AudioRow): AudioDto {
  return {
    id: row.id,
    enterpriseId: row.enterpriseId,
    siteId: row.siteId,
    name: row.name,
    format: row.format,
    codec: row.codec,
    contentType: CONTENT_TYPE_OF[row.format],
    sampleRate: row.sampleRate,
    channels: row.channels,
    durationMs: row.durationMs,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    createdAt: row.createdAt.toISOString(),
  };
}

/** What the audit log keeps of an audio file: its facts and checksum, never its content. */
export const audioAudit = auditShape<AudioRow>()({
  entityType: 'audio',
  fields: ['name', 'siteId', 'format', 'codec', 'durationMs', 'sizeBytes', 'sha256'],
  locate: (a) => ({ entityId: a.id, enterpriseId: a.enterpriseId, siteId: a.siteId }),
});
