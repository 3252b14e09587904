import { describe, expect, it } from 'vitest';
import { seededDemoDb } from '../db/testing/demo-db';
import { actionRegistry, queryRegistry } from './registry';
import { createWorkspaceApi } from './workspace-api';

const now = Date.UTC(2026, 10, 23, 3);

describe('the workspace API', () => {
  it('binds every registered action and query to the open workspace', async () => {
    const { db } = await seededDemoDb({ seed: 9, now, locale: 'en', contacts: 50 });
    const api = createWorkspaceApi('ws-1', db, () => now);
    expect(Object.keys(api.actions).sort()).toEqual(Object.keys(actionRegistry).sort());
    expect(Object.keys(api.queries).sort()).toEqual(Object.keys(queryRegistry).sort());
    expect(api.id).toBe('ws-1');
  });

  it('an action runs the write path: its writes land in the change log as one batch', async () => {
    const { db, data } = await seededDemoDb({ seed: 9, now, locale: 'en', contacts: 50 });
    const api = createWorkspaceApi('ws-1', db, () => now + 5);
    const contact = data.contacts.find((c) => c.lifecycleStage === 'lead')!;
    const before = new Set((await db.changes.toArray()).map((c) => c.id));
    const result = await api.actions.logActivity({ contactId: contact.id, type: 'email_opened', byMemberId: null });
    expect(result.ok).toBe(true);
    const batch = (await db.changes.toArray()).filter((c) => !before.has(c.id));
    expect(batch.map((c) => c.table).sort()).toEqual(['activities', 'contacts']);
    expect(new Set(batch.map((c) => c.batchId)).size).toBe(1);
    const record = await api.queries.contactRecord({ contactId: contact.id });
    expect(record?.activities.some((a) => a.at === now + 5 && a.type === 'email_opened')).toBe(true);
  });
});
