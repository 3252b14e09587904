import { generateDemoWorkspace, type DemoOptions } from '@shared/demo/generate-workspace';
import { newId, type WorkspaceData } from '@shared/model';
import { writeWorkspaceData } from '../repositories/workspace-data-repository';
import { openWorkspaceDb, type WorkspaceDb } from '../workspace-db';

/** A fresh database holding a seeded demo workspace; `adjust` may change the data before it is written. */
export async function seededDemoDb(options: DemoOptions, adjust?: (data: WorkspaceData) => void): Promise<{ db: WorkspaceDb; data: WorkspaceData }> {
  const db = openWorkspaceDb(`test-${newId()}`);
  const data = generateDemoWorkspace(options);
  adjust?.(data);
  await writeWorkspaceData(db, data);
  return { db, data };
}
