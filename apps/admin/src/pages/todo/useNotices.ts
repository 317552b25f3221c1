/**
 * 催报 notices (issue 17) of the signed-in user's agency, for the 待办事项 page: the list, and opening one — which
 * marks it read for this user (the header's count goes down: refreshTodoCount).
 */
import { computed, ref } from 'vue';
import { useMutation, useQuery } from '@urql/vue';
import { MarkNoticeReadMutation, MyNoticesQuery } from '../../queries';
import { describeError } from '../../errors';
import { refreshTodoCount } from './useTodos';

export function useNotices() {
  const result = useQuery({ query: MyNoticesQuery, requestPolicy: 'network-only' });
  const mark = useMutation(MarkNoticeReadMutation);
  const list = computed(() => result.data.value?.myNotices ?? null);
  /** The notice shown open (its message and link). */
  const openId = ref<string | null>(null);
  const error = ref<string | null>(null);

  async function toggle(id: string): Promise<void> {
    error.value = null;
    openId.value = openId.value === id ? null : id;
    const n = list.value?.items.find((i) => i.id === id);
    if (!n || n.read || openId.value !== id) return;
    const res = await mark.executeMutation({ id });
    if (res.error) {
      error.value = describeError(res.error);
      return;
    }
    result.executeQuery({ requestPolicy: 'network-only' });
    refreshTodoCount();
  }

  return { result, list, openId, error, toggle };
}
