import type { KeyboardCoordinateGetter } from '@dnd-kit/core';

/**
 * Keyboard moves go one drop target at a time: ← and → put the picked-up card on the previous or
 * next stage, then Won, then Lost (stacked, so ordered by left edge and then top). The card is
 * centred on its target, so the nearest-centre collision always picks exactly that target.
 */
export const stageByStage: KeyboardCoordinateGetter = (event, { context: { collisionRect, droppableRects, over } }) => {
  const step = event.code === 'ArrowRight' ? 1 : event.code === 'ArrowLeft' ? -1 : 0;
  if (!collisionRect || step === 0) return undefined;
  event.preventDefault();
  const targets = [...droppableRects.entries()].sort(([, a], [, b]) => a.left - b.left || a.top - b.top);
  const center = collisionRect.left + collisionRect.width / 2;
  const current = over ? targets.findIndex(([id]) => id === over.id) : targets.findIndex(([, r]) => center >= r.left && center <= r.left + r.width);
  const next = targets[Math.max(0, Math.min(targets.length - 1, current + step))];
  if (!next) return undefined;
  const [, rect] = next;
  return { x: rect.left + (rect.width - collisionRect.width) / 2, y: rect.top + (rect.height - collisionRect.height) / 2 };
};
