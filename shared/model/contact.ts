import { z } from 'zod';
import { recycleReasonSchema } from './identifiers';
import { stageIdSchema } from './lifecycle';
import { customFieldsSchema, recordFields, timestampSchema } from './record';

/** Consent is what moves a prospect to subscriber (DOMAIN.md §1), so its source and date are kept. */
export const consentSchema = z.object({
  status: z.enum(['granted', 'withdrawn', 'none']),
  source: z.string().nullable(),
  at: timestampSchema.nullable(),
});
export type Consent = z.infer<typeof consentSchema>;

/** BANT ratings, each 0–100 as rated by a person; null = not rated yet. */
export const bantRatingsSchema = z.object({
  budget: z.number().min(0).max(100).nullable(),
  authority: z.number().min(0).max(100).nullable(),
  need: z.number().min(0).max(100).nullable(),
  timeframe: z.number().min(0).max(100).nullable(),
});
export type BantRatings = z.infer<typeof bantRatingsSchema>;

/** Names and titles are bounded: a 10,000-character "name" is a paste accident, not a person. */
export const NAME_MAX = 200;

/**
 * A phone number people can dial: digits with spaces, dots, dashes, slashes, parentheses and a
 * leading +, at least 6 digits. Validated before it can earn the "phone known" fit points.
 */
export const phoneSchema = z
  .string()
  .regex(/^\+?[0-9 ().\-/]+$/)
  .refine((s) => (s.match(/[0-9]/g) ?? []).length >= 6);

export const contactSchema = z.object({
  ...recordFields,
  firstName: z.string().max(NAME_MAX),
  lastName: z.string().max(NAME_MAX),
  email: z.email().nullable(),
  phone: phoneSchema.nullable(),
  jobTitle: z.string().max(NAME_MAX).nullable(),
  companyId: z.string().nullable(),
  lifecycleStage: stageIdSchema,
  /** When the contact entered its current stage: time in stage and SLA timers start here. */
  stageEnteredAt: timestampSchema,
  ownerId: z.string().nullable(),
  personaId: z.string().nullable(),
  consent: consentSchema,
  source: z.string().nullable(),
  tags: z.array(z.string()),
  bant: bantRatingsSchema,
  /** Cached scores, recomputed by the scoring engine; indexed for queues and sorting. */
  engagementScore: z.number(),
  fitScore: z.number(),
  bantScore: z.number(),
  lastActivityAt: timestampSchema.nullable(),
  recycleReason: recycleReasonSchema.nullable(),
  customFields: customFieldsSchema,
  /** The CSV import that last created or updated the contact: its saved view "Import of <date>" lists it. */
  importId: z.string().nullable().optional(),
});
export type Contact = z.infer<typeof contactSchema>;

const hangul = /[\u3131-\uD79D]/;

/**
 * Display name in the order the name's own culture uses: Korean names family-name first with
 * no space (김민준), others given name first (Emma Smith), whatever the UI language.
 */
export function contactDisplayName(contact: Pick<Contact, 'firstName' | 'lastName'>): string {
  if (hangul.test(contact.lastName) || hangul.test(contact.firstName)) return `${contact.lastName}${contact.firstName}`.trim();
  return `${contact.firstName} ${contact.lastName}`.trim();
}

/** What a brand-new contact starts with: no consent, no tags, no ratings, no scores yet. */
export function blankContactState(): Pick<
  Contact,
  'consent' | 'tags' | 'bant' | 'engagementScore' | 'fitScore' | 'bantScore' | 'lastActivityAt' | 'recycleReason' | 'customFields'
> {
  return {
    consent: { status: 'none', source: null, at: null },
    tags: [],
    bant: { budget: null, authority: null, need: null, timeframe: null },
    engagementScore: 0,
    fitScore: 0,
    bantScore: 0,
    lastActivityAt: null,
    recycleReason: null,
    customFields: {},
  };
}
