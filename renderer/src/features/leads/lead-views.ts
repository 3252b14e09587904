import type { LeadFilters, LeadSort } from '@shared/index';

/** Queues that ship with every workspace: saved views a seller works through. */
export const queueIds = ['all', 'my_hand_offs', 'almost_qualified', 'recycled', 'sla_breached', 'hot_this_week'] as const;
export type QueueId = (typeof queueIds)[number];

export type QueueDefinition = {
  filters: LeadFilters;
  sort: LeadSort;
  /** Queues whose members come from a computation over more than the row (activities, criteria). */
  computed?: 'almost_qualified' | 'hot_this_week';
};

/** The filters and order of each queue for the person using Baton. */
export function queueDefinition(id: QueueId, currentMemberId: string | null, handOffStageId: string, recycledStageId: string): QueueDefinition {
  switch (id) {
    case 'all':
      return { filters: {}, sort: { column: 'updatedAt', direction: 'desc' } };
    case 'my_hand_offs':
      return { filters: { stages: [handOffStageId], ownerIds: [currentMemberId] }, sort: { column: 'engagementScore', direction: 'desc' } };
    case 'almost_qualified':
      return { filters: {}, sort: { column: 'engagementScore', direction: 'desc' }, computed: 'almost_qualified' };
    case 'recycled':
      return { filters: { stages: [recycledStageId] }, sort: { column: 'updatedAt', direction: 'desc' } };
    case 'sla_breached':
      return { filters: { slaBreached: true }, sort: { column: 'updatedAt', direction: 'asc' } };
    case 'hot_this_week':
      return { filters: {}, sort: { column: 'engagementScore', direction: 'desc' }, computed: 'hot_this_week' };
  }
}
