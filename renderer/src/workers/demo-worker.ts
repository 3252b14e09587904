import * as Comlink from 'comlink';
import { generateDemoWorkspace, type DemoOptions } from '@shared/demo/generate-workspace';
import { writeWorkspaceData, type WriteProgress } from '../db/repositories/workspace-data-repository';
import { openWorkspaceDb } from '../db/workspace-db';

export type DemoProgress = { phase: 'generating' } | WriteProgress;

/** Generates the demo workspace and writes it, off the UI thread, reporting progress. */
async function loadDemo(dbName: string, options: DemoOptions, onProgress: (p: DemoProgress) => void): Promise<number> {
  onProgress({ phase: 'generating' });
  const data = generateDemoWorkspace(options);
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
