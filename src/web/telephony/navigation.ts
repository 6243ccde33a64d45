import type { NavSection } from '../shell/navigation';
import { featureNavigation } from './features/navigation';
import { numberPlanNavigation } from './numbers/navigation';

/** Telephony's entries in the side navigation, gathered from its parts. */
const PARTS: readonly NavSection[] = [numberPlanNavigation, featureNavigation];

export const telephonyNavigation: NavSection = (me, enterpriseId) =>
  PARTS.flatMap((part) => part(me, enterpriseId));
