import { z } from 'zod';
import { ElementId, LocalizedText } from './text';

export const Pillar = z.enum(['definition', 'criminalization', 'procedure', 'protection', 'prevention', 'cooperation']);
export type Pillar = z.infer<typeof Pillar>;
export const PILLARS = Pillar.options;

export const ObligationLevel = z.enum(['mandatory', 'consider', 'recommended', 'beyond']);
export type ObligationLevel = z.infer<typeof ObligationLevel>;

/**
 * A lexicon term: words separated by spaces, each optionally ending in `*` (prefix match),
 * matched against text folded to lower case without accents; or a regular expression
 * written `/.../` (flags `iu` are implied).
 */
export const LexiconTerm = z
  .string()
  .trim()
  .min(2)
  .superRefine((t, ctx) => {
    if (t.startsWith('/')) {
      if (!t.endsWith('/') || t.length < 3) {
        ctx.addIssue({ code: 'custom', message: 'a regular-expression term must be written /.../' });
        return;
      }
      try {
        new RegExp(t.slice(1, -1), 'iu');
      } catch (e) {
        ctx.addIssue({ code: 'custom', message: `invalid regular expression: ${(e as Error).message}` });
      }
    } else if (/[A-ZÁÉÍÓÚÑÇ]/.test(t)) {
      ctx.addIssue({ code: 'custom', message: 'plain lexicon terms are written in lower case' });
    }
  });

export const Lexicon = z
  .object({
    en: z.array(LexiconTerm).min(2, 'at least two English terms'),
    es: z.array(LexiconTerm).min(2, 'at least two Spanish terms'),
    pt: z.array(LexiconTerm).min(2, 'at least two Portuguese terms'),
    fr: z.array(LexiconTerm).min(2, 'at least two French terms'),
  })
  .strict();

export const Element = z
  .object({
    id: ElementId,
    pillar: Pillar,
    level: ObligationLevel,
    /** Instrument and article, as in the team reference, e.g. "TIP 3(a)". */
    source: z.string().trim().min(2),
    label: LocalizedText,
    description: LocalizedText,
    full: LocalizedText,
    partial: LocalizedText,
    modelClause: LocalizedText,
    lexicon: Lexicon,
  })
  .strict();
export type Element = z.infer<typeof Element>;

export const ElementFile = z.object({ elements: z.array(Element).min(1) }).strict();
