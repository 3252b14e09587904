// Renders assets/icon.svg to assets/icon.png (1024×1024) with the Chromium the e2e tests use.
// electron-builder makes every platform's icon (AppImage/deb sizes, .ico, .icns) from that PNG.
// Run after changing the SVG: node scripts/render-icons.mjs
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
const chromiumPath = () => process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

const size = 1024;
const svg = readFileSync('assets/icon.svg', 'utf8').replace('<svg', `<svg width="${size}" height="${size}"`);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: size, height: size } });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
await page.screenshot({ path: 'assets/icon.png', omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
await browser.close();
console.log('wrote assets/icon.png');
