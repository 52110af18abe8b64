/**
 * Strings of the annotations on the official pages (panel, markers, links). Dutch first; the
 * English table must have the same keys (the type checks it).
 */
import { createTranslator, type Language, type StringTable } from './translate';

const nl = {
  panelLabel: 'Kamerlezer: deze vragen in je lokale corpus',
  panelToggleOpen: 'Toon details',
  panelToggleClose: 'Verberg details',
  panelSummary: '{status} · {siblings} · {related} · {cited}',
  statusAnswered: 'beantwoord',
  statusPartiallyAnswered: 'deels beantwoord',
  statusUnanswered: 'nog niet beantwoord',
  confidence: 'herkend met {percent}% zekerheid',
  siblingsCount: '{count} × dezelfde vragen aan andere bewindspersonen',
  siblingsNone: 'niet aan andere bewindspersonen gesteld',
  relatedCount: '{count} verwante sets',
  citedCount: '{count} moties en Kamerstukken',
  sameQuestionsHeading: 'Dezelfde vragen aan andere bewindspersonen',
  compareAnswers: 'Vergelijk de antwoorden per vraag',
  hideComparison: 'Verberg de vergelijking',
  questionColumn: 'Vraag',
  thisPage: 'Deze pagina',
  notAnswered: 'Nog niet beantwoord',
  jointAnswer: 'Samen beantwoord met vraag {numbers}',
  wordingDiffers: 'Anders geformuleerd',
  relatedHeading: 'Verwante sets',
  citedHeading: 'Genoemde moties en Kamerstukken',
  reason_same_questions: 'dezelfde vragen',
  reason_same_motion: 'zelfde motie',
  reason_same_kamerstuk: 'zelfde Kamerstuk',
  reason_same_news: 'zelfde nieuwsbericht',
  reason_same_topic: 'zelfde onderwerp',
  reason_same_submitters: 'zelfde indieners',
  priorMarker: '{count} eerder antwoord',
  priorMarkerMany: '{count} eerdere antwoorden',
  priorMarkerLabel: 'Toon eerdere antwoorden op vergelijkbare vragen als vraag {number}',
  priorHeading: 'Eerdere antwoorden op vergelijkbare vragen (vraag {number})',
  priorAnsweredBy: 'Beantwoord door {people}',
  priorLoading: 'Eerdere antwoorden laden…',
  priorLoadFailed:
    'De eerdere antwoorden konden niet worden geladen. Sluit en probeer het opnieuw.',
  priorQuestion: 'Vraag {number} uit “{title}”',
  close: 'Sluiten',
  citationTitle: 'Officiële publicatie: {label}',
  jumpTitle: 'Ga naar het antwoord op vraag {number}',
  officialSearch: 'Zoek de set op officielebekendmakingen.nl',
  officialShort: 'officieel',
  openInReader: 'Lees de set in Kamerlezer (nieuw tabblad)',
  notInIndex: 'Deze set staat nog niet in je index — index bijgewerkt tot {date}',
  notInIndexNoDate: 'Deze set staat nog niet in je index',
  readFromPage:
    'Gelezen van deze pagina en bewaard in je lokale index; de officiële set vervangt hem na een synchronisatie.',
  priorPerQuestion: 'Eerdere antwoorden op vergelijkbare vragen staan bij elke vraag op de pagina.',
  similarEarlierHeading: 'Vergelijkbare eerdere sets',
  postponed: 'Antwoord uitgesteld (mededeling van {date})',
  postponedNoDate: 'Antwoord uitgesteld',
  alikeSummary: 'Een van {count} sets met deze vragen',
  alikeIntro:
    'Deze pagina past bij {count} sets met dezelfde vragen aan verschillende bewindspersonen, en zegt niet welke het is:',
  recognisedBy_identifier: 'herkend aan het officiële nummer',
};

const en: Record<keyof typeof nl, string> = {
  panelLabel: 'Kamerlezer: these questions in your local corpus',
  panelToggleOpen: 'Show details',
  panelToggleClose: 'Hide details',
  panelSummary: '{status} · {siblings} · {related} · {cited}',
  statusAnswered: 'answered',
  statusPartiallyAnswered: 'partially answered',
  statusUnanswered: 'not answered yet',
  confidence: 'recognised with {percent}% confidence',
  siblingsCount: '{count} × the same questions to other ministers',
  siblingsNone: 'not put to other ministers',
  relatedCount: '{count} related sets',
  citedCount: '{count} motions and parliamentary papers',
  sameQuestionsHeading: 'The same questions to other ministers',
  compareAnswers: 'Compare the answers question by question',
  hideComparison: 'Hide the comparison',
  questionColumn: 'Question',
  thisPage: 'This page',
  notAnswered: 'Not answered yet',
  jointAnswer: 'Answered together with question {numbers}',
  wordingDiffers: 'Worded differently',
  relatedHeading: 'Related sets',
  citedHeading: 'Motions and parliamentary papers cited',
  reason_same_questions: 'same questions',
  reason_same_motion: 'same motion',
  reason_same_kamerstuk: 'same parliamentary paper',
  reason_same_news: 'same news item',
  reason_same_topic: 'same topic',
  reason_same_submitters: 'same submitters',
  priorMarker: '{count} earlier answer',
  priorMarkerMany: '{count} earlier answers',
  priorMarkerLabel: 'Show earlier answers to questions like question {number}',
  priorHeading: 'Earlier answers to similar questions (question {number})',
  priorAnsweredBy: 'Answered by {people}',
  priorLoading: 'Loading earlier answers…',
  priorLoadFailed: 'The earlier answers could not be loaded. Close and try again.',
  priorQuestion: 'Question {number} of “{title}”',
  close: 'Close',
  citationTitle: 'Official publication: {label}',
  jumpTitle: 'Go to the answer to question {number}',
  officialSearch: 'Find the set on officielebekendmakingen.nl',
  officialShort: 'official',
  openInReader: 'Read the set in Kamerlezer (new tab)',
  notInIndex: 'This set is not in your index yet — index updated to {date}',
  notInIndexNoDate: 'This set is not in your index yet',
  readFromPage:
    'Read from this page and kept in your local index; the official set replaces it after a sync.',
  priorPerQuestion:
    'Earlier answers to similar questions are shown with each question on the page.',
  similarEarlierHeading: 'Similar earlier sets',
  postponed: 'Answer postponed (notice of {date})',
  postponedNoDate: 'Answer postponed',
  alikeSummary: 'One of {count} sets with these questions',
  alikeIntro:
    'This page fits {count} sets with the same questions to different ministers, and does not say which:',
  recognisedBy_identifier: 'recognised by its official number',
};

export type PageKey = keyof typeof nl;
export const pageStrings: StringTable<PageKey> = { nl, en };
export type PageTranslate = (key: PageKey, values?: Record<string, string | number>) => string;

export function pageTranslator(language: Language): PageTranslate {
  return createTranslator(pageStrings, language);
}
