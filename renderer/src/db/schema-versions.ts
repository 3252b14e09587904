import type { Transaction } from 'dexie';
import { upgradeToFunnelIntegrity } from './migrations/v4-funnel-integrity';
import { upgradeToDealPipeline } from './migrations/v6-deal-pipeline';
import { upgradeToDealSource } from './migrations/v7-deal-source';
import { upgradeToVoiceOfCustomer } from './migrations/v10-voice-of-customer';

/** One step of the workspace database's history. Never edit a released step: add a new one. */
export type SchemaVersion = {
  version: number;
  /** Dexie store definitions that change at this version (unchanged tables may be omitted). */
  stores: Record<string, string | null>;
  /** Data migration run once when a database is upgraded to this version. */
  upgrade?: (tx: Transaction) => Promise<void>;
  why: string;
};

export const schemaVersions: SchemaVersion[] = [
  {
    version: 1,
    why: 'First schema: one table per record kind with the indexes the leads list, record page and reports need.',
    stores: {
      meta: 'id',
      teamMembers: 'id, role, updatedAt',
      companies: 'id, name, updatedAt',
      contacts: 'id, lifecycleStage, ownerId, engagementScore, email, companyId, updatedAt',
      activities: 'id, [contactId+at], at, updatedAt',
      deals: 'id, [pipelineId+stageId], primaryContactId, companyId, ownerId, updatedAt',
      pipelines: 'id, updatedAt',
      tasks: 'id, ownerId, contactId, dueAt, updatedAt',
      personas: 'id, updatedAt',
      icps: 'id, updatedAt',
      scoringModels: 'id, updatedAt',
      lifecycles: 'id, updatedAt',
      routingRules: 'id, order, updatedAt',
      transitions: 'id, contactId, at, [contactId+at], updatedAt',
    },
  },
  {
    version: 2,
    why: 'Queues read "stage X, highest score first" and "my contacts in stage X": compound indexes serve both without a scan.',
    stores: {
      contacts: 'id, lifecycleStage, ownerId, engagementScore, email, companyId, updatedAt, [lifecycleStage+engagementScore], [ownerId+lifecycleStage]',
    },
  },
  {
    version: 3,
    why: 'Threshold actions route leads and notify people: an assignments log and notifications get tables, the settings record keeps the round-robin state so fairness survives restarts and sync, and saved views of the leads list get a table.',
    stores: {
      assignments: 'id, contactId, at, toOwnerId, updatedAt',
      notifications: 'id, memberId, role, createdAt, readAt, updatedAt',
      leadViews: 'id, order, updatedAt',
    },
    upgrade: async (tx) => {
      await tx
        .table('meta')
        .toCollection()
        .modify((meta: { routingState?: unknown }) => {
          meta.routingState ??= { roundRobin: {}, weighted: {} };
        });
    },
  },
  {
    version: 4,
    why: "Funnel integrity: team members get an admin flag, lifecycles say who decides hand-offs and overrides and where unrouted leads go, the MQL criterion uses the hand-off measure and the ICP's own threshold, models get an engagement floor and whole-word title rules, round robin remembers the person, and calendars without working time are replaced. Deals are indexed by every contact on them, so a lost deal finds all the contacts it recycles.",
    stores: {
      deals: 'id, [pipelineId+stageId], primaryContactId, *contactIds, companyId, ownerId, updatedAt',
    },
    upgrade: upgradeToFunnelIntegrity,
  },
  {
    version: 5,
    why: 'The change log: every write of the workspace API appends the changed record (table, id, time, origin, batch and the record before) in the same transaction. Sync pushes from it and undo reverts a batch from it.',
    stores: {
      changes: 'id, at, batchId, [table+recordId]',
    },
  },
  {
    version: 6,
    why: 'The deal pipeline: every stage change of a deal is kept in a stage history (time in stage, undo, sync), stages say what a deal needs to enter them (amount, close date) and can be archived.',
    stores: {
      dealMoves: 'id, dealId, [dealId+at], at, updatedAt',
      deals: 'id, [pipelineId+stageId], [pipelineId+status], primaryContactId, *contactIds, companyId, ownerId, updatedAt',
      tasks: 'id, ownerId, contactId, dealId, dueAt, updatedAt',
    },
    upgrade: upgradeToDealPipeline,
  },
  {
    version: 7,
    why: "Deals say where they came from (their first contact's lead source), so the board filters by source; tasks of a deal are found by it.",
    stores: {},
    upgrade: upgradeToDealSource,
  },
  {
    version: 8,
    why: 'CSV imports: each finished import is a record (file, time, counts, its batch in the change log, status) so it can be listed and rolled back; it is written in the same transaction as what it imported.',
    stores: {
      imports: 'id, at',
    },
  },
  {
    version: 9,
    why: "Funnel designs as documents: each saved version of the workspace's design (name, note, the whole design, who saved it) gets a table, and each role's KPI targets are kept one record per role so the design travels with them.",
    stores: {
      designVersions: 'id, createdAt',
      roleTargets: 'id, role',
    },
  },
  {
    version: 10,
    why: "Marketing's side of the agreement: personas get a colour and a decision role; the voice-of-customer library (quotes per persona or workspace-wide, found by persona and topic) and the content by stage (assets found by the stages and personas they suit) get tables of their own, filled from what personas held.",
    stores: {
      quotes: 'id, personaId, topic, updatedAt',
      contentAssets: 'id, *stageIds, *personaIds, updatedAt',
    },
    upgrade: upgradeToVoiceOfCustomer,
  },
  {
    version: 11,
    why: "Sync through a CouchDB server (docs/sync.md): this replica's sync settings, checkpoint and clock get a table, and every synced record keeps its field clocks, last known revision and version, indexed by whether it still waits to be pushed. Neither is workspace data: they are not in the change log or in workspace files.",
    stores: {
      syncState: 'id',
      syncRecords: 'id, pending',
    },
  },
];

export const latestSchemaVersion = schemaVersions[schemaVersions.length - 1]!.version;
