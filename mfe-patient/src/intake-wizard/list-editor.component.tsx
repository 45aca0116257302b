import { FormField } from '@consilium/web-kit';
import { useEffect, useRef, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { GroupError } from '../form-parts/choice-fields';
import { fieldDomId } from '../form-parts/field-problems';
import { newRow, type Row } from './intake-values';

/** One field of a list item: the API path inside the item, its label and kind. */
export interface ItemField {
  path: string;
  label: string;
  hint?: string;
  type?: 'text' | 'date' | 'number';
  /** a multi-line box of this many rows */
  rows?: number;
  min?: number;
  max?: number;
  options?: readonly { value: string; label: string }[];
}

/**
 * A list of items (symptoms, medications …): each item a fieldset ("Symptom 2") with its fields
 * and a Remove button, then an "Add" button that moves focus into the new item. Element ids are
 * the API's field names (`intake.symptoms[1].description`), so errors find their field.
 */
export function ListEditor(props: {
  /** the API list, e.g. `symptoms` */
  section: string;
  title: string;
  intro?: ReactNode;
  itemLabel: (position: number) => string;
  addLabel: string;
  fields: readonly ItemField[];
  rows: readonly Row[];
  onChange: (rows: Row[]) => void;
  errors: Record<string, string>;
  max?: number;
  /** shown after the items (e.g. "no known allergies") */
  children?: ReactNode;
}): ReactElement {
  const { t } = useTranslation('patient');
  const listId = fieldDomId(`intake.${props.section}`);
  const added = useRef(false);
  const count = props.rows.length;
  useEffect(() => {
    if (!added.current) return;
    added.current = false;
    document
      .getElementById(fieldDomId(`intake.${props.section}[${count - 1}].${props.fields[0]!.path}`))
      ?.focus();
  }, [count, props.section, props.fields]);

  const change = (index: number, path: string, value: string): void => {
    props.onChange(props.rows.map((row, at) => (at === index ? { ...row, [path]: value } : row)));
  };
  return (
    <section className="list-editor" aria-labelledby={`${listId}-title`}>
      <h3 id={`${listId}-title`}>{props.title}</h3>
      {props.intro}
      <div id={listId}>
        <GroupError id={listId} message={props.errors[listId]} />
      </div>
      {props.rows.map((row, index) => {
        const rowId = fieldDomId(`intake.${props.section}[${index}]`);
        const label = props.itemLabel(index + 1);
        return (
          <fieldset key={row._key} id={rowId}>
            <legend>{label}</legend>
            <GroupError id={rowId} message={props.errors[rowId]} />
            {props.fields.map((field) => {
              const id = fieldDomId(`intake.${props.section}[${index}].${field.path}`);
              return (
                <FormField
                  key={field.path}
                  id={id}
                  label={field.label}
                  hint={field.hint}
                  type={field.type}
                  rows={field.rows}
                  min={field.min}
                  max={field.max}
                  options={field.options}
                  value={row[field.path] ?? ''}
                  onChange={(value) => change(index, field.path, value)}
                  error={props.errors[id]}
                />
              );
            })}
            <p>
              <button
                type="button"
                className="secondary"
                onClick={() => props.onChange(props.rows.filter((_, at) => at !== index))}
              >
                {t('wizard.remove')}
                <span className="visually-hidden"> {label}</span>
              </button>
            </p>
          </fieldset>
        );
      })}
      {props.children}
      <p>
        <button
          type="button"
          className="secondary"
          disabled={props.max !== undefined && count >= props.max}
          onClick={() => {
            added.current = true;
            props.onChange([...props.rows, newRow()]);
          }}
        >
          {props.addLabel}
        </button>
      </p>
    </section>
  );
}
