/**
 * Dutch first, English available. Each area keeps its own string table (strings-<area>.ts)
 * with the same keys in both languages, checked by the type below, and makes its translator
 * with `createTranslator`. No browser API here: the caller passes the language it detected
 * (`detectLanguage(navigator.language)` or a user setting).
 */
export type Language = 'nl' | 'en';

/** A table: every key in Dutch, and the same keys in English. */
export type StringTable<K extends string> = Record<Language, Record<K, string>>;

export function detectLanguage(preferred: string | readonly string[] | undefined | null): Language {
  const list = typeof preferred === 'string' ? [preferred] : (preferred ?? []);
  for (const tag of list) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'nl') return 'nl';
    if (base === 'en') return 'en';
  }
  // Dutch is the product's first language: anything else falls back to Dutch.
  return 'nl';
}

/**
 * `t('resultsCount', { count: 3 })` replaces `{count}` in the string. Unknown placeholders are
 * left as written so a missing value is visible rather than silently empty.
 */
export function createTranslator<K extends string>(table: StringTable<K>, language: Language) {
  const strings = table[language];
  return (key: K, values?: Record<string, string | number>): string => {
    const template = strings[key] ?? table.nl[key] ?? key;
    if (!values) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
  };
}
