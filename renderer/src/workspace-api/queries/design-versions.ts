import { validateDesign } from '@shared/design';
import { designDiff, exportDesign, getLiveDesign, listDesignVersions, type DesignRef } from '../../db/repositories/design-versions-repository';
import type { ApiContext } from '../context';

/** The workspace's saved design versions, newest first. */
export const designVersionsQuery = (ctx: ApiContext) => listDesignVersions(ctx.db);

/** What changes from design `a` to design `b` (each a saved version or the live design); null when one is gone. */
export const designDiffQuery = (ctx: ApiContext, input: { a: DesignRef; b: DesignRef }) => designDiff(ctx.db, input.a, input.b);

/** The live design with the engines' named problems. */
export const liveDesignQuery = async (ctx: ApiContext) => {
  const design = await getLiveDesign(ctx.db);
  return design ? { design, problems: validateDesign(design) } : null;
};

/** The live design as the bytes of a `.baton-design.json` file (the feature saves them through the platform). */
export const exportDesignQuery = (ctx: ApiContext, input: { name: string; appVersion: string }) => exportDesign(ctx.db, input, ctx.now());
