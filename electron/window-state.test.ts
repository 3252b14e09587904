import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { defaultWindowState, fitWindowState, loadWindowState, saveWindowState, trackWindowState, type Rect } from './window-state';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 900 };

describe('window state', () => {
  it('reopens where it was, unless that place is off every display now', () => {
    expect(fitWindowState({ x: 100, y: 50, width: 1200, height: 800, maximized: false }, [laptop])).toEqual({
      x: 100,
      y: 50,
      width: 1200,
      height: 800,
      maximized: false,
    });
    // The external monitor on the right is gone: the position is dropped, the size kept.
    expect(fitWindowState({ x: 2000, y: 100, width: 1200, height: 800, maximized: true }, [laptop])).toEqual({ width: 1200, height: 800, maximized: true });
    // Bigger than any display now: capped.
    expect(fitWindowState({ x: 0, y: 0, width: 3000, height: 2000, maximized: false }, [laptop])).toMatchObject({ width: 1440, height: 900 });
  });

  it('saves and loads; a missing or malformed file is the default', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'baton-win-'));
    const path = join(dir, 'window-state.json');
    expect(await loadWindowState(path)).toEqual(defaultWindowState);
    await saveWindowState(path, { x: 5, y: 6, width: 1000, height: 700, maximized: true });
    expect(await loadWindowState(path)).toEqual({ x: 5, y: 6, width: 1000, height: 700, maximized: true });
    await writeFile(path, '{"width": "wide"}');
    expect(await loadWindowState(path)).toEqual(defaultWindowState);
  });

  it('remembers the bounds after moves settle and on close', () => {
    vi.useFakeTimers();
    const listeners = new Map<string, () => void>();
    let bounds: Rect = { x: 1, y: 2, width: 1000, height: 700 };
    const save = vi.fn();
    trackWindowState({ getNormalBounds: () => bounds, isMaximized: () => false, on: (e, l) => void listeners.set(e, l) }, save, 500);
    listeners.get('move')!();
    bounds = { ...bounds, x: 50 };
    listeners.get('move')!();
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(500);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenLastCalledWith({ x: 50, y: 2, width: 1000, height: 700, maximized: false });
    listeners.get('close')!();
    expect(save).toHaveBeenCalledTimes(2);
    vi.useRealTimers();
  });
});
