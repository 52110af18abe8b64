export { fold } from './fold';
export { stemDutch } from './dutch-stemmer';
export { DUTCH_STOPWORDS, isStopword } from './stopwords';
export { analyze, analyzeWord, tokenize, type Token } from './tokenize';
