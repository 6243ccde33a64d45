import { randomUUID } from 'node:crypto';
import type { DeviceKind } from '../../../core/telephony/devices';
import type { Executor } from '../../db/client';
import { deviceLines, deviceModels, devices } from '../../db/schema';
import { digestsOf } from '../../telephony/devices/sip-credentials';

let next = 0;

/** A MAC no other throw-away device has (locally administered, unicast: 02:…). */
export function freshMac(): string {
  next += 1;
  return `02${next.toString(16).padStart(10, '0')}`;
}

/** Throw-away catalogue models and devices (each device with one line). */
export const deviceFactories = {
  async deviceModel(db: Executor, options: { kind?: DeviceKind; maxLines?: number; active?: boolean } = {}) {
    next += 1;
    const row = {
      id: randomUUID(),
      vendor: 'Testvendor',
      model: `T-${next}`,
      kind: options.kind ?? ('desk_phone' as const),
      maxLines: options.maxLines ?? 2,
      active: options.active ?? true,
    };
    await db.insert(deviceModels).values(row);
    return row;
  },

  async device(
    db: Executor,
    enterpriseId: string,
    siteId: string,
    options: { modelId?: string; userId?: string | null } = {},
  ) {
    const modelId = options.modelId ?? (await deviceFactories.deviceModel(db)).id;
    const row = {
      id: randomUUID(),
      enterpriseId,
      siteId,
      userId: options.userId ?? null,
      modelId,
      mac: freshMac(),
      ownership: 'rented' as const,
      ownershipDate: '2026-01-01',
    };
    await db.insert(devices).values(row);
    const sipUsername = `t${row.mac}`;
    await db.insert(deviceLines).values({
      deviceId: row.id,
      line: 1,
      userId: row.userId,
      sipUsername,
      ...digestsOf(sipUsername, 'centrale', 'not-a-real-password'),
      credentialsSetAt: new Date(),
    });
    return row;
  },
};
