import { basename } from 'node:path';

/** Files Baton opens when the system hands them over (file associations): workspace and design files. */
export const openableExtensions = ['.baton', '.baton-design.json'] as const;
const MAX_BYTES = 1024 * 1024 * 1024;

export const isOpenableFile = (path: string) => openableExtensions.some((ext) => path.toLowerCase().endsWith(ext));

/** The files named on a command line (the first launch's, or a second launch's handed over). */
export function filesFromArgv(argv: readonly string[]): string[] {
  // argv[0] is the binary; in development argv[1] is the app folder. Options start with "-".
  return argv.slice(1).filter((arg) => !arg.startsWith('-') && isOpenableFile(arg));
}

export type OpenedFilesDeps = {
  readFile(path: string): Promise<Uint8Array>;
  fileSize(path: string): Promise<number>;
  /** Tells the window a file is waiting (it then asks for it). */
  notify(): void;
};

/**
 * The queue of files the user opened with Baton. Main reads only these paths — ones the operating
 * system handed over because the user opened them — and hands them out once.
 */
export function openedFiles(deps: OpenedFilesDeps) {
  const waiting: string[] = [];
  return {
    add(path: string): boolean {
      if (!isOpenableFile(path)) return false;
      waiting.push(path);
      deps.notify();
      return true;
    },
    async take(): Promise<{ name: string; data: Uint8Array }[]> {
      const paths = waiting.splice(0);
      const files = await Promise.all(
        paths.map(async (path) => {
          const size = await deps.fileSize(path).catch(() => null);
          if (size === null || size > MAX_BYTES) return null;
          const data = await deps.readFile(path).catch(() => null);
          return data ? { name: basename(path), data } : null;
        }),
      );
      return files.filter((f): f is { name: string; data: Uint8Array } => f !== null);
    },
  };
}
