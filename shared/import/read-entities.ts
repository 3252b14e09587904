import type { z } from 'zod';
import { fieldErrorsFromIssues } from '../model/field-error';
import { activityTypes, type ActivityType } from '../model/identifiers';
import type { Pipeline } from '../model/pipeline';
import { taskSchema } from '../model/task';
import { dealLostReasons } from '../pipeline/plan-deal-move';
import {
  activityCandidateSchema,
  companyCandidateSchema,
  contactCandidateSchema,
  dealCandidateSchema,
  taskCandidateSchema,
  type ActivityCandidate,
  type CompanyCandidate,
  type ContactCandidate,
  type DealCandidate,
  type TaskCandidate,
} from './import-candidates';
import type { ImportEntity, ImportTarget } from './import-mapping';
import { parseCount, parseCurrency, parseMoney, parseNumber, parseProbability, parseTags, splitFullName } from './parse-values';
import { headerKey } from './preset-headers';
import type { RowReader } from './row-reader';
import { dealStatusSynonyms, lostReasonOf } from './stage-values';
import { likelyTypoOf } from './typo-check';

/** What every row is read against: the stage lookups made from the whole file, the pipeline deals go into, the known values. */
export type ReadContext = {
  lifecycleStages: Map<string, string | null>;
  leadStatuses: Map<string, string | null>;
  dealStages: Map<string, string | null>;
  pipeline: Pipeline;
  defaultCurrency: string;
  vocabularies: Map<ImportTarget, readonly string[]>;
};

/** Checks a candidate against its schema; each refused field becomes an error on the column it came from. */
function validated<S extends z.ZodType>(
  reader: RowReader,
  schema: S,
  value: unknown,
  entity: ImportEntity,
  fallbacks: Record<string, ImportTarget[]> = {},
): z.infer<S> | null {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const e of fieldErrorsFromIssues(parsed.error.issues)) {
    const field = e.field.split('.')[0]!;
    const [target, ...rest] = fallbacks[field] ?? [`${entity}.${field}` as ImportTarget];
    reader.report(target!, e.code, 'error', { fallbacks: rest });
  }
  return null;
}

/** A value outside the known ones for its column is a warning with the likely meant value; the cell stays as written. */
export function checkVocabularies(reader: RowReader, ctx: ReadContext): void {
  for (const [target, known] of ctx.vocabularies) {
    const value = reader.text(target);
    const suggestion = value ? likelyTypoOf(value, known) : null;
    if (suggestion !== null) reader.report(target, 'possible_typo', 'warning', { suggestion });
  }
}

const nameFallbacks = { firstName: ['contact.firstName', 'contact.fullName'], lastName: ['contact.lastName', 'contact.fullName'] } as Record<
  string,
  ImportTarget[]
>;

export function readContact(reader: RowReader, ctx: ReadContext): ContactCandidate | null {
  const full = reader.text('contact.fullName');
  const split = full ? splitFullName(full) : { firstName: '', lastName: '' };
  const firstName = reader.text('contact.firstName') || split.firstName;
  const lastName = reader.text('contact.lastName') || split.lastName;
  const email = reader.optional('contact.email');
  if (!email && !firstName && !lastName)
    reader.report('contact.email', 'required', 'error', { fallbacks: ['contact.fullName', 'contact.firstName', 'contact.lastName'] });
  const stageValue = reader.text('contact.lifecycleStage');
  let lifecycleStage = stageValue ? (ctx.lifecycleStages.get(stageValue) ?? null) : null;
  if (stageValue && lifecycleStage === null) reader.report('contact.lifecycleStage', 'unknown_stage', 'error');
  const status = reader.text('contact.leadStatus');
  const customFields = reader.customFields('contact');
  if (status) {
    // The raw status is kept either way: Baton has no lead-status field, and an import loses nothing.
    customFields['lead_status'] = status;
    if (!ctx.leadStatuses.has(status)) reader.report('contact.leadStatus', 'unknown_value', 'warning');
    const fromStatus = ctx.leadStatuses.get(status) ?? null;
    if (fromStatus && (lifecycleStage === null || fromStatus === 'recycled' || fromStatus === 'disqualified')) lifecycleStage = fromStatus;
  }
  const createdAt = reader.date('contact.createdAt');
  const candidate = {
    row: reader.row,
    firstName,
    lastName,
    email,
    phone: reader.optional('contact.phone'),
    jobTitle: reader.optional('contact.jobTitle'),
    source: reader.optional('contact.source'),
    tags: parseTags(reader.text('contact.tags')),
    lifecycleStage,
    createdAt,
    ...reader.owner('contact.owner'),
    companyName: reader.optional('company.name'),
    customFields,
  };
  return validated(reader, contactCandidateSchema, candidate, 'contact', nameFallbacks);
}

/** `alongside`: the row also holds a contact or a deal, so a company without a name is left out (with a warning) rather than costing the row. */
export function readCompany(reader: RowReader, alongside: boolean): CompanyCandidate | null {
  const name = reader.text('company.name');
  if (!name) {
    reader.report('company.name', alongside ? 'missing_value' : 'required', alongside ? 'warning' : 'error', {
      fallbacks: ['company.domain', 'company.industry', 'company.employeeCount'],
    });
    return null;
  }
  const candidate = {
    rows: [reader.row],
    name,
    domain: reader.optional('company.domain'),
    industry: reader.optional('company.industry'),
    employeeCount: reader.number('company.employeeCount', parseCount),
    annualRevenue: reader.number('company.annualRevenue', (t) => parseMoney(t)?.amount ?? null),
    country: reader.optional('company.country'),
    region: reader.optional('company.region'),
    ...reader.owner('company.owner'),
    customFields: reader.customFields('company'),
  };
  return validated(reader, companyCandidateSchema, candidate, 'company');
}

const dealTargets: Record<string, ImportTarget[]> = {
  stageId: ['deal.stage', 'deal.status'],
  status: ['deal.status', 'deal.stage'],
  expectedCloseDate: ['deal.expectedCloseDate'],
  closedAt: ['deal.closedAt', 'deal.expectedCloseDate'],
  lostReason: ['deal.lostReason'],
  pipelineId: ['deal.stage'],
};

/** The deal's stage: the status column decides Won or Lost (Pipedrive keeps the last open stage beside it), else the stage column, else the first open stage. */
function dealStage(reader: RowReader, ctx: ReadContext): string | null {
  const open = ctx.pipeline.stages.filter((s) => !s.archived && s.outcome === 'open');
  const stageValue = reader.text('deal.stage');
  let stageId = stageValue ? (ctx.dealStages.get(stageValue) ?? null) : (open[0]?.id ?? null);
  if (stageValue && stageId === null) reader.report('deal.stage', 'unknown_stage', 'error');
  const statusValue = reader.text('deal.status');
  if (statusValue) {
    const status = dealStatusSynonyms.get(headerKey(statusValue));
    if (status === undefined) reader.report('deal.status', 'unknown_value', 'error');
    else if (status !== 'open') {
      stageId = ctx.pipeline.stages.find((s) => !s.archived && s.outcome === status)?.id ?? null;
      if (stageId === null) reader.report('deal.status', status === 'won' ? 'won_stage_required' : 'lost_stage_required', 'error');
    }
  }
  return stageId;
}

export function readDeal(reader: RowReader, ctx: ReadContext, contactRow: number | null): DealCandidate | null {
  const stageId = dealStage(reader, ctx);
  const stage = ctx.pipeline.stages.find((s) => s.id === stageId);
  const money = reader.number('deal.amount', parseMoney);
  const currencyText = reader.text('deal.currency');
  const currency = currencyText ? parseCurrency(currencyText) : (money?.currency ?? ctx.defaultCurrency);
  if (currencyText && currency === null) reader.report('deal.currency', 'invalid_value', 'error');
  const expectedCloseDate = reader.date('deal.expectedCloseDate');
  const status = stage?.outcome ?? 'open';
  const closedAt = status === 'open' ? null : (reader.date('deal.closedAt') ?? expectedCloseDate);
  if (status !== 'open' && closedAt === null)
    reader.report('deal.closedAt', 'missing_value', 'warning', { fallbacks: ['deal.expectedCloseDate', 'deal.stage'] });
  for (const need of stage?.requires ?? []) {
    if (need === 'amount' && money === null && !reader.text('deal.amount')) reader.report('deal.amount', 'required', 'error', { fallbacks: ['deal.stage'] });
    if (need === 'close_date' && expectedCloseDate === null && !reader.text('deal.expectedCloseDate'))
      reader.report('deal.expectedCloseDate', 'required', 'error', { fallbacks: ['deal.stage'] });
  }
  const customFields = reader.customFields('deal');
  const lostText = reader.text('deal.lostReason');
  const lostReason = status === 'lost' && lostText ? lostReasonOf(lostText) : null;
  const dealReason = lostReason !== null && (dealLostReasons as readonly string[]).includes(lostReason) ? lostReason : null;
  if (lostText && dealReason === null) customFields['lost_reason'] = lostText;
  if (status === 'lost' && lostText && dealReason === null) reader.report('deal.lostReason', 'unknown_value', 'warning');
  // Historical losses often carry no reason; the deal imports, and the report says which ones lack it (the board would ask for one).
  if (status === 'lost' && !lostText) reader.report('deal.lostReason', 'lost_reason_required', 'warning', { fallbacks: ['deal.stage', 'deal.status'] });
  const companyName = reader.optional('company.name');
  if (!companyName && contactRow === null && reader.mapped('company.name')) reader.report('company.name', 'missing_value', 'warning');
  const candidate = {
    row: reader.row,
    title: reader.text('deal.title'),
    pipelineId: ctx.pipeline.id,
    stageId: stageId ?? '',
    amount: money?.amount ?? null,
    currency: currency ?? ctx.defaultCurrency,
    expectedCloseDate,
    closedAt,
    status,
    lostReason: dealReason,
    probability: reader.number('deal.probability', parseProbability),
    // As a deal made in Baton does, it takes its first contact's lead source unless the file gives its own.
    source: reader.optional('deal.source') ?? reader.optional('contact.source'),
    createdAt: reader.date('deal.createdAt'),
    ...reader.owner('deal.owner'),
    companyName,
    contactRow,
    customFields,
  };
  if (stageId === null) return null;
  return validated(reader, dealCandidateSchema, candidate, 'deal', dealTargets);
}

const activitySynonyms = new Map<string, ActivityType>([
  ...activityTypes.map((t) => [headerKey(t), t] as const),
  ...(
    [
      ['form submission', 'form_submitted'],
      ['email open', 'email_opened'],
      ['email click', 'email_clicked'],
      ['page view', 'page_visited'],
      ['download', 'content_downloaded'],
      ['webinar registration', 'webinar_registered'],
      ['meeting', 'meeting_booked'],
      ['call', 'call_logged'],
      ['email', 'email_logged'],
      ['note', 'note_added'],
    ] as const
  ).map(([k, t]) => [headerKey(k), t] as const),
]);

export function readActivity(reader: RowReader, contactRow: number | null): ActivityCandidate | null {
  const typeText = reader.text('activity.type');
  const type = activitySynonyms.get(headerKey(typeText));
  if (!typeText) reader.report('activity.type', 'required', 'error');
  else if (!type) reader.report('activity.type', 'unknown_value', 'error');
  const at = reader.date('activity.at');
  if (at === null && !reader.text('activity.at')) reader.report('activity.at', 'required', 'error', { fallbacks: ['activity.type'] });
  // A behaviour event belongs to a person: the row must name its contact.
  if (contactRow === null) reader.report('contact.email', 'missing_link', 'error', { fallbacks: ['activity.type'] });
  if (!type || at === null || contactRow === null) return null;
  const candidate = {
    row: reader.row,
    type,
    at,
    url: reader.optional('activity.url'),
    seconds: reader.number('activity.seconds', parseNumber),
    meta: {},
    contactRow,
  };
  return validated(reader, activityCandidateSchema, candidate, 'activity');
}

const taskKinds = new Map(taskSchema.shape.kind.options.map((k) => [headerKey(k), k] as const));

export function readTask(reader: RowReader, contactRow: number | null, dealRow: number | null): TaskCandidate | null {
  const kindText = reader.text('task.kind');
  const kind = kindText ? taskKinds.get(headerKey(kindText)) : 'todo';
  if (!kind) reader.report('task.kind', 'unknown_value', 'error');
  const candidate = {
    row: reader.row,
    title: reader.text('task.title'),
    kind: kind ?? 'todo',
    dueAt: reader.date('task.dueAt'),
    doneAt: reader.date('task.doneAt'),
    ...reader.owner('task.owner'),
    contactRow,
    dealRow,
  };
  return validated(reader, taskCandidateSchema, candidate, 'task');
}
