import { z } from 'zod';

/** What an import can create; a row may yield several (a Pipedrive row is a person, an organisation and a deal). */
export const importEntities = ['contact', 'company', 'deal', 'activity', 'task'] as const;
export const importEntitySchema = z.enum(importEntities);
export type ImportEntity = z.infer<typeof importEntitySchema>;

/** Baton fields a column can fill, as `entity.field`. Names and owners are texts the write path resolves. */
export const importTargets = [
  'contact.firstName',
  'contact.lastName',
  /** One cell with the whole name ("Emma Smith", "김민준"), split on import. */
  'contact.fullName',
  'contact.email',
  'contact.phone',
  'contact.jobTitle',
  'contact.lifecycleStage',
  /** A CRM's lead status (HubSpot, Salesforce): may say Recycled or Disqualified when the stage does not. */
  'contact.leadStatus',
  'contact.owner',
  'contact.source',
  'contact.tags',
  'contact.createdAt',
  'company.name',
  'company.domain',
  'company.industry',
  'company.employeeCount',
  'company.annualRevenue',
  'company.country',
  'company.region',
  'company.owner',
  'deal.title',
  'deal.amount',
  'deal.currency',
  'deal.stage',
  /** open / won / lost (Pipedrive's Deal - Status): a closed status puts the deal in the pipeline's Won or Lost stage. */
  'deal.status',
  'deal.expectedCloseDate',
  'deal.closedAt',
  'deal.owner',
  'deal.probability',
  'deal.lostReason',
  'deal.source',
  'deal.createdAt',
  'activity.type',
  'activity.at',
  'activity.url',
  'activity.seconds',
  'task.title',
  'task.kind',
  'task.dueAt',
  'task.doneAt',
  'task.owner',
] as const;
export const importTargetSchema = z.enum(importTargets);
export type ImportTarget = z.infer<typeof importTargetSchema>;

/** Where one column goes: a Baton field, a custom field of an entity, or nowhere. */
export const columnMappingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('field'), target: importTargetSchema }),
  z.object({ kind: z.literal('custom'), entity: z.enum(['contact', 'company', 'deal']), key: z.string().trim().min(1).max(100) }),
  z.object({ kind: z.literal('ignore') }),
]);
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

/** Column header → where it goes. Every header has an entry; the UI edits entries one by one. */
export const importMappingSchema = z.record(z.string(), columnMappingSchema);
export type ImportMapping = z.infer<typeof importMappingSchema>;

export const entityOf = (target: ImportTarget): ImportEntity => target.slice(0, target.indexOf('.')) as ImportEntity;

/** Sets one column's mapping, leaving the others: the UI's remap, custom field and ignore. */
export function remapColumn(mapping: ImportMapping, column: string, to: ColumnMapping): ImportMapping {
  return { ...mapping, [column]: to };
}

/** Custom field keys are slugs of the header ("Lead Score" → lead_score), Hangul kept. */
export function customFieldKey(header: string): string {
  const slug = header
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
  return slug.slice(0, 100) || 'field';
}

/** Two columns filling the same field would make one of them silently lose: listed so the UI can ask. */
export function conflictingTargets(mapping: ImportMapping): { target: ImportTarget; columns: string[] }[] {
  const byTarget = new Map<ImportTarget, string[]>();
  for (const [column, m] of Object.entries(mapping)) if (m.kind === 'field') byTarget.set(m.target, [...(byTarget.get(m.target) ?? []), column]);
  return [...byTarget].filter(([, columns]) => columns.length > 1).map(([target, columns]) => ({ target, columns }));
}
