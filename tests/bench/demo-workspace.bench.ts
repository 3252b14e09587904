import { it } from 'vitest';
import { generateDemoWorkspace } from '@shared/demo/generate-workspace';
import { workspaceTableNames } from '@shared/model';
import { report, time } from './report';

const now = Date.UTC(2026, 10, 23);

it('generates demo workspaces of 2,000 and 100,000 contacts', () => {
  for (const contacts of [2_000, 100_000]) {
    const { result, ms } = time(() => generateDemoWorkspace({ seed: 1, now, locale: 'en', contacts }));
    const records = workspaceTableNames.reduce((sum, t) => sum + result[t].length, 0);
    report(`generate demo (${contacts.toLocaleString('en')} contacts, ${result.activities.length.toLocaleString('en')} activities)`, ms, records, 'records');
  }
});
