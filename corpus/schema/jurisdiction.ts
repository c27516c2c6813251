import { z } from 'zod';
import { IsoDate, Iso3, LanguageCode, LocalizedText, Source } from './text';

export const Subregion = z.enum(['caribbean', 'central-america', 'north-america', 'south-america']);
export type Subregion = z.infer<typeof Subregion>;

export const Grouping = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    kind: z.enum(['subregion', 'group']),
    name: LocalizedText,
    description: LocalizedText,
  })
  .strict();
export const GroupingFile = z.object({ groupings: z.array(Grouping).min(1) }).strict();

export const TreatyStatus = z
  .object({
    status: z.enum(['party', 'signatory', 'not-party']),
    action: z.enum(['ratification', 'accession', 'acceptance', 'approval', 'succession']).optional(),
    /** Date the instrument of ratification/accession was deposited. */
    date: IsoDate.optional(),
    source: Source,
  })
  .strict()
  .superRefine((t, ctx) => {
    if (t.status === 'party' && (!t.action || !t.date)) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: 'a party needs the action and its date' });
    }
  });

export const Jurisdiction = z
  .object({
    code: Iso3,
    name: LocalizedText,
    /** Name in each official language, keyed by language code. */
    officialNames: z.partialRecord(LanguageCode, z.string().trim().min(1)).refine((r) => Object.keys(r).length > 0, "at least one official name"),
    officialLanguages: z.array(LanguageCode).min(1),
    subregion: Subregion,
    /** Grouping IDs from corpus/groupings.yaml (besides the subregion). */
    groups: z.array(z.string()),
    protocol: TreatyStatus,
    untoc: TreatyStatus.optional(),
    /** Our overview of the state's legal framework against the Protocol. */
    summary: LocalizedText,
  })
  .strict();
export type Jurisdiction = z.infer<typeof Jurisdiction>;
