/**
 * One page feature = one file in ./features, registered with `defineFeature` (Refined GitHub
 * style): `include` says on which pages it runs, `init` does its work and stops when the signal
 * aborts (the extension was reloaded or the page is being torn down).
 */
import type { PageContext } from './page-context';

export interface Feature {
  name: string;
  include(context: PageContext): boolean;
  init(context: PageContext, signal: AbortSignal): Promise<void> | void;
}

export function defineFeature(feature: Feature): Feature {
  return feature;
}

/**
 * Run the included features side by side; one failing feature never stops the others or
 * breaks the page. Resolves when all have put their annotations in place.
 */
export async function runFeatures(
  context: PageContext,
  features: readonly Feature[],
  signal: AbortSignal,
): Promise<string[]> {
  const included = features.filter((feature) => feature.include(context));
  await Promise.all(
    included.map(async (feature) => {
      try {
        await feature.init(context, signal);
      } catch (error) {
        if (import.meta.env?.DEV)
          console.warn(`[kamerlezer] feature ${feature.name} failed`, error);
      }
    }),
  );
  return included.map((feature) => feature.name);
}
