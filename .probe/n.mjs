import puppeteer from 'puppeteer-core';
const browser = await puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true, args: ['--remote-allow-system-access'], env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' } });
const conn = browser.connection;
for (const params of [{}, { 'moz:scope': 'chrome' }]) {
  try { console.log(JSON.stringify(await conn.send('browsingContext.getTree', params)).slice(0, 600)); } catch (e) { console.log('err', e.message); }
}
try { console.log(JSON.stringify(await conn.send('script.getRealms', {})).slice(0, 800)); } catch (e) { console.log('err', e.message); }
try { console.log(JSON.stringify(await conn.send('script.getRealms', { 'moz:scope': 'chrome' })).slice(0, 800)); } catch (e) { console.log('err', e.message); }
await browser.close();
