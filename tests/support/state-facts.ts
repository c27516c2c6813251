import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { CoverageFile, InstrumentFile, Jurisdiction, ProvisionFile } from '../../corpus/schema';
import { SOURCE_CORPUS_DIR } from '../../main/core/paths/project-paths';

/**
 * One state's corpus files, validated against the schema, for tests that pin the legal facts we
 * verified (penalty ranges, means requirement, child provision, purposes, victim protections).
 */
export function loadState(code: string) {
  const dir = join(SOURCE_CORPUS_DIR, 'jurisdictions', code);
  const read = (f: string) => parse(readFileSync(join(dir, f), 'utf8'));
  const jurisdiction = Jurisdiction.parse(read('jurisdiction.yaml'));
  const instruments = InstrumentFile.parse(read('instruments.yaml')).instruments;
  const provisions = ProvisionFile.parse(read('provisions.yaml')).provisions;
  const coverage = CoverageFile.parse(read('coverage.yaml')).coverage;
  return {
    jurisdiction,
    instruments,
    provisions,
    coverage,
    instrument(key: string) {
      const i = instruments.find((x) => x.key === key);
      if (!i) throw new Error(`no instrument ${key}`);
      return i;
    },
    provision(key: string) {
      const p = provisions.find((x) => x.key === key);
      if (!p) throw new Error(`no provision ${key}`);
      return p;
    },
    status(element: string) {
      const c = coverage.find((x) => x.element === element);
      if (!c) throw new Error(`no coverage for ${element}`);
      return c.status;
    },
    /** The given elements whose status is not `expected`, as "element: actual", so one failure names them all. */
    elementsRatedOtherThan(expected: string, elements: string[]) {
      return elements.filter((e) => this.status(e) !== expected).map((e) => `${e}: ${this.status(e)}`);
    },
    coverageOf(element: string) {
      const c = coverage.find((x) => x.element === element);
      if (!c) throw new Error(`no coverage for ${element}`);
      return c;
    },
  };
}
