import { describe, expect, it } from 'vitest';
import { reasonCodes } from '@shared/model';
import { en } from './en';
import { ko } from './ko';

describe('reason codes', () => {
  it('every reason a write can give has words in English and Korean', () => {
    for (const code of reasonCodes) {
      expect((en.reason as Record<string, string>)[code], `en: ${code}`).toBeTruthy();
      expect((ko.reason as Record<string, string>)[code], `ko: ${code}`).toBeTruthy();
    }
  });
});
