import { z } from 'zod';
import { backupMetaSchema, type BackupInfo } from './backups/backup-policy';

export type { BackupInfo, BackupMeta, BackupReason } from './backups/backup-policy';

/** File type filter for native dialogs: label plus extensions without the dot. */
const fileFilterSchema = z.object({ name: z.string().min(1), extensions: z.array(z.string().regex(/^[a-z0-9]+$/i)).min(1) });
/** Raw file bytes; structured clone carries Uint8Array across IPC unchanged. */
const bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'expected bytes (Uint8Array)');
/** Names an object's own machinery: never a key of a store kept as a plain object. */
const prototypeNames = new Set(['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf']);
/** Backups and credentials are keyed by slugs so no argument can walk out of their folder or into a prototype. */
const safeKey = z
  .string()
  .regex(/^[A-Za-z0-9_.-]{1,128}$/)
  .refine((k) => !k.includes('..'), 'no ".." in keys')
  .refine((k) => !prototypeNames.has(k), 'reserved name');
/** `backup-<time>.baton`, or `backup-<time>-<n>.baton` for a second backup within the same millisecond. */
export const backupNamePattern = /^backup-\d{1,15}(?:-\d{1,6})?\.baton$/;

/** What the application menu asks the window to do; each is also a command of the palette. */
export const menuCommands = [
  'workspace.new',
  'workspace.import',
  'workspace.switch',
  'workspace.export',
  'import.csv',
  'backup.now',
  'backup.restore',
  'prefs.theme',
  'palette.open',
] as const;
export type MenuCommand = (typeof menuCommands)[number];

/**
 * Every channel between renderer and main: argument schema (checked in main before the
 * handler runs) and result type. The preload exposes exactly these as `window.baton`.
 */
export const ipcArgumentSchemas = {
  'app:version': z.object({}),
  /** The app's language, so the native menu speaks it too. */
  'app:set-language': z.object({ language: z.enum(['en', 'ko']) }),
  'app:open-data-folder': z.object({}),
  /** Saves versions, platform and file sizes (no customer data) where the user picks. */
  'app:save-diagnostics': z.object({}),
  'file:save': z.object({ suggestedName: z.string().min(1).max(255), filters: z.array(fileFilterSchema), data: bytes }),
  'file:open': z.object({ filters: z.array(fileFilterSchema) }),
  /** Workspace or design files the user opened with Baton (file associations, a second launch) not yet taken. */
  'file:take-opened': z.object({}),
  'backup:write': z.object({ workspaceId: safeKey, data: bytes, meta: backupMetaSchema }),
  'backup:list': z.object({ workspaceId: safeKey }),
  'backup:read': z.object({ workspaceId: safeKey, name: z.string().regex(backupNamePattern) }),
  'credentials:get': z.object({ key: safeKey }),
  'credentials:set': z.object({ key: safeKey, value: z.string().max(10_000) }),
  'credentials:delete': z.object({ key: safeKey }),
  /** The sync server the window may connect to (the CSP's connect-src); null allows none. */
  'sync:allow-server': z.object({ url: z.string().max(2048).nullable() }),
  'notify:show': z.object({ id: z.string().min(1).max(200), title: z.string().min(1).max(200), body: z.string().max(1000) }),
  /** The sender's page as a PDF, saved where the user picks. */
  'report:print-pdf': z.object({ suggestedName: z.string().min(1).max(255) }),
} as const;

export type IpcChannel = keyof typeof ipcArgumentSchemas;
export type IpcArgs<C extends IpcChannel> = z.infer<(typeof ipcArgumentSchemas)[C]>;

/** Why a secret was not stored: no OS encryption at all, or only Linux's plain-text fallback. */
export type CredentialRefusal = 'no_encryption' | 'plain_text_backend';
export type SyncServerRefusal = 'invalid_url' | 'not_https';

export type IpcResults = {
  'app:version': string;
  'app:set-language': void;
  'app:open-data-folder': void;
  'app:save-diagnostics': { saved: boolean };
  'file:save': { saved: true; path: string } | { saved: false };
  'file:open': { name: string; data: Uint8Array } | null;
  'file:take-opened': { name: string; data: Uint8Array }[];
  'backup:write': BackupInfo;
  'backup:list': BackupInfo[];
  /** A backup's bytes; null when it is gone (only the newest few are kept). */
  'backup:read': Uint8Array | null;
  'credentials:get': string | null;
  'credentials:set': { stored: true } | { stored: false; reason: CredentialRefusal };
  'credentials:delete': void;
  'sync:allow-server': { ok: true; origin: string | null } | { ok: false; reason: SyncServerRefusal };
  'notify:show': { shown: boolean };
  'report:print-pdf': { saved: boolean };
};

/** What a handler in main returns for a channel. */
export type IpcHandlers = { [C in IpcChannel]: (args: IpcArgs<C>) => Promise<IpcResults[C]> };

/** Messages from main to the window (the menu, files opened with the app, a clicked notification). */
export type MainEvents = {
  'menu:command': { command: MenuCommand };
  'file:opened': Record<string, never>;
  'notification:clicked': { id: string };
};
export type MainEvent = keyof MainEvents;
export const mainEvents: readonly MainEvent[] = ['menu:command', 'file:opened', 'notification:clicked'];

/** The API the preload script exposes on `window.baton`. */
export type BatonBridge = {
  invoke<C extends IpcChannel>(channel: C, args: IpcArgs<C>): Promise<IpcResults[C]>;
  /** Listens to one of main's events; returns the unsubscribe. */
  on<E extends MainEvent>(event: E, listener: (payload: MainEvents[E]) => void): () => void;
};

export const ipcChannels = Object.keys(ipcArgumentSchemas) as IpcChannel[];
