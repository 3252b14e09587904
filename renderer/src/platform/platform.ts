import type { BackupInfo, BackupMeta, CredentialRefusal, MenuCommand, SyncServerRefusal } from '@shared/ipc';
import type { StorageStatus } from './storage-status';

export type { StorageStatus };

export type FileFilter = { name: string; extensions: string[] };
export type OpenedFile = { name: string; data: Uint8Array };
export type NativeNote = { id: string; title: string; body: string };

/** A secret the host would not keep (no OS encryption, or Linux without a keyring); `reason` says which. */
export class CredentialNotStored extends Error {
  constructor(readonly reason: CredentialRefusal) {
    super(
      reason === 'plain_text_backend'
        ? 'The password was not stored: this Linux desktop has no keyring, so it could only be kept as plain text.'
        : 'The password was not stored: this system offers no secure storage.',
    );
    this.name = 'CredentialNotStored';
  }
}

/**
 * Everything the renderer needs from its host. One interface, three adapters (electron, web,
 * testing); no other renderer code asks which host it runs in.
 */
export type Platform = {
  appVersion(): Promise<string>;
  storage: {
    /** Whether the host keeps the data under storage pressure, and how much room it uses. */
    status(): Promise<StorageStatus>;
    /** Asks the host to keep the data (the web build asks the browser; a desktop app's data is kept). */
    persist(): Promise<boolean>;
  };
  /** Lets the user save bytes to a file; false when they cancelled. */
  saveFile(suggestedName: string, data: Uint8Array, filters: FileFilter[]): Promise<boolean>;
  /** Lets the user pick a file; null when they cancelled. */
  openFile(filters: FileFilter[]): Promise<OpenedFile | null>;
  /** Prints the page as its print stylesheet lays it out (the host's print dialog). */
  print(): Promise<void>;
  /**
   * The page as a PDF, as it prints: the desktop app renders it (`printToPDF`) and asks where to save it
   * ('saved' or 'cancelled'); a browser can only open its print dialog, where the user picks
   * "Save as PDF" ('print_dialog').
   */
  exportPdf(suggestedName: string): Promise<'saved' | 'cancelled' | 'print_dialog'>;
  backups: {
    /** Keeps a workspace file as a backup: written whole or not at all, read back to check, the newest 14 kept. */
    write(workspaceId: string, data: Uint8Array, meta: BackupMeta): Promise<BackupInfo>;
    /** Newest first. */
    list(workspaceId: string): Promise<BackupInfo[]>;
    /** A backup's bytes (a workspace file), or null when it is no longer kept. */
    read(workspaceId: string, name: string): Promise<Uint8Array | null>;
  };
  credentials: {
    /** False where secrets can only be kept in plain browser storage (the web build). */
    readonly secure: boolean;
    get(key: string): Promise<string | null>;
    /** Throws `CredentialNotStored` when the host refuses to keep the secret. */
    set(key: string, value: string): Promise<void>;
    delete(key: string): Promise<void>;
  };
  /** The app's language, for what the host draws itself (the desktop menu). */
  setLanguage(language: 'en' | 'ko'): Promise<void>;
  /** The host's menu asks for a command; returns the unsubscribe. The web build has no menu. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Files the user opened with Baton (file associations, a second launch), each handed out once. */
  takeOpenedFiles(): Promise<OpenedFile[]>;
  onFileOpened(listener: () => void): () => void;
  /** Shows a system notification; false when the host has none (the web build shows them in the app). */
  notify(note: NativeNote): Promise<boolean>;
  onNotificationClicked(listener: (id: string) => void): () => void;
  /** The sync server the app may connect to; the desktop narrows its CSP to it. */
  allowSyncServer(url: string | null): Promise<{ ok: true } | { ok: false; reason: SyncServerRefusal }>;
};
