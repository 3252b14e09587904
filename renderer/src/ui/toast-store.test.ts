import { describe, expect, it } from 'vitest';
import { showToast, useToasts } from './toast-store';

describe('toasts', () => {
  it('drops an Undo offered in another workspace when one opens, and keeps the rest', () => {
    useToasts.setState({ toasts: [] });
    const run = () => undefined;
    showToast({ tone: 'ok', text: 'Recycled 3 leads', scope: 'ws-a', action: { label: 'Undo', run } });
    showToast({ tone: 'error', text: 'Server unreachable' });
    showToast({ tone: 'ok', text: 'Moved a deal', scope: 'ws-b', action: { label: 'Undo', run } });
    useToasts.getState().keepScope('ws-b');
    expect(useToasts.getState().toasts.map((t) => t.text)).toEqual(['Server unreachable', 'Moved a deal']);
  });
});
