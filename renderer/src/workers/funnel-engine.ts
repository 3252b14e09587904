import {
  appendTransitions,
  buildFunnelIndex,
  funnelIds,
  funnelMembers,
  funnelReport,
  handOffSlaHours,
  updateAssignments,
  updateContactPipelines,
  updateContacts,
  updateTasks,
  updateTeam,
  type FunnelIndex,
  type FunnelQuery,
  type FunnelReport,
  type FunnelSelector,
} from '@shared/index';
import { loadFunnelSource, type FunnelSource, type FunnelWatermarks } from '../db/repositories/funnel-repository';
import { openWorkspaceDb, type WorkspaceDb } from '../db/workspace-db';

/** What the page needs to know of the lifecycle besides the figures. */
export type FunnelShape = {
  funnel: string[];
  handOffStageId: string | null;
  handOffSlaHours: number | null;
  timeZone: string;
  contacts: number;
  transitions: number;
  /** Values the filters can offer: the sources and tags contacts have. */
  sources: string[];
  tags: string[];
};

export type FunnelLoadProgress = { phase: 'reading' | 'building' };

type State = {
  db: WorkspaceDb;
  index: FunnelIndex;
  watermarks: FunnelWatermarks;
  lifecycleAt: number;
  /** Deal → its contacts and pipeline, so a changed deal re-derives its contacts' pipelines. */
  deals: Map<string, { contactIds: readonly string[]; pipelineId: string }>;
  shape: FunnelShape;
};

function pipelinesOf(deals: State['deals'], contactIds: Iterable<string>): [string, string[]][] {
  const wanted = new Set(contactIds);
  const byContact = new Map<string, Set<string>>([...wanted].map((c) => [c, new Set<string>()]));
  for (const deal of deals.values()) for (const c of deal.contactIds) if (wanted.has(c)) byContact.get(c)!.add(deal.pipelineId);
  return [...byContact].map(([c, pipelines]) => [c, [...pipelines]]);
}

function shapeOf(source: FunnelSource, index: FunnelIndex): FunnelShape {
  const lifecycle = source.lifecycle;
  return {
    funnel: index.stages.ids.slice(0, index.funnelSize),
    handOffStageId: lifecycle?.handOffStageId ?? null,
    handOffSlaHours: lifecycle ? handOffSlaHours(lifecycle) : null,
    timeZone: source.timeZone,
    contacts: index.contacts.ids.length,
    transitions: index.size,
    sources: [...index.sources.ids].sort(),
    tags: [...index.tags.ids].sort(),
  };
}

function build(db: WorkspaceDb, source: FunnelSource): State {
  const deals = new Map(source.deals.filter((d) => d.deletedAt === null).map((d) => [d.id, { contactIds: d.contactIds, pipelineId: d.pipelineId }]));
  const contactIds = new Set([...deals.values()].flatMap((d) => d.contactIds));
  const index = buildFunnelIndex({
    transitions: source.transitions,
    contacts: source.contacts,
    funnel: source.lifecycle ? funnelIds(source.lifecycle) : [],
    team: source.team,
    pipelinesByContact: pipelinesOf(deals, contactIds),
    tasks: source.tasks,
    assignments: source.assignments,
  });
  return { db, index, watermarks: source.watermarks, lifecycleAt: source.lifecycle?.updatedAt ?? -Infinity, deals, shape: shapeOf(source, index) };
}

/** The funnel report's engine over one open workspace: what the funnel worker runs (and tests run without a worker). */
export function createFunnelEngine() {
  let state: State | null = null;

  /**
   * Opens the workspace in this worker and builds the funnel index once: the whole log as typed
   * columns, so each filter change recomputes in milliseconds without touching the UI thread.
   */
  async function open(dbName: string, onProgress?: (p: FunnelLoadProgress) => void): Promise<FunnelShape> {
    close();
    const db = openWorkspaceDb(dbName);
    onProgress?.({ phase: 'reading' });
    const source = await loadFunnelSource(db);
    onProgress?.({ phase: 'building' });
    state = build(db, source);
    return state.shape;
  }

  /** Brings the index up to date with what was written since it was built (or last refreshed); a lifecycle change rebuilds it. */
  async function refresh(): Promise<FunnelShape> {
    if (!state) throw new Error('the funnel worker has no open workspace');
    const s = state;
    const changed = await loadFunnelSource(s.db, s.watermarks);
    if ((changed.lifecycle?.updatedAt ?? -Infinity) !== s.lifecycleAt) {
      state = build(s.db, await loadFunnelSource(s.db));
      return state.shape;
    }
    if (changed.contacts.length > 0) updateContacts(s.index, changed.contacts);
    if (changed.team.length > 0) updateTeam(s.index, changed.team);
    if (changed.tasks.length > 0) updateTasks(s.index, changed.tasks);
    if (changed.assignments.length > 0) updateAssignments(s.index, changed.assignments);
    if (changed.deals.length > 0) {
      const touched = new Set<string>();
      for (const d of changed.deals) {
        for (const c of s.deals.get(d.id)?.contactIds ?? []) touched.add(c);
        if (d.deletedAt === null) s.deals.set(d.id, { contactIds: d.contactIds, pipelineId: d.pipelineId });
        else s.deals.delete(d.id);
        for (const c of d.contactIds) touched.add(c);
      }
      updateContactPipelines(s.index, pipelinesOf(s.deals, touched));
    }
    if (changed.transitions.length > 0) appendTransitions(s.index, changed.transitions);
    s.watermarks = changed.watermarks;
    s.shape = shapeOf(changed, s.index);
    return s.shape;
  }

  function report(query: FunnelQuery): FunnelReport {
    if (!state) throw new Error('the funnel worker has no open workspace');
    return funnelReport(state.index, query);
  }

  function members(query: FunnelQuery, selector: FunnelSelector): string[] {
    if (!state) throw new Error('the funnel worker has no open workspace');
    return funnelMembers(state.index, query, selector);
  }

  function close(): void {
    state?.db.close();
    state = null;
  }

  return { open, refresh, report, members, close };
}

export type FunnelEngine = ReturnType<typeof createFunnelEngine>;
