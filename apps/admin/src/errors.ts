/**
 * What the pages show for a failed GraphQL request: 「未找到」 for a NOT_FOUND error, a Chinese message for
 * an alert, the server's field errors (BAD_USER_INPUT with extensions.field) for the form fields they name,
 * and whether the request failed because nobody is signed in (UNAUTHENTICATED).
 */

/** The part of urql's CombinedError looked at here. */
export interface RequestError {
  message: string;
  networkError?: { message: string } | undefined;
  graphQLErrors: ReadonlyArray<{ message: string; extensions?: Readonly<Record<string, unknown>> | undefined }>;
  response?: unknown;
}

export function isNotFound(error: RequestError | null | undefined): boolean {
  return !!error && error.graphQLErrors.some((e) => e.extensions?.['code'] === 'NOT_FOUND');
}

function httpStatus(response: unknown): number | null {
  if (typeof response === 'object' && response !== null && 'status' in response) {
    const status = (response as { status: unknown }).status;
    if (typeof status === 'number') return status;
  }
  return null;
}

/** A network error's own text, unless it is an HTML page or too long to be useful. */
function shortDetail(message: string): string | null {
  const m = message.replace(/^\[Network\]\s*/u, '').trim();
  if (m === '' || /^</u.test(m)) return null;
  return m.length > 160 ? `${m.slice(0, 160)}…` : m;
}

/** A Chinese description of a failed request, for an el-alert. */
export function describeError(error: RequestError): string {
  if (error.networkError) {
    const status = httpStatus(error.response);
    if (status !== null && status >= 500) return `服务器内部错误（HTTP ${status}），请稍后重试或联系管理员。`;
    if (status !== null && status >= 400) return `请求被服务器拒绝（HTTP ${status}）。`;
    const raw = error.networkError.message.trim();
    if (/^</u.test(raw)) return '服务器返回了非预期的内容（不是 GraphQL 响应），请检查服务地址与代理设置。';
    const detail = shortDetail(raw);
    return `无法连接到服务器，请确认 Gongkai 服务已启动且网络正常。${detail ? `（${detail}）` : ''}`;
  }
  const first = error.graphQLErrors[0];
  if (first) {
    const code = first.extensions?.['code'];
    switch (code) {
      case 'NOT_FOUND':
        return `未找到请求的数据：${first.message}`;
      case 'BAD_USER_INPUT':
      case 'GRAPHQL_VALIDATION_FAILED':
        return `请求参数有误：${first.message}`;
      case 'UNAUTHENTICATED':
        return first.message.trim() || '尚未登录或登录已过期，请重新登录';
      case 'FORBIDDEN':
        if (first.message.trim() === '') return '没有访问该数据的权限。';
        return first.message.startsWith('没有权限') ? first.message : `没有权限：${first.message}`;
      default:
        return `服务器处理请求时出错：${first.message}`;
    }
  }
  return `请求失败：${error.message}`;
}

/** The extensions.code of the first GraphQL error that has one. */
export function errorCode(error: RequestError | null | undefined): string | null {
  if (!error) return null;
  for (const e of error.graphQLErrors) {
    const code = e.extensions?.['code'];
    if (typeof code === 'string') return code;
  }
  return null;
}

/** The server's message of the first UNAUTHENTICATED error (「会话已过期，请重新登录」), or null. */
export function unauthenticatedMessage(error: RequestError | null | undefined): string | null {
  if (!error) return null;
  const e = error.graphQLErrors.find((g) => g.extensions?.['code'] === 'UNAUTHENTICATED');
  if (!e) return null;
  return e.message.trim() || '请先登录';
}

export interface FormErrors<F extends string> {
  /** Messages for the form's own fields (extensions.field of BAD_USER_INPUT errors). */
  fields: Partial<Record<F, string>>;
  /** Everything else, for an alert above or below the form; null when all errors went to fields. */
  general: string | null;
}

/**
 * Splits a failed mutation's errors into the form fields they name (BAD_USER_INPUT with extensions.field,
 * message as the server wrote it, e.g. 「新密码：密码至少 10 个字符」) and a general message.
 */
export function formErrors<F extends string>(error: RequestError, fields: readonly F[]): FormErrors<F> {
  const out: FormErrors<F> = { fields: {}, general: null };
  if (error.networkError || error.graphQLErrors.length === 0) {
    out.general = describeError(error);
    return out;
  }
  const general: string[] = [];
  for (const e of error.graphQLErrors) {
    const code = e.extensions?.['code'];
    const field = e.extensions?.['field'];
    if (code === 'BAD_USER_INPUT' && typeof field === 'string' && (fields as readonly string[]).includes(field)) {
      const f = field as F;
      if (out.fields[f] === undefined) out.fields[f] = e.message;
    } else if (code === 'BAD_USER_INPUT') {
      general.push(e.message);
    } else {
      general.push(describeError({ message: e.message, graphQLErrors: [e] }));
    }
  }
  out.general = general.length > 0 ? [...new Set(general)].join('；') : null;
  return out;
}
