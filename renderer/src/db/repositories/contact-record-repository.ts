import { assignPersona } from '@shared/index';
import type { Activity, Company, Contact, Deal, Persona, Pipeline, StageTransition, Task, TeamMember } from '@shared/model';
import type { WorkspaceDb } from '../workspace-db';
import { activitiesOf, dealsOf, getActiveDesign, type ActiveDesign } from './scoring-context-repository';

export type ContactRecordData = {
  contact: Contact;
  company: Company | null;
  persona: Persona | null;
  /** The title pattern that assigned the persona, for "why this persona". */
  personaPattern: string | null;
  team: TeamMember[];
  activities: Activity[];
  transitions: StageTransition[];
  tasks: Task[];
  deals: Deal[];
  design: ActiveDesign;
  salesPipeline: Pipeline | null;
  currency: string;
};

/** Everything the record page shows about one contact, in one read. */
export async function loadContactRecord(db: WorkspaceDb, contactId: string): Promise<ContactRecordData | null> {
  const contact = await db.contacts.get(contactId);
  const design = await getActiveDesign(db);
  if (!contact || contact.deletedAt !== null || !design) return null;
  const [company, personas, team, activities, transitions, tasks, deals, pipelines, meta] = await Promise.all([
    contact.companyId ? db.companies.get(contact.companyId) : undefined,
    db.personas.toArray(),
    db.teamMembers.toArray(),
    activitiesOf(db, contact.id),
    db.transitions
      .where('contactId')
      .equals(contact.id)
      .filter((t) => t.deletedAt === null)
      .toArray(),
    db.tasks
      .where('contactId')
      .equals(contact.id)
      .filter((t) => t.deletedAt === null)
      .toArray(),
    dealsOf(db, contact.id),
    db.pipelines.toArray(),
    db.meta.toCollection().first(),
  ]);
  const persona = personas.find((p) => p.id === contact.personaId) ?? null;
  const match = persona ? assignPersona(contact.jobTitle, personas) : null;
  return {
    contact,
    company: company ?? null,
    persona,
    personaPattern: match?.personaId === persona?.id ? (match?.pattern ?? null) : null,
    team,
    activities,
    transitions,
    tasks,
    deals,
    design,
    salesPipeline: pipelines.find((p) => p.kind === 'sales' && p.deletedAt === null) ?? null,
    currency: meta?.currency ?? 'USD',
  };
}
