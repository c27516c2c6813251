import { z } from 'zod';
import { ElementId, IsoDate, LocalizedText, Source } from './text';
import { InstrumentKey } from './instrument';

export const ProvisionKey = z
  .string()
  .regex(/^[A-Z]{3}\/[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9.-]*$/, 'expected a provision key such as GTM/cp/202-ter');

/** Penalty of deprivation of liberty in years; null maxYears with life: true for life imprisonment. */
export const Penalty = z
  .object({
    minYears: z.number().min(0).max(100).nullable(),
    maxYears: z.number().min(0).max(100).nullable(),
    life: z.boolean().optional(),
    /** Fines and other sanctions, as facts (amounts, units), e.g. "fine of 300,000-500,000 quetzales". */
    fine: z.string().trim().min(1).optional(),
    other: LocalizedText.optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.minYears !== null && p.maxYears !== null && p.minYears > p.maxYears) {
      ctx.addIssue({ code: 'custom', path: ['minYears'], message: 'minYears is greater than maxYears' });
    }
    if (p.life && p.maxYears !== null) {
      ctx.addIssue({ code: 'custom', path: ['maxYears'], message: 'life imprisonment is written maxYears: null, life: true' });
    }
  });
export type Penalty = z.infer<typeof Penalty>;

export const Aggravating = z
  .object({
    element: ElementId,
    circumstance: LocalizedText,
    /** How much the penalty rises, as a fact ("+1/3", "12-20 years"). */
    increase: z.string().trim().min(1).optional(),
  })
  .strict();

export const Attributes = z
  .object({
    acts: z.array(ElementId).default([]),
    means: z.array(ElementId).default([]),
    purposes: z.array(ElementId).default([]),
    /** Other elements of the taxonomy this provision bears on. */
    elements: z.array(ElementId).default([]),
    /** For offence provisions: whether means must be proved, for adult and for child victims. */
    meansRequired: z.object({ adults: z.boolean(), children: z.boolean() }).strict().optional(),
    penalty: Penalty.optional(),
    aggravating: z.array(Aggravating).default([]),
    ageThresholds: z.array(z.object({ age: z.number().int().min(0).max(30), meaning: LocalizedText }).strict()).default([]),
  })
  .strict();
export type Attributes = z.infer<typeof Attributes>;

export const ProvisionVersion = z
  .object({
    from: IsoDate.optional(),
    to: IsoDate,
    /** The instrument that gave the provision this wording, if not the original. */
    introducedBy: InstrumentKey.optional(),
    /** The instrument whose amendment ended this version. */
    amendedBy: InstrumentKey,
    heading: LocalizedText.optional(),
    digest: LocalizedText,
    attributes: Attributes,
  })
  .strict();
export type ProvisionVersion = z.infer<typeof ProvisionVersion>;

export const Provision = z
  .object({
    key: ProvisionKey,
    instrument: InstrumentKey,
    /** As the law cites it: "Art. 202 Ter", "s. 279.01". */
    label: z.string().trim().min(1),
    /** Article or section number as written, for aligning imported texts ("202 ter", "279.01"). */
    number: z.string().trim().min(1),
    heading: LocalizedText,
    digest: LocalizedText,
    attributes: Attributes,
    status: z.enum(['in-force', 'repealed']).default('in-force'),
    inForce: z.object({ from: IsoDate.optional(), introducedBy: InstrumentKey.optional() }).strict().default({}),
    /** Earlier versions, oldest first, where an amendment changed the provision. */
    history: z.array(ProvisionVersion).default([]),
    source: Source,
  })
  .strict();
export type Provision = z.infer<typeof Provision>;
export const ProvisionFile = z.object({ provisions: z.array(Provision).min(1) }).strict();
