import { useCountries } from '../lib/use-countries';

/** A country's name for its ISO code; the code itself until the list has loaded. */
export function CountryName({ code }: { code: string }) {
  const countries = useCountries();
  return countries.data?.COUNTRY_NAMES.get(code) ?? code;
}
