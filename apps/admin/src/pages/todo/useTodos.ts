/**
 * 待办事项 (issue 17): the list for the page and the count for the header and the side menu. The count is read again
 * on every page change (a clerk who has just published or returned something sees it go down).
 */
import { computed, ref, watch } from 'vue';
import { useRoute } from 'vue-router';
import { useQuery } from '@urql/vue';
import { MyTodoCountQuery, MyTodosQuery } from '../../queries';
import { session } from '../../session';
import { kindCounts } from './todo-view';

const signedIn = (): boolean => !!session.me && !session.me.mustChangePassword;

/** Bumped after an action that changes someone's to-do list (submit, return, publish): the header reads it again. */
const changes = ref(0);
export function refreshTodoCount(): void {
  changes.value++;
}

export function useTodoCount() {
  const route = useRoute();
  const result = useQuery({ query: MyTodoCountQuery, pause: () => !signedIn(), requestPolicy: 'cache-and-network' });
  watch(
    () => [route.fullPath, session.me?.login, changes.value],
    () => {
      if (signedIn()) result.executeQuery({ requestPolicy: 'network-only' });
    },
  );
  // The to-do items and the unread 催报 notices (the page lists both).
  const total = computed(() =>
    signedIn() ? (result.data.value?.myTodos.total ?? 0) + (result.data.value?.myNotices.unread ?? 0) : 0,
  );
  return { total, show: computed(() => signedIn()) };
}

export function useTodos() {
  const result = useQuery({ query: MyTodosQuery, requestPolicy: 'network-only' });
  const list = computed(() => result.data.value?.myTodos ?? null);
  const kind = ref<string | null>(null);
  const kinds = computed(() => kindCounts(list.value?.items ?? []));
  const items = computed(() => (list.value?.items ?? []).filter((i) => !kind.value || i.kind === kind.value));
  return {
    result,
    list,
    kind,
    kinds,
    items,
    reload: (): void => {
      result.executeQuery({ requestPolicy: 'network-only' });
    },
  };
}
