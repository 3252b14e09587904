import type { BatonBridge } from '@shared/ipc';
import { electronPlatform } from './electron';
import type { Platform } from './platform';
import { webPlatform } from './web';

export type { Platform, FileFilter, OpenedFile } from './platform';

declare global {
  interface Window {
    /** Set by electron/preload.ts; absent in a plain browser. */
    baton?: BatonBridge;
  }
}

/** The one place that decides which host the renderer runs in. */
export function detectPlatform(): Platform {
  return window.baton ? electronPlatform(window.baton) : webPlatform(__APP_VERSION__);
}
