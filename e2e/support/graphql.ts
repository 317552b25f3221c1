/** GraphQL outside the browser: sign a demo user in and send requests with its session cookie. */
import { baseUrl, DEMO_PASSWORD } from './env.js';

export interface GraphqlBody<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

export class GraphqlClient {
  constructor(
    readonly cookie = '',
    readonly base = baseUrl(),
  ) {}

  /** Signs `login` in; the client carries its session cookie. */
  static async signIn(login: string, password = DEMO_PASSWORD): Promise<GraphqlClient> {
    const anonymous = new GraphqlClient();
    const res = await anonymous.post('mutation($l: String!, $p: String!) { login(login: $l, password: $p) { id } }', {
      l: login,
      p: password,
    });
    const cookie = res.cookies.map((c) => c.split(';')[0]).join('; ');
    if (res.body.errors || !cookie)
      throw new Error(`${login} 登录失败：${JSON.stringify(res.body.errors ?? res.body)}`);
    return new GraphqlClient(cookie);
  }

  async post<T>(query: string, variables: Record<string, unknown> = {}) {
    const res = await fetch(`${this.base}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { body: (await res.json()) as GraphqlBody<T>, cookies: res.headers.getSetCookie() };
  }

  /** The answer's data; throws with the server's errors. */
  async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const { body } = await this.post<T>(query, variables);
    if (body.errors?.length || !body.data) throw new Error(`GraphQL 出错：${JSON.stringify(body.errors ?? body)}`);
    return body.data;
  }
}
