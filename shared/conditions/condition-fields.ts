import { companySchema } from '../model/company';
import { contactSchema } from '../model/contact';

/** Record bookkeeping and nested objects a field condition cannot read as one value (`readField` looks one level deep). */
const notConditionFields = new Set(['id', 'createdAt', 'updatedAt', 'deletedAt', 'consent', 'bant', 'customFields', 'importId', 'stageEnteredAt']);

/** Contact fields a condition may name (`jobTitle`, `source`, `tags`…), from the contact schema itself. */
export const contactConditionFields: readonly string[] = Object.keys(contactSchema.shape).filter((k) => !notConditionFields.has(k));

/** Company fields a condition may name, under `company.` (`company.industry`, `company.employeeCount`…). */
export const companyConditionFields: readonly string[] = Object.keys(companySchema.shape)
  .filter((k) => !notConditionFields.has(k))
  .map((k) => `company.${k}`);

/** Fields holding a list (tags, technologies): a condition on them asks for any of its items, so two lists never contradict. */
export const listConditionFields: ReadonlySet<string> = new Set(['tags', 'company.technologies']);

/** Every stored field a condition may name; custom fields (`customFields.x`) are open-ended and checked by pattern instead. */
export const knownConditionFields = (): ReadonlySet<string> => new Set([...contactConditionFields, ...companyConditionFields]);
