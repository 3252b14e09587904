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
    new Set(Object.keys(presetHeaders[p]).filter((k) => !(k in genericHeaders) && named.every((q) => q === p || !(k in presetHeaders[q])))),
  ]),
) as Record<Named, Set<string>>;

function choosePreset(keys: string[]): Named | 'generic' {
  let best: Named | 'generic' = 'generic';
  let bestScore: [number, number] = [0, 0];
  for (const p of named) {
    const own = keys.filter((k) => k in presetHeaders[p]).length;
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
  let rules = keys.map((k) => own[k] ?? genericHeaders[k]);
  // 이름 alone is the whole name; beside 성 it is the given name.
  if (keys.includes(headerKey('이름')) && !keys.includes(headerKey('성')))
    rules = rules.map((r, i) => (keys[i] === headerKey('이름') ? 'contact.fullName' : r));
  const main = mainEntity(rules);
  const mapping: ImportMapping = {};
  const unknownHeaders: string[] = [];
  headers.forEach((header, i) => {
    const rule = rules[i];
    if (rule === undefined) unknownHeaders.push(header);
    mapping[header] = rule === undefined ? resolve(`custom:${customFieldKey(header)}`, main, header) : resolve(rule, main, header);
  });
  const confidence = headers.length === 0 ? 0 : (headers.length - unknownHeaders.length) / headers.length;
  return { preset, mapping, confidence, unknownHeaders };
}
