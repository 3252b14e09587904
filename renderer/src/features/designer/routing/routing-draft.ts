import { newId, type FieldCondition, type RoutingRule, type RoutingTarget } from '@shared/model';

export const targetKinds = ['person', 'round_robin', 'least_loaded', 'weighted_round_robin', 'territory'] as const satisfies readonly RoutingTarget['kind'][];

export const newRoutingRule = (name: string, order: number, memberId: string): RoutingRule => ({
  id: newId(),
  createdAt: 0,
  updatedAt: 0,
  deletedAt: null,
  name,
  order,
  active: true,
  conditions: [],
  target: { kind: 'person', memberId },
});

export const newCondition = (): FieldCondition => ({ op: 'range', field: 'company.employeeCount', min: 0, max: 10 });

/** The people a target names, whatever its kind. */
export function membersOf(target: RoutingTarget): string[] {
  switch (target.kind) {
    case 'person':
      return target.memberId === '' ? [] : [target.memberId];
    case 'weighted_round_robin':
      return target.weights.map((w) => w.memberId);
    default:
      return target.memberIds;
  }
}

/** The same people under another kind of target (weights start at 1). */
export function withTargetKind(target: RoutingTarget, kind: RoutingTarget['kind']): RoutingTarget {
  const ids = membersOf(target);
  switch (kind) {
    case 'person':
      return { kind, memberId: ids[0] ?? '' };
    case 'weighted_round_robin':
      return {
        kind,
        weights: ids.map((memberId) => ({
          memberId,
          weight: target.kind === 'weighted_round_robin' ? (target.weights.find((w) => w.memberId === memberId)?.weight ?? 1) : 1,
        })),
      };
    default:
      return { kind, memberIds: ids };
  }
}

/** Adds or removes a person from a pool target. */
export function togglePoolMember(target: RoutingTarget, memberId: string, on: boolean): RoutingTarget {
  if (target.kind === 'person') return on ? { kind: 'person', memberId } : target;
  if (target.kind === 'weighted_round_robin')
    return {
      kind: target.kind,
      weights: on ? [...target.weights.filter((w) => w.memberId !== memberId), { memberId, weight: 1 }] : target.weights.filter((w) => w.memberId !== memberId),
    };
  return {
    kind: target.kind,
    memberIds: on ? [...target.memberIds.filter((id) => id !== memberId), memberId] : target.memberIds.filter((id) => id !== memberId),
  };
}
