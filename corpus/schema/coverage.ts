import { z } from 'zod';
import { ElementId, IsoDate, LocalizedText } from './text';
import { InstrumentKey } from './instrument';
import { ProvisionKey } from './provision';

export const CoverageStatus = z.enum(['full', 'partial', 'absent', 'not-applicable', 'not-assessed']);
export type CoverageStatus = z.infer<typeof CoverageStatus>;

const statusRules = (c: { status: CoverageStatus; provisions: string[]; shortcoming?: unknown }, ctx: z.RefinementCtx) => {
  if ((c.status === 'full' || c.status === 'partial') && c.provisions.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['provisions'], message: `a "${c.status}" status must cite at least one provision` });
  }
  if (c.status === 'partial' && !c.shortcoming) {
    ctx.addIssue({ code: 'custom', path: ['shortcoming'], message: 'a "partial" status must name its shortcoming' });
  }
};

export const CoverageChange = z
  .object({
    /** The status held until this date, when the amending instrument changed it. */
    until: IsoDate,
    amendedBy: InstrumentKey,
    status: CoverageStatus,
    provisions: z.array(ProvisionKey).default([]),
    rationale: LocalizedText,
    shortcoming: LocalizedText.optional(),
  })
  .strict()
  .superRefine(statusRules);

export const Coverage = z
  .object({
    element: ElementId,
    status: CoverageStatus,
    provisions: z.array(ProvisionKey).default([]),
    /** Why this status: for absent, what was looked for and where; for not-assessed, what source is missing. */
    rationale: LocalizedText,
    shortcoming: LocalizedText.optional(),
    /** Earlier statuses, oldest first, where an amendment changed coverage. */
    history: z.array(CoverageChange).default([]),
  })
  .strict()
  .superRefine(statusRules);
export type Coverage = z.infer<typeof Coverage>;
export const CoverageFile = z.object({ coverage: z.array(Coverage).min(1) }).strict();
