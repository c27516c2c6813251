import { contextBridge, ipcRenderer } from 'electron';
import { API_METHODS, ipcChannel } from '../api/api-methods';

/**
 * Exposes one named function per API method and nothing else: no generic send, no ipcRenderer,
 * no Node. The renderer sees the same WorkbenchApi it gets from the preview server.
 */
const api = Object.freeze(
  Object.fromEntries(API_METHODS.map((method) => [method, (args: unknown) => ipcRenderer.invoke(ipcChannel(method), args ?? {})])),
);
contextBridge.exposeInMainWorld('workbench', api);
