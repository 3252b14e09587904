import i18next from 'i18next';
import { showToast } from './toast-store';

const reported = new WeakSet<object>();

/**
 * Shows an unexpected failure (a database error, a bug) to the user instead of swallowing it:
 * nothing was saved, and here is what broke. Each error is reported once, wherever it surfaces.
 */
export function reportError(error: unknown): void {
  if (typeof error === 'object' && error !== null) {
    if (reported.has(error)) return;
    reported.add(error);
  }
  // Dexie's messages often name the error already ("QuotaExceededError: …"): say it once.
  const text = error instanceof Error ? (error.message.includes(error.name) ? error.message : `${error.name}: ${error.message}`) : String(error);
  const detail = text.split(/\s+(?=\w+Error: )/)[0]!.slice(0, 200);
  showToast({ tone: 'error', text: i18next.t('errors.unexpected', { detail }) });
}

/** Unhandled promise rejections and uncaught errors are reported the same way. */
export function reportUncaughtErrors(target: Window = window): void {
  target.addEventListener('unhandledrejection', (event) => reportError(event.reason));
  target.addEventListener('error', (event) => reportError(event.error ?? event.message));
}
