import { Select } from '@mantine/core';
import { useCountries } from '../lib/use-countries';

export interface CountrySelectProps {
  /** The ISO 3166-1 alpha-2 code, or '' for none. */
  value: string;
  onChange: (code: string) => void;
  error?: string;
}

/** A country chosen by name from the ISO 3166-1 list; the value is its two-letter code. */
export function CountrySelect({ value, onChange, error }: CountrySelectProps) {
  const countries = useCountries();
  // Until the list loads, a country already chosen still shows (by its code).
  const data = countries.data?.COUNTRY_OPTIONS ?? (value === '' ? [] : [{ value, label: value }]);
  return (
    <Select
      label="Country"
      placeholder="Search by name"
      searchable
      clearable
      data={data}
      value={value === '' ? null : value}
      onChange={(code) => {
        onChange(code ?? '');
      }}
      nothingFoundMessage={countries.isError ? 'Countries could not be loaded' : 'No country with that name'}
      error={error}
    />
  );
}
