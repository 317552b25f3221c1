/** The catalogue page's state, provided by the page to its components (they stay thin and read it from here). */
import { inject, provide, type InjectionKey } from 'vue';
import type { CatalogueState } from './useCatalogue';
import type { CatalogueFindings } from './useCatalogueFindings';
import type { CatalogueVersions } from './useCatalogueVersions';
import type { CatalogueEditing } from './useCatalogueEditing';
import type { CatalogueSubmission } from './useCatalogueSubmission';

export interface CataloguePageContext {
  cat: CatalogueState;
  findings: CatalogueFindings;
  versions: CatalogueVersions;
  editing: CatalogueEditing;
  submission: CatalogueSubmission;
}

const KEY: InjectionKey<CataloguePageContext> = Symbol('catalogue-page');

export function provideCataloguePage(context: CataloguePageContext): void {
  provide(KEY, context);
}

export function useCataloguePage(): CataloguePageContext {
  const context = inject(KEY);
  if (!context) throw new Error('useCataloguePage() outside the catalogue page');
  return context;
}
