import { customFieldKey, type ColumnMapping, type ImportEntity, type ImportMapping } from './import-mapping';
import { genericHeaders, headerKey, presetHeaders, type HeaderRule, type ImportPreset } from './preset-headers';

export type PresetDetection = {
  preset: ImportPreset;
  mapping: ImportMapping;
  /** Share of headers a preset or the generic table knew (0–1); the rest became custom fields. */
  confidence: number;
  /** Headers no table knew, mapped to custom fields of the main entity so nothing is dropped unasked. */
  unknownHeaders: string[];
};

type Named = Exclude<ImportPreset, 'generic'>;
const named = Object.keys(presetHeaders) as Named[];

/** Keys one preset alone knows: they tell the exports apart where the common headers cannot. */
const distinctive: Record<Named, Set<string>> = Object.fromEntries(
  named.map((p) => [
    p,
    new Set(
      Object.keys(presetHeaders[p]).filter((k) => !Object.hasOwn(genericHeaders, k) && named.every((q) => q === p || !Object.hasOwn(presetHeaders[q], k))),
    ),
  ]),
) as Record<Named, Set<string>>;

function choosePreset(keys: string[]): Named | 'generic' {
  let best: Named | 'generic' = 'generic';
  let bestScore: [number, number] = [0, 0];
  for (const p of named) {
    const own = keys.filter((k) => Object.hasOwn(presetHeaders[p], k)).length;
    const unique = keys.filter((k) => distinctive[p].has(k)).length;
    if (unique > bestScore[0] || (unique === bestScore[0] && own > bestScore[1])) {
      best = p;
      bestScore = [unique, own];
    }
  }
  // Two shared headers (First Name, Email) say nothing about the source: call it generic.
  return bestScore[0] > 0 || bestScore[1] >= 3 ? best : 'generic';
}

/** A contact list's owner is the contact's; a file without contact fields is about its deals, or else its companies. */
function mainEntity(rules: (HeaderRule | undefined)[]): ImportEntity {
  const entities = new Set(rules.filter((r): r is HeaderRule => r !== undefined && r.includes('.')).map((r) => r.slice(0, r.indexOf('.'))));
  for (const e of ['contact', 'deal', 'activity', 'task', 'company'] as const) if (entities.has(e)) return e;
  return 'contact';
}

function resolve(rule: HeaderRule, main: ImportEntity, header: string): ColumnMapping {
  if (rule === 'ignore') return { kind: 'ignore' };
  const customEntity = main === 'contact' || main === 'company' || main === 'deal' ? main : 'contact';
  if (rule.startsWith('custom:')) return { kind: 'custom', entity: customEntity, key: rule.slice('custom:'.length) || customFieldKey(header) };
  if (rule === 'owner') return { kind: 'field', target: main === 'activity' ? 'contact.owner' : `${main}.owner` };
  if (rule === 'stage') return { kind: 'field', target: main === 'deal' ? 'deal.stage' : 'contact.lifecycleStage' };
  if (rule === 'createdAt') return { kind: 'field', target: main === 'deal' ? 'deal.createdAt' : 'contact.createdAt' };
  return { kind: 'field', target: rule as Extract<ColumnMapping, { kind: 'field' }>['target'] };
}

/**
 * Which export a header row comes from (HubSpot, Salesforce by API name or label, Pipedrive,
 * Korean headers, Baton's own leads export, the Maven CRM sample) and a first mapping of every
 * column. The mapping is a proposal: the UI lets the user change any entry.
 */
export function detectPreset(headers: readonly string[]): PresetDetection {
  const keys = headers.map(headerKey);
  const preset = choosePreset(keys);
  const own = preset === 'generic' ? {} : presetHeaders[preset];
  // Own keys only: a column called "constructor" is not Object's.
  const ruleOf = (table: Record<string, HeaderRule>, k: string) => (Object.hasOwn(table, k) ? table[k] : undefined);
  let rules = keys.map((k) => ruleOf(own, k) ?? ruleOf(genericHeaders, k));
  // 이름 alone is the whole name; beside 성 it is the given name.
  if (keys.includes(headerKey('이름')) && !keys.includes(headerKey('성')))
    rules = rules.map((r, i) => (keys[i] === headerKey('이름') ? 'contact.fullName' : r));
  const main = mainEntity(rules);
  const unknownHeaders = headers.filter((_, i) => rules[i] === undefined);
  // fromEntries, not assignment: a header named __proto__ must stay a column.
  const mapping: ImportMapping = Object.fromEntries(
    headers.map((header, i) => [header, resolve(rules[i] ?? `custom:${customFieldKey(header)}`, main, header)]),
  );
  const confidence = headers.length === 0 ? 0 : (headers.length - unknownHeaders.length) / headers.length;
  return { preset, mapping, confidence, unknownHeaders };
}
