import { z } from 'zod';

/** What the leads list knows about one contact: flat, so filtering and sorting 100k rows stays cheap. */
export type LeadRow = {
  id: string;
  name: string;
  email: string | null;
  companyName: string | null;
  jobTitle: string | null;
  personaId: string | null;
  lifecycleStage: string;
  engagementScore: number;
  fitScore: number;
  bantScore: number;
  ownerId: string | null;
  source: string | null;
  tags: readonly string[];
  inIcp: boolean | null;
  /** SLA of the contact's open hand-off task; null when none runs. */
  slaState: 'on_track' | 'due_soon' | 'breached' | null;
  lastActivityAt: number | null;
  updatedAt: number;
  customFields: Readonly<Record<string, string | number | boolean | null>>;
  /** The import that last created or updated the contact. */
  importId?: string | null;
};

const rangeSchema = z.object({ min: z.number().nullable(), max: z.number().nullable() });

/** A saved view (segment) is exactly this: filters, sort, search and columns, stored as data. */
export const leadFiltersSchema = z.object({
  stages: z.array(z.string()).optional(),
  /** `null` in the list means "unassigned". */
  ownerIds: z.array(z.string().nullable()).optional(),
  personaIds: z.array(z.string().nullable()).optional(),
  sources: z.array(z.string()).optional(),
  tags: z.array(z.string()).optional(),
  inIcp: z.boolean().optional(),
  slaBreached: z.boolean().optional(),
  engagement: rangeSchema.optional(),
  fit: rangeSchema.optional(),
  bant: rangeSchema.optional(),
  customField: z.object({ field: z.string().min(1), value: z.string() }).optional(),
  /** Contacts a CSV import created or updated (the saved view "Import of <date>"). */
  importId: z.string().optional(),
});
export type LeadFilters = z.infer<typeof leadFiltersSchema>;

export const leadSortColumns = [
  'name',
  'companyName',
  'jobTitle',
  'personaId',
  'lifecycleStage',
  'engagementScore',
  'fitScore',
  'bantScore',
  'ownerId',
  'source',
  'lastActivityAt',
  'updatedAt',
  'slaState',
] as const;
export const leadSortSchema = z.object({ column: z.enum(leadSortColumns), direction: z.enum(['asc', 'desc']) });
export type LeadSort = z.infer<typeof leadSortSchema>;

export type LeadQuery = { search: string; filters: LeadFilters; sort: LeadSort };

const inNumberRange = (value: number, range: { min: number | null; max: number | null } | undefined) =>
  !range || ((range.min === null || value >= range.min) && (range.max === null || value <= range.max));

/** Lower-cased name, email, company and title in one string: substring search finds "소프트" inside "한빛소프트". */
export function searchText(row: Pick<LeadRow, 'name' | 'email' | 'companyName' | 'jobTitle'>): string {
  return `${row.name}\n${row.email ?? ''}\n${row.companyName ?? ''}\n${row.jobTitle ?? ''}`.toLowerCase();
}

/** A predicate for the filters, built once per query. */
export function compileLeadFilters(filters: LeadFilters): (row: LeadRow) => boolean {
  const set = <T>(values: readonly T[] | undefined) => (values && values.length > 0 ? new Set(values) : null);
  const stages = set(filters.stages);
  const owners = set(filters.ownerIds);
  const personas = set(filters.personaIds);
  const sources = set(filters.sources);
  const tags = filters.tags && filters.tags.length > 0 ? filters.tags : null;
  const custom = filters.customField ? { field: filters.customField.field, value: filters.customField.value.toLowerCase() } : null;
  return (row) =>
    (!stages || stages.has(row.lifecycleStage)) &&
    (!owners || owners.has(row.ownerId)) &&
    (!personas || personas.has(row.personaId)) &&
    (!sources || (row.source !== null && sources.has(row.source))) &&
    (!tags || tags.every((t) => row.tags.includes(t))) &&
    (filters.inIcp === undefined || row.inIcp === filters.inIcp) &&
    (filters.slaBreached === undefined || (row.slaState === 'breached') === filters.slaBreached) &&
    inNumberRange(row.engagementScore, filters.engagement) &&
    inNumberRange(row.fitScore, filters.fit) &&
    inNumberRange(row.bantScore, filters.bant) &&
    (!custom || String(row.customFields[custom.field] ?? '').toLowerCase() === custom.value) &&
    (filters.importId === undefined || row.importId === filters.importId);
}

/** Display labels for columns that hold ids; SLA sorts by urgency. */
export type LeadSortLabels = { owner?: (id: string | null) => string; persona?: (id: string | null) => string };
const slaRank = { breached: 3, due_soon: 2, on_track: 1 } as const;

/** Compares rows by one column; empty values always sort last, strings by the locale's collation. */
export function leadComparator(sort: LeadSort, collator: Intl.Collator, labels: LeadSortLabels = {}): (a: LeadRow, b: LeadRow) => number {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const value = (row: LeadRow): string | number | null => {
    if (sort.column === 'ownerId') return row.ownerId === null ? null : (labels.owner?.(row.ownerId) ?? row.ownerId);
    if (sort.column === 'personaId') return row.personaId === null ? null : (labels.persona?.(row.personaId) ?? row.personaId);
    if (sort.column === 'slaState') return row.slaState === null ? null : slaRank[row.slaState];
    return row[sort.column];
  };
  return (a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || va === '') return vb === null || vb === '' ? 0 : 1;
    if (vb === null || vb === '') return -1;
    const order = typeof va === 'number' && typeof vb === 'number' ? va - vb : collator.compare(String(va), String(vb));
    return order === 0 ? (a.id < b.id ? -1 : 1) : sign * order;
  };
}

/**
 * Rows matching search and filters, in the chosen order. `texts` holds each row's search text
 * (built once when rows load) so a keystroke costs one substring scan, not 100k string builds.
 */
export function queryLeads(
  rows: readonly LeadRow[],
  texts: readonly string[],
  query: LeadQuery,
  collator: Intl.Collator,
  labels: LeadSortLabels = {},
): LeadRow[] {
  const needle = query.search.trim().toLowerCase();
  const keep = compileLeadFilters(query.filters);
  const result: LeadRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (needle && !texts[i]!.includes(needle)) continue;
    if (keep(row)) result.push(row);
  }
  return result.sort(leadComparator(query.sort, collator, labels));
}
