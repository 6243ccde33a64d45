import type { Json } from '../../core/audit/diff';
import type { AuditNamesDto } from '../../core/audit/schemas';
import { type NamedType, namedTypeOf, referencedIds, referenceTypeOf } from '../../core/audit/vocabulary';
import { isId } from '../../core/ids';
import type { Executor } from '../db/client';
import { type AuditRow, findLoggedNames, findNames, type NamesScope } from './repository';

type Wanted = Map<NamedType, Set<string>>;

const isSnapshot = (value: unknown): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The ids a page of events refers to, by kind: each event's entity, actor, token and location,
 * and the reference fields of its snapshots (siteId, siteIds, accountId, recordedBy...).
 */
export function idsOfPage(rows: readonly AuditRow[]): Wanted {
  const wanted: Wanted = new Map();
  const want = (type: NamedType, id: string | null) => {
    if (id === null || !isId(id)) return;
    let set = wanted.get(type);
    if (set === undefined) {
      set = new Set();
      wanted.set(type, set);
    }
    set.add(id);
  };
  for (const row of rows) {
    const entityType = namedTypeOf(row.entityType);
    if (entityType !== undefined) want(entityType, row.entityId);
    want('account', row.actorId);
    want('api_token', row.tokenId);
    want('enterprise', row.enterpriseId);
    want('site', row.siteId);
    want('partner', row.partnerId);
    for (const snapshot of [row.before, row.after]) {
      if (!isSnapshot(snapshot)) continue;
      for (const [field, value] of Object.entries(snapshot)) {
        const type = referenceTypeOf(field);
        if (type !== undefined) for (const id of referencedIds(value)) want(type, id);
      }
    }
  }
  return wanted;
}

/**
 * The names of the entities a page refers to that the reader may see: one query per kind of
 * entity for the whole page, then one on the log for the ids left (entities since removed,
 * named as the reader's part of the log last had them). Ids outside the reader's scope stay
 * unnamed, so a page never tells a name the reader could not read elsewhere.
 */
export async function namesOfPage(
  db: Executor,
  scope: NamesScope,
  rows: readonly AuditRow[],
): Promise<AuditNamesDto> {
  const wanted = idsOfPage(rows);
  const names: AuditNamesDto = {};
  const found = await Promise.all([...wanted].map(([type, ids]) => findNames(db, scope, type, [...ids])));
  for (const row of found.flat()) names[row.id] = { name: row.name, detail: row.detail, deleted: false };
  const left = new Map<NamedType, string[]>();
  for (const [type, ids] of wanted) {
    const missing = [...ids].filter((id) => !Object.hasOwn(names, id));
    if (missing.length > 0) left.set(type, missing);
  }
  if (left.size > 0) {
    for (const row of await findLoggedNames(db, scope, left)) {
      names[row.id] = { name: row.name, detail: row.detail, deleted: row.deleted };
    }
  }
  return names;
}
