import { createContext, useContext } from 'react';
import type { PersonasClient, PersonasOpened } from '../../workspace-api';

/** The page's worker, started once for all its tabs (it reads the workspace once). */
export type PersonasWorker = { client: PersonasClient | null; opened: PersonasOpened | null; error: unknown; generation: number };

export const PersonasWorkerContext = createContext<PersonasWorker>({ client: null, opened: null, error: null, generation: 0 });

export const usePersonasWorker = (): PersonasWorker => useContext(PersonasWorkerContext);
