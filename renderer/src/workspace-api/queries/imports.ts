import { getImport, listImports } from '../../db/repositories/import-repository';
import type { ApiContext } from '../context';

/** The workspace's CSV imports, newest first. */
export const importsQuery = (ctx: ApiContext) => listImports(ctx.db);

/** One import by id (its summary and whether it was rolled back), or undefined. */
export const importRecordQuery = (ctx: ApiContext, input: { importId: string }) => getImport(ctx.db, input.importId);
