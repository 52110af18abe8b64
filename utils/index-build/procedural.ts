/**
 * Procedural questions ("Kunt u deze vragen afzonderlijk van elkaar beantwoorden?") close almost
 * every set with the same words. They say nothing about the topic, so they are left out of
 * near-duplicate signatures and never offered as prior answers.
 */
import { analyze } from '../text';

const PROCEDURAL_TERMS = new Set(
  analyze(
    'vraag vragen beantwoorden beantwoording afzonderlijk elkaar mogelijk spoedig snel termijn ' +
      'binnen weken week drie zes uiterlijk reces zomerreces kerstreces voor begin behandeling ' +
      'debat commissiedebat notaoverleg plenaire individueel één stuk per los rest eerste minstens ' +
      'gebruikelijke termijn maandag dinsdag woensdag donderdag vrijdag',
  ),
);

export function isProceduralQuestion(text: string): boolean {
  const terms = analyze(text);
  if (terms.length === 0 || terms.length > 16) return false;
  if (!terms.some((t) => t.startsWith('beantwoord'))) return false;
  const topical = terms.filter((t) => !PROCEDURAL_TERMS.has(t) && !/^\d+$/.test(t));
  return topical.length <= 2;
}
