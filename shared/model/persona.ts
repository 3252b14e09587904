import { z } from 'zod';
import { funnelStageIds } from './identifiers';
import { recordFields } from './record';

/** The part a persona plays in a purchase (DOMAIN.md §6). */
export const decisionRoles = ['decision_maker', 'influencer', 'user', 'gatekeeper'] as const;
export const decisionRoleSchema = z.enum(decisionRoles);
export type DecisionRole = z.infer<typeof decisionRoleSchema>;

/** A persona's colour on cards, chips and the one-pager: `#rrggbb`. */
export const personaColorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colour as #rrggbb');

export const personaSchema = z.object({
  ...recordFields,
  name: z.string().trim().min(1),
  color: personaColorSchema,
  decisionRole: decisionRoleSchema.nullable(),
  /** Ordered, case-insensitive job-title patterns (plain text or /regex/); first match assigns. */
  titlePatterns: z.array(z.string().min(1)),
  order: z.number().int(),
  goals: z.array(z.string()),
  pains: z.array(z.string()),
  objections: z.array(z.string()),
  buyingTriggers: z.array(z.string()),
  channels: z.array(z.string()),
  /** What this persona calls its problem, in its own words. */
  problemWords: z.array(z.string()),
});
export type Persona = z.infer<typeof personaSchema>;

export const contentStages = funnelStageIds;

/** Colours offered for new personas, readable on light and dark backgrounds alike. */
export const personaColors = ['#2563eb', '#db2777', '#059669', '#d97706', '#7c3aed', '#0891b2', '#dc2626', '#4d7c0f'] as const;
