import { Text } from '@fluentui/react-components';
import type { ControlRunSummary } from '../../../app/plan-control';
import { useText } from '../use-text';

/**
 * What to do about customers not rated (they trade without a limit): a
 * credit survey, made in the Forms section by its "needing a survey" choice.
 * Nothing when there are none: the card's 0 says so, and there is nothing to do.
 */
export function NotRatedHint({ control }: { control: ControlRunSummary }) {
  const { t } = useText();
  if (control.statuses.notRated === 0) return null;
  return <Text size={200}>{t('pane.control.notRatedHint', { section: t('pane.tab.forms'), choice: t('pane.forms.choice.needsSurvey') })}</Text>;
}
