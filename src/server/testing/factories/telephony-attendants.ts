import { createHash, randomUUID } from 'node:crypto';
import type { AttendantMenus } from '../../../core/telephony/attendants';
import { wavFile } from '../../../core/telephony/audio-test-files';
import type { Executor } from '../../db/client';
import { audioFiles, autoAttendants } from '../../db/schema';

let next = 0;

/** The smallest menus an attendant can have: one root menu that dials by name. */
export const simpleMenus = (): AttendantMenus => ({
  businessHours: {
    menus: [
      {
        id: 'root',
        name: 'Hoofdmenu',
        greeting: { kind: 'text', text: 'Welkom.' },
        timeoutSeconds: 10,
        maxRepeats: 2,
        keys: { '1': { kind: 'dial_by_name' } },
        timeoutAction: { kind: 'dial_by_extension' },
        invalidAction: { kind: 'dial_by_extension' },
      },
    ],
  },
  afterHours: null,
  holiday: null,
});

/** Throw-away auto attendants and audio files. */
export const attendantFactories = {
  async attendant(db: Executor, enterpriseId: string, siteId: string) {
    next += 1;
    const row = {
      id: randomUUID(),
      enterpriseId,
      siteId,
      name: `Keuzemenu ${next}-${randomUUID().slice(0, 8)}`,
      menus: simpleMenus(),
    };
    await db.insert(autoAttendants).values(row);
    return row;
  },
  async audio(db: Executor, enterpriseId: string, siteId: string | null) {
    next += 1;
    const content = Buffer.from(wavFile({ ms: 200 }));
    const row = {
      id: randomUUID(),
      enterpriseId,
      siteId,
      name: `Geluid ${next}`,
      format: 'wav' as const,
      codec: 'pcm',
      sampleRate: 8000,
      channels: 1,
      durationMs: 200,
      sizeBytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      content,
    };
    await db.insert(audioFiles).values(row);
    return row;
  },
};
