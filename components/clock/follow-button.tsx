/** "Volg deze set" as a toggle button (aria-pressed), for the page panel, reader and popup. */
export interface FollowButtonProps {
  followed: boolean;
  busy?: boolean;
  onToggle: () => void;
  labels: { follow: string; following: string; followTitle: string; unfollowTitle: string };
  documentId: string;
}

export function FollowButton({ followed, busy, onToggle, labels, documentId }: FollowButtonProps) {
  return (
    <button
      type="button"
      class={`follow-button${followed ? ' followed' : ''}`}
      aria-pressed={followed}
      title={followed ? labels.unfollowTitle : labels.followTitle}
      disabled={busy}
      data-kamerlezer-follow={documentId}
      onClick={onToggle}
    >
      {followed ? labels.following : labels.follow}
    </button>
  );
}
