import { assignPersona } from '@shared/index';
import type {
  Activity,
  Assignment,
  Company,
  Contact,
  Deal,
  Notification,
  Persona,
  Pipeline,
  RoutingRule,
  StageTransition,
  Task,
  TeamMember,
  WorkingCalendar,
} from '@shared/model';
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
  pipelines: Pipeline[];
  assignments: Assignment[];
  notifications: Notification[];
  routingRules: RoutingRule[];
  currency: string;
  calendar: WorkingCalendar | null;
};

/** Everything the record page shows about one contact, in one read. */
export async function loadContactRecord(db: WorkspaceDb, contactId: string): Promise<ContactRecordData | null> {
  const contact = await db.contacts.get(contactId);
  const design = await getActiveDesign(db);
  if (!contact || contact.deletedAt !== null || !design) return null;
  const [company, personas, team, activities, transitions, tasks, deals, pipelines, meta, assignments, notifications, routingRules] = await Promise.all([
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
    db.assignments.where('contactId').equals(contact.id).toArray(),
    db.notifications.filter((n) => n.contactId === contact.id).toArray(),
    db.routingRules.toArray(),
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
    /** Every live pipeline: a deal is created in any of them and named by its own pipeline's stages. */
    pipelines: pipelines.filter((p) => p.deletedAt === null),
    currency: meta?.currency ?? 'USD',
    calendar: meta?.calendar ?? null,
    assignments,
    notifications,
    routingRules,
  };
}
