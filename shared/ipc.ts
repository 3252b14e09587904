import { z } from 'zod';

/** File type filter for native dialogs: label plus extensions without the dot. */
const fileFilterSchema = z.object({ name: z.string().min(1), extensions: z.array(z.string().regex(/^[a-z0-9]+$/i)).min(1) });
/** Raw file bytes; structured clone carries Uint8Array across IPC unchanged. */
const bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'expected bytes (Uint8Array)');
/** Backups and credentials are keyed by slugs so no argument can walk out of their folder. */
const safeKey = z
  .string()
  .regex(/^[A-Za-z0-9_.-]{1,128}$/)
  .refine((k) => !k.includes('..'), 'no ".." in keys');

/**
 * Every channel between renderer and main: argument schema (checked in main before the
 * handler runs) and result type. The preload exposes exactly these as `window.baton`.
 */
export const ipcArgumentSchemas = {
  'app:version': z.object({}),
  'file:save': z.object({ suggestedName: z.string().min(1).max(255), filters: z.array(fileFilterSchema), data: bytes }),
  'file:open': z.object({ filters: z.array(fileFilterSchema) }),
  'backup:write': z.object({ workspaceId: safeKey, data: bytes }),
  'backup:list': z.object({ workspaceId: safeKey }),
  'backup:read': z.object({ workspaceId: safeKey, name: z.string().regex(/^backup-\d+\.baton$/) }),
  'credentials:get': z.object({ key: safeKey }),
  'credentials:set': z.object({ key: safeKey, value: z.string().max(10_000) }),
  'credentials:delete': z.object({ key: safeKey }),
  /** The window's page as PDF (print stylesheet), saved where the user chooses. */
  'print:pdf': z.object({
    suggestedName: z
      .string()
      .min(1)
      .max(255)
      .regex(/\.pdf$/i, 'a .pdf file name'),
  }),
} as const;

export type IpcChannel = keyof typeof ipcArgumentSchemas;
export type IpcArgs<C extends IpcChannel> = z.infer<(typeof ipcArgumentSchemas)[C]>;

export type BackupInfo = { name: string; at: number; bytes: number };

export type IpcResults = {
  'app:version': string;
  'file:save': { saved: true; path: string } | { saved: false };
  'file:open': { name: string; data: Uint8Array } | null;
  'backup:write': BackupInfo;
  'backup:list': BackupInfo[];
  /** A backup's bytes; null when it is gone (only the newest few are kept). */
  'backup:read': Uint8Array | null;
  'credentials:get': string | null;
  'credentials:set': void;
  'credentials:delete': void;
  'print:pdf': { saved: true; path: string } | { saved: false };
};

/** What a handler in main returns for a channel. */
export type IpcHandlers = { [C in IpcChannel]: (args: IpcArgs<C>) => Promise<IpcResults[C]> };

/** The API the preload script exposes on `window.baton`. */
export type BatonBridge = { invoke<C extends IpcChannel>(channel: C, args: IpcArgs<C>): Promise<IpcResults[C]> };

export const ipcChannels = Object.keys(ipcArgumentSchemas) as IpcChannel[];
