// Starts the desktop app. Electron (>= 42) downloads its binary on first start; where that fails
// (no network, blocked proxy) this prints what to do instead of a stack trace.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/** Advice for a missing Electron binary, naming the cause. */
export function electronUnavailableMessage(error) {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return [
    'Baton could not start the desktop app: the Electron binary is not installed and could not be downloaded.',
    `  cause: ${reason}`,
    'What you can do:',
    '  • run the same app in your browser:  npm run web   (then open http://127.0.0.1:5173)',
    '  • or point to an Electron you already have:  ELECTRON_OVERRIDE_DIST_PATH=/path/to/electron/dist npm start',
    '  • or retry with network access: the binary is fetched once, on first start.',
  ].join('\n');
}

/** Resolves the Electron binary path, or explains why there is none. */
export function resolveElectron(requireElectron) {
  try {
    return { ok: true, path: requireElectron() };
  } catch (error) {
    return { ok: false, message: electronUnavailableMessage(error) };
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const require = createRequire(import.meta.url);
  // The electron package prints its own download noise; keep ours as the last word.
  const result = resolveElectron(() => require('electron'));
  if (!result.ok) {
    console.error(`\n${result.message}`);
    process.exit(1);
  }
  const child = spawn(result.path, ['.'], { stdio: 'inherit' });
  child.on('close', (code) => process.exit(code ?? 1));
}
