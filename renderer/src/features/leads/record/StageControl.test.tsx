import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDefaultLifecycle, type NotCheckedCriterion, type TransitionContext, type UnmetCriterion } from '@shared/index';
import type { Contact } from '@shared/model';
import { contact as baseContact, context as baseContext, scores, T0 } from '@shared/testing/fixtures';
import { initI18n } from '../../../i18n';
import type { StageAction, StageActionResult } from '../../../workspace-api';
import { StageControl } from './StageControl';

const lifecycle = createDefaultLifecycle(T0, 'l1');
const labels = new Map(lifecycle.stages.map((s) => [s.id, { name: s.id.toUpperCase(), ownerRole: s.ownerRole, side: s.kind !== 'funnel' }]));
const contact = (overrides: Partial<Contact>): Contact =>
  baseContact({
    lifecycleStage: 'sql',
    email: null,
    jobTitle: null,
    source: null,
    consent: { status: 'granted', source: 'form', at: T0 },
    engagementScore: 80,
    ...overrides,
  });
const context: TransitionContext = baseContext({ scores: scores({ engagement: 80, icpFit: 70 }), icpThreshold: 60 });

beforeAll(async () => {
  await initI18n('en');
});
afterEach(cleanup);

function renderControl(c: Contact, onAction: (a: StageAction) => Promise<StageActionResult>, canDecideHandOff = true, canOverride = true) {
  return render(
    <StageControl
      contact={c}
      lifecycle={lifecycle}
      context={context}
      stageLabels={labels}
      canDecideHandOff={canDecideHandOff}
      canOverride={() => canOverride}
      onAction={onAction}
    />,
  );
}

/** A refusal for criteria, as the engine returns it. */
const refused = (unmet: UnmetCriterion[], notChecked: NotCheckedCriterion[] = []): StageActionResult => ({
  ok: false,
  error: 'refused',
  evaluation: { ok: false, reason: 'criteria', unmet, notChecked },
});
const unmet = (stageId: string, item: string, criterion: UnmetCriterion['criterion'], values: UnmetCriterion['values'] = {}): UnmetCriterion => ({
  criterion,
  stageId,
  item,
  messageKey: '',
  values,
});

describe('StageControl', () => {
  it('marks blocked next stages and, when refused, names every unmet criterion with a fix', async () => {
    const onAction = vi.fn(async () =>
      refused([
        unmet('opportunity', 'amount', { kind: 'deal_amount_present' }),
        unmet('opportunity', 'expectedCloseDate', { kind: 'deal_close_date_present' }),
      ]),
    );
    renderControl(contact({}), onAction);
    const opportunity = screen.getByRole('button', { name: /OPPORTUNITY/ });
    expect(opportunity.textContent).toContain('blocked');
    fireEvent.click(opportunity);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('OPPORTUNITY needs: amount, expected close date');
    expect(alert.textContent).toContain('Add the amount on a deal');
    expect(onAction).toHaveBeenCalledWith({ kind: 'move', to: 'opportunity' });
  });

  it('override stays disabled until a reason is typed, then sends it', async () => {
    const onAction = vi.fn(async (action: StageAction): Promise<StageActionResult> =>
      action.kind === 'override' ? { ok: false, error: 'not_authorised' } : refused([unmet('customer', 'dealWon', { kind: 'deal_won' })]),
    );
    renderControl(contact({}), onAction);
    fireEvent.click(screen.getByRole('button', { name: /CUSTOMER/ }));
    const override = await screen.findByRole('button', { name: 'Override and move' });
    expect((override as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Why override? (required)'), { target: { value: 'Signed on paper' } });
    fireEvent.click(override);
    await waitFor(() => expect(onAction).toHaveBeenLastCalledWith({ kind: 'override', to: 'customer', reason: 'Signed on paper' }));
  });

  it('groups a skip-ahead refusal by the stage that asks, names the hand-off step, and hides override from people who may not', async () => {
    const onAction = vi.fn(async () =>
      refused(
        [
          unmet('mql', 'consent', { kind: 'consent_present' }),
          unmet('sql', 'handOffStep', { kind: 'hand_off_step' }, { handOffStage: 'mql' }),
          unmet('sql', 'activity', { kind: 'activity_present', activityTypes: ['meeting_booked'] }),
        ],
        [{ stageId: 'mql', item: 'icpFit', why: 'no_icp' }],
      ),
    );
    renderControl(contact({ lifecycleStage: 'lead' }), onAction, false, false);
    fireEvent.click(screen.getByRole('button', { name: /^SQL/ }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('MQL needs: consent');
    expect(alert.textContent).toContain('SQL needs: a hand-off accepted by sales (move to MQL first), a sign of intent');
    expect(alert.textContent).toContain('Not checked: ICP fit — no ICP is defined for this workspace');
    expect(alert.textContent).toContain('Only admins and the owners of SQL may override.');
    expect(screen.queryByRole('button', { name: 'Override and move' })).toBeNull();
  });

  it('offers Accept and Reject on a hand-off only to people who may decide', () => {
    const { unmount } = renderControl(contact({ lifecycleStage: 'mql' }), vi.fn());
    expect(screen.getByRole('button', { name: 'Accept hand-off' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^SQL/ })).toBeNull(); // the hand-off move goes through Accept
    unmount();
    renderControl(contact({ lifecycleStage: 'mql' }), vi.fn(), false);
    expect(screen.queryByRole('button', { name: 'Accept hand-off' })).toBeNull();
  });

  it('recycling asks for a reason from the list before it can be sent', async () => {
    const onAction = vi.fn(async (): Promise<StageActionResult> => ({ ok: false, error: 'not_found' }));
    renderControl(contact({ lifecycleStage: 'lead' }), onAction);
    fireEvent.click(screen.getByRole('button', { name: 'Recycle' }));
    const send = screen.getAllByRole('button', { name: 'Recycle' }).at(-1) as HTMLButtonElement;
    expect(send.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Reason'), { target: { value: 'no_budget' } });
    fireEvent.click(send);
    await waitFor(() => expect(onAction).toHaveBeenCalledWith({ kind: 'move', to: 'recycled', recycleReason: 'no_budget', reason: '' }));
  });
});
