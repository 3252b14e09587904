import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDesignFile, designFileFormatVersion, designFileName, encodeDesignFile, jsonPath } from './design-file';
import { sameDesign } from './diff-designs';
import type { FunnelDesign } from './funnel-design';
import { buildTemplate, designTemplateIds } from './templates';

const encode = (design: FunnelDesign) => encodeDesignFile({ design, name: 'Client funnel', appVersion: '1.2.3', createdAt: 1_700_000_000_000 });
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** Designs as varied as an editor makes them: any template, any language, with names, SLAs, thresholds, weights and targets changed. */
const designArb = fc
  .record({
    id: fc.constantFrom(...designTemplateIds),
    locale: fc.constantFrom('en' as const, 'ko' as const),
    name: fc.string({ minLength: 1, unit: 'grapheme' }),
    stageNames: fc.array(fc.option(fc.string({ unit: 'grapheme' })), { minLength: 9, maxLength: 9 }),
    sla: fc.array(fc.option(fc.double({ min: 0.5, max: 1000, noNaN: true })), { minLength: 9, maxLength: 9 }),
    threshold: fc.double({ min: -1000, max: 1000, noNaN: true }),
    split: fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })),
    ruleName: fc.string({ minLength: 1 }),
    target: fc.double({ min: 0, max: 1e9, noNaN: true }),
  })
  .map((g) => {
    const d = buildTemplate(g.id, g.locale);
    d.lifecycle.name = g.name;
    d.lifecycle.stages.forEach((s, i) => {
      s.name = g.stageNames[i] ?? null;
      s.slaHours = g.sla[i] ?? null;
    });
    d.scoringModel.handOffThreshold = g.threshold;
    const [a, b, c] = [...g.split].sort((x, y) => x - y) as [number, number, number];
    d.scoringModel.bantWeights = { budget: a, authority: b - a, need: c - b, timeframe: 100 - c };
    d.routingRules[0]!.name = g.ruleName;
    d.roles[0]!.kpis[0]!.target = g.target;
    return d;
  });

describe('design file', () => {
  it('export → import gives the identical design (property)', () => {
    fc.assert(
      fc.property(designArb, (design) => {
        const decoded = decodeDesignFile(encode(design));
        if (!decoded.ok) throw new Error(JSON.stringify(decoded.errors));
        expect(sameDesign(decoded.file.design, design)).toBe(true);
        expect(decoded.file).toMatchObject({ $baton: 'design', formatVersion: designFileFormatVersion, appVersion: '1.2.3', name: 'Client funnel' });
        // The same design is the same bytes: a file diff shows design changes only.
        expect(text(encode(decoded.file.design))).toBe(text(encode(design)));
      }),
      { numRuns: 60 },
    );
  });

  it('names what is wrong and where', () => {
    const good = JSON.parse(text(encode(buildTemplate('the_model', 'en'))));
    const refuse = (value: unknown) => {
      const r = decodeDesignFile(typeof value === 'string' ? value : JSON.stringify(value));
      return r.ok ? [] : r.errors;
    };
    expect(refuse('')).toEqual([{ code: 'empty_file', path: '$' }]);
    expect(refuse('{"$baton":')).toMatchObject([{ code: 'not_json', path: '$' }]);
    expect(refuse({ $baton: 'workspace' })).toEqual([{ code: 'not_a_design_file', path: '$.$baton' }]);
    expect(refuse({ ...good, formatVersion: 7 })).toEqual([{ code: 'newer_format', path: '$.formatVersion', formatVersion: 7 }]);
    const bad = structuredClone(good);
    bad.design.lifecycle.stages[2].ownerRole = 'boss';
    delete bad.name;
    bad.design.scoringModel.bantWeights.budget = 99;
    const errors = refuse(bad);
    expect(errors).toContainEqual(expect.objectContaining({ code: 'invalid_header', path: '$.name' }));
    expect(errors).toContainEqual(expect.objectContaining({ code: 'invalid_design', path: '$.design.lifecycle.stages[2].ownerRole' }));
    expect(errors).toContainEqual(
      expect.objectContaining({ code: 'invalid_design', path: '$.design.scoringModel.bantWeights', detail: 'BANT weights must add up to 100%' }),
    );
    expect(decodeDesignFile(new Uint8Array([0xff, 0xfe, 0x00]))).toEqual({ ok: false, errors: [{ code: 'not_utf8', path: '$' }] });
  });

  it('fuzz: malformed input is always a named error, never a throw', () => {
    const good = JSON.parse(text(encode(buildTemplate('simple_lead_process', 'ko'))));
    // A valid file with one value somewhere replaced by anything.
    const mutated = fc.tuple(fc.nat(), fc.jsonValue()).map(([pick, value]) => {
      const copy = structuredClone(good);
      const holders: [Record<string, unknown>, string][] = [];
      const walk = (node: unknown) => {
        if (node && typeof node === 'object')
          for (const key of Object.keys(node)) {
            holders.push([node as Record<string, unknown>, key]);
            walk((node as Record<string, unknown>)[key]);
          }
      };
      walk(copy);
      const [holder, key] = holders[pick % holders.length]!;
      holder[key] = value;
      return JSON.stringify(copy);
    });
    const input = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc.string(),
      fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
      mutated,
      mutated.map((s) => s.slice(0, s.length / 2)),
    );
    fc.assert(
      fc.property(input, (value) => {
        const result = decodeDesignFile(value);
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) expect(e.path.startsWith('$')).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('JSON paths and file names', () => {
    expect(jsonPath(['design', 'stages', 2, 'a b'])).toBe('$.design.stages[2]["a b"]');
    expect(designFileName('우리/팀: 설계')).toBe('우리-팀- 설계.baton-design.json');
  });
});
