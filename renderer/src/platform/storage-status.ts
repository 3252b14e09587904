/** How safe the local data is from the host clearing it, and how much room is used. */
export type StorageStatus = { persisted: boolean | null; usage: number | null; quota: number | null };

type StorageManagerLike = { persisted?(): Promise<boolean>; persist?(): Promise<boolean>; estimate?(): Promise<{ usage?: number; quota?: number }> };

/** Reads the browser's StorageManager; nulls where the host does not tell. */
export async function readStorageStatus(manager: StorageManagerLike | undefined): Promise<StorageStatus> {
  const [persisted, estimate] = await Promise.all([manager?.persisted?.() ?? Promise.resolve(null), manager?.estimate?.() ?? Promise.resolve(null)]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/**
 * Asks the browser to keep Baton's data under storage pressure (best-effort storage may be
 * evicted). The answer is the browser's; Settings shows it.
 */
export async function requestPersistence(manager: StorageManagerLike | undefined): Promise<boolean> {
  return (await manager?.persist?.()) ?? false;
}
