/**
 * Why a sync failed and what the disk needs, as the options page and the popup say it (Dutch
 * first). Keys are the failure codes of utils/bundle/errors.ts; the placeholders are the figures
 * each error carries. A code this table lacks falls back to the error's English sentence.
 */
import type { SyncFailureCode } from '../bundle/errors';
import { createTranslator, type Language, type StringTable } from '../i18n/translate';

type SyncKey =
  | SyncFailureCode
  | 'storageFull'
  | 'storageFullNeeds'
  | 'storageFullUsage'
  | 'storageFullVisits'
  | 'acceptSmaller';

const nl: Record<SyncKey, string> = {
  bundle: '{message}',
  'manifest-too-large':
    'Het manifest van de bron is groter dan {limit} MiB; zo groot is geen corpus.',
  'manifest-limit':
    'Het manifest van de bron noemt onmogelijke aantallen (zoveel sets, vragen of bestanden heeft geen corpus).',
  'manifest-totals':
    'Het manifest klopt niet: het noemt {declared} ({what}), maar de bestanden samen {listed}.',
  'manifest-duplicate': 'Het manifest noemt hetzelfde bestand meer dan eens ({shard}).',
  'shard-too-large':
    'Een bestand van de bron is groter dan het manifest zegt ({bytes} bytes); het lezen is gestopt.',
  'unpacked-too-large':
    'Een bestand van de bron pakt uit tot meer dan {limit} MiB (een zip-bom?); het uitpakken is gestopt.',
  corrupt: 'Bestand {shard} van de bron is beschadigd (de controlesom klopt niet).',
  'empty-manifest': 'De bron biedt een lege index aan. Je index van {from} sets is behouden.',
  shrink:
    'De bron biedt nu {to} sets aan in plaats van {from}. Je index is behouden tot je bevestigt dat je de kleinere wilt.',
  redirect:
    'De bron stuurt door naar een ander adres{to}. Kamerlezer haalt alleen op bij {from} en volgt geen doorverwijzingen: vul het adres in waar de bundel echt staat.',
  http: 'De bron antwoordde met HTTP-status {status} ({url}).',
  network: 'De bron is niet bereikbaar ({url}).',
  'request-timeout': 'De bron deed er langer dan {seconds} s over ({url}); gestopt.',
  stalled: 'De bron stuurde {seconds} s lang niets meer ({url}); gestopt.',
  'sync-timeout': 'De synchronisatie duurde langer dan {minutes} minuten en is gestopt.',
  'gave-up':
    'Deze synchronisatie is {attempts} keer begonnen zonder af te komen en is opgegeven. Je vorige index blijft werken. Kies een andere bron, of wacht op een nieuwe versie van deze.',
  quota:
    'De schijf is vol: de synchronisatie kon niet worden opgeslagen. Je vorige index blijft werken.',
  'index-unavailable':
    'De lokale index is niet beschikbaar: deze browser staat hier geen opslag toe (bijvoorbeeld in een privévenster).',
  storageFull: 'De schijf is vol: Kamerlezer kan niets meer opslaan.',
  storageFullNeeds:
    'De index heeft ongeveer {needed} nodig. Maak ruimte vrij; Kamerlezer gaat daarna vanzelf verder.',
  storageFullUsage: 'Kamerlezer gebruikt nu {usage}.',
  storageFullVisits: '{count} bezoeken worden bewaard zodra er weer ruimte is.',
  acceptSmaller: 'Toch de kleinere index gebruiken',
};

const en: Record<SyncKey, string> = {
  bundle: '{message}',
  'manifest-too-large':
    "The source's manifest is larger than {limit} MiB; no corpus is that large.",
  'manifest-limit':
    "The source's manifest declares impossible counts (no corpus has that many sets, questions or files).",
  'manifest-totals':
    'The manifest does not add up: it declares {declared} ({what}), but its files together {listed}.',
  'manifest-duplicate': 'The manifest lists the same file more than once ({shard}).',
  'shard-too-large':
    'A file of the source is larger than the manifest says ({bytes} bytes); reading it was stopped.',
  'unpacked-too-large':
    'A file of the source unpacks to more than {limit} MiB (a zip bomb?); unpacking was stopped.',
  corrupt: 'File {shard} of the source is damaged (its checksum does not match).',
  'empty-manifest': 'The source offers an empty index. Your index of {from} sets was kept.',
  shrink:
    'The source now offers {to} sets instead of {from}. Your index was kept until you confirm you want the smaller one.',
  redirect:
    'The source redirects to another address{to}. Kamerlezer fetches only from {from} and follows no redirects: enter the address where the bundle really is.',
  http: 'The source answered with HTTP status {status} ({url}).',
  network: 'The source cannot be reached ({url}).',
  'request-timeout': 'The source took longer than {seconds} s ({url}); stopped.',
  stalled: 'The source sent nothing for {seconds} s ({url}); stopped.',
  'sync-timeout': 'The sync took longer than {minutes} minutes and was stopped.',
  'gave-up':
    'This sync started {attempts} times without finishing and was given up. Your previous index keeps working. Choose another source, or wait for a new version of this one.',
  quota: 'The disk is full: the sync could not be stored. Your previous index keeps working.',
  'index-unavailable':
    'The local index is not available: this browser allows no storage here (a private window, for example).',
  storageFull: 'The disk is full: Kamerlezer cannot store anything more.',
  storageFullNeeds:
    'The index needs about {needed}. Free some space; Kamerlezer carries on by itself.',
  storageFullUsage: 'Kamerlezer now uses {usage}.',
  storageFullVisits: '{count} visits will be saved once there is room again.',
  acceptSmaller: 'Use the smaller index anyway',
};

export const syncStrings: StringTable<SyncKey> = { nl, en };

export type SyncTranslate = (key: SyncKey, values?: Record<string, string | number>) => string;

export function syncTranslator(language: Language): SyncTranslate {
  return createTranslator(syncStrings, language);
}

/** The reader's sentence for a stored failure: translated by its code, else its own message. */
export function describeFailure(
  failure: { message: string; code?: string; params?: Record<string, string | number> },
  language: Language,
): string {
  const code = failure.code as SyncKey | undefined;
  if (!code || !(code in nl) || code === 'bundle') return failure.message;
  const params: Record<string, string | number> = { message: failure.message, ...failure.params };
  if (code === 'redirect') params.to = failure.params?.to ? ` (${failure.params.to})` : '';
  return syncTranslator(language)(code, params);
}
