import { useEffect, useState } from 'react';

const focused = () => {
  const active = document.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
};

/**
 * Gives the focus back to whatever had it when an overlay (dialog, palette, form) opened. Our overlays
 * open from code — a shortcut, a palette command — not from a trigger their library knows, so without
 * this the focus falls to the page body when they close and a keyboard user starts over from the top.
 */
export function useFocusReturn(open: boolean): void {
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
      (returnTo.isConnected ? returnTo : document.querySelector<HTMLElement>('main'))?.focus({ preventScroll: true });
      setReturnTo(null);
    });
    return () => cancelAnimationFrame(frame);
  }, [open, returnTo]);
}
