import type { Role } from '../model/identifiers';
import type { Timestamp } from '../model/record';
import type { TeamMember } from '../model/team-member';
import type { MappedImport, OwnerMatch } from './map-rows';
import { headerKey } from './preset-headers';

/**
 * Team members for owner names of the file that match nobody (a CRM export names its reps): one per
 * name, active, with the role of the record kind they own most of (deals → AE, contacts → SDR). The
 * import shows them before it runs.
 */
export function ownersToCreate(mapped: Pick<MappedImport, 'owners' | 'contacts' | 'deals'>, options: { now: Timestamp; newId: () => string }): TeamMember[] {
  const unmatched = mapped.owners.filter((o: OwnerMatch) => o.memberId === null && o.name.trim() !== '');
  if (unmatched.length === 0) return [];
  const dealsOf = new Map<string, number>();
  for (const d of mapped.deals) if (d.ownerName) dealsOf.set(headerKey(d.ownerName), (dealsOf.get(headerKey(d.ownerName)) ?? 0) + 1);
  const seen = new Set<string>();
  const members: TeamMember[] = [];
  for (const o of unmatched) {
    const key = headerKey(o.name);
    if (seen.has(key)) continue;
    seen.add(key);
    const role: Role = (dealsOf.get(key) ?? 0) * 2 >= o.rows ? 'ae' : 'sdr';
    members.push({
      id: options.newId(),
      createdAt: options.now,
      updatedAt: options.now,
      deletedAt: null,
      name: o.name.trim(),
      email: null,
      role,
      territory: null,
      capacity: null,
      active: true,
      quota: null,
      admin: false,
    });
  }
  return members;
}

/** The candidates with owners the file named set to the members just made for them (matched by name, any case). */
export function withNewOwners<M extends Pick<MappedImport, 'contacts' | 'companies' | 'deals' | 'tasks' | 'owners'>>(
  mapped: M,
  members: readonly TeamMember[],
): M {
  if (members.length === 0) return mapped;
  const byName = new Map(members.map((m) => [headerKey(m.name), m.id]));
  const resolve = <T extends { ownerId: string | null; ownerName: string | null }>(c: T): T =>
    c.ownerId === null && c.ownerName !== null && byName.has(headerKey(c.ownerName)) ? { ...c, ownerId: byName.get(headerKey(c.ownerName))! } : c;
  return {
    ...mapped,
    contacts: mapped.contacts.map(resolve),
    companies: mapped.companies.map(resolve),
    deals: mapped.deals.map(resolve),
    tasks: mapped.tasks.map(resolve),
    owners: mapped.owners.map((o) => (o.memberId === null && byName.has(headerKey(o.name)) ? { ...o, memberId: byName.get(headerKey(o.name))! } : o)),
  };
}
