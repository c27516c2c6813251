import { createContext, useContext } from 'react';
import type { AppInfo, Settings } from '../../../main/api/contract';

export interface AppContextValue {
  info: AppInfo;
  settings: Settings;
  updateSettings: (patch: Partial<Settings>) => Promise<void>;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useAppContext(): AppContextValue {
  const v = useContext(AppContext);
  if (!v) throw new Error('useAppContext outside the app shell');
  return v;
}
