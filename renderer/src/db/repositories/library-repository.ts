import { contentAssetSchema, fieldErrorsFromIssues, newId, vocQuoteSchema, type ContentAsset, type FieldError, type VocQuote } from '@shared/model';
import type { QuoteDraft } from '@shared/index';
import { runWrite } from '../write-path';
import type { WorkspaceDb } from '../workspace-db';

export type LibraryResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

type Editable<T> = Omit<T, 'createdAt' | 'updatedAt' | 'deletedAt'>;

/** Adds a quote or saves an edit of one (`id` of an existing quote), validated by its schema. */
export async function saveQuote(db: WorkspaceDb, draft: Editable<VocQuote>, now: number): Promise<LibraryResult<VocQuote>> {
  return runWrite(db, async () => {
    const before = await db.quotes.get(draft.id);
    const parsed = vocQuoteSchema.safeParse({ ...draft, createdAt: before?.createdAt ?? now, updatedAt: now, deletedAt: null });
    if (!parsed.success) return { ok: false, errors: fieldErrorsFromIssues(parsed.error.issues) };
    if (parsed.data.personaId !== null && !(await db.personas.get(parsed.data.personaId)))
      return { ok: false, errors: [{ field: 'personaId', code: 'not_found' }] };
    await db.quotes.put(parsed.data);
    return { ok: true, value: parsed.data };
  });
}

/** Imports the quotes a CSV check let through, all in one write (one batch to undo): each whole or none. */
export async function importQuotes(db: WorkspaceDb, drafts: readonly QuoteDraft[], now: number): Promise<LibraryResult<{ added: number; batchId: string }>> {
  return runWrite(
    db,
    async (write) => {
      const records: VocQuote[] = [];
      for (const [i, draft] of drafts.entries()) {
        const parsed = vocQuoteSchema.safeParse({ ...draft, id: newId(), createdAt: now, updatedAt: now, deletedAt: null });
        if (!parsed.success) return { ok: false, errors: fieldErrorsFromIssues(parsed.error.issues, String(i)) };
        records.push(parsed.data);
      }
      if (records.length) await db.quotes.bulkAdd(records);
      return { ok: true, value: { added: records.length, batchId: write.batchId } };
    },
    { origin: 'import', now },
  );
}

/** Adds a content asset or saves an edit of one, validated by its schema (a link must be a web address). */
export async function saveContentAsset(db: WorkspaceDb, draft: Editable<ContentAsset>, now: number): Promise<LibraryResult<ContentAsset>> {
  return runWrite(db, async () => {
    const before = await db.contentAssets.get(draft.id);
    const url = draft.url === null || draft.url.trim() === '' ? null : draft.url.trim();
    const parsed = contentAssetSchema.safeParse({ ...draft, url, createdAt: before?.createdAt ?? now, updatedAt: now, deletedAt: null });
    if (!parsed.success) return { ok: false, errors: fieldErrorsFromIssues(parsed.error.issues) };
    await db.contentAssets.put(parsed.data);
    return { ok: true, value: parsed.data };
  });
}

/** Soft-deletes a quote or a content asset (sync and undo must see it go). */
export async function deleteLibraryRecord(db: WorkspaceDb, table: 'quotes' | 'contentAssets', id: string, now: number): Promise<LibraryResult<null>> {
  return runWrite(db, async () => {
    const record = await db.table<VocQuote | ContentAsset, string>(table).get(id);
    if (!record || record.deletedAt !== null) return { ok: false, errors: [{ field: 'id', code: 'not_found' }] };
    await db.table(table).put({ ...record, deletedAt: now, updatedAt: now });
    return { ok: true, value: null };
  });
}
