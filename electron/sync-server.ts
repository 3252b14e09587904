import { readFile } from 'node:fs/promises';
import type { IpcHandlers } from '../shared/ipc';
import { writeFileAtomic } from './atomic-file';
import { syncServerOrigin } from './security';

/**
 * The one sync server the window may connect to, remembered across starts: the CSP's connect-src
 * names it and nothing else. Only an https URL (or http on this machine) is accepted.
 */
export function syncServerSetting(path: string) {
  let origin: string | null = null;
  return {
    origin: () => origin,
    /** Reads the remembered server; a missing or unreadable file allows none. */
    load: async () => {
      const text = await readFile(path, 'utf8').catch(() => null);
      try {
        const value = text === null ? null : (JSON.parse(text) as { origin?: unknown }).origin;
        origin = typeof value === 'string' && syncServerOrigin(value).ok ? value : null;
      } catch {
        origin = null;
      }
      return origin;
    },
    handler: (async ({ url }) => {
      if (url === null) {
        origin = null;
      } else {
        const checked = syncServerOrigin(url);
        if (!checked.ok) return checked;
        origin = checked.origin;
      }
      await writeFileAtomic(path, JSON.stringify({ origin }));
      return { ok: true, origin };
    }) satisfies IpcHandlers['sync:allow-server'],
  };
}
