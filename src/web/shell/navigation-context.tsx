import { createContext, useContext } from 'react';
import type { NavItem } from './navigation';

const NavigationContext = createContext<NavItem[] | null>(null);

/** The shell's navigation entries, for pages that link to their sections (start page, overview). */
export const NavigationProvider = NavigationContext.Provider;

export function useNavigation(): NavItem[] {
  const items = useContext(NavigationContext);
  if (items === null) throw new Error('useNavigation outside the portal shell');
  return items;
}
