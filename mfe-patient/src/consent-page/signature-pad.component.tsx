import { FieldError } from '@consilium/web-kit';
import SignaturePad from 'signature_pad';
import { useEffect, useRef, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

/** How the signature was given: drawn on the pad, or the typed name set in the pad. */
export type SignatureSource = 'drawn' | 'typed';

/**
 * A signature pad (signature_pad on a canvas) with Clear, and for people who cannot draw (a
 * keyboard or a screen reader) a button that writes their typed full name into the pad as their
 * signature. Reports the signature as a PNG data URL, or null when the pad is empty.
 */
export function SignaturePadField(props: {
  id: string;
  typedName: string;
  onChange: (signature: { image: string; source: SignatureSource } | null) => void;
  error?: string | null;
}): ReactElement {
  const { t } = useTranslation('patient');
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePad | null>(null);
  const onChange = useRef(props.onChange);
  onChange.current = props.onChange;

  useEffect(() => {
    const canvas = canvasRef.current!;
    // Drawing resolution follows the screen's, so strokes are sharp.
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    canvas.width = canvas.offsetWidth * ratio;
    canvas.height = canvas.offsetHeight * ratio;
    canvas.getContext('2d')?.scale(ratio, ratio);
    const pad = new SignaturePad(canvas, { penColor: '#1b2330', minWidth: 0.8, maxWidth: 2.6 });
    padRef.current = pad;
    const ended = (): void => {
      if (!pad.isEmpty()) onChange.current({ image: pad.toDataURL('image/png'), source: 'drawn' });
    };
    pad.addEventListener('endStroke', ended);
    return () => {
      pad.removeEventListener('endStroke', ended);
      pad.off();
      padRef.current = null;
    };
  }, []);

  const clear = (): void => {
    padRef.current?.clear();
    onChange.current(null);
  };

  const useTypedName = (): void => {
    const canvas = canvasRef.current;
    const pad = padRef.current;
    const name = props.typedName.trim();
    if (!canvas || !pad || !name) return;
    pad.clear();
    const context = canvas.getContext('2d')!;
    const width = canvas.offsetWidth;
    const height = canvas.offsetHeight;
    let size = 40;
    context.fillStyle = '#1b2330';
    context.textBaseline = 'middle';
    do {
      context.font = `italic ${size}px 'Noto Serif', 'Noto Serif Devanagari', Georgia, serif`;
      size -= 2;
    } while (context.measureText(name).width > width - 24 && size > 12);
    context.fillText(name, 12, height / 2);
    onChange.current({ image: canvas.toDataURL('image/png'), source: 'typed' });
  };

  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  return (
    <div className={props.error ? 'field field-invalid' : 'field'}>
      <p className="label" id={`${props.id}-label`}>
        {t('consent.signature')}
      </p>
      <p className="hint" id={hintId}>
        {t('consent.signatureHint')}
      </p>
      {props.error && <FieldError id={errorId} message={props.error} />}
      <canvas
        ref={canvasRef}
        id={props.id}
        className="signature-pad"
        role="img"
        tabIndex={-1}
        aria-labelledby={`${props.id}-label`}
        aria-describedby={[hintId, ...(props.error ? [errorId] : [])].join(' ')}
      />
      <p className="toolbar">
        <button type="button" className="secondary" onClick={clear}>
          {t('consent.clear')}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={useTypedName}
          disabled={!props.typedName.trim()}
        >
          {t('consent.useTypedName')}
        </button>
      </p>
    </div>
  );
}
