import { createContext, type ReactNode, useContext } from 'react';
import type { Home } from '../api/types.js';

const Context = createContext<Home | null>(null);

export function HomeProvider({ home, children }: { home: Home; children: ReactNode }) {
  return <Context.Provider value={home}>{children}</Context.Provider>;
}

/** The home the customer is looking at. */
export function useHome(): Home {
  const home = useContext(Context);
  if (!home) throw new Error('useHome outside HomeProvider');
  return home;
}
