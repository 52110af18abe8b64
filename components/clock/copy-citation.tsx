/**
 * "Kopieer als bronvermelding": the set's citation with its official addresses to the clipboard.
 * When the clipboard refuses (no focus, a browser setting), the text is shown to select by hand.
 */
import { useState } from 'preact/hooks';

export interface CopyCitationProps {
  text: () => string;
  labels: { copy: string; copied: string; failed: string };
  /** Write to the clipboard; navigator.clipboard by default. */
  write?: (text: string) => Promise<void>;
}

export function CopyCitation({ text, labels, write }: CopyCitationProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [shown, setShown] = useState<string | null>(null);
  const copy = () => {
    const value = text();
    const writer = write ?? ((v: string) => navigator.clipboard.writeText(v));
    writer(value).then(
      () => {
        setState('copied');
        setShown(null);
      },
      () => {
        setState('failed');
        setShown(value);
      },
    );
  };
  return (
    <span class="copy-citation">
      <button type="button" class="link-button" data-kamerlezer-cite onClick={copy}>
        {labels.copy}
      </button>
      <span role="status" class="copy-status">
        {state === 'copied' ? labels.copied : state === 'failed' ? labels.failed : ''}
      </span>
      {shown && (
        <textarea class="citation-text" readOnly rows={4} aria-label={labels.copy} value={shown} />
      )}
    </span>
  );
}
