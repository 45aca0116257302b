import type { ReactElement } from 'react';

/**
 * The initials of a name, for a doctor without a photo: "Dr Sunanda Iyer" → "SI".
 * @param fullName - the name in Latin script
 * @returns one or two capital letters
 */
export function initialsOf(fullName: string): string {
  const words = fullName
    .replace(/^(dr\.?|prof\.?)\s+/i, '')
    .split(/\s+/)
    .filter(Boolean);
  const first = words[0]?.[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return `${first}${last}`.toUpperCase();
}

/**
 * A doctor's portrait, or their initials in a circle when there is none. Decorative: the name is
 * always written beside it.
 */
export function SpecialistPhoto(props: {
  fullName: string;
  photoUrl: string | null;
}): ReactElement {
  const size = { width: 72, height: 72, borderRadius: '50%', flex: '0 0 auto' };
  if (props.photoUrl) {
    return (
      <img
        src={props.photoUrl}
        alt=""
        width={72}
        height={72}
        style={{ ...size, objectFit: 'cover' }}
      />
    );
  }
  return (
    <span
      aria-hidden="true"
      className="badge"
      style={{
        ...size,
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        fontSize: '1.4rem',
        fontWeight: 600,
      }}
    >
      {initialsOf(props.fullName)}
    </span>
  );
}
