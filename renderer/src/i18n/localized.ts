import type { LocalizedText } from '../../../main/api/contract';

export interface Localized {
  text: string;
  /** The language actually shown, when it is not the one asked for. */
  fallbackFrom?: string;
}

/** Corpus text in the user's language, or in English (then Spanish) with a marker saying so. */
export function pickLocalized(text: LocalizedText | undefined, language: string): Localized {
  if (!text) return { text: '' };
  const own = (text as Record<string, string | undefined>)[language];
  if (own) return { text: own };
  if (language === 'pt' && text.es) return { text: text.es, fallbackFrom: 'es' };
  return { text: text.en, fallbackFrom: 'en' };
}
