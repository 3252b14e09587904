import type { Company } from '../model/company';
import type { FieldCondition } from '../model/condition';
import type { Contact } from '../model/contact';
import { compileAnyWord } from '../text/word-match';

/**
 * What a field condition looks at: the contact and, under `company.`, its company. Routing also
 * offers derived facts (`score.handOff`, `score.engagement`, `deal.amount`, `deal.probability`…)
 * that no record stores.
 */
export type ConditionSubject = {
  contact: Partial<Contact> & Record<string, unknown>;
  company?: Partial<Company> | null;
  facts?: Readonly<Record<string, number | string | null>>;
};

/** Prefixes of derived facts: read from `subject.facts`, not from a record. */
export const factPrefixes = ['score.', 'deal.'] as const;

type Value = string | number | boolean | null | undefined | readonly unknown[];

/** Reads `jobTitle`, `company.industry`, `customFields.plan` or `company.customFields.tier`. */
export function readField(subject: ConditionSubject, path: string): Value {
  if (factPrefixes.some((p) => path.startsWith(p))) return subject.facts?.[path];
  const fromCompany = path.startsWith('company.');
  const root: Record<string, unknown> | null | undefined = fromCompany ? (subject.company as Record<string, unknown> | null | undefined) : subject.contact;
  if (!root) return undefined;
  const rest = fromCompany ? path.slice(8) : path;
  if (rest.startsWith('customFields.')) return (root['customFields'] as Record<string, Value> | undefined)?.[rest.slice(13)];
  return root[rest] as Value;
}

const isEmpty = (v: Value) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
const text = (v: Value) => (Array.isArray(v) ? v.join(' ') : String(v ?? '')).toLowerCase();

/** A condition turned into a predicate once (regexes and lower-cased lists built ahead), then run per contact. */
export type CompiledCondition = (subject: ConditionSubject) => boolean;

export function compileCondition(condition: FieldCondition): CompiledCondition {
  const { field } = condition;
  switch (condition.op) {
    case 'equals':
    case 'not_equals': {
      const expected = typeof condition.value === 'string' ? condition.value.toLowerCase() : condition.value;
      const equal = (v: Value) => (typeof v === 'string' ? v.toLowerCase() === expected : v === expected);
      return condition.op === 'equals' ? (s) => equal(readField(s, field)) : (s) => !equal(readField(s, field));
    }
    case 'contains': {
      const needle = condition.value.toLowerCase();
      return (s) => text(readField(s, field)).includes(needle);
    }
    case 'in_list': {
      const values = new Set(condition.values.map((v) => v.toLowerCase()));
      return (s) => {
        const v = readField(s, field);
        return Array.isArray(v) ? v.some((item) => values.has(String(item).toLowerCase())) : !isEmpty(v) && values.has(text(v));
      };
    }
    case 'range': {
      const { min, max } = condition;
      return (s) => {
        const v = readField(s, field);
        if (typeof v !== 'number' || Number.isNaN(v)) return false;
        return (min === null || v >= min) && (max === null || v <= max);
      };
    }
    case 'is_empty':
      return (s) => isEmpty(readField(s, field));
    case 'not_empty':
      return (s) => !isEmpty(readField(s, field));
    case 'any_word': {
      const test = compileAnyWord(condition.values);
      return (s) => {
        const v = readField(s, field);
        return !isEmpty(v) && test(Array.isArray(v) ? v.join(' ') : String(v));
      };
    }
    case 'regex': {
      const pattern = new RegExp(condition.pattern, 'i');
      return (s) => {
        const v = readField(s, field);
        return !isEmpty(v) && pattern.test(text(v));
      };
    }
  }
}

/** Checks a regex pattern without throwing: the rule editors show the message. */
export function regexError(pattern: string): string | null {
  try {
    new RegExp(pattern, 'i');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
