/**
 * Dutch stopwords: the Snowball list (folded), plus the words every Kamervraag opens with
 * ("kunt u", "bent u bekend met"), which carry no topic and would make all sets look alike.
 */
const SNOWBALL_DUTCH = `de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om
hem dan zou of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar naar heb hoe heeft hebben
deze u want nog zal me zij nu ge geen omdat iets worden toch al waren veel meer doen toen moet ben zonder kan hun
dus alles onder ja eens hier wie werd altijd doch wordt wezen kunnen ons zelf tegen na reeds wil kon niets uw iemand
geweest andere`;

const KAMERVRAAG_FORMULAS = `kunt bent welke waarom wanneer hoeveel waar wel bereid bekend hiervan daarvan hierover
daarover ermee hiermee deelt`;

export const DUTCH_STOPWORDS: ReadonlySet<string> = new Set(
  `${SNOWBALL_DUTCH} ${KAMERVRAAG_FORMULAS}`.split(/\s+/).filter(Boolean),
);

export function isStopword(foldedWord: string): boolean {
  return DUTCH_STOPWORDS.has(foldedWord);
}
