/**
 * The answer clock as one line ("ingezonden 23 mei 2025 · antwoord uiterlijk 13 juni · …"), the
 * same component in the page panel (shadow root) and the extension's pages: everything it needs
 * comes in as props, so it works under either translator. Nothing when no date is known.
 */
import { clockLine, clockTone } from '../../utils/clock/clock-text';
import { answerClock, hasClock, type ClockFacts } from '../../utils/clock/deadline';
import { todayIn, type IsoDate } from '../../utils/clock/days';
import type { Language } from '../../utils/i18n/translate';

export interface ClockLineProps {
  facts: ClockFacts | null | undefined;
  language: Language;
  /** The visible name of the line for screen readers ("Antwoordtermijn"). */
  label: string;
  /** ISO date; defaults to today in Amsterdam. */
  today?: IsoDate;
  class?: string;
}

export function ClockLine({ facts, language, label, today, class: extra }: ClockLineProps) {
  if (!facts || !hasClock(facts)) return null;
  const clock = answerClock(facts, today ?? todayIn(new Date()));
  const line = clockLine(clock, language);
  if (!line) return null;
  return (
    <p
      class={`clock clock-${clockTone(clock)}${extra ? ` ${extra}` : ''}`}
      data-kamerlezer-clock={clock.state}
    >
      <span class="visually-hidden">{label}: </span>
      {line}
    </p>
  );
}
