/** Every page feature, one file each. Delete a file and its line to remove a feature. */
import answerJumps from './answer-jumps';
import citationLinks from './citation-links';
import priorAnswers from './prior-answers';
import recordVisit from './record-visit';
import relatedPanel from './related-panel';

export const features = [citationLinks, answerJumps, relatedPanel, priorAnswers, recordVisit];
