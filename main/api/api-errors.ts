export { notFound, WorkbenchError } from '../core/workbench-error';
