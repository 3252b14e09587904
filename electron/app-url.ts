/** The app's own scheme: pages are served by main with their CSP header, never from file://. */
export const appScheme = 'app';
export const appEntryUrl = `${appScheme}://baton/index.html`;

/**
 * Where the window loads from. The Vite dev server only in development (`!app.isPackaged`) and only
 * on this machine: a packaged app ignores VITE_DEV_SERVER_URL, so whoever sets the variable cannot
 * choose which site gets the bridge (and with it the stored credentials).
 */
export function resolveAppUrl({ isPackaged, devServerUrl }: { isPackaged: boolean; devServerUrl: string | undefined }): string {
  if (isPackaged || !devServerUrl) return appEntryUrl;
  try {
    const url = new URL(devServerUrl);
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    return url.protocol === 'http:' && loopback ? url.href : appEntryUrl;
  } catch {
    return appEntryUrl;
  }
}
