import { getSimulatorDesign } from '../../db/repositories/simulator-design-repository';
import type { ApiContext } from '../context';

/** The design the simulator starts from and a demo of it follows: lifecycle, team, model, pipelines, routing, role targets, currency. */
export const simulatorDesignQuery = (ctx: ApiContext) => getSimulatorDesign(ctx.db);
