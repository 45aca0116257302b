import { useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A value to copy (a link or a secret shown once): a labelled read-only box that selects its text
 * on focus, and a Copy button. A polite status says it was copied; when the browser refuses the
 * clipboard, the text is selected for copying by hand, and the status says so.
 */
export function CopyField(props: {
  id: string;
  label: string;
  value: string;
  /** the button's text, e.g. "Copy the link" */
  copyLabel: string;
}): ReactElement {
  const { t } = useTranslation('common');
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<{ value: string; ok: boolean } | null>(null);
  const copy = (): void => {
    navigator.clipboard.writeText(props.value).then(
      () => setCopied({ value: props.value, ok: true }),
      () => {
        inputRef.current?.select();
        setCopied({ value: props.value, ok: false });
      },
    );
  };
  const shown = copied?.value === props.value ? copied : null;
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        ref={inputRef}
        readOnly
        value={props.value}
        onFocus={(event) => event.currentTarget.select()}
      />
      <p>
        <button type="button" onClick={copy}>
          {props.copyLabel}
        </button>
      </p>
      <p role="status">{shown ? t(shown.ok ? 'copied' : 'copyFailed') : ''}</p>
    </div>
  );
}
