// A tiny browser for the single sign-on tests: fetch with a cookie jar per host, redirects followed
// by hand (so a test can look at, or tamper with, every hop) and HTML forms submitted as typed.

export interface Hop {
  url: string;
  status: number;
  location: string | null;
}

export class FetchBrowser {
  private readonly jar = new Map<string, Map<string, string>>();
  readonly hops: Hop[] = [];

  private cookieHeader(url: URL): string {
    return [...(this.jar.get(url.host) ?? new Map<string, string>())].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keepCookies(url: URL, response: Response) {
    const cookies = this.jar.get(url.host) ?? new Map<string, string>();
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=thu, 01 jan 1970/i.test(a));
      if (expired || value === '') cookies.delete(name);
      else cookies.set(name, value);
    }
    this.jar.set(url.host, cookies);
  }

  /** One request, no redirect followed. */
  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
    const target = new URL(url);
    const headers: Record<string, string> = { cookie: this.cookieHeader(target) };
    let body: string | undefined;
    if (init.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(init.form).toString();
    }
    const response = await fetch(target, { method: init.method ?? (body ? 'POST' : 'GET'), headers, body, redirect: 'manual' });
    this.keepCookies(target, response);
    this.hops.push({ url, status: response.status, location: response.headers.get('location') });
    return response;
  }

  /**
   * Follows redirects from `url` until a page answers (or `stop` says a location is far enough);
   * `rewrite` may change any location before it is followed.
   */
  async follow(
    url: string,
    options: { form?: Record<string, string>; rewrite?: (location: URL) => URL; stop?: (location: URL) => boolean } = {},
  ): Promise<{ response: Response; url: string }> {
    let current = url;
    let response = await this.request(current, { form: options.form });
    for (let i = 0; i < 20 && response.status >= 300 && response.status < 400; i++) {
      let next = new URL(response.headers.get('location')!, current);
      if (options.rewrite) next = options.rewrite(next);
      if (options.stop?.(next)) return { response, url: next.href };
      current = next.href;
      response = await this.request(current);
    }
    return { response, url: current };
  }
}

/** The first form of a page: its absolute action and its inputs' names and values. */
export function formOf(html: string, pageUrl: string): { action: string; fields: Record<string, string> } {
  const form = /<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/i.exec(html);
  if (!form) throw new Error(`no form on ${pageUrl}:\n${html.slice(0, 500)}`);
  const fields: Record<string, string> = {};
  for (const input of form[2]!.matchAll(/<input([^>]*)>/gi)) {
    const name = /name="([^"]*)"/.exec(input[1]!)?.[1];
    if (name) fields[name] = /value="([^"]*)"/.exec(input[1]!)?.[1] ?? '';
  }
  return { action: new URL(form[1]!.replace(/&amp;/g, '&'), pageUrl).href, fields };
}
