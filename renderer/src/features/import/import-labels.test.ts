import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { importIssueCodes, importTargets } from '@shared/import';
import { resources } from '../../i18n';
import { issueText, targetLabel } from './import-labels';

describe('the import report in words', () => {
  // A cell's issue carries no limits: a wording that asks for {{min}} or {{max}} would print them raw (it did, for 30 February).
  it.each(['en', 'ko'] as const)('names every issue code and every field in %s, with nothing left to fill in', async (lng) => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng, resources, interpolation: { escapeValue: false } });
    const t = i18n.t.bind(i18n) as unknown as TFunction;
    for (const code of importIssueCodes) {
      const text = issueText(t, { code, suggestion: 'Acme' });
      expect(text, code).toBeTruthy();
      expect(text, code).not.toMatch(/\{\{|csvImport\.|reason\./);
      expect(issueText(t, { code }, true), code).not.toMatch(/\{\{|“”/);
    }
    for (const target of importTargets) expect(targetLabel(t, target), target).not.toMatch(/csvImport\./);
  });
});
