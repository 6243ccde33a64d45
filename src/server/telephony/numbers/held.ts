import { formatNational } from '../../../core/telephony/numbers';
import type { Executor } from '../../db/client';
import { extensionOf, numbersOfAssignee } from './repository';

/** What of the number plan a user holds (its numbers and extension), in words, for a refusal. */
export async function telephonyHeldBy(db: Executor, userId: string): Promise<string[]> {
  const assignee = { type: 'user' as const, id: userId };
  const [held, extension] = await Promise.all([numbersOfAssignee(db, assignee), extensionOf(db, assignee)]);
  return [...held.map((n) => formatNational(n.number)), ...(extension ? [extension] : [])];
}
