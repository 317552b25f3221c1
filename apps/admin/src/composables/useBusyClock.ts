/**
 * What a long import step is doing and since when (reading the file, the server's preview, the import): a clock that
 * ticks while something runs, for ImportProgress.vue (the file's size and the time taken so far).
 */
import { computed, onBeforeUnmount, ref } from 'vue';

export type BusyWith = 'reading' | 'preview' | 'import';

export function useBusyClock() {
  const busy = ref<{ what: BusyWith; startedAt: number; size: number } | null>(null);
  const now = ref(Date.now());
  let clock: ReturnType<typeof setInterval> | null = null;
  function startBusy(what: BusyWith, size: number): void {
    busy.value = { what, startedAt: Date.now(), size };
    now.value = Date.now();
    clock ??= setInterval(() => (now.value = Date.now()), 500);
  }
  function stopBusy(): void {
    busy.value = null;
    if (clock) clearInterval(clock);
    clock = null;
  }
  onBeforeUnmount(stopBusy);
  const elapsedMs = computed(() => (busy.value ? Math.max(0, now.value - busy.value.startedAt) : 0));
  return { busy, elapsedMs, startBusy, stopBusy };
}
