import { newId } from '@shared/model';
import { openWorkspaceDb, type WorkspaceDb } from '../workspace-db';

/**
 * Builds a workspace database at an old schema version, lets the test fill it, closes it,
 * then reopens it at the latest version, running every upgrade step in between, the way
 * a user's database is upgraded when a new release starts.
 */
export async function upgradeFromVersion(version: number, fill: (db: WorkspaceDb) => Promise<void>): Promise<WorkspaceDb> {
  const name = `migration-test-${newId()}`;
  const old = openWorkspaceDb(name, version);
  await old.open();
  if (old.verno !== version) throw new Error(`expected a database at version ${version}, got ${old.verno}`);
  await fill(old);
  old.close();
  const upgraded = openWorkspaceDb(name);
  await upgraded.open();
  return upgraded;
}
