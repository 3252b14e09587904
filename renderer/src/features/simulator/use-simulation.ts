import { useEffect, useMemo, useRef, useState } from 'react';
import {
  calibratePlan,
  leadsNeededForRevenue,
  periodRange,
  planFromDesign,
  sensitivity,
  simulateFunnel,
  type CalibrationFit,
  type MeasuredFunnel,
  type PeriodPreset,
  type SimPlan,
  type SimResult,
  type Sensitivity,
} from '@shared/index';
import { useWorkspaceApi, useWorkspaceQuery } from '../../workspace-api';
import { openSimulatorWorker, type SimulatorClient } from '../../workspace-api/simulator-client';
import { withEdits } from './sim-edits';
import { useSimulatorPage, type SimBasis } from './simulator-store';

export type Simulation = {
  /** The plan the inputs show (starting figures with the user's changes). */
  plan: SimPlan;
  /** The starting figures alone: what Reset returns to, and what the sliders' ranges are sized by. */
  start: SimPlan;
  /** Which inputs came from the workspace (null: the design's targets). */
  fit: CalibrationFit | null;
  result: SimResult;
  ranking: Sensitivity[];
  /** New contacts a month for the revenue target; null: the funnel wins nothing in 12 months. */
  leadsNeeded: number | null;
  currency: string;
  lifecycleName: string;
};

export type SimulationState = { status: 'loading' } | { status: 'no_design' } | { status: 'ready'; simulation: Simulation };

/** The workspace's figures for a period, measured in a worker started the first time a period is asked for. */
function useMeasured(basis: SimBasis): { basis: PeriodPreset; measured: MeasuredFunnel } | null {
  const { id } = useWorkspaceApi();
  const client = useRef<{ id: string; client: SimulatorClient } | null>(null);
  const [answer, setAnswer] = useState<{ basis: PeriodPreset; measured: MeasuredFunnel; id: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (basis === 'design') return;
    if (client.current?.id !== id) {
      client.current?.client.dispose();
      client.current = { id, client: openSimulatorWorker(id) };
    }
    const { client: worker } = client.current;
    let live = true;
    worker.ready
      .then((shape) => worker.measure(periodRange(basis, Date.now(), shape.timeZone)))
      .then(
        (measured) => live && setAnswer({ basis, measured, id }),
        (e: unknown) => live && setError(e),
      );
    return () => {
      live = false;
    };
  }, [basis, id]);
  useEffect(
    () => () => {
      client.current?.client.dispose();
      client.current = null;
    },
    [],
  );
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return answer && answer.basis === basis && answer.id === id ? answer : null;
}

/** The simulator's plan, projection, sensitivity and leads needed, recomputed as the inputs move. */
export function useSimulation(): SimulationState {
  const read = useWorkspaceQuery((q) => q.simulatorDesign(), []);
  const { basis, edits } = useSimulatorPage();
  const measured = useMeasured(basis);
  const base = useMemo(() => (read ? planFromDesign(read.design.lifecycle, read.design.teamMembers, read.design.currency, read.roleGoals) : null), [read]);
  const start = useMemo(() => {
    if (!base) return null;
    if (basis === 'design') return { plan: base, fit: null };
    return measured ? calibratePlan(base, measured.measured) : null;
  }, [base, basis, measured]);
  return useMemo((): SimulationState => {
    if (read === undefined) return { status: 'loading' };
    if (read === null || !start) return read === null ? { status: 'no_design' } : { status: 'loading' };
    const plan = withEdits(start.plan, edits);
    return {
      status: 'ready',
      simulation: {
        plan,
        start: start.plan,
        fit: start.fit,
        result: simulateFunnel(plan.input),
        ranking: sensitivity(plan.input),
        leadsNeeded: leadsNeededForRevenue(plan.input, plan.revenueTarget),
        currency: read.design.currency,
        lifecycleName: read.design.lifecycle.name,
      },
    };
  }, [read, start, edits]);
}
