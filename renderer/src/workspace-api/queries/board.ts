import { loadBoard, loadDealRecord } from '../../db/repositories/board-repository';
import type { ApiContext } from '../context';

export type { BoardData, DealRecordData, NextTask } from '../../db/repositories/board-repository';

/** The deal board of one pipeline (the sales pipeline when none is chosen). */
export const boardQuery = (ctx: ApiContext, input: { pipelineId: string | null }) => loadBoard(ctx.db, input.pipelineId, ctx.now());

/** One deal with its stage history, contacts and open tasks. */
export const dealRecordQuery = (ctx: ApiContext, input: { dealId: string }) => loadDealRecord(ctx.db, input.dealId);
