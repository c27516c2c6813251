import { app, session, shell, dialog, type WebContents } from 'electron';
import { isAppUrl, isOfficialSourceUrl } from './window-options';

let officialHosts: ReadonlySet<string> = new Set();

/** The hosts the corpus cites as official publishers: the only places an external link may open. */
export function setOfficialHosts(hosts: ReadonlySet<string>): void {
  officialHosts = hosts;
}

/**
 * Denies everything a page could use to leave the app: navigation, new windows, webviews, permission
 * requests and network requests to any scheme but the app's own.
 */
export function hardenApp(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (e, url) => {
      if (!isAppUrl(url)) e.preventDefault();
    });
    contents.on('will-redirect', (e, url) => {
      if (!isAppUrl(url)) e.preventDefault();
    });
    contents.on('will-attach-webview', (e) => e.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      void offerExternalLink(url);
      return { action: 'deny' };
    });
  });
  const s = session.defaultSession;
  s.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  s.setPermissionCheckHandler(() => false);
  s.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAppUrl(details.url) || details.url.startsWith('devtools:') || details.url.startsWith('data:') || details.url.startsWith('blob:');
    callback({ cancel: !allowed });
  });
}

/** Official-source links open in the system browser, only https, and only after the user confirms. */
async function offerExternalLink(url: string): Promise<void> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return;
  }
  if (!isOfficialSourceUrl(parsed.href, officialHosts)) {
    await dialog.showMessageBox({ type: 'info', message: 'This link is not an official source the corpus cites, so the workbench does not open it.', detail: parsed.href });
    return;
  }
  const { response } = await dialog.showMessageBox({
    type: 'question',
    buttons: ['Open in browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: 'Open this official source in your web browser?',
    detail: `${parsed.href}\n\nThis leaves the workbench and uses the network.`,
  });
  if (response === 0) await shell.openExternal(parsed.href);
}
