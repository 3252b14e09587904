/**
 * Whole-word matching for job titles and other short texts. A substring test made "Director",
 * "Doctor" and "Contractor" look like "cto"; titles are matched by words instead.
 *
 * Korean titles are compounds written without spaces (영업팀장, 대표이사, 디지털마케팅), so a Hangul
 * word matches a compound that starts or ends with it: 팀장 finds 영업팀장, 대표 finds 대표이사.
 */
const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/;

/** Lower-case words of letters and digits, in any script. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

function wordMatches(patternWord: string, word: string): boolean {
  if (patternWord === word) return true;
  return HANGUL.test(patternWord) && (word.startsWith(patternWord) || word.endsWith(patternWord));
}

export type WordMatcher = (text: string) => boolean;

/** A matcher for one word or phrase: its words must appear in the text in a row ("head of marketing"). */
export function compileWordPattern(pattern: string): WordMatcher {
  const needle = words(pattern);
  if (needle.length === 0) return () => false;
  return remembered((text) => containsRun(needle, words(text)));
}

/** True when any of the words or phrases appears in the text as whole words. */
export function compileAnyWord(patterns: readonly string[]): WordMatcher {
  const needles = patterns.map(words).filter((n) => n.length > 0);
  return remembered((text) => {
    const hay = words(text);
    return needles.some((needle) => containsRun(needle, hay));
  });
}

function containsRun(needle: readonly string[], hay: readonly string[]): boolean {
  for (let start = 0; start + needle.length <= hay.length; start++) {
    let all = true;
    for (let i = 0; i < needle.length && all; i++) all = wordMatches(needle[i]!, hay[start + i]!);
    if (all) return true;
  }
  return false;
}

/** Most titles repeat (100,000 contacts hold a few thousand titles): an import or rescore asks each once. */
const REMEMBERED = 4096;
function remembered(matcher: WordMatcher): WordMatcher {
  const seen = new Map<string, boolean>();
  return (text) => {
    const known = seen.get(text);
    if (known !== undefined) return known;
    const result = matcher(text);
    if (seen.size >= REMEMBERED) seen.clear();
    seen.set(text, result);
    return result;
  };
}
