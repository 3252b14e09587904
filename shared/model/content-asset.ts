import { z } from 'zod';
import { stageIdSchema } from './lifecycle';
import { recordFields } from './record';

export const contentAssetKinds = ['blog_post', 'buyer_guide', 'research_paper', 'ebook', 'case_study', 'battle_card', 'demo'] as const;
export const contentAssetKindSchema = z.enum(contentAssetKinds);
export type ContentAssetKind = z.infer<typeof contentAssetKindSchema>;

/** Top, middle or bottom of the funnel (DOMAIN.md §6). */
export const funnelPositions = ['tofu', 'mofu', 'bofu'] as const;
export const funnelPositionSchema = z.enum(funnelPositions);
export type FunnelPosition = z.infer<typeof funnelPositionSchema>;

/**
 * A piece of content and where it suits the buyer: the lifecycle stages and personas it is for
 * (no persona = every persona). The record page suggests it to a contact of that persona and stage.
 */
export const contentAssetSchema = z.object({
  ...recordFields,
  title: z.string().trim().min(1).max(300),
  kind: contentAssetKindSchema,
  /** A web address (http or https) people can open; null when the asset has none yet. */
  url: z
    .string()
    .max(2000)
    .regex(/^https?:\/\/[^\s]+$/i)
    .nullable(),
  funnelPosition: funnelPositionSchema,
  stageIds: z.array(stageIdSchema).min(1),
  personaIds: z.array(z.string()),
});
export type ContentAsset = z.infer<typeof contentAssetSchema>;
