import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export type DiagnosticsDeps = {
  userDataDir: string;
  appVersion: string;
  versions: Record<string, string | undefined>;
  platform: string;
  arch: string;
  osRelease: string;
  locale: string;
  isPackaged: boolean;
};

/**
 * What a support request needs and nothing a customer wrote: versions, the system, and how many
 * backups of what size each workspace folder holds (folders are named by random ids). File
 * contents, workspace names, backup metadata and credentials are never read.
 */
export async function collectDiagnostics(deps: DiagnosticsDeps) {
  const backupRoot = join(deps.userDataDir, 'backups');
  const folders = await readdir(backupRoot).catch(() => [] as string[]);
  const backups = await Promise.all(
    folders.map(async (folder) => {
      const names = (await readdir(join(backupRoot, folder)).catch(() => [] as string[])).filter((n) => n.endsWith('.baton'));
      const sizes = await Promise.all(
        names.map((n) =>
          stat(join(backupRoot, folder, n)).then(
            (s) => s.size,
            () => 0,
          ),
        ),
      );
      return { workspaceFolder: folder, count: names.length, bytes: sizes.reduce((a, b) => a + b, 0) };
    }),
  );
  const credentialFile = await stat(join(deps.userDataDir, 'credentials.json')).then(
    () => true,
    () => false,
  );
  return {
    kind: 'baton-diagnostics',
    createdAt: new Date().toISOString(),
    app: { version: deps.appVersion, packaged: deps.isPackaged },
    versions: { electron: deps.versions['electron'], chrome: deps.versions['chrome'], node: deps.versions['node'], v8: deps.versions['v8'] },
    system: { platform: deps.platform, arch: deps.arch, release: deps.osRelease, locale: deps.locale },
    backups,
    credentialFilePresent: credentialFile,
  };
}
