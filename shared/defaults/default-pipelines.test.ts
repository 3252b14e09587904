import { describe, expect, it } from 'vitest';
import { createDefaultPipelines } from './default-pipelines';

describe('default pipelines', () => {
  it('a Korean workspace gets Korean stage names; ids, probabilities and rotting are the same in both languages', () => {
    const [enSales, enOpp] = createDefaultPipelines(0, undefined, 'en');
    const [koSales, koOpp] = createDefaultPipelines(0, undefined, 'ko');
    expect(koSales!.stages.map((s) => s.name)).toEqual(['연락 예정', '연락함', '후속 조치', '제안서 작성', '제안서 발송', '성사', '실패']);
    expect(koSales!.name).toBe('영업 파이프라인');
    const shape = (stages: NonNullable<typeof enSales>['stages']) => stages.map(({ name: _name, ...rest }) => rest);
    expect(shape(koSales!.stages)).toEqual(shape(enSales!.stages));
    expect(shape(koOpp!.stages)).toEqual(shape(enOpp!.stages));
  });
});
