import type { Consent } from '@shared/model';
import { recordConsent } from '../../db/repositories/contact-edit-repository';
import type { ApiContext } from '../context';

/** Records consent granted (with its source) or withdrawn. */
export const recordConsentAction = (ctx: ApiContext, input: { contactId: string; status: Consent['status']; source: string | null }) =>
  recordConsent(ctx.db, input.contactId, { status: input.status, source: input.source }, ctx.now());
