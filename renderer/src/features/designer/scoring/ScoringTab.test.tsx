import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { seededDemoDb } from '../../../db/testing/demo-db';
import { initI18n } from '../../../i18n';
import { WorkspaceApiProvider, createWorkspaceApi } from '../../../workspace-api';
import { ScoringTab } from './ScoringTab';

// The build defines the app's version; the workspace registry this tab's imports reach reads it.
vi.hoisted(() => Object.assign(globalThis, { __APP_VERSION__: 'test' }));

const now = Date.UTC(2026, 10, 23, 3);

beforeAll(async () => {
  await initI18n('en');
});
afterEach(cleanup);

describe('the Scoring tab', () => {
  it('scores Lead A 76 and Lead B 19, follows an unsaved edit, names a bad BANT total beside the weights, and saves the model', async () => {
    const { db } = await seededDemoDb({ seed: 51, now, locale: 'en', contacts: 60 });
    const api = createWorkspaceApi('ws', db, () => now + 1000);
    const { container } = render(
      <WorkspaceApiProvider api={api}>
        <ScoringTab />
      </WorkspaceApiProvider>,
    );
    const score = (id: string) => screen.getByTestId(`bench-score-${id}`).textContent;
    await waitFor(() => expect(score('lead-a')).toBe('76'), { timeout: 5000 });
    expect(score('lead-b')).toBe('19');

    const points = container.querySelector<HTMLInputElement>('[data-rule-id="email_opened"] input[name="points"]')!;
    fireEvent.change(points, { target: { value: '12' } });
    expect(score('lead-a')).toBe('106');
    expect(score('lead-b')).toBe('39');

    const budget = container.querySelector<HTMLInputElement>('input[name="bant-budget"]')!;
    fireEvent.change(budget, { target: { value: '40' } });
    expect(screen.getByTestId('bant-total').textContent).toBe('The BANT weights add up to 115 %; they must total 100 %.');
    fireEvent.click(screen.getByRole('button', { name: 'Save scoring model' }));
    expect(screen.getByTestId('scoring-refusal').textContent).toBe('Not saved: 1 value needs fixing (shown next to it).');
    fireEvent.change(budget, { target: { value: '25' } });
    expect(screen.getByTestId('bant-total').textContent).toBe('Total: 100 %');

    fireEvent.click(screen.getByRole('button', { name: 'Save scoring model' }));
    await waitFor(async () => {
      const model = (await api.queries.activeDesign())!.model;
      expect(model.engagementRules.find((r) => r.id === 'email_opened')?.points).toBe(12);
    });
    await waitFor(() => expect((screen.getByRole('button', { name: 'Save scoring model' }) as HTMLButtonElement).disabled).toBe(true), { timeout: 10_000 });
  }, 60_000);

  it('says a refused number as it is typed, under its field and named by its label, and clears it once the number is fixed', async () => {
    const { db } = await seededDemoDb({ seed: 51, now, locale: 'en', contacts: 60 });
    const api = createWorkspaceApi('ws', db, () => now + 1000);
    render(
      <WorkspaceApiProvider api={api}>
        <ScoringTab />
      </WorkspaceApiProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('bench-score-lead-a').textContent).toBe('76'), { timeout: 5000 });
    // The test bench's sample company: an employee count below zero (nothing else validates the bench's numbers).
    const employees = screen.getByRole('spinbutton', { name: 'Employee count' }) as HTMLInputElement;
    fireEvent.change(employees, { target: { value: '-4' } });
    // No Save pressed: the message is there already, and the input is marked and described by it.
    const message = await screen.findByText('Employee count: Enter a number of at least 0.');
    expect(employees.getAttribute('aria-invalid')).toBe('true');
    expect(employees.getAttribute('aria-describedby')?.split(' ')).toContain(message.id);
    fireEvent.change(employees, { target: { value: '40' } });
    await waitFor(() => expect(screen.queryByText('Employee count: Enter a number of at least 0.')).toBeNull());
    expect(employees.getAttribute('aria-invalid')).toBeNull();
  }, 60_000);
});
