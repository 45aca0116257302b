import { LegalText } from '@consilium/web-kit';
import type { ReactElement } from 'react';

/**
 * A live preview of a text being written, as patients will read it (same rendering as the
 * consent page): its label, then the title and body in a scrollable, focusable region.
 */
export function LegalTextPreview(props: {
  id: string;
  label: string;
  title: string;
  body: string;
  lang: 'en' | 'hi';
}): ReactElement {
  const labelId = `${props.id}-label`;
  return (
    <div className="card legal-document">
      <p id={labelId} className="label">
        {props.label}
      </p>
      <div
        id={props.id}
        className="legal-body"
        role="region"
        aria-labelledby={labelId}
        tabIndex={0}
        lang={props.lang}
      >
        <h4>{props.title}</h4>
        <LegalText body={props.body} headingLevel={5} />
      </div>
    </div>
  );
}
