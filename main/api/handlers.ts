import type { WorkbenchCore } from '../core/workbench-core';
import type { ApiMethod } from './api-methods';
import { notFound } from './api-errors';
import { SCORING_PROFILES } from '../core/gaps/scoring-profile';
import type { AppInfo, ARGUMENTS, Results } from './contract';
import type { z } from 'zod';

export type Handlers = { [M in ApiMethod]: (args: z.output<(typeof ARGUMENTS)[M]>) => Results[M] | Promise<Results[M]> };

/** Binds each API method to the core service that answers it. Arguments arrive already validated. */
export function createHandlers(core: WorkbenchCore, app: Omit<AppInfo, 'corpus'>): Handlers {
  return {
    getAppInfo: () => ({ ...app, corpus: core.corpus.info() }),
    listJurisdictions: () => core.corpus.jurisdictions(),
    getJurisdiction: ({ code }) => core.corpus.jurisdiction(code) ?? throwError(notFound(`No jurisdiction "${code}" in the corpus.`, 'code')),
    listElements: () => core.corpus.elements(),
    listGroupings: () => core.corpus.groupings(),
    getProvision: ({ key }) => core.corpus.provision(key) ?? throwError(notFound(`No provision "${key}" in the corpus.`, 'key')),
    listScoringProfiles: () => [...SCORING_PROFILES],
    getMatrix: (args) => core.gaps.matrix(args),
    getCountryProfile: ({ code, profile }) => core.gaps.countryProfile(code, profile) ?? throwError(notFound(`No jurisdiction "${code}" in the corpus.`, 'code')),
    getElementAcross: ({ element }) => core.gaps.elementAcross(element) ?? throwError(notFound(`No element "${element}" in the taxonomy.`, 'element')),
    getHarmonization: ({ group }) => core.gaps.harmonization(group) ?? throwError(notFound(`No grouping "${group}".`, 'group')),
    getCoverageCell: ({ code, element }) => {
      const jurisdiction = core.corpus.jurisdictions().find((j) => j.code === code) ?? throwError(notFound(`No jurisdiction "${code}" in the corpus.`, 'code'));
      const el = core.corpus.elements().find((e) => e.id === element) ?? throwError(notFound(`No element "${element}" in the taxonomy.`, 'element'));
      const coverage = core.corpus.coverage(code).find((c) => c.element === element) ?? throwError(notFound(`No status for ${element} in ${code}.`, 'element'));
      const provisions = coverage.provisions.map((k) => core.corpus.provision(k)).filter((p) => p !== null);
      return { jurisdiction, element: el, coverage, provisions };
    },
    getSettings: () => core.settings.all(),
    updateSettings: ({ patch }) => core.settings.update(patch),
  };
}

function throwError(e: Error): never {
  throw e;
}
