import { useEffect, useState } from 'react';
import { useHotkey } from './use-hotkey';

const focused = () => {
  const active = document.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
};

/**
 * Gives the focus back to whatever had it when an overlay (dialog, palette, form) opened. Our overlays
 * open from code — a shortcut, a palette command — not from a trigger their library knows, so without
 * this the focus falls to the page body when they close and a keyboard user starts over from the top.
 */
export function useFocusReturn(open: boolean, fallback?: () => HTMLElement | null): void {
  const [returnTo, setReturnTo] = useState<HTMLElement | null>(null);
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    // Noted while rendering the opening, before an autoFocus inside the overlay moves the focus.
    setWasOpen(open);
    if (open) setReturnTo(focused());
  }
  useEffect(() => {
    if (open || !returnTo) return;
    const frame = requestAnimationFrame(() => {
      if (focused()) return; // something took the focus on purpose (an opened record's heading)
      // The opener may have been replaced while open (an Edit button hidden by its form): the fallback names its successor.
      (returnTo.isConnected ? returnTo : (fallback?.() ?? document.querySelector<HTMLElement>('main')))?.focus({ preventScroll: true });
      setReturnTo(null);
    });
    return () => cancelAnimationFrame(frame);
    // The fallback is read when the frame runs; a new function each render must not restart it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, returnTo]);
}

/**
 * An inline form (Edit profile, Rate BANT, Create deal): Escape cancels it from any of its inputs, and
 * closing it — saved or cancelled — gives the focus back to the button that opened it.
 */
export function useInlineForm(open: boolean, cancel: () => void, opener: () => HTMLElement | null): void {
  useHotkey('escape', cancel, { enabled: open, inInputs: true });
  useFocusReturn(open, opener);
}
