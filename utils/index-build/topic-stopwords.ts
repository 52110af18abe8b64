/**
 * Words that fill Kamervragen whatever their subject ("kunt u aangeven welke maatregelen het
 * kabinet neemt"). Search keeps them (a reader may type them), but they make no topic: two sets
 * do not share a subject because both ask for an overview of the consequences. In a large corpus
 * their low idf would say so; in a small one (the seed) it cannot, hence this list.
 */
import { analyze } from '../text';

const GENERIC = `aangeven aangegeven maken maakt gemaakt zien ziet gezien helpen helpt acht achten verschillende
eerdere eerder gebruik gebruiken gebruikt onderzoek onderzoeken hoogte mensen grote groot groter deel delen
vanaf beter acties actie informatie mogelijk mogelijke mogelijkheden manier wijze sprake kader kaders gevolgen
gevolg maatregelen maatregel kabinet minister ministerie staatssecretaris kamer tweede nederland nederlandse
reactie mening opvatting bericht berichten artikel plan plannen stappen stap rol belang belangrijk betekent
europa europese europees eu
betekenen gaat gaan doet doen nemen neemt genomen geven geeft gegeven vindt vinden toe tevens precies concreet
concrete huidige nieuwe jaar jaren dag dagen maand maanden keer aantal totaal overzicht beeld nationale
uitspraak uitspraken toezeggen bevestigen bereid reeds inmiddels welke waarop waarmee hiervoor daarvoor
waaronder onder andere ander anderen zowel tussen binnen buiten sinds tijdens komen komt kunnen zullen
zouden willen wilt moeten moet hebben hebt heeft houden blijft blijven staat staan ligt liggen heel hele
zoals steeds verder verdere extra meer minder veel weinig alle alleen echter daarnaast bovendien
ervan erop erin eraan ertoe daarin daarop hierin hierop hierbij daarbij waarin waarbij indien wanneer
verwacht verwachting verwachten ontvangen gesproken gesprek gesprekken contact afspraken afspraak
effect effecten resultaat resultaten kosten punt punten vraag vragen antwoord antwoorden beantwoording`;

export const TOPIC_STOPWORDS: ReadonlySet<string> = new Set(analyze(GENERIC));
