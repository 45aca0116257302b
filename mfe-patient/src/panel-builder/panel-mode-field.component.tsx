import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { RadioGroupField } from '../form-parts/choice-fields';
import type { PanelMode } from '../gql/graphql';

/** The ways of choosing, in the order offered. */
const MODES: readonly PanelMode[] = ['SINGLE', 'MULTIPLE', 'BOARD', 'PLATFORM_CHOOSES'];

/**
 * "How should your case be reviewed?": one specialist, several (2–5), a board (3–7 who discuss
 * and agree), or the platform chooses. Each option explains itself.
 */
export function PanelModeField(props: {
  value: PanelMode;
  onChange: (mode: PanelMode) => void;
  error?: string;
}): ReactElement {
  const { t } = useTranslation('patient');
  return (
    <RadioGroupField
      id="requestedPanel-mode"
      legend={t('panel.modeQuestion')}
      options={MODES.map((mode) => ({
        value: mode,
        label: t(`panel.mode.${mode}`),
        hint: t(`panel.modeHint.${mode}`),
      }))}
      value={props.value}
      onChange={(mode) => props.onChange(mode as PanelMode)}
      error={props.error}
    />
  );
}
