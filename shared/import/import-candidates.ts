import { z } from 'zod';
import { companySchema } from '../model/company';
import { contactSchema } from '../model/contact';
import { dealSchema } from '../model/deal';
import { activitySchema } from '../model/activity';
import { stageIdSchema } from '../model/lifecycle';
import { timestampSchema } from '../model/record';
import { taskSchema } from '../model/task';

/* Candidates are the stored schemas' own fields (so the shared rules validate them) plus the links the write path resolves: rows and names, not ids. */

const rowSchema = z.number().int().positive();
const nameRef = z.string().nullable();

export const contactCandidateSchema = contactSchema
  .pick({ firstName: true, lastName: true, email: true, phone: true, jobTitle: true, ownerId: true, source: true, tags: true, customFields: true })
  .extend({
    row: rowSchema,
    /** null: the file says nothing, the write path uses the lifecycle's first stage. */
    lifecycleStage: stageIdSchema.nullable(),
    createdAt: timestampSchema.nullable(),
    ownerName: nameRef,
    companyName: nameRef,
  });
export type ContactCandidate = z.infer<typeof contactCandidateSchema>;

export const companyCandidateSchema = companySchema
  .pick({ name: true, domain: true, industry: true, employeeCount: true, annualRevenue: true, country: true, region: true, ownerId: true, customFields: true })
  .extend({ rows: z.array(rowSchema).min(1), ownerName: nameRef });
export type CompanyCandidate = z.infer<typeof companyCandidateSchema>;

export const dealCandidateSchema = dealSchema
  .pick({
    title: true,
    pipelineId: true,
    stageId: true,
    amount: true,
    currency: true,
    expectedCloseDate: true,
    closedAt: true,
    ownerId: true,
    probability: true,
    status: true,
    lostReason: true,
    source: true,
    customFields: true,
  })
  .extend({ row: rowSchema, createdAt: timestampSchema.nullable(), ownerName: nameRef, companyName: nameRef, contactRow: rowSchema.nullable() });
export type DealCandidate = z.infer<typeof dealCandidateSchema>;

export const activityCandidateSchema = activitySchema
  .pick({ type: true, at: true, url: true, seconds: true, meta: true })
  .extend({ row: rowSchema, contactRow: rowSchema });
export type ActivityCandidate = z.infer<typeof activityCandidateSchema>;

export const taskCandidateSchema = taskSchema
  .pick({ title: true, kind: true, dueAt: true, doneAt: true, ownerId: true })
  .extend({ row: rowSchema, ownerName: nameRef, contactRow: rowSchema.nullable(), dealRow: rowSchema.nullable() });
export type TaskCandidate = z.infer<typeof taskCandidateSchema>;
