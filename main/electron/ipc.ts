import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { API_METHODS, ipcChannel } from '../api/api-methods';
import { dispatch } from '../api/dispatch';
import type { Handlers } from '../api/handlers';
import { isAppUrl } from './window-options';

/** Only the app's own pages may call the API: a frame from anywhere else is refused before any handler runs. */
function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const url = event.senderFrame?.url;
  return typeof url === 'string' && isAppUrl(url);
}

/** One handler per API method, each validating through the same dispatcher the preview server uses. */
export function registerIpc(handlers: Handlers): void {
  for (const method of API_METHODS) {
    ipcMain.handle(ipcChannel(method), async (event, args: unknown) => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'UNAVAILABLE', message: 'This window may not call the workbench API.' } };
      }
      return dispatch(handlers, method, args);
    });
  }
}
