import { platform } from '../../app/services';

const keyOf = (workspaceId: string) => `sync-password:${workspaceId}`;

/** Whether the host keeps secrets encrypted (Electron's safeStorage); the web build cannot. */
export const passwordKeptSecure = (): boolean => platform.credentials.secure;

/**
 * The sync password of a workspace: through the platform's credentials when they are secure or the
 * user asked to be remembered, otherwise only for this tab's session.
 */
export async function readPassword(workspaceId: string): Promise<{ password: string; remembered: boolean }> {
  const session = globalThis.sessionStorage?.getItem(keyOf(workspaceId));
  if (session !== null && session !== undefined) return { password: session, remembered: false };
  const kept = await platform.credentials.get(keyOf(workspaceId));
  return { password: kept ?? '', remembered: kept !== null };
}

export async function savePassword(workspaceId: string, password: string, remember: boolean): Promise<void> {
  const key = keyOf(workspaceId);
  if (platform.credentials.secure || remember) {
    await platform.credentials.set(key, password);
    globalThis.sessionStorage?.removeItem(key);
  } else {
    globalThis.sessionStorage?.setItem(key, password);
    await platform.credentials.delete(key);
  }
}
