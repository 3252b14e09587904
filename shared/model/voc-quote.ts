import { z } from 'zod';
import { recordFields, timestampSchema } from './record';

/** Where a quote was heard. */
export const quoteSourceKinds = ['url', 'interview', 'forum', 'other'] as const;
export const quoteSourceKindSchema = z.enum(quoteSourceKinds);
export type QuoteSourceKind = z.infer<typeof quoteSourceKindSchema>;

/**
 * One line of the voice-of-customer library (DOMAIN.md §6): what a customer said, in their words,
 * about a topic, where and when. Belongs to a persona, or to the whole workspace (`personaId: null`).
 */
export const vocQuoteSchema = z.object({
  ...recordFields,
  personaId: z.string().nullable(),
  quote: z.string().trim().min(1).max(4000),
  topic: z.string().max(200),
  notes: z.string().max(4000),
  /** A URL, an interview's name, a forum thread: free text, its kind in `sourceKind`. */
  source: z.string().max(2000),
  sourceKind: quoteSourceKindSchema,
  /** When it was said (not when it was typed in); null when unknown. */
  saidAt: timestampSchema.nullable(),
});
export type VocQuote = z.infer<typeof vocQuoteSchema>;
