import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from '../demo/generate-workspace';
import { activity, contact } from '../testing/fixtures';
import { workspaceTableNames, workspaceTableSchemas, type WorkspaceData } from '../model';
import { decodeWorkspaceText } from './decode-text';
import { createWorkspaceFileEncoder, encodeWorkspaceData } from './encode';

const LATEST = 7;
const header = { appVersion: '0.1.0', schemaVersion: LATEST, createdAt: Date.UTC(2026, 11, 1), name: 'Acme', expectedRecords: 0 };
const demo: WorkspaceData = generateDemoWorkspace({ seed: 7, now: Date.UTC(2026, 10, 1), locale: 'ko', contacts: 80 });

describe('workspace file round trip', () => {
  it('gives back every record of a demo workspace, identical, with its counts', () => {
    const text = encodeWorkspaceData(demo, header);
    const result = decodeWorkspaceText(text, { latestSchemaVersion: LATEST });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const table of workspaceTableNames) {
      expect(result.records[table]).toEqual(demo[table]);
      expect(result.manifest.counts[table]).toBe(demo[table].length);
    }
    expect(result.manifest).toMatchObject({ name: 'Acme', schemaVersion: LATEST, formatVersion: 1, appVersion: '0.1.0' });
    expect(result.manifest.checksum).toMatch(/^crc32:[0-9a-f]{8}$/);
  });

  it('reads the same however the stream cuts the text (a cut inside a Hangul name, a CRLF pair)', () => {
    const text = encodeWorkspaceData({ contacts: demo.contacts.slice(0, 20) }, header);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: text.length - 1 }), { maxLength: 30 }), (cuts) => {
        const at = [0, ...cuts.sort((a, b) => a - b), text.length];
        const pieces = at.slice(1).map((end, i) => text.slice(at[i], end));
        const result = decodeWorkspaceText(pieces, { latestSchemaVersion: LATEST });
        expect(result.ok && result.records.contacts).toEqual(demo.contacts.slice(0, 20));
      }),
      { numRuns: 50 },
    );
  });

  it('round-trips records with any text in them (quotes, newlines, emoji, control characters, Hangul)', () => {
    const text = fc.string({ unit: 'binary', maxLength: 40 });
    fc.assert(
      fc.property(
        fc.array(fc.record({ firstName: text, lastName: text, jobTitle: fc.option(text, { nil: null }), tags: fc.array(text, { maxLength: 3 }) }), {
          maxLength: 12,
        }),
        fc.array(fc.dictionary(fc.string({ maxLength: 8 }), text, { maxKeys: 3 }), { maxLength: 12 }),
        (people, metas) => {
          const contacts = people.map((p, i) => contact({ ...p, id: `c${i}` }));
          const activities = metas.map((meta, i) => activity('note_added', { id: `a${i}`, contactId: 'c0', meta }));
          const result = decodeWorkspaceText(encodeWorkspaceData({ contacts, activities }, header), { latestSchemaVersion: LATEST });
          expect(result.ok).toBe(true);
          if (result.ok) {
            expect(result.records.contacts).toEqual(contacts);
            expect(result.records.activities).toEqual(activities);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('streams pages: many record pages of one table make the same file as one page', () => {
    const one = encodeWorkspaceData({ activities: demo.activities }, header);
    const encoder = createWorkspaceFileEncoder(header);
    let paged = encoder.header() + encoder.table('activities');
    for (let i = 0; i < demo.activities.length; i += 7) paged += encoder.records(demo.activities.slice(i, i + 7));
    paged += encoder.end();
    expect(paged).toBe(one);
    expect(encoder.counts()).toEqual({ activities: demo.activities.length });
  });
});

describe('workspace file refusals', () => {
  const valid = encodeWorkspaceData({ meta: demo.meta, contacts: demo.contacts.slice(0, 5) }, header);
  const lines = valid.trimEnd().split('\n');
  const decode = (text: string) => decodeWorkspaceText(text, { latestSchemaVersion: LATEST });
  const codeOf = (text: string) => {
    const result = decode(text);
    return result.ok ? 'ok' : result.errors[0]!.code;
  };

  it('refuses a file from a newer Baton with the versions named', () => {
    const newer = encodeWorkspaceData({ contacts: [] }, { ...header, schemaVersion: LATEST + 1 });
    const result = decode(newer);
    expect(result).toEqual({ ok: false, errors: [{ code: 'newer_schema', line: 1, detail: '8 > 7' }] });
  });

  it('lets an older file through for migration, checking only the fields every version had', () => {
    // A deal written before version 7 has no `source`: the current schema would refuse it.
    const { source: _dropped, ...oldDeal } = demo.deals[0]!;
    const older = encodeWorkspaceData({ deals: [oldDeal] }, { ...header, schemaVersion: 6 });
    const result = decode(older);
    expect(result.ok && result.migrate).toBe(true);
    expect(result.ok && result.records.deals).toEqual([oldDeal]);
    expect(codeOf(encodeWorkspaceData({ deals: [oldDeal] }, header))).toBe('invalid_record');
  });

  it('names the table, record and field of an invalid record', () => {
    const bad = { ...demo.contacts[3]!, engagementScore: 'high' };
    const result = decode(encodeWorkspaceData({ contacts: [...demo.contacts.slice(0, 3), bad] }, header));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]).toMatchObject({ code: 'invalid_record', table: 'contacts', index: 3, id: bad.id, field: 'engagementScore', line: 6 });
  });

  it('names each structural fault', () => {
    expect(codeOf('')).toBe('empty_file');
    expect(codeOf('name,email\nA,a@b.c\n')).toBe('not_a_workspace_file');
    expect(codeOf('{"$baton":"workspace","formatVersion":2}\n')).toBe('unsupported_format_version');
    expect(codeOf(lines.slice(0, -1).join('\n'))).toBe('truncated');
    expect(codeOf(valid.slice(0, valid.length - 200))).toBe('truncated');
    expect(codeOf([...lines, lines[4]].join('\n'))).toBe('content_after_end');
    expect(codeOf([lines[0], lines[4], ...lines.slice(1)].join('\n'))).toBe('record_outside_table');
    expect(codeOf([...lines.slice(0, 4), lines[3], ...lines.slice(4)].join('\n'))).toBe('table_repeated');
    expect(codeOf(valid.replace('"$table":"contacts"', '"$table":"people"'))).toBe('unknown_table');
    expect(codeOf([...lines.slice(0, 5), lines[4], ...lines.slice(5)].join('\n'))).toBe('duplicate_id');
    expect(codeOf([...lines.slice(0, 4), ...lines.slice(5)].join('\n'))).toBe('count_mismatch');
    expect(codeOf([...lines.slice(0, 4), '{"id": 1', ...lines.slice(4)].join('\n'))).toBe('malformed_line');
    const lastName = demo.contacts[0]!.lastName;
    expect(codeOf(valid.replace(`"lastName":${JSON.stringify(lastName)}`, `"lastName":${JSON.stringify(`${lastName}x`)}`))).toBe('checksum_mismatch');
  });

  it('stops after a bounded number of invalid records', () => {
    const broken = demo.contacts.map((c) => ({ ...c, createdAt: -1 }));
    const result = decodeWorkspaceText(encodeWorkspaceData({ contacts: broken }, header), { latestSchemaVersion: LATEST, maxErrors: 5 });
    expect(result.ok === false && result.errors.length).toBe(5);
  });
});

describe('workspace file validator under fuzzing', () => {
  const valid = encodeWorkspaceData(
    { meta: demo.meta, teamMembers: demo.teamMembers, contacts: demo.contacts.slice(0, 8), activities: demo.activities.slice(0, 8) },
    header,
  );
  const knownCodes = new Set([
    'empty_file',
    'not_a_workspace_file',
    'unsupported_format_version',
    'newer_schema',
    'malformed_line',
    'record_outside_table',
    'unknown_table',
    'table_repeated',
    'invalid_record',
    'duplicate_id',
    'count_mismatch',
    'checksum_mismatch',
    'truncated',
    'content_after_end',
  ]);

  /** Either a named error and no records, or a complete import whose every record passes its schema. */
  function expectNamedErrorOrComplete(text: string) {
    const result = decodeWorkspaceText(text, { latestSchemaVersion: LATEST });
    if (!result.ok) {
      expect(result.errors.length).toBeGreaterThan(0);
      for (const e of result.errors) expect(knownCodes.has(e.code)).toBe(true);
      expect('records' in result).toBe(false);
      return;
    }
    for (const [table, records] of Object.entries(result.records)) {
      expect(records.length).toBe(result.manifest.counts[table as keyof typeof result.manifest.counts]);
      for (const r of records) expect(workspaceTableSchemas[table as keyof typeof workspaceTableSchemas].safeParse(r).success).toBe(true);
    }
  }

  it('ends every mutation of a valid file in a named error or a complete import', () => {
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ unit: 'binary', maxLength: 20 }) }),
      fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }),
      fc.record({ kind: fc.constant('replaceLine' as const), at: fc.nat(), json: fc.json() }),
    );
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        let text = valid;
        for (const m of mutations) {
          if (m.kind === 'delete') {
            const at = m.at % text.length;
            text = text.slice(0, at) + text.slice(at + m.length);
          } else if (m.kind === 'insert') {
            const at = m.at % (text.length + 1);
            text = text.slice(0, at) + m.text + text.slice(at);
          } else if (m.kind === 'truncate') text = text.slice(0, m.at % (text.length + 1));
          else {
            const ls = text.split('\n');
            if (m.kind === 'swapLines') {
              const a = m.a % ls.length;
              const b = m.b % ls.length;
              [ls[a], ls[b]] = [ls[b]!, ls[a]!];
            } else ls[m.at % ls.length] = m.json;
            text = ls.join('\n');
          }
        }
        expectNamedErrorOrComplete(text);
      }),
      { numRuns: 400 },
    );
  });

  it('ends any text at all in a named error', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.json(),
          fc.array(fc.json()).map((a) => a.join('\n')),
        ),
        (text) => {
          expectNamedErrorOrComplete(text);
        },
      ),
      { numRuns: 300 },
    );
  });
});
