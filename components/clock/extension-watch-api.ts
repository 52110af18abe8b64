/** The extension pages' WatchApi over the background's messages. */
import { send } from '../../utils/extension/messaging';
import type { WatchApi } from './set-tools';

export const extensionWatchApi: WatchApi = {
  list: () => send('listWatchlist', {}),
  follow: (documentId) => send('follow', { documentId }),
  unfollow: (documentId) => send('unfollow', { documentId }),
};
