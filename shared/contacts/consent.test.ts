import { describe, expect, it } from 'vitest';
import { T0 } from '../testing/fixtures';
import { consentAfterActivity, consentDecision } from './consent';

const none = { status: 'none' as const, source: null, at: null };
const granted = { status: 'granted' as const, source: 'newsletter', at: T0 };

describe('consent', () => {
  it('a grant needs a source; a withdrawal keeps the one it had', () => {
    expect(consentDecision(none, 'granted', '   ', T0)).toEqual({ ok: false, error: 'source_required' });
    expect(consentDecision(none, 'granted', ' webinar ', T0)).toEqual({ ok: true, consent: { status: 'granted', source: 'webinar', at: T0 } });
    expect(consentDecision(granted, 'withdrawn', null, T0 + 1)).toEqual({ ok: true, consent: { status: 'withdrawn', source: 'newsletter', at: T0 + 1 } });
  });
  it('unsubscribing withdraws consent, unless a newer grant stands', () => {
    expect(consentAfterActivity(granted, { type: 'unsubscribed', at: T0 + 5 })).toEqual({ status: 'withdrawn', source: 'unsubscribed', at: T0 + 5 });
    expect(consentAfterActivity(granted, { type: 'unsubscribed', at: T0 - 5 })).toBe(granted);
    expect(consentAfterActivity(granted, { type: 'email_opened', at: T0 + 5 })).toBe(granted);
  });
});
