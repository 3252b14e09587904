import type { Contact } from '@shared/model';
import { contactsChangedSince, loadFirstLeadRows, loadLeadIndex, mergeIntoLeadIndex, type LeadIndex } from '../../db/repositories/leads-repository';
import type { ApiContext } from '../context';

/** Every live contact as a list row, with search texts. */
export const leadIndexQuery = (ctx: ApiContext) => loadLeadIndex(ctx.db, ctx.now());

/** The newest rows, for a first screen before the whole index is in. */
export const firstLeadRowsQuery = (ctx: ApiContext, input: { limit: number }) => loadFirstLeadRows(ctx.db, ctx.now(), input.limit);

/** Contacts changed at or after the index's watermark (run live: it answers again on every change). */
export const contactsChangedQuery = (ctx: ApiContext, input: { watermark: number }) => contactsChangedSince(ctx.db, input.watermark);

/** The index with the changed contacts merged in, without a reload. */
export const mergedLeadIndexQuery = (ctx: ApiContext, input: { index: LeadIndex; changed: Contact[] }) =>
  mergeIntoLeadIndex(ctx.db, input.index, input.changed, ctx.now());
