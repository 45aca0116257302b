import { useQuery } from '@apollo/client/react';
import { FormField } from '@consilium/web-kit';
import { useState, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../form-parts/choice-fields';
import {
  CONSULTING_LANGUAGES,
  NO_DIRECTORY_FILTER,
  type DirectoryFilterValues,
} from './directory-filter';
import { SPECIALTIES } from './directory-queries';

/**
 * The directory's search box and filters (specialty from the standard list, language, "available
 * within N days", AIIMS-trained, city). "Search" applies them; an error the server gives about a
 * filter (`filter.<field>`) is shown at that field, whose id is `filter-<field>`.
 */
export function DirectoryFilters(props: {
  applied: DirectoryFilterValues;
  onSearch: (values: DirectoryFilterValues) => void;
  /** messages by element id, e.g. `filter-query` */
  errors: Readonly<Record<string, string>>;
  busy: boolean;
}): ReactElement {
  const { t } = useTranslation('patient');
  const [values, setValues] = useState<DirectoryFilterValues>(props.applied);
  const { data } = useQuery(SPECIALTIES);
  const set = (field: keyof DirectoryFilterValues) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    props.onSearch(values);
  };
  return (
    <form role="search" aria-label={t('doctors.searchLabel')} noValidate onSubmit={submit}>
      <FormField
        id="filter-query"
        label={t('doctors.query')}
        hint={t('doctors.queryHint')}
        value={values.query}
        onChange={set('query')}
        error={props.errors['filter-query']}
      />
      <div className="choices">
        <FormField
          id="filter-specialty"
          label={t('doctors.specialty')}
          value={values.specialty}
          onChange={set('specialty')}
          options={[
            { value: '', label: t('doctors.anySpecialty') },
            ...(data?.specialties ?? []).map((specialty) => ({
              value: specialty,
              label: specialty,
            })),
          ]}
          error={props.errors['filter-specialty']}
        />
        <FormField
          id="filter-language"
          label={t('doctors.language')}
          value={values.language}
          onChange={set('language')}
          options={[
            { value: '', label: t('doctors.anyLanguage') },
            ...CONSULTING_LANGUAGES.map((language) => ({
              value: language,
              label: t(`lang.${language}`, { defaultValue: language }),
            })),
          ]}
          error={props.errors['filter-language']}
        />
        <FormField
          id="filter-availableWithinDays"
          label={t('doctors.availableWithin')}
          hint={t('doctors.availableWithinHint')}
          type="number"
          inputMode="numeric"
          min={1}
          max={60}
          value={values.availableWithinDays}
          onChange={set('availableWithinDays')}
          error={props.errors['filter-availableWithinDays']}
        />
        <FormField
          id="filter-city"
          label={t('doctors.city')}
          value={values.city}
          onChange={set('city')}
          error={props.errors['filter-city']}
        />
      </div>
      <CheckboxField
        id="filter-aiimsTrained"
        label={t('doctors.onlyAiims')}
        checked={values.aiimsTrained === 'yes'}
        onChange={(checked) => set('aiimsTrained')(checked ? 'yes' : '')}
        error={props.errors['filter-aiimsTrained']}
      />
      <p className="toolbar">
        <button type="submit" disabled={props.busy}>
          {t('doctors.search')}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setValues(NO_DIRECTORY_FILTER);
            props.onSearch(NO_DIRECTORY_FILTER);
          }}
        >
          {t('doctors.clearFilters')}
        </button>
      </p>
    </form>
  );
}
