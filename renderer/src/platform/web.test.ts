import { describe, expect, it, vi } from 'vitest';
import { webPlatform } from './web';

describe('webPlatform', () => {
  it('keeps the newest 10 backups per workspace in IndexedDB', async () => {
    const platform = webPlatform('1.0.0');
    for (let i = 0; i < 12; i++) await platform.backups.write('ws-a', new Uint8Array([i]));
    await platform.backups.write('ws-b', new Uint8Array([1, 2]));
    expect(await platform.backups.list('ws-a')).toHaveLength(10);
    expect((await platform.backups.list('ws-b'))[0]).toMatchObject({ bytes: 2 });
    const [newest] = await platform.backups.list('ws-a');
    expect([...(await platform.backups.read('ws-a', newest!.name))!]).toEqual([11]);
    await expect(platform.backups.read('ws-a', 'backup-1.baton')).resolves.toBeNull();
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
