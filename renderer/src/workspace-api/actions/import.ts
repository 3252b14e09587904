import { rollbackImport } from '../../db/repositories/import-repository';
import type { ApiContext } from '../context';

/** Reverts a whole CSV import (its batch), unless something it wrote was changed since. */
export const rollbackImportAction = (ctx: ApiContext, input: { importId: string }) => rollbackImport(ctx.db, input.importId, ctx.now());
