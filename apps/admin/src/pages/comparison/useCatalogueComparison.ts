/**
 * 目录比较's state and actions: the two catalogues and their comparison (with the office's stored decisions applied),
 * the filter of the matched pairs, the compliance report when a standard is on the left, the item the address asks
 * to focus, the decisions (confirm, reject, pair by hand, withdraw) and choosing or swapping the sides.
 */
import { computed, nextTick, ref, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useMutation, useQuery } from '@urql/vue';
import { ElMessage } from 'element-plus';
import {
  CatalogueComplianceQuery,
  ClearItemMatchMutation,
  CompareCataloguesQuery,
  ItemMatchDecisionsQuery,
  SetItemMatchMutation,
} from '../../queries';
import type { ComparedItemFieldsFragment, MatchDecision } from '../../gql/graphql';
import {
  buildComparison,
  filterPairGroups,
  focusTarget,
  type DecisionLike,
  type PairFilter,
  type PairView,
  type PickerOption,
} from '../../comparison';
import { pathText } from '../../coverage';
import { describeError } from '../../errors';
import { canCompareCatalogues } from '../../roles';
import { session } from '../../session';
import type { CompareSide, SideName } from './data';

export type ComparedItem = ComparedItemFieldsFragment;

export function useCatalogueComparison(props: { readonly leftId: string; readonly rightId: string }) {
  const route = useRoute();
  const router = useRouter();

  const result = useQuery({
    query: CompareCataloguesQuery,
    variables: () => ({ leftId: props.leftId, rightId: props.rightId }),
    requestPolicy: 'cache-and-network',
  });
  const current = computed(() => {
    const v = result.operation.value?.variables;
    return v?.leftId === props.leftId && v?.rightId === props.rightId;
  });
  const data = computed(() => (current.value ? (result.data.value ?? null) : null));
  const failed = computed(() => current.value && !data.value && !result.fetching.value && !!result.error.value);
  const left = computed<CompareSide | null>(() => data.value?.left ?? null);
  const right = computed<CompareSide | null>(() => data.value?.right ?? null);
  const sameCatalogue = computed(() => props.leftId === props.rightId);

  /** The office decides matches; others see the comparison only. */
  const canDecide = computed(() => canCompareCatalogues(session.me));
  const decisionsQuery = useQuery({
    query: ItemMatchDecisionsQuery,
    variables: () => ({ leftId: props.leftId, rightId: props.rightId }),
    pause: () => !canDecide.value || props.leftId === props.rightId,
    requestPolicy: 'cache-and-network',
  });
  const decisions = computed<DecisionLike[]>(() =>
    canDecide.value ? (decisionsQuery.data.value?.itemMatchDecisions ?? []) : [],
  );

  const view = computed(() =>
    data.value ? buildComparison<ComparedItem>(data.value.compareCatalogues, decisions.value) : null,
  );
  const filter = ref<PairFilter>('all');
  const groups = computed(() => (view.value ? filterPairGroups(view.value.groups, filter.value) : []));
  const fetching = computed(() => result.fetching.value || decisionsQuery.fetching.value);

  const standardLeft = computed(
    () => left.value?.agency.kind === 'STANDARD' && right.value?.agency.kind !== 'STANDARD',
  );
  const compliance = useQuery({
    query: CatalogueComplianceQuery,
    variables: () => ({ catalogueId: props.rightId, templateId: props.leftId }),
    pause: () => !standardLeft.value,
    requestPolicy: 'cache-and-network',
  });
  const complianceReport = computed(() =>
    standardLeft.value ? (compliance.data.value?.catalogueCompliance ?? null) : null,
  );

  /** Back to the matrix: the standard's government, this standard. */
  const matrixLink = computed(() => {
    const a = left.value?.agency;
    if (!standardLeft.value || !a?.parent || !canDecide.value) return null;
    return { path: `/governments/${a.parent.code}/coverage`, query: { standard: a.code } };
  });

  function reload(): void {
    result.executeQuery({ requestPolicy: 'network-only' });
    if (canDecide.value) decisionsQuery.executeQuery({ requestPolicy: 'network-only' });
    if (standardLeft.value) compliance.executeQuery({ requestPolicy: 'network-only' });
  }

  // ---------------------------------------------------------------------------------------------- focus

  const focus = computed(() => (typeof route.query['focus'] === 'string' ? route.query['focus'] : null));
  const focused = ref<string | null>(null);
  let focusedFor: string | null = null;

  watch(
    [view, focus],
    async () => {
      const v = view.value;
      const key = `${props.leftId}/${props.rightId}/${focus.value ?? ''}`;
      if (!v || !focus.value || focusedFor === key) return;
      focusedFor = key;
      const target = focusTarget(v, focus.value);
      if (!target) return;
      focused.value = target.key;
      await nextTick();
      document
        .querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(target.key)}"]`)
        ?.scrollIntoView({ block: 'center' });
    },
    { immediate: true },
  );

  // ------------------------------------------------------------------------------------------ decisions

  const setMatch = useMutation(SetItemMatchMutation);
  const clearMatch = useMutation(ClearItemMatchMutation);
  const busy = ref<string | null>(null);

  async function decide(
    leftPath: readonly string[],
    rightPath: readonly string[],
    decision: MatchDecision,
    done: string,
  ): Promise<boolean> {
    busy.value = pathText(leftPath);
    try {
      const r = await setMatch.executeMutation({
        leftCatalogueId: props.leftId,
        leftPath: [...leftPath],
        rightCatalogueId: props.rightId,
        rightPath: [...rightPath],
        decision,
      });
      if (r.error) {
        ElMessage.error({ message: describeError(r.error), duration: 6000 });
        return false;
      }
      ElMessage.success(done);
      reload();
      return true;
    } finally {
      busy.value = null;
    }
  }

  function confirmPair(p: PairView<ComparedItem>): void {
    void decide(
      p.left.path,
      p.right.path,
      'CONFIRMED',
      `已确认：「${pathText(p.left.path)}」与「${pathText(p.right.path)}」是同一事项`,
    );
  }

  function rejectPair(p: PairView<ComparedItem>): void {
    void decide(
      p.left.path,
      p.right.path,
      'REJECTED',
      `已否定：「${pathText(p.left.path)}」与「${pathText(p.right.path)}」不是同一事项，不再自动匹配`,
    );
  }

  /** 手动指定: pairs a left item with an item of the right catalogue nobody matched yet; true when stored. */
  function pairByHand(l: ComparedItem, r: ComparedItem): Promise<boolean> {
    return decide(l.path, r.path, 'CONFIRMED', `已人工指定：「${pathText(l.path)}」对应「${pathText(r.path)}」`);
  }

  async function undo(d: DecisionLike, what: string): Promise<void> {
    busy.value = d.id;
    try {
      const r = await clearMatch.executeMutation({ id: d.id });
      if (r.error) {
        ElMessage.error({ message: describeError(r.error), duration: 6000 });
        return;
      }
      ElMessage.success(`已撤销${what}，恢复自动匹配`);
      reload();
    } finally {
      busy.value = null;
    }
  }

  // ------------------------------------------------------------------------------------ choosing sides

  const changing = ref<SideName | null>(null);

  function choose(o: PickerOption): void {
    const next =
      changing.value === 'left'
        ? { leftId: o.value, rightId: props.rightId }
        : { leftId: props.leftId, rightId: o.value };
    changing.value = null;
    void router.push(`/catalogues/${next.leftId}/compare/${next.rightId}`);
  }

  function swap(): void {
    void router.push(`/catalogues/${props.rightId}/compare/${props.leftId}`);
  }

  return {
    result,
    data,
    failed,
    left,
    right,
    sameCatalogue,
    canDecide,
    view,
    filter,
    groups,
    fetching,
    standardLeft,
    compliance,
    complianceReport,
    matrixLink,
    reload,
    focused,
    setMatch,
    busy,
    confirmPair,
    rejectPair,
    pairByHand,
    undo,
    changing,
    choose,
    swap,
  };
}
