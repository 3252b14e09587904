import type { QuoteDraft } from '@shared/index';
import type { ContentAsset, VocQuote } from '@shared/model';
import { deleteLibraryRecord, importQuotes, saveContentAsset, saveQuote } from '../../db/repositories/library-repository';
import type { ApiContext } from '../context';

type Editable<T> = Omit<T, 'createdAt' | 'updatedAt' | 'deletedAt'>;

/** Adds a quote to the voice-of-customer library, or saves an edit of one; refusals name their fields. */
export const saveQuoteAction = (ctx: ApiContext, input: { quote: Editable<VocQuote> }) => saveQuote(ctx.db, input.quote, ctx.now());

/** Removes a quote from the library (soft delete). */
export const deleteQuoteAction = (ctx: ApiContext, input: { id: string }) => deleteLibraryRecord(ctx.db, 'quotes', input.id, ctx.now());

/** Imports the quotes a CSV check let through, in one write. */
export const importQuotesAction = (ctx: ApiContext, input: { quotes: QuoteDraft[] }) => importQuotes(ctx.db, input.quotes, ctx.now());

/** Adds a content asset (title, kind, link, funnel position, stages, personas), or saves an edit of one. */
export const saveContentAssetAction = (ctx: ApiContext, input: { asset: Editable<ContentAsset> }) => saveContentAsset(ctx.db, input.asset, ctx.now());

/** Removes a content asset (soft delete). */
export const deleteContentAssetAction = (ctx: ApiContext, input: { id: string }) => deleteLibraryRecord(ctx.db, 'contentAssets', input.id, ctx.now());
