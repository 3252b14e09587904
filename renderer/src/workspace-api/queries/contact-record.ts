import { loadContactRecord } from '../../db/repositories/contact-record-repository';
import type { ApiContext } from '../context';

/** Everything the record page shows about one contact; null when it is gone. */
export const contactRecordQuery = (ctx: ApiContext, input: { contactId: string }) => loadContactRecord(ctx.db, input.contactId);
