import { z } from 'zod';

/** Text we wrote ourselves, in English and Spanish at least (Portuguese and French where we have them). */
export const LocalizedText = z
  .object({
    en: z.string().trim().min(1, 'English text is empty'),
    es: z.string().trim().min(1, 'Spanish text is empty'),
    pt: z.string().trim().min(1).optional(),
    fr: z.string().trim().min(1).optional(),
  })
  .strict();
export type LocalizedText = z.infer<typeof LocalizedText>;

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'not a real calendar date');

export const HttpsUrl = z
  .string()
  .url('expected a URL')
  .refine((u) => /^https?:\/\//.test(u), 'only http(s) URLs are allowed');

export const Iso3 = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166 alpha-3 code such as GTM');
export const LanguageCode = z.enum(['en', 'es', 'pt', 'fr', 'nl', 'ht']);

export const ElementId = z
  .string()
  .regex(/^[a-z]+(\.[a-z0-9-]+)+$/, 'expected an element ID such as def.act.recruitment');

/** The day the General Assembly adopted the Protocol (resolution 55/25). */
const PROTOCOL_ADOPTED = '2000-11-15';

/** Where a fact was read: the official text, or a secondary source when the official one was out of reach. */
export const Source = z
  .object({
    url: HttpsUrl,
    kind: z.enum(['official', 'secondary']),
    title: z.string().trim().min(1).optional(),
    checked: IsoDate,
    /** Further sources that confirm the same facts (required when kind is secondary: two independent sources). */
    corroboration: z.array(z.object({ url: HttpsUrl, title: z.string().trim().min(1).optional() }).strict()).optional(),
    note: z.string().trim().min(1).optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    // A check date before the Protocol existed, or after today, is a typo that would misdate the research.
    if (s.checked < PROTOCOL_ADOPTED || s.checked > new Date().toISOString().slice(0, 10)) {
      ctx.addIssue({ code: 'custom', path: ['checked'], message: `a source cannot have been checked on ${s.checked}` });
    }
    if (s.kind === 'secondary' && !(s.corroboration && s.corroboration.length >= 1)) {
      ctx.addIssue({
        code: 'custom',
        path: ['corroboration'],
        message: 'a secondary source needs at least one independent corroborating source',
      });
    }
  });
export type Source = z.infer<typeof Source>;
