import * as Comlink from 'comlink';
import { generateDemoWorkspace, type DemoOptions } from '@shared/demo/generate-workspace';
import { writeWorkspaceData, type WriteProgress } from '../db/repositories/workspace-data-repository';
import { openWorkspaceDb } from '../db/workspace-db';

/** Generating (contacts made of the total, then deals and tasks), then checking and writing the records. */
export type DemoProgress = { phase: 'generating'; step: 'contacts' | 'deals'; done: number; total: number } | WriteProgress;

/** Generates the demo workspace and writes it, off the UI thread, reporting progress. */
async function loadDemo(dbName: string, options: DemoOptions, onProgress: (p: DemoProgress) => void): Promise<number> {
  onProgress({ phase: 'generating', step: 'contacts', done: 0, total: options.contacts });
  const data = generateDemoWorkspace(options, (p) => onProgress({ phase: 'generating', ...p }));
  const db = openWorkspaceDb(dbName);
  try {
    await writeWorkspaceData(db, data, onProgress, 'demo');
  } finally {
    db.close();
  }
  return data.contacts.length;
}

const api = { loadDemo };
export type DemoWorkerApi = typeof api;
Comlink.expose(api);
