import type { FunnelIndex } from './funnel-columns';
import { rowAtOrAfter } from './funnel-pass';
import type { DateRange } from './scope';

/** Per contact, 1 if it entered the hand-off stage in the period, and 1 if one of those stays broke its SLA. */
export type HandOffWaits = { entered: Uint8Array; breached: Uint8Array };

/**
 * The SLA facts behind "42 MQLs waited longer than the 24 h SLA": of the contacts (in the mask)
 * entering the hand-off stage during the period, which waited past the deadline of an SLA task
 * made during that stay (`runningSlaTasks`' rule: made at or after entry, before leaving). A wait
 * ends when the task is done or the contact leaves the stage (the clock stops then, as
 * `slaTasksStoppedBy`), else it runs until `now`. The deadline is the task's own, already counted
 * in working hours when the hand-off made it, so no calendar is walked here.
 */
export function handOffWaits(index: FunnelIndex, mask: Uint8Array, range: DateRange, stageId: string, now: number): HandOffWaits {
  const n = mask.length;
  const entered = new Uint8Array(n);
  const breached = new Uint8Array(n);
  const stage = index.stages.index.get(stageId);
  if (stage === undefined) return { entered, breached };
  const staySince = new Float64Array(n).fill(NaN);
  let open = 0;
  const judge = (c: number, start: number, leftAt: number) => {
    for (let slot = index.contactTaskHead[c]!; slot !== -1; slot = index.taskNext[slot]!) {
      const created = index.taskCreated[slot]!;
      if (created < start || created >= leftAt) continue;
      const done = index.taskDone[slot]!;
      const stoppedAt = Math.min(Number.isNaN(done) ? Infinity : done, leftAt);
      if ((stoppedAt === Infinity ? now : stoppedAt) > index.taskDeadline[slot]!) breached[c] = 1;
    }
  };
  const end = rowAtOrAfter(index, range.to);
  // A stay entered in the period may end after it, so the scan runs on until every stay has ended.
  for (let row = rowAtOrAfter(index, range.from); row < index.size && (row < end || open > 0); row++) {
    if (!index.rowLive[row]) continue;
    const c = index.rowContact[row]!;
    const at = index.rowAt[row]!;
    const since = staySince[c]!;
    if (!Number.isNaN(since)) {
      judge(c, since, at);
      staySince[c] = NaN;
      if (index.lastLineAt[c]! > since) open--;
    }
    if (row < end && index.rowTo[row] === stage && mask[c]) {
      staySince[c] = at;
      entered[c] = 1;
      // A contact with no later line stays until now: only stays something ends keep the scan going
      // (a line tied in time comes before `end`, which the scan reaches anyway).
      if (index.lastLineAt[c]! > at) open++;
    }
  }
  for (let c = 0; c < n; c++) if (!Number.isNaN(staySince[c]!)) judge(c, staySince[c]!, Infinity);
  return { entered, breached };
}
