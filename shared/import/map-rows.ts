import type { LifecycleDefinition } from '../model/lifecycle';
import type { Pipeline } from '../model/pipeline';
import type { ActivityCandidate, CompanyCandidate, ContactCandidate, DealCandidate, TaskCandidate } from './import-candidates';
import type { RowIssue } from './import-issue';
import type { ImportEntity, ImportMapping, ImportTarget } from './import-mapping';
import type { CsvRow } from './parse-csv';
import type { DayOrder } from './parse-date';
import { checkVocabularies, readActivity, readCompany, readContact, readDeal, readTask, type ReadContext } from './read-entities';
import { planColumns, RowReader, type DateColumnReading, type OwnerRef } from './row-reader';
import { mapDealStageValues, mapLeadStatusValues, mapLifecycleValues, type StageValueMapping } from './stage-values';
import { knownIndustries } from './typo-check';

export type MapOptions = {
  /** The workspace's IANA time zone: a date with a time and no zone is read in it. */
  timeZone: string;
  /** ISO 4217 code for amounts that name no currency. */
  defaultCurrency: string;
  /** The pipeline deals go into. */
  pipeline: Pipeline;
  lifecycle?: LifecycleDefinition;
  /** Team members owner cells are matched against (name, e-mail or id, any case). */
  members?: readonly OwnerRef[];
  /** The user's own answers for stage values, value → stage id (null: no stage). */
  stageChoices?: { lifecycle?: Record<string, string | null>; leadStatus?: Record<string, string | null>; deal?: Record<string, string | null> };
  /** Day order per date column header, when the user overrides the detected one. */
  dayOrders?: Record<string, DayOrder>;
  /** Known values per target (e.g. the workspace's industries); a near miss is reported as a possible typo. */
  vocabularies?: Partial<Record<ImportTarget, readonly string[]>>;
};

/** An owner cell's value, who it matched and on how many rows: the UI offers to assign or create the unmatched ones. */
export type OwnerMatch = { name: string; memberId: string | null; rows: number };

export type MappedImport = {
  contacts: ContactCandidate[];
  /** One per company name (any case), its rows listed; later rows fill fields the first left empty. */
  companies: CompanyCandidate[];
  deals: DealCandidate[];
  activities: ActivityCandidate[];
  tasks: TaskCandidate[];
  issues: RowIssue[];
  rowsRead: number;
  /** Rows with an error: none of their records is in the result. */
  rejectedRows: number[];
  stageValues: { lifecycle: StageValueMapping | null; leadStatus: StageValueMapping | null; deal: StageValueMapping | null };
  dateColumns: DateColumnReading[];
  owners: OwnerMatch[];
  /** Fields an entity the mapping fills cannot do without, with no column mapped to them: the mapping step asks for them before any row is read. For contacts, `contact.email` stands for "an e-mail or a name". */
  unmappedRequired: ImportTarget[];
};

const requiredTargets: Record<ImportEntity, ImportTarget[][]> = {
  contact: [['contact.email', 'contact.fullName', 'contact.firstName', 'contact.lastName']],
  company: [['company.name']],
  deal: [['deal.title']],
  activity: [['activity.type'], ['activity.at'], ['contact.email', 'contact.fullName', 'contact.firstName', 'contact.lastName']],
  task: [['task.title']],
};

/** Required fields no column fills, for every entity the mapping fills. */
function unmappedRequired(entities: ReadonlySet<ImportEntity>, mapped: ReadonlySet<ImportTarget>): ImportTarget[] {
  const missing = [...entities].flatMap((e) => requiredTargets[e].filter((anyOf) => !anyOf.some((t) => mapped.has(t))).map((anyOf) => anyOf[0]!));
  return [...new Set(missing)];
}

const companyFields = ['domain', 'industry', 'employeeCount', 'annualRevenue', 'country', 'region', 'ownerName'] as const;

/** Adds a row's company to the file's one record of that name; a value that differs from the one already read is reported, not dropped silently. */
function joinCompany(
  companies: Map<string, CompanyCandidate>,
  company: CompanyCandidate,
  row: number,
  issues: RowIssue[],
  columnOf: (field: string) => string,
): void {
  // Trimmed and lower-cased, as the shared duplicate rule compares company names: the dedupe plan finds the same key.
  const key = company.name.trim().toLowerCase();
  const first = companies.get(key);
  if (!first) {
    companies.set(key, company);
    return;
  }
  first.rows.push(row);
  const into = first as Record<string, unknown>;
  for (const field of companyFields) {
    const theirs = company[field];
    if (theirs === null) continue;
    if (into[field] === null) {
      into[field] = theirs;
      if (field === 'ownerName') first.ownerId = company.ownerId;
    } else if (into[field] !== theirs) issues.push({ row, column: columnOf(field), value: String(theirs), code: 'conflicting_value', severity: 'warning' });
  }
  first.customFields = { ...company.customFields, ...first.customFields };
}

function valuesOf(headers: readonly string[], rows: readonly CsvRow[], mapping: ImportMapping, target: ImportTarget): string[] | null {
  const indexes = headers.flatMap((h, i) => (mapping[h]?.kind === 'field' && (mapping[h] as { target: ImportTarget }).target === target ? [i] : []));
  return indexes.length === 0 ? null : rows.flatMap((r) => indexes.map((i) => r.cells[i] ?? ''));
}

const lookup = (m: StageValueMapping | null) => new Map((m?.entries ?? []).map((e) => [e.value, e.stageId]));

/**
 * Rows as candidate records of every entity the mapping fills, validated with the stored schemas,
 * plus the issues found (row = spreadsheet row number, header = row 1). A row with any error
 * yields no record at all, so an import never writes half a row; warnings import as read.
 * Never throws for any input rows and mapping.
 */
export function mapRows(headers: readonly string[], rows: readonly CsvRow[], mapping: ImportMapping, options: MapOptions): MappedImport {
  const columns = planColumns(headers, rows, mapping, options);
  const choices = options.stageChoices ?? {};
  const lifecycleValues = valuesOf(headers, rows, mapping, 'contact.lifecycleStage');
  const statusValues = valuesOf(headers, rows, mapping, 'contact.leadStatus');
  const dealValues = valuesOf(headers, rows, mapping, 'deal.stage');
  const stageValues = {
    lifecycle: lifecycleValues && mapLifecycleValues(lifecycleValues, options.lifecycle, choices.lifecycle),
    leadStatus: statusValues && mapLeadStatusValues(statusValues, choices.leadStatus),
    deal: dealValues && mapDealStageValues(dealValues, options.pipeline, choices.deal),
  };
  const vocabularies = new Map(Object.entries(options.vocabularies ?? {}) as [ImportTarget, readonly string[]][]);
  vocabularies.set('company.industry', [...knownIndustries, ...(options.vocabularies?.['company.industry'] ?? [])]);
  const ctx: ReadContext = {
    lifecycleStages: lookup(stageValues.lifecycle),
    leadStatuses: lookup(stageValues.leadStatus),
    dealStages: lookup(stageValues.deal),
    pipeline: options.pipeline,
    defaultCurrency: options.defaultCurrency,
    vocabularies,
  };
  const result: MappedImport = {
    contacts: [],
    companies: [],
    deals: [],
    activities: [],
    tasks: [],
    issues: [],
    rowsRead: rows.length,
    rejectedRows: [],
    stageValues,
    dateColumns: columns.dateReadings,
    owners: [],
    unmappedRequired: unmappedRequired(columns.entities, new Set(columns.byTarget.keys())),
  };
  const companies = new Map<string, CompanyCandidate>();
  const owners = new Map<string, OwnerMatch>();
  const countOwner = (name: string | null, memberId: string | null) => {
    if (name === null) return;
    const seen = owners.get(name) ?? { name, memberId, rows: 0 };
    seen.rows++;
    owners.set(name, seen);
  };
  for (const source of rows) {
    const reader = new RowReader(columns, source);
    // Cells past the last header have nowhere to go: the row imports, and the report says what was left out.
    source.cells.slice(headers.length).forEach((v, i) => {
      if (v.trim()) reader.issues.push({ row: source.row, column: `#${headers.length + i + 1}`, value: v, code: 'extra_cells', severity: 'warning' });
    });
    const contact = reader.has('contact') ? readContact(reader, ctx) : null;
    const company = reader.has('company') ? readCompany(reader, reader.has('contact') || reader.has('deal')) : null;
    const contactRow = contact ? source.row : null;
    const deal = reader.has('deal') ? readDeal(reader, ctx, contactRow) : null;
    const activity = reader.has('activity') ? readActivity(reader, contactRow) : null;
    const task = reader.has('task') ? readTask(reader, contactRow, deal ? source.row : null) : null;
    checkVocabularies(reader, ctx);
    result.issues.push(...reader.issues);
    if (reader.issues.some((i) => i.severity === 'error')) {
      result.rejectedRows.push(source.row);
      continue;
    }
    if (contact) {
      result.contacts.push(contact);
      countOwner(contact.ownerName, contact.ownerId);
    }
    if (company) {
      joinCompany(companies, company, source.row, result.issues, (field) =>
        reader.column(`company.${field === 'ownerName' ? 'owner' : field}` as ImportTarget),
      );
      countOwner(company.ownerName, company.ownerId);
    }
    if (deal) {
      result.deals.push(deal);
      countOwner(deal.ownerName, deal.ownerId);
    }
    if (activity) result.activities.push(activity);
    if (task) result.tasks.push(task);
  }
  result.companies = [...companies.values()];
  result.owners = [...owners.values()];
  return result;
}
