// Electronegativity (Doyensec's static checker for Electron apps) over the main process and the
// built renderer together: its global checks (navigation limits, permission handler, CSP) look
// for main's handlers and the renderer's page in one scan. Fails on any high or medium finding;
// a finding that stays is justified beside the code with `// eng-disable <CHECK>`.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The findings of a SARIF report, one line each (rule, file:line, message). */
export function findingsFromSarif(sarif) {
  return (sarif.runs ?? []).flatMap((run) => {
    const rules = new Map((run.tool?.driver?.rules ?? []).map((r) => [r.id, r]));
    return (run.results ?? []).map((result) => {
      const where = result.locations?.[0]?.physicalLocation;
      const file = where?.artifactLocation?.uri ?? 'N/A';
      const line = where?.region?.startLine ?? 0;
      const text = result.message?.text ?? rules.get(result.ruleId)?.fullDescription?.text ?? '';
      return `${result.ruleId} ${file}:${line} ${text}`.trim();
    });
  });
}

/** A scratch folder holding what ships: electron/ without its tests, the built renderer, package.json. */
function stage(root) {
  const dir = mkdtempSync(join(tmpdir(), 'baton-electronegativity-'));
  cpSync(join(root, 'electron'), join(dir, 'electron'), { recursive: true, filter: (src) => !src.endsWith('.test.ts') });
  cpSync(join(root, 'dist', 'renderer'), join(dir, 'renderer'), { recursive: true });
  cpSync(join(root, 'package.json'), join(dir, 'package.json'));
  return dir;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = process.cwd();
  const require = createRequire(import.meta.url);
  let cli;
  try {
    cli = join(require.resolve('@doyensec/electronegativity/package.json'), '..', 'dist', 'index.js');
  } catch {
    console.error('Electronegativity is not installed: npm install --save-dev @doyensec/electronegativity@1.10.3');
    process.exit(1);
  }
  if (!existsSync(join(root, 'dist', 'renderer', 'index.html'))) {
    console.error('Build the renderer first: npm run build:renderer');
    process.exit(1);
  }
  const electronVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies.electron.replace(/^[^\d]*/, '');
  const dir = stage(root);
  const report = join(dir, 'electronegativity.sarif');
  try {
    // -s medium: only medium and high findings are reported; -e: the Electron we ship (no network lookup needed).
    execFileSync(process.execPath, [cli, '-i', dir, '-e', electronVersion, '-s', 'medium', '-r', '-v', 'false', '-o', report], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const findings = findingsFromSarif(JSON.parse(readFileSync(report, 'utf8')));
    if (findings.length) {
      console.error(`Electronegativity: ${findings.length} high or medium finding(s):\n  ${findings.join('\n  ')}`);
      process.exit(1);
    }
    console.log('Electronegativity: no high or medium findings in electron/ and dist/renderer.');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
