import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temp files start with a dot and end in `.tmp`, so listings skip them and a later write can clear them. */
export const isTempFile = (name: string) => name.startsWith('.') && name.endsWith('.tmp');

/**
 * Writes `data` to `path` so that a reader sees the old file or the whole new one, never a part:
 * a temp file beside it is written and flushed to disk, then renamed over the target.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string, options: { mode?: number } = {}): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', options.mode ?? 0o644);
  try {
    await handle.writeFile(data);
    // Without the flush a crash after the rename can leave an empty file under the final name.
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
