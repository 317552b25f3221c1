/**
 * What the pages show for a failed GraphQL request: 「未找到」 for a NOT_FOUND error, otherwise a
 * Chinese message for an alert.
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
        return '尚未登录或登录已过期，请重新登录。';
      case 'FORBIDDEN':
        return '没有访问该数据的权限。';
      default:
        return `服务器处理请求时出错：${first.message}`;
    }
  }
  return `请求失败：${error.message}`;
}
