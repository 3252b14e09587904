import { z } from 'zod';
import { timestampSchema } from '../model/record';
import { canonicalJson } from './canonical';
import { funnelDesignSchema, type FunnelDesign } from './funnel-design';

/**
 * A design file (`.baton-design.json`) is one JSON document:
 *
 *     { "$baton": "design", "formatVersion": 1, "appVersion": "…", "createdAt": …, "name": "…", "design": { … } }
 *
 * The design alone — lifecycle, scoring, routing, pipelines, seats and targets — never a contact.
 */
export const designFileFormat = 'design';
export const designFileFormatVersion = 1;
export const designFileExtension = 'baton-design.json';
/** A design is a few hundred records at most; anything this big is not one. */
export const designFileMaxBytes = 5_000_000;

export const designFileSchema = z.object({
  $baton: z.literal(designFileFormat),
  formatVersion: z.number().int().positive(),
  appVersion: z.string(),
  createdAt: timestampSchema,
  name: z.string().trim().min(1).max(120),
  design: funnelDesignSchema,
});
export type DesignFile = z.infer<typeof designFileSchema>;

export type DesignFileErrorCode =
  'empty_file' | 'too_large' | 'not_utf8' | 'not_json' | 'not_a_design_file' | 'newer_format' | 'invalid_header' | 'invalid_design';

/** Why a file was refused and where: `path` is a JSON path (`$.design.lifecycle.stages[2].ownerRole`). */
export type DesignFileError = { code: DesignFileErrorCode; path: string; detail?: string; formatVersion?: number };

export type DesignFileDecodeResult = { ok: true; file: DesignFile } | { ok: false; errors: DesignFileError[] };

/** `$.a.b[2].c` from a zod issue path. */
export const jsonPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (out, key) =>
      typeof key === 'number' ? `${out}[${key}]` : /^[A-Za-z_$][\w$]*$/.test(String(key)) ? `${out}.${String(key)}` : `${out}[${JSON.stringify(String(key))}]`,
    '$',
  );

/** The file for a design: pretty-printed, keys in a stable order so two exports of one design are the same bytes. */
export function encodeDesignFile(input: { design: FunnelDesign; name: string; appVersion: string; createdAt: number }): Uint8Array {
  const file: DesignFile = {
    $baton: designFileFormat,
    formatVersion: designFileFormatVersion,
    appVersion: input.appVersion,
    createdAt: input.createdAt,
    name: input.name,
    design: input.design,
  };
  return new TextEncoder().encode(JSON.stringify(JSON.parse(canonicalJson(file)), null, 2) + '\n');
}

const MAX_ERRORS = 20;

/**
 * Reads a design file and checks all of it against the design schema. Never throws: anything
 * malformed — not text, not JSON, another kind of file, a newer format, a missing or wrong field —
 * comes back as named errors with the JSON path of what is wrong.
 */
export function decodeDesignFile(bytes: Uint8Array | string): DesignFileDecodeResult {
  const fail = (error: DesignFileError): DesignFileDecodeResult => ({ ok: false, errors: [error] });
  const size = typeof bytes === 'string' ? bytes.length : bytes.byteLength;
  if (size === 0) return fail({ code: 'empty_file', path: '$' });
  if (size > designFileMaxBytes) return fail({ code: 'too_large', path: '$', detail: String(size) });
  let text: string;
  try {
    text = typeof bytes === 'string' ? bytes : new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail({ code: 'not_utf8', path: '$' });
  }
  if (text.trim() === '') return fail({ code: 'empty_file', path: '$' });
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return fail({ code: 'not_json', path: '$', detail: error instanceof Error ? error.message : String(error) });
  }
  if (!value || typeof value !== 'object' || Array.isArray(value) || (value as { $baton?: unknown }).$baton !== designFileFormat)
    return fail({ code: 'not_a_design_file', path: '$.$baton' });
  const version = (value as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > designFileFormatVersion)
    return fail({ code: 'newer_format', path: '$.formatVersion', formatVersion: version });
  const parsed = designFileSchema.safeParse(value);
  if (parsed.success) return { ok: true, file: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.slice(0, MAX_ERRORS).map((issue) => ({
      code: issue.path[0] === 'design' ? 'invalid_design' : 'invalid_header',
      path: jsonPath(issue.path),
      detail: issue.message,
    })),
  };
}

/** A file name for a design: its name made safe for any file system, with the design extension. */
export const designFileName = (name: string): string =>
  `${
    [...name]
      .map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? '-' : c))
      .join('')
      .replace(/-+/g, '-')
      .trim() || 'design'
  }.${designFileExtension}`;
