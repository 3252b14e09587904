import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { comboOf, useHotkey, type HotkeyOptions } from './use-hotkey';

afterEach(cleanup);

function Binding({ combo, onKey, options }: { combo: string; onKey(): void; options?: HotkeyOptions }) {
  useHotkey(combo, onKey, options);
  return null;
}

const press = (key: string, init: KeyboardEventInit = {}, target: Window | Element = window) => fireEvent.keyDown(target, { key, bubbles: true, ...init });

describe('one keyboard-shortcut system', () => {
  it('names combinations the same way whatever the platform modifier', () => {
    expect(comboOf(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true }))).toBe('mod+k');
    expect(comboOf(new KeyboardEvent('keydown', { key: 'K', metaKey: true }))).toBe('mod+k');
    expect(comboOf(new KeyboardEvent('keydown', { key: 'Escape' }))).toBe('escape');
    expect(comboOf(new KeyboardEvent('keydown', { key: '?', shiftKey: true }))).toBe('?');
  });

  it('stays out of the way of typing unless asked, and of an IME composing Korean always', () => {
    const plain = vi.fn();
    const anywhere = vi.fn();
    const { container } = render(
      <>
        <input aria-label="name" />
        <Binding combo="c" onKey={plain} />
        <Binding combo="escape" onKey={anywhere} options={{ inInputs: true }} />
      </>,
    );
    const input = container.querySelector('input')!;
    press('c', {}, input);
    press('Escape', {}, input);
    expect(plain).not.toHaveBeenCalled();
    expect(anywhere).toHaveBeenCalledTimes(1);
    press('c');
    expect(plain).toHaveBeenCalledTimes(1);
    press('Escape', { isComposing: true }, input);
    expect(anywhere).toHaveBeenCalledTimes(1);
  });

  it('the newest binding of a key wins, and the older one is back when it goes', () => {
    const record = vi.fn();
    const form = vi.fn();
    const { rerender } = render(
      <>
        <Binding combo="escape" onKey={record} />
        <Binding combo="escape" onKey={form} />
      </>,
    );
    press('Escape');
    expect(form).toHaveBeenCalledTimes(1);
    expect(record).not.toHaveBeenCalled();
    rerender(<Binding combo="escape" onKey={record} />);
    press('Escape');
    expect(record).toHaveBeenCalledTimes(1);
  });

  it('waits while a dialog is open unless the binding opts in; a disabled binding never fires', () => {
    const page = vi.fn();
    const palette = vi.fn();
    const off = vi.fn();
    render(
      <>
        <div role="dialog" data-state="open" />
        <Binding combo="/" onKey={page} />
        <Binding combo="mod+k" onKey={palette} options={{ whileOverlay: true }} />
        <Binding combo="x" onKey={off} options={{ enabled: false }} />
      </>,
    );
    press('/');
    press('k', { ctrlKey: true });
    press('x');
    expect(page).not.toHaveBeenCalled();
    expect(palette).toHaveBeenCalledTimes(1);
    expect(off).not.toHaveBeenCalled();
  });
});
