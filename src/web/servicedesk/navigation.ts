import type { NavSection } from '../shell/navigation';
import { changeNavigation } from './changes/navigation';
import { configurationNavigation } from './configuration/navigation';
import { repairNavigation } from './repairs/navigation';
import { slaNavigation } from './sla/navigation';
import { ticketNavigation } from './tickets/navigation';
import { worksNavigation } from './works/navigation';

/** The service desk's entries in the side navigation (its own group), gathered from its parts. */
const PARTS: readonly NavSection[] = [
  ticketNavigation,
  changeNavigation,
  worksNavigation,
  repairNavigation,
  configurationNavigation,
  slaNavigation,
];

export const servicedeskNavigation: NavSection = (me, enterpriseId) =>
  PARTS.flatMap((part) => part(me, enterpriseId));
