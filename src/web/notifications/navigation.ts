import type { NavSection } from '../shell/navigation';
import { outboxNavigation } from './outbox/navigation';

/** The notifications' entries in the side navigation, gathered from its parts. */
const PARTS: readonly NavSection[] = [outboxNavigation];

export const notificationsNavigation: NavSection = (me, enterpriseId) =>
  PARTS.flatMap((part) => part(me, enterpriseId));
