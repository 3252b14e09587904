import { useEffect, useRef } from 'react';

export type HotkeyOptions = {
  /** Off while false (a closed form, a hidden page). */
  enabled?: boolean;
  /** Also while typing in an input, textarea, select or editable text (Escape, Ctrl+K). */
  inInputs?: boolean;
  /** Also while a dialog, the palette or a popover is open (the palette toggles itself). */
  whileOverlay?: boolean;
};

type Binding = { combo: string; handler: (event: KeyboardEvent) => void; options: HotkeyOptions };

/** Newest first: a record's Escape wins over the list's, and a form's over the record's. */
const bindings: Binding[] = [];
let listening = false;

/** `mod+k`, `shift+/`, `escape`, `c`: mod is Ctrl, or ⌘ on a Mac. */
export function comboOf(event: KeyboardEvent): string {
  const key = event.key === ' ' ? 'space' : event.key.toLowerCase();
  const parts = [event.ctrlKey || event.metaKey ? 'mod' : '', event.altKey ? 'alt' : '', event.shiftKey && key.length > 1 ? 'shift' : '', key];
  return parts.filter(Boolean).join('+');
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
}

/** A dialog, the palette or a popover is open: page shortcuts wait until it closes. */
const overlayOpen = () => document.querySelector('[role="dialog"][data-state="open"], [role="alertdialog"]') !== null;

function dispatch(event: KeyboardEvent) {
  if (event.defaultPrevented || event.isComposing) return; // an IME composing Korean owns the keys
  const combo = comboOf(event);
  const typing = isTyping(event.target);
  const overlay = overlayOpen();
  for (const binding of bindings) {
    if (binding.combo !== combo || binding.options.enabled === false) continue;
    if (typing && !binding.options.inInputs) continue;
    if (overlay && !binding.options.whileOverlay) continue;
    event.preventDefault();
    binding.handler(event);
    return;
  }
}

/**
 * The one keyboard-shortcut system: a single listener on the window, the same rules everywhere —
 * shortcuts stay out of the way of typing, of an IME and of an open overlay unless they ask otherwise,
 * and the most recently mounted binding of a key wins.
 */
export function useHotkey(combo: string | readonly string[], handler: (event: KeyboardEvent) => void, options: HotkeyOptions = {}): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  const { enabled = true, inInputs = false, whileOverlay = false } = options;
  const combos = typeof combo === 'string' ? combo : combo.join(' ');
  useEffect(() => {
    if (!enabled) return;
    if (!listening) {
      window.addEventListener('keydown', dispatch);
      listening = true;
    }
    const mine = combos.split(' ').map((c): Binding => ({ combo: c, handler: (e) => latest.current(e), options: { inInputs, whileOverlay } }));
    bindings.unshift(...mine);
    return () => {
      for (const b of mine) bindings.splice(bindings.indexOf(b), 1);
    };
  }, [combos, enabled, inInputs, whileOverlay]);
}
