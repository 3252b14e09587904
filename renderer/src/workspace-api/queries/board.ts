import { loadBoard, loadDealRecord, loadDealSet } from '../../db/repositories/board-repository';
import type { ApiContext } from '../context';

export type { BoardData, DealRecordData, DealSetData, NextTask } from '../../db/repositories/board-repository';

/** The deal board of one pipeline (the sales pipeline when none is chosen). */
export const boardQuery = (ctx: ApiContext, input: { pipelineId: string | null }) => loadBoard(ctx.db, input.pipelineId, ctx.now());

/** One deal with its stage history, contacts and open tasks. */
export const dealRecordQuery = (ctx: ApiContext, input: { dealId: string }) => loadDealRecord(ctx.db, input.dealId);

/** The deals behind a report figure, open or closed, for the pipeline's list view. */
export const dealSetQuery = (ctx: ApiContext, input: { ids: readonly string[] }) => loadDealSet(ctx.db, input.ids);
