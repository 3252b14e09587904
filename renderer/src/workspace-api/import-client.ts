import * as Comlink from 'comlink';
import type { CsvEncoding, DedupeMode } from '@shared/import';
import type { ImportOutcome, ImportProgress } from '../db/repositories/import-repository';
import type { DedupeEstimate, ImportFileSummary, ImportPreviewSummary, MappingChoices, RunChoices } from '../workers/import-engine';
import type { ImportWorkerApi } from '../workers/import-worker';

export type { DedupeEstimate, ImportFileSummary, ImportOutcome, ImportPreviewSummary, ImportProgress, MappingChoices, RunChoices };

/** A CSV import of one workspace, run in a worker that holds the file; the page that opened it disposes of it. */
export type ImportClient = {
  /** Resolves at once: the worker reads nothing until a file is given (the page's worker hook waits on it). */
  ready: Promise<true>;
  read(fileName: string, bytes: Uint8Array, encoding?: 'auto' | CsvEncoding): Promise<ImportFileSummary>;
  reread(encoding: 'auto' | CsvEncoding): Promise<ImportFileSummary>;
  preview(choices: MappingChoices, limit?: number): Promise<ImportPreviewSummary>;
  estimate(choices: MappingChoices, mode: DedupeMode): Promise<DedupeEstimate>;
  /** Progress comes as calls that are not awaited: a slow page never slows the import. */
  run(choices: RunChoices, onProgress?: (p: ImportProgress) => void): Promise<ImportOutcome>;
  /** Stops the running import at its next chunk: nothing is written. */
  cancel(): void;
  dispose(): void;
};

/** Starts an import worker on a workspace database (by name: the worker opens its own connection). */
export function openImportWorker(dbName: string): ImportClient {
  const worker = new Worker(new URL('../workers/import-worker.ts', import.meta.url), { type: 'module' });
  const api = Comlink.wrap<ImportWorkerApi>(worker);
  return {
    ready: Promise.resolve(true),
    // The bytes move to the worker instead of being copied.
    read: (fileName, bytes, encoding = 'auto') => api.read(fileName, Comlink.transfer(bytes, [bytes.buffer]), encoding),
    reread: (encoding) => api.reread(encoding),
    preview: (choices, limit) => api.preview(dbName, choices, limit),
    estimate: (choices, mode) => api.estimate(dbName, choices, mode),
    run: (choices, onProgress) => api.run(dbName, choices, onProgress ? Comlink.proxy(onProgress) : undefined),
    cancel: () => void api.cancel(),
    dispose: () => {
      void api.close().finally(() => worker.terminate());
    },
  };
}
