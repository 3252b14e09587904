import type { Browser } from 'playwright-core';
import { BatonApp } from './baton-app';
import { LeadsPageModel } from './leads-page';

/** A fresh app with the demo workspace loaded and the leads index complete, in English or Korean. */
export async function openDemo(browser: Browser, baseUrl: string, locale: 'en-US' | 'ko-KR' = 'en-US') {
  const app = await BatonApp.open(browser, baseUrl, locale);
  await app.loadDemo(locale === 'ko-KR' ? '데모 불러오기' : 'Load demo');
  const leads = new LeadsPageModel(app.page);
  await leads.waitForIndex();
  return { app, leads };
}
