import {
  buildIcpPreviewIndex,
  previewIcp,
  testTitlePatterns,
  type IcpPreview,
  type IcpPreviewIndex,
  type TitleCount,
  type TitlePatternTest,
} from '@shared/index';
import type { Icp, Persona } from '@shared/model';
import { applyIcp, loadIcpPreviewSource, type IcpApplyProgress, type IcpApplyResult } from '../db/repositories/icp-repository';
import { loadTitleCounts, savePersonas, type PersonasSaveProgress, type PersonasSaveResult } from '../db/repositories/personas-repository';
import { openWorkspaceDb, type WorkspaceDb } from '../db/workspace-db';

export type PersonasOpened = { companies: number; contacts: number; titles: number };
export type TimedIcpPreview = { preview: IcpPreview; ms: number };
export type TimedTitleTest = { test: TitlePatternTest; ms: number };

/**
 * The Personas & ICP page's worker (tests run it without a worker): reads the workspace's companies,
 * contacts' companies and job titles once, answers ICP previews and title-pattern tests from memory
 * per keystroke, and runs the long writes — applying an ICP, saving personas — with progress and a
 * cancel that rolls the whole write back.
 */
export function createPersonasEngine() {
  let state: { db: WorkspaceDb; index: IcpPreviewIndex; titles: TitleCount[] } | null = null;
  let cancelRequested = false;

  const need = () => {
    if (!state) throw new Error('the personas worker has no open workspace');
    return state;
  };

  async function read(db: WorkspaceDb) {
    const [source, titles] = await Promise.all([loadIcpPreviewSource(db), loadTitleCounts(db)]);
    state = { db, index: buildIcpPreviewIndex(source.companies, source.contactCompanyIds), titles };
    return { companies: source.companies.length, contacts: source.contactCompanyIds.length, titles: titles.length };
  }

  async function open(dbName: string): Promise<PersonasOpened> {
    close();
    return read(openWorkspaceDb(dbName));
  }

  /** Reads the workspace again (after a write elsewhere). */
  const refresh = (): Promise<PersonasOpened> => read(need().db);

  function preview(icp: Pick<Icp, 'criteria' | 'threshold'>): TimedIcpPreview {
    const started = performance.now();
    const result = previewIcp(need().index, icp);
    return { preview: result, ms: performance.now() - started };
  }

  function testTitles(personas: Persona[]): TimedTitleTest {
    const started = performance.now();
    const test = testTitlePatterns(personas, need().titles);
    return { test, ms: performance.now() - started };
  }

  async function apply(input: { icp: Icp; baseUpdatedAt: number | null }, onProgress?: (p: IcpApplyProgress) => void): Promise<IcpApplyResult> {
    cancelRequested = false;
    const { db } = need();
    return applyIcp(db, input.icp, input.baseUpdatedAt, Date.now(), { onProgress, cancelled: () => cancelRequested });
  }

  async function saveAll(input: { personas: Persona[]; baseVersion: number }, onProgress?: (p: PersonasSaveProgress) => void): Promise<PersonasSaveResult> {
    cancelRequested = false;
    const { db } = need();
    return savePersonas(db, input.personas, input.baseVersion, Date.now(), { onProgress, cancelled: () => cancelRequested });
  }

  /** Stops the running apply or save at its next batch: nothing is written. */
  function cancel(): void {
    cancelRequested = true;
  }

  function close(): void {
    state?.db.close();
    state = null;
  }

  return { open, refresh, preview, testTitles, applyIcp: apply, savePersonas: saveAll, cancel, close };
}
