import { signOut, type Viewer } from '@consilium/web-kit';
import { useEffect, useId, useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { navigateToUrl } from 'single-spa';
import { leaveNotice } from '../auth-form/auth-navigation';

/**
 * The signed-in person's name in the header, opening a small menu (a disclosure: a button and
 * the list it shows) to sign out here or on all devices. Escape or a click elsewhere closes it.
 */
export function AccountMenu({ viewer }: { viewer: Viewer }): ReactElement {
  const { t } = useTranslation('shell');
  const [open, setOpen] = useState(false);
  const listId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return undefined;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onPointerDown = (event: PointerEvent): void => {
      if (!containerRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open]);

  const signOutHere = (everywhere: boolean): void => {
    setOpen(false);
    // Leave the app first, so it does not ask the signed-out visitor to sign in and come back.
    leaveNotice({ kind: 'signedOut', everywhere });
    navigateToUrl('/sign-in');
    void signOut({ everywhere });
  };

  return (
    <div
      className="account-menu"
      data-keep-focus
      ref={containerRef}
      onBlur={(event) => {
        // Tabbing out closes it (a click elsewhere is handled above: some browsers move focus
        // nowhere on a click, so a null target must not close the menu before the click lands).
        const next = event.relatedTarget as Node | null;
        if (next && !containerRef.current?.contains(next)) setOpen(false);
      }}
    >
      <button
        type="button"
        className="secondary"
        ref={buttonRef}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        <span className="visually-hidden">{t('accountMenu')} </span>
        {viewer.displayName}
        <span aria-hidden="true"> ▾</span>
      </button>
      <ul id={listId} className="account-menu-items" hidden={!open}>
        <li>
          <button type="button" className="secondary" onClick={() => signOutHere(false)}>
            {t('signOut')}
          </button>
        </li>
        <li>
          <button type="button" className="secondary" onClick={() => signOutHere(true)}>
            {t('signOutEverywhere')}
          </button>
        </li>
      </ul>
    </div>
  );
}
