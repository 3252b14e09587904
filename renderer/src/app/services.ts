import { detectPlatform } from '../platform';

/** The app's single instances, made once at start-up. */
export const platform = detectPlatform();
export { registry, useWorkspace } from '../workspace-api';
