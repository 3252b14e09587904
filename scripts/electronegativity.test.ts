import { describe, expect, it } from 'vitest';
import { findingsFromSarif } from './electronegativity.mjs';

describe('the Electronegativity gate', () => {
  it('turns each SARIF result into a line naming the check, the file and the line', () => {
    const sarif = {
      runs: [
        {
          tool: { driver: { rules: [{ id: 'SANDBOX_JS_CHECK', fullDescription: { text: 'Use sandbox for untrusted origins' } }] } },
          results: [
            { ruleId: 'SANDBOX_JS_CHECK', locations: [{ physicalLocation: { artifactLocation: { uri: 'electron/main.ts' }, region: { startLine: 145 } } }] },
          ],
        },
      ],
    };
    expect(findingsFromSarif(sarif)).toEqual(['SANDBOX_JS_CHECK electron/main.ts:145 Use sandbox for untrusted origins']);
    expect(findingsFromSarif({ runs: [{ results: [] }] })).toEqual([]);
  });
});
