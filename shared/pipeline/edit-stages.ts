import { fieldError, type FieldError } from '../model/field-error';
import { pipelineStageSchema, type PipelineStage } from '../model/pipeline';
import { fieldErrorsFromIssues } from '../model/field-error';

export const STAGE_NAME_MAX = 60;

/** A fresh stage id from its name: readable in exports, unique within the pipeline. */
export function newStageId(name: string, taken: readonly string[]): string {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_|_$/g, '') || 'stage';
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}_${n}`;
  return id;
}

/** A name no stage has yet, for a stage just added: "New stage", then "New stage 2"… */
export function untakenStageName(base: string, taken: readonly string[]): string {
  const names = new Set(taken.map((n) => n.trim().toLocaleLowerCase()));
  let name = base;
  for (let n = 2; names.has(name.toLocaleLowerCase()); n++) name = `${base} ${n}`;
  return name;
}

/**
 * May the pipeline's stages become these? Every stage keeps its id (stages are archived, never
 * removed, so history and deals keep their meaning); names are present, short and distinct; one Won
 * and one Lost stage stay; at least one open stage stays in use; and a stage holding open deals
 * cannot be archived until they are moved. Errors name the stage by its index (`stages.2.name`).
 */
export function checkStageEdit(before: readonly PipelineStage[], after: readonly PipelineStage[], openDeals: Readonly<Record<string, number>>): FieldError[] {
  const errors: FieldError[] = [];
  after.forEach((stage, i) => {
    const parsed = pipelineStageSchema.safeParse(stage);
    if (!parsed.success) errors.push(...fieldErrorsFromIssues(parsed.error.issues, `stages.${i}`));
    if (stage.name.trim() === '') errors.push(fieldError(`stages.${i}.name`, 'required'));
    else if (stage.name.length > STAGE_NAME_MAX) errors.push(fieldError(`stages.${i}.name`, 'too_long', { max: STAGE_NAME_MAX }));
    else if (after.some((other, j) => j < i && other.name.trim().toLowerCase() === stage.name.trim().toLowerCase()))
      errors.push(fieldError(`stages.${i}.name`, 'duplicate_name'));
    if (stage.archived && (openDeals[stage.id] ?? 0) > 0) errors.push(fieldError(`stages.${i}.archived`, 'stage_not_empty', { count: openDeals[stage.id]! }));
  });
  const missing = before.filter((s) => !after.some((a) => a.id === s.id));
  if (missing.length > 0) errors.push(fieldError('stages', 'stage_removed', { stage: missing[0]!.name }));
  if (after.filter((s) => s.outcome === 'won' && !s.archived).length !== 1) errors.push(fieldError('stages', 'won_stage_required'));
  if (after.filter((s) => s.outcome === 'lost' && !s.archived).length !== 1) errors.push(fieldError('stages', 'lost_stage_required'));
  if (!after.some((s) => s.outcome === 'open' && !s.archived)) errors.push(fieldError('stages', 'open_stage_required'));
  return errors;
}
