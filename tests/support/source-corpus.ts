import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ElementFile, type Element } from '../../corpus/schema';
import { SOURCE_CORPUS_DIR } from '../../main/core/paths/project-paths';

/** The element taxonomy as written in corpus/elements, validated against the schema. */
export function loadElements(): Element[] {
  const dir = join(SOURCE_CORPUS_DIR, 'elements');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => ElementFile.parse(parse(readFileSync(join(dir, f), 'utf8'))).elements);
}

/** Every state written in corpus/jurisdictions, in code order. */
export function stateCodes(): string[] {
  return readdirSync(join(SOURCE_CORPUS_DIR, 'jurisdictions')).sort();
}

/** The 35 states the workbench covers (the corpus issues' three regions together), in code order. */
export const COVERED_STATES = [
  'ARG', 'ATG', 'BHS', 'BLZ', 'BOL', 'BRA', 'BRB', 'CAN', 'CHL', 'COL', 'CRI', 'CUB', 'DMA', 'DOM', 'ECU', 'GRD', 'GTM', 'GUY',
  'HND', 'HTI', 'JAM', 'KNA', 'LCA', 'MEX', 'NIC', 'PAN', 'PER', 'PRY', 'SLV', 'SUR', 'TTO', 'URY', 'USA', 'VCT', 'VEN',
];
