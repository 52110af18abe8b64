/**
 * Keyboard movement through a result list (popup): ↑/↓ move and wrap, Home/End jump, and -1
 * means "still in the search field". Returns null for keys that do not move.
 */
export function moveSelection(current: number, key: string, length: number): number | null {
  if (length === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return current + 1 >= length ? 0 : current + 1;
    case 'ArrowUp':
      return current <= 0 ? length - 1 : current - 1;
    case 'Home':
      return 0;
    case 'End':
      return length - 1;
    default:
      return null;
  }
}
