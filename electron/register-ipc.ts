import { ipcArgumentSchemas, ipcChannels, type IpcHandlers } from '../shared/ipc';
import type { IpcEventLike } from './security';

/** The slice of `ipcMain` this module uses, so tests can pass a fake. */
export type IpcMainLike = {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>): void;
};

export class IpcRejected extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IpcRejected';
  }
}

/**
 * Registers every channel of the contract through one gate: the sender must be our own window's
 * app frame, and the argument must pass the channel's schema before the handler sees it.
 */
export function registerIpcHandlers(ipcMain: IpcMainLike, isTrustedSender: (event: IpcEventLike) => boolean, handlers: IpcHandlers): void {
  for (const channel of ipcChannels) {
    ipcMain.handle(channel, async (event, arg) => {
      if (!isTrustedSender(event)) throw new IpcRejected(`${channel}: sender is not the Baton window`);
      const parsed = ipcArgumentSchemas[channel].safeParse(arg);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new IpcRejected(`${channel}: invalid argument at "${issue?.path.join('.') || '(root)'}": ${issue?.message ?? 'invalid'}`);
      }
      // The schema map and the handler map share their keys, so this call is well-typed per channel.
      return (handlers[channel] as (args: unknown) => Promise<unknown>)(parsed.data);
    });
  }
}
