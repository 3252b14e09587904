import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUPS_KEPT, backupName, backupsToPrune, isDailyBackupDue, newestFirst, parseBackupName } from './backup-policy';

const HOUR = 3_600_000;

describe('backup policy', () => {
  it('a daily backup is due with none yet, after 24 hours, or when the clock went back', () => {
    expect(isDailyBackupDue(null, 1000)).toBe(true);
    expect(isDailyBackupDue(0, 23 * HOUR)).toBe(false);
    expect(isDailyBackupDue(0, 24 * HOUR)).toBe(true);
    expect(isDailyBackupDue(10 * HOUR, 5 * HOUR)).toBe(true);
  });

  it('names never repeat within one millisecond and parse back in order', () => {
    const taken = new Set<string>();
    for (let i = 0; i < 5; i++) taken.add(backupName(1234, taken));
    expect([...taken]).toEqual(['backup-1234.baton', 'backup-1234-1.baton', 'backup-1234-2.baton', 'backup-1234-3.baton', 'backup-1234-4.baton']);
    expect(parseBackupName('backup-1234-3.baton')).toEqual({ at: 1234, seq: 3 });
    expect(parseBackupName('backup-1234.baton.tmp')).toBeNull();
    const infos = [...taken].map((name) => ({ name, at: 1234 }));
    expect(newestFirst(infos)[0]!.name).toBe('backup-1234-4.baton');
  });

  it(`keeps the newest ${BACKUPS_KEPT}, whatever the order and ties (property)`, () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 40 }), (times) => {
        const taken = new Set<string>();
        const list = times.map((at) => {
          const name = backupName(at, taken);
          taken.add(name);
          return { name, at };
        });
        const pruned = new Set(backupsToPrune(list).map((b) => b.name));
        const kept = list.filter((b) => !pruned.has(b.name));
        expect(kept).toHaveLength(Math.min(BACKUPS_KEPT, list.length));
        // Nothing removed is newer than anything kept.
        const oldestKept = newestFirst(kept).at(-1);
        for (const b of list.filter((x) => pruned.has(x.name))) expect(b.at).toBeLessThanOrEqual(oldestKept!.at);
      }),
    );
  });
});
