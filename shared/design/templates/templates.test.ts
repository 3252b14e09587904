import { describe, expect, it } from 'vitest';
import { decodeDesignFile, encodeDesignFile } from '../design-file';
import { funnelDesignSchema } from '../funnel-design';
import { sameDesign } from '../diff-designs';
import { targetMembers, validateDesign } from '../validate-design';
import { buildTemplate, designTemplateIds, designTemplates } from './index';

const hangul = /[\uac00-\ud7a3]/;

describe.each(designTemplateIds)('template %s', (id) => {
  it.each(['en', 'ko'] as const)('in %s is self-consistent', (locale) => {
    const design = buildTemplate(id, locale);
    expect(funnelDesignSchema.safeParse(design).success).toBe(true);
    // Clean: no errors and no warnings from the lifecycle engine or the routing analysis.
    expect(validateDesign(design)).toEqual([]);
    for (const stage of design.lifecycle.stages) if (stage.kind === 'funnel') expect(stage.ownerRole, stage.id).not.toBeNull();
    const w = design.scoringModel.bantWeights;
    expect(w.budget + w.authority + w.need + w.timeframe).toBe(100);
    // Every hand-off role has an active routing target of that role.
    const routed = new Set(design.routingRules.flatMap((r) => targetMembers(r.target)).map((m) => design.team.find((t) => t.id === m)!.role));
    for (const role of design.lifecycle.handOffRoles) expect(routed.has(role), role).toBe(true);
    // Every role in the team has targets.
    for (const role of new Set(design.team.map((m) => m.role))) expect(design.roles.find((r) => r.role === role)?.kpis.length, role).toBeGreaterThan(0);
    const decoded = decodeDesignFile(encodeDesignFile({ design, name: 'x', appVersion: '1.0.0', createdAt: 0 }));
    expect(decoded.ok && sameDesign(decoded.file.design, design)).toBe(true);
  });

  it('reads in the workspace language, and the rules are the same design in both', () => {
    const [en, ko] = [buildTemplate(id, 'en', counter()), buildTemplate(id, 'ko', counter())];
    expect(ko.lifecycle.name).toMatch(hangul);
    for (const s of ko.lifecycle.stages) expect(s.definition, s.id).toMatch(hangul);
    for (const m of ko.team) expect(m.name, m.role).toMatch(hangul);
    expect(en.lifecycle.name).not.toMatch(hangul);
    const shape = (d: typeof en) => d.lifecycle.stages.map((s) => [s.id, s.ownerRole, s.slaHours, s.entryCriteria, s.allowedNext]);
    expect(shape(ko)).toEqual(shape(en));
    expect(ko.routingRules.map((r) => [r.conditions, r.target])).toEqual(en.routingRules.map((r) => [r.conditions, r.target]));
  });
});

function counter() {
  let n = 0;
  return () => `id-${++n}`;
}

describe('template catalogue', () => {
  it('names and summarises every template in both languages', () => {
    expect(designTemplates.map((t) => t.id)).toEqual([...designTemplateIds]);
    for (const t of designTemplates) for (const words of [t.name, t.summary]) expect(words.ko).toMatch(hangul);
  });
  it('The Model routes outbound to the EBR and inbound to the SDRs in turn', () => {
    const design = buildTemplate('the_model', 'en');
    const roleOf = (id: string) => design.team.find((m) => m.id === id)!.role;
    expect(design.routingRules.map((r) => targetMembers(r.target).map(roleOf))).toEqual([['ebr'], ['sdr', 'sdr']]);
    expect(design.roles.map((r) => r.role)).toEqual(['marketing', 'sdr', 'ae', 'ebr', 'csm']);
  });
  it('the simple process is Lead → Qualified → Accepted → Opportunity → Won with recycling', () => {
    const design = buildTemplate('simple_lead_process', 'en');
    const funnel = design.lifecycle.stages.filter((s) => s.kind === 'funnel');
    expect(funnel.map((s) => s.name ?? s.id)).toEqual(['lead', 'Qualified', 'Accepted', 'opportunity', 'Won']);
    for (const s of funnel) expect(s.allowedNext).toContain('recycled');
    expect(design.lifecycle.stages.find((s) => s.kind === 'recycled')!.allowedNext).toContain('lead');
  });
});
