import { findDuplicates, type QuickAddInput } from '../../db/repositories/contact-create-repository';
import type { ApiContext } from '../context';

/** Live contacts shared's duplicate rule calls the same person. */
export const duplicatesQuery = (
  ctx: ApiContext,
  input: { probe: Pick<QuickAddInput, 'email' | 'firstName' | 'lastName' | 'companyName'>; exceptId?: string },
) => findDuplicates(ctx.db, input.probe, input.exceptId);
