import { describe, expect, it } from 'vitest';
import { seededDemoDb } from '../db/testing/demo-db';
import { designWorkInline, type DesignWork } from './design-work';
import { createWorkspaceApi } from './workspace-api';

const now = Date.UTC(2026, 10, 23, 3);

describe('design writes run where the workspace says', () => {
  it('applying a version and importing a design file go to the workspace’s design work (the app’s worker), with the progress callback', async () => {
    const { db } = await seededDemoDb({ seed: 9, now, locale: 'en', contacts: 50 });
    const calls: string[] = [];
    // Records the call, then does the real work on this thread (as the worker would in its own).
    const recording: DesignWork = {
      applyVersion: (target, versionId, at, onProgress) => {
        calls.push(`apply ${target.name} ${versionId} ${at} ${typeof onProgress}`);
        return designWorkInline.applyVersion(target, versionId, at, onProgress);
      },
      importFile: (target, bytes, at, onProgress) => {
        calls.push(`import ${target.name} ${bytes.length} ${at} ${typeof onProgress}`);
        return designWorkInline.importFile(target, bytes, at, onProgress);
      },
    };
    const api = createWorkspaceApi('ws', db, () => now, undefined, recording);
    const saved = await api.actions.saveDesignVersion({ note: 'first' });
    if (!saved.ok) throw new Error(saved.reason);
    const phases: string[] = [];
    const applied = await api.actions.applyDesignVersion({ versionId: saved.value.id, onProgress: (p) => phases.push(p.phase) });
    expect(applied.ok).toBe(true);
    expect(phases[0]).toBe('writing');
    expect(phases).toContain('rescoring');
    const malformed = await api.actions.importDesign({ bytes: new TextEncoder().encode('{}') });
    expect(malformed).toMatchObject({ ok: false, reason: 'malformed_file' });
    expect(calls).toEqual([`apply ${db.name} ${saved.value.id} ${now} function`, `import ${db.name} 2 ${now} undefined`]);
  });

  it('without design work the same actions run inline (tests, jsdom): an unknown version is refused by name', async () => {
    const { db } = await seededDemoDb({ seed: 9, now, locale: 'en', contacts: 50 });
    const api = createWorkspaceApi('ws', db, () => now);
    await expect(api.actions.applyDesignVersion({ versionId: 'nope' })).resolves.toEqual({ ok: false, reason: 'not_found' });
  });
});
