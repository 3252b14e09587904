import { contextBridge, ipcRenderer } from 'electron';
import type { BatonBridge } from '../shared/ipc';

/** Exactly the contract of shared/ipc.ts, nothing more: the renderer never sees ipcRenderer. */
const bridge = {
  invoke: (channel, args) => ipcRenderer.invoke(channel, args),
} satisfies BatonBridge;

contextBridge.exposeInMainWorld('baton', bridge);
