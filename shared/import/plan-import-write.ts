import type { Activity } from '../model/activity';
import type { Company } from '../model/company';
import type { Contact } from '../model/contact';
import type { Deal } from '../model/deal';
import type { DealMove } from '../model/deal-move';
import type { Icp } from '../model/icp';
import type { LifecycleDefinition } from '../model/lifecycle';
import type { Persona } from '../model/persona';
import type { Pipeline } from '../model/pipeline';
import type { Timestamp } from '../model/record';
import type { ScoringModel } from '../model/scoring-model';
import type { StageTransition } from '../model/stage-transition';
import type { Task } from '../model/task';
import { applyTransition } from '../lifecycle/apply-transition';
import { buildTransitionContext } from '../lifecycle/build-transition-context';
import { personaMatcher } from '../personas/assign-persona';
import { planDealMove } from '../pipeline/plan-deal-move';
import { withCachedScores } from '../scoring/cached-scores';
import { compileScoringModel, scoreWithCompiled } from '../scoring/score-contact';
import type { KeptValue } from '../contacts/merge-contacts';
import type { RowIssue } from './import-issue';
import type { ImportCounts } from './import-record';
import type { ImportTarget } from './import-mapping';
import type { LinkedRecords } from './link-records';
import type { MappedImport } from './map-rows';
import type { DedupePlan } from './plan-dedupe';

export type ImportDesign = { lifecycle: LifecycleDefinition; model: ScoringModel; icp: Icp | null; personas: readonly Persona[]; pipeline: Pipeline };

export type ImportWriteInput = {
  importId: string;
  fileName: string;
  now: Timestamp;
  newId: () => string;
  mapped: Pick<MappedImport, 'rowsRead' | 'rejectedRows'>;
  plan: DedupePlan;
  linked: LinkedRecords;
  design: ImportDesign;
  /** The workspace's companies by id: a contact the file links to a stored company is scored with it. */
  storedCompanies: ReadonlyMap<string, Company>;
  /** Stored activities and deals of contacts the file moves to another stage: the lifecycle's criteria read them. */
  storedFacts?: ReadonlyMap<string, { activities: readonly Activity[]; deals: readonly Deal[] }>;
  /** Which column a Baton field was read from, so a refused move names the cell. */
  columnOf: (target: ImportTarget) => string;
  /** Names for ids in merge notes (a kept company, owner or persona is written by name). */
  nameOf?: (field: 'companyId' | 'ownerId' | 'personaId', id: string) => string | null;
};

/** Everything one import writes, table by table: `add` are new records, `put` replace stored ones. */
export type ImportWrite = {
  companies: { add: Company[]; put: Company[] };
  contacts: { add: Contact[]; put: Contact[] };
  transitions: StageTransition[];
  deals: { add: Deal[]; put: Deal[] };
  dealMoves: DealMove[];
  activities: Activity[];
  tasks: Task[];
  /** Moves the lifecycle or the pipeline refused: the record keeps its stage, the report says why. */
  issues: RowIssue[];
  counts: Omit<ImportCounts, 'teamMembers'>;
};

const stamp = (now: Timestamp, id: string) => ({ id, createdAt: now, updatedAt: now, deletedAt: null });

/** The merge note an updated contact gets: the file's values it did not take, by name. */
function mergeNote(input: ImportWriteInput, contactId: string, kept: readonly KeptValue[]): Activity {
  const named = kept.map(({ field, value }) => {
    if (field === 'companyId' || field === 'ownerId' || field === 'personaId')
      return { field: field.replace(/Id$/, ''), value: input.nameOf?.(field, value) ?? value };
    return { field, value };
  });
  return {
    ...stamp(input.now, input.newId()),
    contactId,
    dealId: null,
    type: 'note_added',
    at: input.now,
    url: null,
    seconds: null,
    meta: { kind: 'merge', mergedFrom: input.fileName, kept: JSON.stringify(named) },
    byMemberId: null,
  };
}

/**
 * What an import writes, decided once: new contacts get their persona, scores (engagement from the
 * file's events, fit with their company and the ICP) and a creation line in the transition log;
 * an updated contact's stage change goes through the lifecycle engine (refused: it keeps its stage,
 * reported), and differing values it did not take go into a merge note; new deals get their first
 * stage-history line, a re-imported deal moves only by the pipeline's rule (planDealMove). Every
 * contact the import created or updated carries its id, for the saved view of the import.
 */
export function planImportWrite(input: ImportWriteInput): ImportWrite {
  const { now, newId, plan, linked, design, importId } = input;
  const compiled = compileScoringModel(design.model);
  const persona = personaMatcher(design.personas);
  const companies = new Map(input.storedCompanies);
  for (const c of [...plan.companies.creates, ...plan.companies.updates]) companies.set(c.record.id, c.record);
  const companyOf = (c: Contact) => (c.companyId ? (companies.get(c.companyId) ?? null) : null);
  const eventsOf = new Map<string, Activity[]>();
  for (const a of linked.activities) {
    const list = eventsOf.get(a.contactId);
    if (list) list.push(a);
    else eventsOf.set(a.contactId, [a]);
  }
  const issues: RowIssue[] = [];
  const transitions: StageTransition[] = [];
  const notes: Activity[] = [];

  const added = plan.contacts.creates.map(({ record }) => {
    const draft: Contact = { ...record, personaId: persona(record.jobTitle)?.personaId ?? null, importId };
    const events = eventsOf.get(draft.id) ?? [];
    const score = scoreWithCompiled(draft, events, compiled, now, { company: companyOf(draft), icp: design.icp });
    transitions.push({
      ...stamp(now, newId()),
      contactId: draft.id,
      from: null,
      to: draft.lifecycleStage,
      at: draft.stageEnteredAt,
      byMemberId: null,
      kind: 'created',
      reason: 'import',
      recycleReason: null,
      override: false,
    });
    return withCachedScores(draft, score, events, now);
  });

  const put = plan.contacts.updates.map((update) => {
    const { before } = update;
    let next: Contact = { ...update.record, importId, personaId: update.record.personaId ?? persona(update.record.jobTitle)?.personaId ?? null };
    const stored = input.storedFacts?.get(before.id);
    const events = [...(stored?.activities ?? []), ...(eventsOf.get(before.id) ?? [])];
    if (update.stageChange) {
      // The move is judged from where the stored contact stands, with its merged profile: the lifecycle decides, not the file.
      const from: Contact = { ...next, lifecycleStage: before.lifecycleStage, stageEnteredAt: before.stageEnteredAt, recycleReason: before.recycleReason };
      const { context } = buildTransitionContext({
        contact: from,
        activities: events,
        deals: stored?.deals ?? [],
        company: companyOf(from),
        model: design.model,
        icp: design.icp,
        now,
      });
      const target = design.lifecycle.stages.find((s) => s.id === update.stageChange!.to);
      const moved = applyTransition(
        from,
        { to: update.stageChange.to, at: now, by: null, reason: 'import', recycleReason: target?.kind === 'recycled' ? 'other' : null },
        design.lifecycle,
        context,
      );
      if (moved.ok) {
        next = moved.contact;
        transitions.push(moved.transition);
      } else {
        next = from;
        issues.push({
          row: update.rows[0]!,
          column: input.columnOf('contact.lifecycleStage'),
          value: update.stageChange.to,
          field: 'contact.lifecycleStage',
          code: 'stage_move_refused',
          severity: 'warning',
        });
      }
    }
    if (update.kept.length > 0) notes.push(mergeNote(input, before.id, update.kept));
    // Engagement is recomputed only when the file brings events for the contact; the stored score already counts its own log.
    const score = scoreWithCompiled(next, events, compiled, now, { company: companyOf(next), icp: design.icp });
    const scored = withCachedScores(next, score, events, now);
    return stored || eventsOf.has(before.id) ? scored : { ...scored, engagementScore: before.engagementScore, lastActivityAt: before.lastActivityAt };
  });

  const dealMoves: DealMove[] = linked.deals.map((d) => ({
    ...stamp(now, newId()),
    dealId: d.id,
    pipelineId: d.pipelineId,
    from: null,
    to: d.stageId,
    at: d.stageEnteredAt,
    byMemberId: null,
  }));
  const dealPuts = linked.dealUpdates.map((u) => {
    if (!u.stageChange) return u.record;
    const moved = planDealMove(u.record, design.pipeline, { toStageId: u.stageChange.to }, now, null);
    if (moved.ok) {
      dealMoves.push({ ...stamp(now, newId()), ...moved.move });
      return moved.deal;
    }
    issues.push({
      row: u.rows[0]!,
      column: input.columnOf('deal.stage'),
      value: u.stageChange.to,
      field: 'deal.stage',
      code: 'stage_move_refused',
      severity: 'warning',
    });
    return u.record;
  });

  const skippedContacts = plan.contacts.skips.length;
  return {
    companies: { add: plan.companies.creates.map((c) => c.record), put: plan.companies.updates.map((u) => u.record) },
    contacts: { add: added, put },
    transitions,
    deals: { add: linked.deals, put: dealPuts },
    dealMoves,
    activities: [...linked.activities, ...notes],
    tasks: linked.tasks,
    issues,
    counts: {
      rowsRead: input.mapped.rowsRead,
      failedRows: input.mapped.rejectedRows.length + linked.unlinkedRows.length,
      contacts: { created: added.length, updated: put.length, skipped: skippedContacts },
      companies: { created: plan.companies.creates.length, updated: plan.companies.updates.length, skipped: plan.companies.skips.length },
      deals: { created: linked.deals.length, updated: dealPuts.length, skipped: linked.dealSkips.length },
      activities: { created: linked.activities.length, updated: 0, skipped: 0 },
      tasks: { created: linked.tasks.length, updated: 0, skipped: 0 },
    },
  };
}

/**
 * The deal custom field that holds the source CRM's id (Maven's opportunity_id, a "Deal ID"
 * column): re-importing the file matches deals by it instead of adding them again. Null when the
 * mapping has none.
 */
export function dealKeyField(mapping: Readonly<Record<string, { kind: string; entity?: string; key?: string }>>): string | null {
  for (const m of Object.values(mapping)) if (m.kind === 'custom' && m.entity === 'deal' && m.key && /(^|_)id$/.test(m.key)) return m.key;
  return null;
}
