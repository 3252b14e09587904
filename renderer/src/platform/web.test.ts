import { describe, expect, it, vi } from 'vitest';
import { BACKUPS_KEPT } from '@shared/backups/backup-policy';
import { webPlatform } from './web';

describe('webPlatform', () => {
  const meta = { workspaceName: 'Client A', reason: 'daily' as const, counts: { contacts: 2 } };

  it(`keeps the newest ${BACKUPS_KEPT} backups per workspace in IndexedDB, with what each holds`, async () => {
    const platform = webPlatform('1.0.0');
    for (let i = 0; i < BACKUPS_KEPT + 2; i++) await platform.backups.write('ws-a', new Uint8Array([i]), meta);
    await platform.backups.write('ws-b', new Uint8Array([1, 2]), meta);
    expect(await platform.backups.list('ws-a')).toHaveLength(BACKUPS_KEPT);
    expect((await platform.backups.list('ws-b'))[0]).toMatchObject({ bytes: 2, meta });
    const [newest] = await platform.backups.list('ws-a');
    expect([...(await platform.backups.read('ws-a', newest!.name))!]).toEqual([BACKUPS_KEPT + 1]);
    await expect(platform.backups.read('ws-a', 'backup-1.baton')).resolves.toBeNull();
  });

  it('names backups taken within one millisecond apart, newest last written first', async () => {
    const platform = webPlatform('1.0.0');
    const now = vi.spyOn(Date, 'now').mockReturnValue(777);
    const written = await Promise.all([1, 2, 3].map((i) => platform.backups.write('ws-ms', new Uint8Array([i]), meta)));
    now.mockRestore();
    expect(new Set(written.map((w) => w.name)).size).toBe(3);
    const list = await platform.backups.list('ws-ms');
    expect(list.map((b) => b.name)).toEqual(['backup-777-2.baton', 'backup-777-1.baton', 'backup-777.baton']);
  });

  it('says credentials are not secure in a browser, and still round-trips them', async () => {
    const platform = webPlatform('1.0.0');
    expect(platform.credentials.secure).toBe(false);
    await platform.credentials.set('sync', 'pw');
    expect(await platform.credentials.get('sync')).toBe('pw');
    await platform.credentials.delete('sync');
    expect(await platform.credentials.get('sync')).toBeNull();
  });

  it('reports its version', async () => {
    expect(await webPlatform('2.3.4').appVersion()).toBe('2.3.4');
  });

  it('exports a PDF through the browser print dialog, where the user picks "Save as PDF"', async () => {
    const print = vi.fn();
    const doc = { defaultView: { print } } as unknown as Document;
    const platform = webPlatform('1.0.0', doc);
    await expect(platform.exportPdf('persona.pdf')).resolves.toBe('print_dialog');
    await platform.print();
    expect(print).toHaveBeenCalledTimes(2);
  });
});
