/**
 * The funnel design as a document (DOMAIN.md §7, issue 13). The API other features may call:
 * - `funnelDesignSchema` / `FunnelDesign`: what a design is.
 * - `designOf(source)`: the live design of a workspace; `applyDesignPlan(target, design, now)`: the
 *   records that writing a design means (refused while a dropped stage still holds contacts or deals).
 * - `validateDesign(design)`: named problems from the lifecycle and routing engines.
 * - `diffDesigns(a, b)` / `sameDesign(a, b)`: what changes between two designs.
 * - `encodeDesignFile` / `decodeDesignFile`: the `.baton-design.json` file.
 * - `designTemplates` / `buildTemplate(id, locale)`: the built-in designs.
 */
export * from './funnel-design';
export * from './design-version';
export * from './design-of';
export * from './apply-design';
export * from './diff-designs';
export * from './validate-design';
export * from './design-file';
export * from './design-workspace';
export { sameJson, canonicalJson } from './canonical';
export * from './templates';
