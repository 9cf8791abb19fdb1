import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';

// English only: the package's other locales would be shipped to the browser unused.
countries.registerLocale(english);

export interface CountryOption {
  value: string;
  label: string;
}

/** Every ISO 3166-1 country by its English name, the alpha-2 code as its value; in name order. */
export const COUNTRY_OPTIONS: readonly CountryOption[] = Object.entries(
  countries.getNames('en', { select: 'official' }),
)
  .map(([value, label]) => ({ value, label }))
  .sort((a, b) => a.label.localeCompare(b.label, 'en'));

/** A country's English name by its alpha-2 code. */
export const COUNTRY_NAMES: ReadonlyMap<string, string> = new Map(COUNTRY_OPTIONS.map((o) => [o.value, o.label]));
