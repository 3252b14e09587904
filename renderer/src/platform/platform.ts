import type { BackupInfo } from '@shared/ipc';
import type { StorageStatus } from './storage-status';

export type { StorageStatus };

export type FileFilter = { name: string; extensions: string[] };
export type OpenedFile = { name: string; data: Uint8Array };

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
    write(workspaceId: string, data: Uint8Array): Promise<BackupInfo>;
    list(workspaceId: string): Promise<BackupInfo[]>;
    /** A backup's bytes (a workspace file), or null when it is no longer kept. */
    read(workspaceId: string, name: string): Promise<Uint8Array | null>;
  };
  credentials: {
    /** False where secrets can only be kept in plain browser storage (the web build). */
    readonly secure: boolean;
    get(key: string): Promise<string | null>;
    set(key: string, value: string): Promise<void>;
    delete(key: string): Promise<void>;
  };
};
