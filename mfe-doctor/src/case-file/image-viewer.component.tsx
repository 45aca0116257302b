import { useEffect, useRef, useState, type KeyboardEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

/** Zoom steps, as a share of the viewer's width. */
const ZOOMS = [0.5, 0.75, 1, 1.5, 2, 3, 4];

/**
 * A photo or scan with zoom (50–400 % of the viewer's width) and rotation in quarter turns, by
 * buttons or keys (+, −, R, Shift+R, 0). The rotated image keeps its box, so the scroll area
 * follows what is shown.
 */
export function ImageViewer(props: { src: string; alt: string }): ReactElement {
  const { t } = useTranslation('doctor');
  const frame = useRef<HTMLDivElement>(null);
  const [zoomStep, setZoomStep] = useState(ZOOMS.indexOf(1));
  const [rotation, setRotation] = useState(0);
  const [frameWidth, setFrameWidth] = useState(800);
  const [ratio, setRatio] = useState(1.4);

  // Keys work at once: the image area takes the focus when the photo is opened.
  useEffect(() => frame.current?.focus(), [props.src]);

  useEffect(() => {
    const element = frame.current;
    if (!element) return undefined;
    const measure = (): void => setFrameWidth(Math.max(200, element.clientWidth - 16));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const zoom = ZOOMS[zoomStep]!;
  const imageWidth = frameWidth * zoom;
  const imageHeight = imageWidth * ratio;
  const sideways = rotation % 180 !== 0;
  const boxWidth = sideways ? imageHeight : imageWidth;
  const boxHeight = sideways ? imageWidth : imageHeight;
  const zoomIn = (): void => setZoomStep((step) => Math.min(ZOOMS.length - 1, step + 1));
  const zoomOut = (): void => setZoomStep((step) => Math.max(0, step - 1));
  const rotate = (quarter: 1 | -1): void =>
    setRotation((degrees) => (degrees + 90 * quarter + 360) % 360);
  const reset = (): void => {
    setZoomStep(ZOOMS.indexOf(1));
    setRotation(0);
  };
  const onKey = (event: KeyboardEvent): void => {
    const actions: Record<string, () => void> = {
      '+': zoomIn,
      '=': zoomIn,
      '-': zoomOut,
      r: () => rotate(1),
      R: () => rotate(-1),
      '0': reset,
    };
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  return (
    <div className="image-viewer">
      <div className="toolbar" role="toolbar" aria-label={t('viewer.title', { title: props.alt })}>
        <button type="button" onClick={zoomOut} disabled={zoomStep === 0}>
          {t('viewer.zoomOut')}
        </button>
        <button type="button" onClick={zoomIn} disabled={zoomStep === ZOOMS.length - 1}>
          {t('viewer.zoomIn')}
        </button>
        <button type="button" onClick={() => rotate(-1)}>
          {t('viewer.rotateLeft')}
        </button>
        <button type="button" onClick={() => rotate(1)}>
          {t('viewer.rotateRight')}
        </button>
        <button type="button" className="secondary" onClick={reset}>
          {t('viewer.reset')}
        </button>
        <span aria-live="polite">
          {t('viewer.zoom', { percent: Math.round(zoom * 100) })} ·{' '}
          {t('viewer.rotation', { degrees: rotation })}
        </span>
      </div>
      <p className="hint">{t('viewer.keys')}</p>
      <div
        ref={frame}
        className="image-frame"
        tabIndex={0}
        onKeyDown={onKey}
        aria-label={props.alt}
        style={{ overflow: 'auto', maxHeight: '75vh', padding: 8 }}
      >
        <div style={{ position: 'relative', width: boxWidth, height: boxHeight, margin: '0 auto' }}>
          <img
            src={props.src}
            alt={props.alt}
            data-rotation={rotation}
            data-zoom={zoom}
            onLoad={(event) => {
              const image = event.currentTarget;
              if (image.naturalWidth > 0) setRatio(image.naturalHeight / image.naturalWidth);
            }}
            style={{
              position: 'absolute',
              left: (boxWidth - imageWidth) / 2,
              top: (boxHeight - imageHeight) / 2,
              width: imageWidth,
              height: imageHeight,
              maxWidth: 'none',
              transform: `rotate(${rotation}deg)`,
            }}
          />
        </div>
      </div>
    </div>
  );
}
