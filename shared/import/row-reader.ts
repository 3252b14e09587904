import type { CustomFields } from '../model/record';
import type { ImportIssueCode, RowIssue } from './import-issue';
import type { ColumnMapping, ImportEntity, ImportMapping, ImportTarget } from './import-mapping';
import { entityOf } from './import-mapping';
import type { CsvRow } from './parse-csv';
import { detectDayOrder, parseDate, type DateFormat, type DayOrder, type DayOrderDecision } from './parse-date';
import { headerKey } from './preset-headers';

/** A team member an owner cell can name: by name, e-mail or id. */
export type OwnerRef = { id: string; name: string; email: string | null };

/** How one date column was read, for the preview ("read as day-month-year because of 26/02/2018"). */
export type DateColumnReading = { column: string; decision: DayOrderDecision; formats: Partial<Record<DateFormat, number>> };

const dateTargets = new Set<ImportTarget>([
  'contact.createdAt',
  'deal.expectedCloseDate',
  'deal.closedAt',
  'deal.createdAt',
  'activity.at',
  'task.dueAt',
  'task.doneAt',
]);

/** The parts of a file every row reads through: which column fills what, how dates read, who the owners are. */
export type ImportColumns = {
  headers: readonly string[];
  byTarget: Map<ImportTarget, number[]>;
  custom: { index: number; entity: 'contact' | 'company' | 'deal'; key: string }[];
  entities: Set<ImportEntity>;
  dayOrders: Map<number, DayOrder>;
  dateReadings: DateColumnReading[];
  owners: Map<string, OwnerRef>;
  timeZone: string;
};

/** Prepares the columns once per file: a date column's day order is decided from all of its values. */
export function planColumns(
  headers: readonly string[],
  rows: readonly CsvRow[],
  mapping: ImportMapping,
  options: { timeZone: string; dayOrders?: Record<string, DayOrder>; members?: readonly OwnerRef[] },
): ImportColumns {
  const byTarget = new Map<ImportTarget, number[]>();
  const custom: ImportColumns['custom'] = [];
  const entities = new Set<ImportEntity>();
  headers.forEach((header, index) => {
    const m: ColumnMapping = mapping[header] ?? { kind: 'ignore' };
    if (m.kind === 'field') {
      byTarget.set(m.target, [...(byTarget.get(m.target) ?? []), index]);
      entities.add(entityOf(m.target));
    } else if (m.kind === 'custom') {
      custom.push({ index, entity: m.entity, key: m.key });
      entities.add(m.entity);
    }
  });
  const dayOrders = new Map<number, DayOrder>();
  const dateReadings: DateColumnReading[] = [];
  for (const [target, indexes] of byTarget) {
    if (!dateTargets.has(target)) continue;
    for (const index of indexes) {
      const values = rows.map((r) => r.cells[index] ?? '').filter((v) => v.trim() !== '');
      const chosen = options.dayOrders?.[headers[index]!];
      const decision: DayOrderDecision = chosen ? { order: chosen, basis: 'values' } : detectDayOrder(values);
      dayOrders.set(index, decision.order);
      const formats: DateColumnReading['formats'] = {};
      for (const v of values) {
        const parsed = parseDate(v, { timeZone: options.timeZone, order: decision.order });
        if (parsed.ok) formats[parsed.format] = (formats[parsed.format] ?? 0) + 1;
      }
      dateReadings.push({ column: headers[index]!, decision, formats });
    }
  }
  const owners = new Map<string, OwnerRef>();
  for (const m of options.members ?? []) for (const key of [m.id, m.name, m.email]) if (key) owners.set(headerKey(key), m);
  return { headers, byTarget, custom, entities, dayOrders, dateReadings, owners, timeZone: options.timeZone };
}

/** One row seen through the columns, collecting its issues as it is read. */
export class RowReader {
  readonly issues: RowIssue[] = [];
  constructor(
    readonly columns: ImportColumns,
    readonly source: CsvRow,
  ) {}

  get row(): number {
    return this.source.row;
  }

  private cellAt(index: number): string {
    const cell = (this.source.cells[index] ?? '').trim();
    // Undo the formula escape exports write (Baton's own, Papa Parse's escapeFormulae): '=Kim was =Kim, '+82… a phone number.
    return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
  }

  /** The column that fills a target in this row: the first one with a value, else the first mapped. */
  private indexOf(target: ImportTarget): number | null {
    const indexes = this.columns.byTarget.get(target) ?? [];
    return indexes.find((i) => this.cellAt(i) !== '') ?? indexes[0] ?? null;
  }

  mapped(target: ImportTarget): boolean {
    return this.columns.byTarget.has(target);
  }

  text(target: ImportTarget): string {
    const index = this.indexOf(target);
    return index === null ? '' : this.cellAt(index);
  }

  /** The column issues about a target are filed under: its own, else the first mapped one of `fallbacks`. */
  private filedAt(targets: ImportTarget[]): number | null {
    for (const t of targets) {
      const index = this.indexOf(t);
      if (index !== null) return index;
    }
    // No column fills the field at all (a deals file without a title column): file it under the entity's first column.
    const entity = entityOf(targets[0]!);
    const first = [...this.columns.byTarget].filter(([t]) => entityOf(t) === entity).flatMap(([, indexes]) => indexes);
    const custom = this.columns.custom.filter((c) => c.entity === entity).map((c) => c.index);
    const all = [...first, ...custom];
    return all.length > 0 ? Math.min(...all) : null;
  }

  column(target: ImportTarget, ...fallbacks: ImportTarget[]): string {
    const index = this.filedAt([target, ...fallbacks]);
    return index === null ? '' : this.columns.headers[index]!;
  }

  report(target: ImportTarget, code: ImportIssueCode, severity: RowIssue['severity'], extra: { suggestion?: string; fallbacks?: ImportTarget[] } = {}): void {
    const index = this.filedAt([target, ...(extra.fallbacks ?? [])]);
    const column = index === null ? '' : this.columns.headers[index]!;
    const issue: RowIssue = { row: this.row, column, value: index === null ? '' : this.cellAt(index), field: target, code, severity };
    if (extra.suggestion !== undefined) issue.suggestion = extra.suggestion;
    this.issues.push(issue);
  }

  /** Does the row hold anything for this entity (a field or a custom field)? */
  has(entity: ImportEntity): boolean {
    for (const [target, indexes] of this.columns.byTarget) if (entityOf(target) === entity && indexes.some((i) => this.cellAt(i) !== '')) return true;
    return this.columns.custom.some((c) => c.entity === entity && this.cellAt(c.index) !== '');
  }

  /** A text field: null when empty. */
  optional(target: ImportTarget): string | null {
    return this.text(target) || null;
  }

  /** A date field: null when empty; an unreadable date is an error, not an empty field. */
  date(target: ImportTarget): number | null {
    const index = this.indexOf(target);
    const value = index === null ? '' : this.cellAt(index);
    if (index === null || value === '') return null;
    const parsed = parseDate(value, { timeZone: this.columns.timeZone, order: this.columns.dayOrders.get(index) ?? 'dmy' });
    if (parsed.ok) return parsed.at;
    this.report(target, parsed.code, 'error');
    return null;
  }

  /** A number read by `read`: null when empty; a value it cannot read is an error. */
  number<T>(target: ImportTarget, read: (text: string) => T | null): T | null {
    const value = this.text(target);
    if (value === '') return null;
    const n = read(value);
    if (n === null) this.report(target, 'invalid_format', 'error');
    return n;
  }

  /** An owner cell as a member id; a name no member has stays a name, for the write path to resolve or the user to assign. */
  owner(target: ImportTarget): { ownerId: string | null; ownerName: string | null } {
    const name = this.text(target);
    if (name === '') return { ownerId: null, ownerName: null };
    return { ownerId: this.columns.owners.get(headerKey(name))?.id ?? null, ownerName: name };
  }

  customFields(entity: 'contact' | 'company' | 'deal'): CustomFields {
    // fromEntries, not assignment: a custom key named __proto__ must stay a field.
    return Object.fromEntries(this.columns.custom.filter((c) => c.entity === entity && this.cellAt(c.index) !== '').map((c) => [c.key, this.cellAt(c.index)]));
  }
}
