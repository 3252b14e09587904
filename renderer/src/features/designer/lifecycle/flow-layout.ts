import type { LifecycleDefinition } from '@shared/model';

export const BOX_W = 140;
export const BOX_H = 88;
const GAP = 34;
const PAD = 16;
/** Room above the funnel row for the arcs of moves that skip stages. */
const FUNNEL_Y = 92;
const SIDE_Y = FUNNEL_Y + BOX_H + 108;

export type Box = { id: string; x: number; y: number; side: boolean };
export type EdgeKind = 'forward' | 'skip' | 'back' | 'out' | 'loop' | 'side';
export type Edge = { from: string; to: string; kind: EdgeKind; path: string };
export type FlowLayout = { boxes: Box[]; edges: Edge[]; width: number; height: number };

/** Where an arrow touching a box leaves or enters its bottom: out-going to the left of centre, in-coming to the right, so a pair never overlaps. */
const bottomX = (b: Box, outgoing: boolean, spread: number) => b.x + BOX_W / 2 + (outgoing ? -1 : 1) * (12 + spread);

/**
 * The lifecycle as a drawing: funnel stages left to right, side states (Recycled, Disqualified)
 * spread below; one arrow per allowed transition — straight to the next stage, arcs over the row for
 * moves that skip stages, curves down to a side state and up again for recycle loops.
 */
export function layoutFlow(lifecycle: LifecycleDefinition): FlowLayout {
  const funnel = lifecycle.stages.filter((s) => s.kind === 'funnel');
  const side = lifecycle.stages.filter((s) => s.kind !== 'funnel');
  const width = PAD * 2 + Math.max(funnel.length, 1) * BOX_W + Math.max(funnel.length - 1, 0) * GAP;
  const boxes: Box[] = funnel.map((s, i) => ({ id: s.id, x: PAD + i * (BOX_W + GAP), y: FUNNEL_Y, side: false }));
  side.forEach((s, i) => {
    const centre = (width * (i + 1)) / (side.length + 1);
    boxes.push({ id: s.id, x: Math.round(centre - BOX_W / 2), y: SIDE_Y, side: true });
  });
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const order = new Map(funnel.map((s, i) => [s.id, i]));
  const edges: Edge[] = [];
  for (const stage of lifecycle.stages) {
    const a = byId.get(stage.id)!;
    stage.allowedNext.forEach((next) => {
      const b = byId.get(next);
      if (!b || b.id === a.id) return;
      if (!a.side && !b.side) {
        const span = order.get(b.id)! - order.get(a.id)!;
        if (span === 1) {
          edges.push({ from: a.id, to: b.id, kind: 'forward', path: `M${a.x + BOX_W} ${a.y + BOX_H / 2} L${b.x - 2} ${b.y + BOX_H / 2}` });
        } else if (span > 1) {
          const x1 = a.x + BOX_W / 2 + 14;
          const x2 = b.x + BOX_W / 2 - 14;
          const lift = Math.min(FUNNEL_Y - 8, 22 + (span - 2) * 16);
          edges.push({ from: a.id, to: b.id, kind: 'skip', path: `M${x1} ${a.y} C${x1} ${a.y - lift}, ${x2} ${b.y - lift}, ${x2} ${b.y - 2}` });
        } else {
          const x1 = a.x + BOX_W / 2;
          const x2 = b.x + BOX_W / 2;
          const drop = 28 + -span * 10;
          edges.push({
            from: a.id,
            to: b.id,
            kind: 'back',
            path: `M${x1} ${a.y + BOX_H} C${x1} ${a.y + BOX_H + drop}, ${x2} ${b.y + BOX_H + drop}, ${x2} ${b.y + BOX_H + 2}`,
          });
        }
        return;
      }
      if (!a.side && b.side) {
        const x1 = bottomX(a, true, 0);
        const x2 = b.x + BOX_W / 2 - 30 + ((order.get(a.id) ?? 0) % 7) * 4;
        edges.push({ from: a.id, to: b.id, kind: 'out', path: `M${x1} ${a.y + BOX_H} C${x1} ${a.y + BOX_H + 60}, ${x2} ${b.y - 60}, ${x2} ${b.y - 2}` });
        return;
      }
      if (a.side && !b.side) {
        const x1 = a.x + BOX_W / 2 + 18 + ((order.get(b.id) ?? 0) % 7) * 4;
        const x2 = bottomX(b, false, 0);
        edges.push({ from: a.id, to: b.id, kind: 'loop', path: `M${x1} ${a.y} C${x1} ${a.y - 70}, ${x2} ${b.y + BOX_H + 70}, ${x2} ${b.y + BOX_H + 2}` });
        return;
      }
      // Side state to side state (Recycled → Disqualified): straight across.
      const left = a.x < b.x;
      edges.push({
        from: a.id,
        to: b.id,
        kind: 'side',
        path: left
          ? `M${a.x + BOX_W} ${a.y + BOX_H / 2 + 8} L${b.x - 2} ${b.y + BOX_H / 2 + 8}`
          : `M${a.x} ${a.y + BOX_H / 2 - 8} L${b.x + BOX_W + 2} ${b.y + BOX_H / 2 - 8}`,
      });
    });
  }
  return { boxes, edges, width, height: side.length > 0 ? SIDE_Y + BOX_H + PAD : FUNNEL_Y + BOX_H + 60 };
}

/** The stage the arrow keys go to: along the row, or down/up to the nearest box of the other row. */
export function neighbour(layout: FlowLayout, id: string, key: string): string | null {
  const here = layout.boxes.find((b) => b.id === id);
  if (!here) return layout.boxes[0]?.id ?? null;
  const row = layout.boxes.filter((b) => b.side === here.side).sort((a, b) => a.x - b.x);
  const other = layout.boxes.filter((b) => b.side !== here.side);
  const i = row.indexOf(here);
  const nearest = () => (other.length === 0 ? null : other.reduce((best, b) => (Math.abs(b.x - here.x) < Math.abs(best.x - here.x) ? b : best), other[0]!).id);
  switch (key) {
    case 'ArrowRight':
      return row[Math.min(i + 1, row.length - 1)]!.id;
    case 'ArrowLeft':
      return row[Math.max(i - 1, 0)]!.id;
    case 'ArrowDown':
      return here.side ? null : nearest();
    case 'ArrowUp':
      return here.side ? nearest() : null;
    case 'Home':
      return layout.boxes[0]!.id;
    case 'End':
      return layout.boxes[layout.boxes.length - 1]!.id;
    default:
      return null;
  }
}
