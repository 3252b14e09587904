import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-file';

const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;
export type Rect = { x: number; y: number; width: number; height: number };

export const defaultWindowState: WindowState = { width: 1360, height: 860, maximized: false };

/**
 * The remembered window, if it still fits: a position off every display (a monitor unplugged since)
 * is dropped so the window opens where the system puts it, and the size is capped to the largest
 * display's work area.
 */
export function fitWindowState(state: WindowState, workAreas: readonly Rect[]): WindowState {
  if (workAreas.length === 0) return state;
  const widest = Math.max(...workAreas.map((a) => a.width));
  const tallest = Math.max(...workAreas.map((a) => a.height));
  const size = { width: Math.min(state.width, widest), height: Math.min(state.height, tallest) };
  if (state.x === undefined || state.y === undefined) return { maximized: state.maximized, ...size };
  const { x, y } = state;
  // Visible enough to grab: the title bar's top-left 100×40 lies on some display.
  const onScreen = workAreas.some((a) => x + 100 > a.x && x < a.x + a.width && y >= a.y && y + 40 <= a.y + a.height);
  return onScreen ? { ...state, ...size } : { maximized: state.maximized, ...size };
}

/** Reads the remembered window; anything missing or malformed is the default. */
export async function loadWindowState(path: string): Promise<WindowState> {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    return parsed.success ? parsed.data : defaultWindowState;
  } catch {
    return defaultWindowState;
  }
}

export const saveWindowState = (path: string, state: WindowState) => writeFileAtomic(path, JSON.stringify(state));

/** The slice of a BrowserWindow the tracker reads. */
export type TrackedWindow = {
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  on(event: 'resize' | 'move' | 'close', listener: () => void): void;
};

/** Remembers the window's normal bounds and maximised state: after moves settle, and on close. */
export function trackWindowState(win: TrackedWindow, save: (state: WindowState) => void, settleMs = 500): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const snapshot = (): WindowState => ({ ...win.getNormalBounds(), maximized: win.isMaximized() });
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => save(snapshot()), settleMs);
  };
  win.on('resize', later);
  win.on('move', later);
  win.on('close', () => {
    clearTimeout(timer);
    save(snapshot());
  });
}
