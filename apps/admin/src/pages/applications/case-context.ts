/** The case drawer's state shared with its parts (form, steps, outcome, clock): provided by CaseDrawer. */
import { inject, provide, reactive, type InjectionKey, type Ref } from 'vue';
import type { CaseState } from './useCase';

type Parts = CaseState & { editable: Ref<boolean> };
export type CaseContext = ReturnType<typeof reactive<Parts>>;

const KEY: InjectionKey<CaseContext> = Symbol('application-case');

export function provideCase(parts: Parts): CaseContext {
  const ctx = reactive(parts);
  provide(KEY, ctx);
  return ctx;
}

export function useCaseContext(): CaseContext {
  const ctx = inject(KEY);
  if (!ctx) throw new Error('useCaseContext() outside the case drawer');
  return ctx;
}
