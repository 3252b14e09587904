/** The findings of a SARIF report, one line each (rule, file:line, message). */
export function findingsFromSarif(sarif: unknown): string[];
