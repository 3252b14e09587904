import { headerKey } from './preset-headers';

/** Industries Baton knows without being told; the workspace's own values are added to these. */
export const knownIndustries = [
  'technology',
  'software',
  'hardware',
  'medical',
  'healthcare',
  'retail',
  'finance',
  'financial services',
  'banking',
  'insurance',
  'marketing',
  'advertising',
  'entertainment',
  'media',
  'telecommunications',
  'services',
  'employment',
  'manufacturing',
  'logistics',
  'transportation',
  'automotive',
  'education',
  'energy',
  'construction',
  'real estate',
  'consulting',
  'hospitality',
  'pharmaceuticals',
  'biotechnology',
  'government',
  'non-profit',
  'agriculture',
  'legal',
  'e-commerce',
  'gaming',
  'security',
  '제조',
  '금융',
  '소프트웨어',
  '유통',
  '의료',
  '교육',
  '물류',
  '에너지',
  '건설',
  '게임',
  '통신',
  '미디어',
] as const;

/** Edit distance with transpositions (optimal string alignment): "technolgy" is one step from "technology". */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}

/**
 * The known value a cell was probably meant to be, or null when it is one (in any case) or close
 * to none. Spacing and punctuation differences count as a typo too ("GTXPro" for "GTX Pro").
 * The cell is reported, never changed: the user decides.
 */
export function likelyTypoOf(value: string, known: readonly string[]): string | null {
  const v = value.trim();
  const lower = v.toLowerCase();
  if (v === '' || known.some((k) => k.trim().toLowerCase() === lower)) return null;
  const key = headerKey(v);
  if (key.length < 4) return null;
  let best: { value: string; distance: number } | null = null;
  for (const k of known) {
    const kk = headerKey(k);
    if (Math.abs(kk.length - key.length) > 2) continue;
    const distance = kk === key ? 0 : editDistance(key, kk);
    if (distance <= (key.length >= 8 ? 2 : 1) && (best === null || distance < best.distance)) best = { value: k, distance };
  }
  return best?.value ?? null;
}
