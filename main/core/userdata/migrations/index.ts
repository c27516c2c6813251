import type { Migration } from '../migration';
import { migration001 } from './001-settings';
import { migration002 } from './002-saved-comparisons';
import { migration003 } from './003-official-texts';
import { migration004 } from './004-drafts-notes';

/** Every migration, in order; a new schema version is a new file appended here, never an edit of an old one. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004];
