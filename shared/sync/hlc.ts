/**
 * A hybrid logical clock (Kulkarni et al.): wall time in milliseconds, a counter for events in the
 * same millisecond (or while the wall clock lags a stamp already seen), and the replica id. Stamps are
 * written so that comparing them as strings compares (wall, counter, replica): the replica id is the
 * tie-break that makes two concurrent edits of one field converge to the same winner everywhere.
 */
export type Hlc = { wall: number; counter: number; replica: string };

const wallDigits = 15;
const counterDigits = 6;
const maxCounter = 10 ** counterDigits - 1;
const stampPattern = /^(\d{15})\.(\d{6})\.([0-9A-Za-z-]{1,64})$/;

/** The clock of a replica that has seen nothing yet. */
export const zeroHlc = (replica: string): Hlc => ({ wall: 0, counter: 0, replica });

/** A clock as its sortable stamp: `WWWWWWWWWWWWWWW.CCCCCC.<replica>`. */
export function formatHlc(clock: Hlc): string {
  return `${String(clock.wall).padStart(wallDigits, '0')}.${String(clock.counter).padStart(counterDigits, '0')}.${clock.replica}`;
}

/** A stamp read back, or null when it is not one (a malformed server document). */
export function parseHlc(stamp: string): Hlc | null {
  const match = stampPattern.exec(stamp);
  if (!match) return null;
  return { wall: Number(match[1]), counter: Number(match[2]), replica: match[3]! };
}

/** Whether a string is a well-formed stamp. */
export const isHlcStamp = (stamp: unknown): stamp is string => typeof stamp === 'string' && stampPattern.test(stamp);

/** Orders two stamps: negative when `a` is earlier. Stamps are built to compare as strings. */
export const compareStamps = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function bump(wall: number, counter: number, replica: string): Hlc {
  // A counter that overflows moves to the next millisecond: stamps stay fixed-width and ordered.
  return counter > maxCounter ? { wall: wall + 1, counter: 0, replica } : { wall, counter, replica };
}

/** The clock after a local event at wall time `now`: later than every stamp the replica has made or seen. */
export function tickHlc(clock: Hlc, now: number): Hlc {
  const wall = Math.max(clock.wall, Math.floor(now));
  return bump(wall, wall === clock.wall ? clock.counter + 1 : 0, clock.replica);
}

/** The clock after seeing a remote stamp: never earlier than it, so the next local event is stamped after it. */
export function receiveHlc(clock: Hlc, remote: Hlc): Hlc {
  if (remote.wall > clock.wall || (remote.wall === clock.wall && remote.counter > clock.counter))
    return { wall: remote.wall, counter: remote.counter, replica: clock.replica };
  return clock;
}
