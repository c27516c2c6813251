import { WorkbenchError } from '../workbench-error';

/** A file the importer refuses, with the reason in words the user can act on. */
export class ImportRefused extends WorkbenchError {
  constructor(message: string) {
    super('INVALID_ARGUMENT', message, 'file');
  }
}
