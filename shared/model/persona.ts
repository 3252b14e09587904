import { z } from 'zod';
import { funnelStageIds } from './identifiers';
import { stageIdSchema } from './lifecycle';
import { recordFields } from './record';

export const vocQuoteSchema = z.object({
  id: z.string(),
  quote: z.string().min(1),
  topic: z.string(),
  notes: z.string(),
  source: z.string(),
});

export const personaContentSchema = z.object({
  id: z.string(),
  title: z.string().min(1),
  stage: stageIdSchema,
  kind: z.enum(['blog', 'guide', 'research', 'ebook', 'case_study', 'battle_card', 'other']),
  url: z.string().nullable(),
});

export const personaSchema = z.object({
  ...recordFields,
  name: z.string().trim().min(1),
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
  voiceOfCustomer: z.array(vocQuoteSchema),
  content: z.array(personaContentSchema),
});
export type Persona = z.infer<typeof personaSchema>;

export const contentStages = funnelStageIds;
