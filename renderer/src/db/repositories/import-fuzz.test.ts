import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEmptyWorkspaceData } from '@shared/defaults/empty-workspace';
import { detectPreset, importTargets, readCsvBytes, remapColumn, type ColumnMapping, type DedupeMode } from '@shared/import';
import { newId } from '@shared/model';
import { openWorkspaceDb, type WorkspaceDb } from '../workspace-db';
import { ImportCancelledError, runImport } from './import-repository';
import { countRecords, writeWorkspaceData } from './workspace-data-repository';

const now = Date.UTC(2026, 11, 1, 3);
const namedFileErrors = ['empty_file', 'undecodable', 'no_header', 'duplicate_headers', 'unclosed_quote'];

/** Everything a failed import must leave as it was: live records per table, the change log, the import list. */
async function snapshot(db: WorkspaceDb) {
  return { records: await countRecords(db), changes: await db.changes.count(), imports: await db.imports.count() };
}

const headerCell = fc.constantFrom(
  'Email',
  'First Name',
  'Last Name',
  'Company Name',
  'Lifecycle Stage',
  'Contact owner',
  'Create Date',
  'Deal - Title',
  'Deal - Value',
  'Deal - Stage',
  '이름',
  '단계',
  'close_date',
  'sector',
  'x',
);
const cell = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom(
    '',
    '"',
    '""',
    'a@b.example',
    'A@B.EXAMPLE',
    'Won',
    'Lost',
    'mql',
    'customer',
    '26/02/2018',
    '2018년 2월 30일',
    '$1,2',
    '-5',
    '김민준',
    '=1+1',
    'Acme',
    '\r\n',
  ),
);
const csv = fc
  .tuple(
    fc.array(headerCell, { minLength: 1, maxLength: 6 }),
    fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 8 }),
    fc.constantFrom(',', ';', '\t'),
    fc.constantFrom('\r\n', '\n'),
  )
  .map(([headers, rows, d, nl]) => [headers, ...rows].map((r) => r.join(d)).join(nl));
/** Mostly well-formed exports with a broken cell here and there: the imports that get as far as writing. */
const nearlyGood = fc
  .tuple(
    fc.shuffledSubarray(['Email', 'First Name', 'Company Name', 'Lifecycle Stage', 'Deal - Title', 'Deal - Value', 'Deal - Stage', 'Contact owner'], {
      minLength: 2,
    }),
    fc.array(fc.tuple(fc.nat({ max: 5 }), fc.constantFrom('Acme', 'Globex'), fc.constantFrom('lead', 'mql', 'customer', 'Won', 'Lost', 'bogus', ''), cell), {
      minLength: 1,
      maxLength: 12,
    }),
  )
  .map(([headers, rows]) =>
    [
      ['Email', ...headers.filter((h) => h !== 'Email')],
      ...rows.map(([n, company, stage, odd]) =>
        ['Email', ...headers.filter((h) => h !== 'Email')].map((h, i) =>
          i === 3
            ? odd
            : h === 'Email'
              ? `p${n}@x.example`
              : h === 'Company Name'
                ? company
                : h.includes('Stage')
                  ? stage
                  : h === 'Deal - Value'
                    ? String(n * 100)
                    : `${h} ${n}`,
        ),
      ),
    ]
      .map((r) => r.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','))
      .join('\r\n'),
  );
const bytes = fc.oneof(
  nearlyGood.map((t) => new TextEncoder().encode(t)),
  nearlyGood.map((t) => new TextEncoder().encode(t)),
  csv.map((t) => new TextEncoder().encode(t)),
  csv.map((t) => new Uint8Array([0xff, 0xfe, ...[...t].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8])])),
  fc.uint8Array({ maxLength: 80 }),
);
const remap: fc.Arbitrary<ColumnMapping> = fc.oneof(
  fc.constantFrom(...importTargets).map((target): ColumnMapping => ({ kind: 'field', target })),
  fc.constant<ColumnMapping>({ kind: 'ignore' }),
  fc.constant<ColumnMapping>({ kind: 'custom', entity: 'contact', key: 'note' }),
);

describe('the CSV importer, fuzzed with malformed files through the write path', () => {
  // Every case ends in a named error or a complete import; a cancel or refusal leaves the workspace exactly as it was.
  it('never crashes and never half-writes', async () => {
    const db = openWorkspaceDb(`test-${newId()}`);
    await writeWorkspaceData(db, createEmptyWorkspaceData({ name: 'Fuzz', locale: 'en', now: now - 1000 }));
    await fc.assert(
      fc.asyncProperty(
        bytes,
        fc.constantFrom<DedupeMode>('skip', 'fill', 'overwrite', 'create'),
        fc.array(fc.tuple(fc.nat(), remap), { maxLength: 3 }),
        fc.option(fc.nat({ max: 3 })),
        async (file, mode, remaps, cancelAfter) => {
          const read = readCsvBytes(file);
          if (!read.ok) {
            expect(namedFileErrors).toContain(read.error);
            return;
          }
          let mapping = detectPreset(read.headers).mapping;
          for (const [i, to] of remaps) mapping = remapColumn(mapping, read.headers[i % read.headers.length]!, to);
          const before = await snapshot(db);
          let writes = 0;
          const run = runImport(
            db,
            {
              fileName: 'fuzz.csv',
              encoding: read.encoding,
              preset: 'generic',
              headers: read.headers,
              rows: read.rows,
              mapping,
              mode,
              createOwners: true,
              viewName: 'Import',
              viewColumns: ['name'],
            },
            {
              now,
              onProgress: (p) => {
                if (p.phase === 'writing') writes++;
              },
              // Cancelled at the start of writing or between chunks, when asked to.
              cancelled: () => cancelAfter !== null && writes > cancelAfter,
            },
          );
          const settled = await run.then(
            (outcome) => ({ outcome, error: null }),
            (error: unknown) => ({ outcome: null, error }),
          );
          // Anything thrown but a cancel is a crash: the property fails on it.
          if (settled.error !== null && !(settled.error instanceof ImportCancelledError)) throw settled.error;
          const outcome = settled.outcome;
          if (outcome === null || !outcome.ok) {
            if (outcome) expect(['unmapped_required', 'no_lifecycle', 'no_pipeline']).toContain(outcome.error);
            expect(await snapshot(db)).toEqual(before);
            return;
          }
          // Complete: what the record says was created is there, linked to the import, and the import is one batch.
          const after = await snapshot(db);
          const { counts } = outcome.record;
          expect(after.records.contacts - before.records.contacts).toBe(counts.contacts.created);
          expect(after.records.companies - before.records.companies).toBe(counts.companies.created);
          expect(after.records.deals - before.records.deals).toBe(counts.deals.created);
          expect(after.records.teamMembers - before.records.teamMembers).toBe(counts.teamMembers.created);
          expect(after.imports).toBe(before.imports + 1);
          const batch = await db.changes.where('batchId').equals(outcome.record.batchId).toArray();
          expect(new Set(batch.map((c) => c.origin))).toEqual(new Set(['import']));
          expect(counts.rowsRead).toBe(read.rows.length);
        },
      ),
      { numRuns: 200 },
    );
    db.close();
  }, 120_000);
});
