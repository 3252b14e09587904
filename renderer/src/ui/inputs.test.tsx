import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { initI18n } from '../i18n';
import { Combobox, suggest } from './Combobox';
import { dateInputProblem } from './DateInput';
import { Field } from './Field';
import { NumberInput, numberInputProblem } from './NumberInput';
import { Tabs } from './Tabs';

beforeAll(async () => {
  await initI18n('en');
});
afterEach(cleanup);

describe('inputs accept what their hint promises', () => {
  const t = i18next.getFixedT('en');
  it('a 0–100 number takes every whole number in the range and refuses the rest in words', () => {
    for (const ok of ['0', '67', '100', '']) expect(numberInputProblem(ok, { min: 0, max: 100 }, t, 'en')).toBeNull();
    expect(numberInputProblem('101', { min: 0, max: 100 }, t, 'en')).toBe('Enter a number from 0 to 100.');
    expect(numberInputProblem('-1', { min: 0 }, t, 'en')).toBe('Enter a number of at least 0.');
    expect(numberInputProblem('6.5', { min: 0, max: 100 }, t, 'en')).toBe('Enter a whole number.');
    expect(numberInputProblem('6.5', { min: 0, step: 'any' }, t, 'en')).toBeNull();
  });

  it('dates stay in a sane range', () => {
    expect(dateInputProblem('2026-11-23', '2000-01-01', '2099-12-31', t)).toBeNull();
    expect(dateInputProblem('9999-01-01', '2000-01-01', '2099-12-31', t)).toBe('Enter a date between Jan 1, 2000 and Dec 31, 2099.');
    expect(dateInputProblem('1900-01-01', '2000-01-01', '2099-12-31', t)).not.toBeNull();
  });

  it('a field links its label, hint and error to the control, and the control refuses out-of-range input', () => {
    function Bant() {
      const [value, setValue] = useState('');
      return (
        <Field label="Budget" hint="0–100" error={value === '' ? null : undefined}>
          <NumberInput value={value} onValueChange={setValue} min={0} max={100} />
        </Field>
      );
    }
    render(<Bant />);
    const input = screen.getByLabelText<HTMLInputElement>('Budget');
    expect(input.getAttribute('aria-describedby')).toContain(screen.getByText('0–100').id);
    fireEvent.change(input, { target: { value: '67' } });
    expect(input.validationMessage).toBe('');
    fireEvent.change(input, { target: { value: '140' } });
    expect(input.validationMessage).toBe('Enter a number from 0 to 100.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });
});

describe('suggestions and tabs by keyboard', () => {
  it('suggestions put prefix matches first and skip what is typed in full', () => {
    expect(suggest(['Acme', 'Nacme Labs', 'Acme Korea', 'Beta'], 'acme', 5)).toEqual(['Acme Korea', 'Nacme Labs']);
    expect(suggest(['a', 'b', 'c'], '', 2)).toEqual(['a', 'b']);
  });

  it('the combobox takes a suggestion with ↓ and Enter and keeps free text', () => {
    function Company() {
      const [value, setValue] = useState('');
      return (
        <Field label="Company">
          <Combobox value={value} onValueChange={setValue} options={['Acme', 'Acme Korea']} />
        </Field>
      );
    }
    render(<Company />);
    const input = screen.getByRole<HTMLInputElement>('combobox', { name: 'Company' });
    fireEvent.change(input, { target: { value: 'ac' } });
    expect(screen.getAllByRole('option')).toHaveLength(2);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[1]!.id);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(input.value).toBe('Acme Korea');
    fireEvent.change(input, { target: { value: 'Zeta' } });
    expect(input.value).toBe('Zeta');
  });

  it('tabs are one tab stop; arrows, Home and End select and focus', () => {
    function Queues() {
      const [value, setValue] = useState<'a' | 'b' | 'c'>('a');
      const items = (['a', 'b', 'c'] as const).map((id) => ({ id, label: id.toUpperCase() }));
      return <Tabs<'a' | 'b' | 'c'> label="Queues" items={items} value={value} onChange={setValue} panelId="panel" idPrefix="q" />;
    }
    render(<Queues />);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((tab) => tab.tabIndex)).toEqual([0, -1, -1]);
    fireEvent.keyDown(tabs[0]!, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('B');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'B' }));
    fireEvent.keyDown(tabs[1]!, { key: 'End' });
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('C');
    fireEvent.keyDown(tabs[2]!, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('A');
    expect(screen.getAllByRole('tab').map((tab) => tab.tabIndex)).toEqual([0, -1, -1]);
  });
});
