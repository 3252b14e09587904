import { describe, expect, it } from 'vitest';
import { createDefaultLifecycle } from '@shared/index';
import { layoutFlow, neighbour } from './flow-layout';
import { addStageAfter, moveStage, removeStage } from './lifecycle-draft';

const lifecycle = () => createDefaultLifecycle(0, 'l1');

describe('layoutFlow', () => {
  it('draws one arrow per allowed transition, each of the kind its ends make', () => {
    const def = lifecycle();
    const { boxes, edges } = layoutFlow(def);
    expect(edges).toHaveLength(def.stages.reduce((n, s) => n + s.allowedNext.length, 0));
    const kind = (from: string, to: string) => edges.find((e) => e.from === from && e.to === to)?.kind;
    expect(kind('lead', 'mql')).toBe('forward');
    expect(kind('lead', 'sql')).toBe('skip');
    expect(kind('lead', 'recycled')).toBe('out');
    expect(kind('recycled', 'mql')).toBe('loop');
    expect(kind('recycled', 'disqualified')).toBe('side');
    // Funnel left to right in one row, side states below it.
    const funnel = boxes.filter((b) => !b.side);
    expect(funnel.map((b) => b.id)).toEqual(['prospect', 'subscriber', 'lead', 'mql', 'sql', 'opportunity', 'customer']);
    expect(funnel.every((b, i) => i === 0 || b.x > funnel[i - 1]!.x)).toBe(true);
    expect(boxes.filter((b) => b.side).every((b) => b.y > funnel[0]!.y)).toBe(true);
  });

  it('arrow keys walk the row and step between the funnel and the side states', () => {
    const layout = layoutFlow(lifecycle());
    expect(neighbour(layout, 'lead', 'ArrowRight')).toBe('mql');
    expect(neighbour(layout, 'prospect', 'ArrowLeft')).toBe('prospect');
    expect(neighbour(layout, 'recycled', 'ArrowRight')).toBe('disqualified');
    expect(['recycled', 'disqualified']).toContain(neighbour(layout, 'lead', 'ArrowDown'));
    expect(layout.boxes.some((b) => !b.side && b.id === neighbour(layout, 'recycled', 'ArrowUp'))).toBe(true);
    expect(neighbour(layout, 'lead', 'End')).toBe('disqualified');
  });
});

describe('draft edits', () => {
  it('a stage added after another is wired in, reorders among funnel stages only, and its removal takes its arrows along', () => {
    const { lifecycle: added, id } = addStageAfter(lifecycle(), 'lead', 'Nurture');
    expect(id).toBe('nurture');
    expect(added.stages.map((s) => s.id).slice(2, 5)).toEqual(['lead', 'nurture', 'mql']);
    expect(added.stages.find((s) => s.id === 'lead')!.allowedNext).toContain('nurture');
    expect(added.stages.find((s) => s.id === 'nurture')!.allowedNext).toContain('mql');
    const moved = moveStage(added, 'nurture', 1);
    expect(moved.stages.map((s) => s.id).slice(2, 5)).toEqual(['lead', 'mql', 'nurture']);
    expect(moveStage(moved, 'customer', 1)).toBe(moved);
    const removed = removeStage(moved, 'nurture');
    expect(removed.stages.some((s) => s.id === 'nurture' || s.allowedNext.includes('nurture'))).toBe(false);
  });
});
