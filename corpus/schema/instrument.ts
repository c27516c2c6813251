import { z } from 'zod';
import { HttpsUrl, IsoDate, LanguageCode, Source } from './text';

export const InstrumentKey = z
  .string()
  .regex(/^[A-Z]{3}\/[a-z0-9][a-z0-9-]*$/, 'expected an instrument key such as GTM/cp or ARG/ley-26364');

export const InstrumentType = z.enum(['constitution', 'code', 'statute', 'decree', 'regulation']);

export const Instrument = z
  .object({
    key: InstrumentKey,
    /** Official title in the original language (a fact, not a sentence of the text), and our English rendering. */
    title: z.object({ original: z.string().trim().min(1), en: z.string().trim().min(1), es: z.string().trim().min(1).optional() }).strict(),
    shortTitle: z.string().trim().min(1).optional(),
    language: LanguageCode,
    type: InstrumentType,
    number: z.string().trim().min(1).optional(),
    dates: z
      .object({ enacted: IsoDate.optional(), published: IsoDate.optional(), inForce: IsoDate.optional() })
      .strict(),
    /** The official publisher's page for the instrument (gazette, legislature, ministry). */
    url: HttpsUrl.optional(),
    amends: z.array(InstrumentKey).default([]),
    amendedBy: z.array(InstrumentKey).default([]),
    status: z.enum(['in-force', 'repealed', 'partially-repealed']),
    source: Source,
  })
  .strict();
export type Instrument = z.infer<typeof Instrument>;
export const InstrumentFile = z.object({ instruments: z.array(Instrument).min(1) }).strict();
