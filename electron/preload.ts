import { contextBridge, ipcRenderer } from 'electron';
import { mainEvents, type BatonBridge } from '../shared/ipc';

/** Exactly the contract of shared/ipc.ts, nothing more: the renderer never sees ipcRenderer or an event object. */
const bridge = {
  invoke: (channel, args) => ipcRenderer.invoke(channel, args),
  on: (event, listener) => {
    if (!mainEvents.includes(event)) throw new Error(`Unknown event ${String(event)}`);
    const forward = (_event: unknown, payload: Parameters<typeof listener>[0]) => listener(payload);
    ipcRenderer.on(event, forward);
    return () => void ipcRenderer.removeListener(event, forward);
  },
} satisfies BatonBridge;

contextBridge.exposeInMainWorld('baton', bridge);
