import { describe, expect, it } from 'vitest';
import { readStorageStatus, requestPersistence } from './storage-status';

describe('storage status', () => {
  it('reads what the browser says, and nulls where it says nothing', async () => {
    const manager = { persisted: async () => false, estimate: async () => ({ usage: 10, quota: 100 }), persist: async () => true };
    expect(await readStorageStatus(manager)).toEqual({ persisted: false, usage: 10, quota: 100 });
    expect(await readStorageStatus(undefined)).toEqual({ persisted: null, usage: null, quota: null });
    expect(await requestPersistence(manager)).toBe(true);
    expect(await requestPersistence(undefined)).toBe(false);
  });
});
