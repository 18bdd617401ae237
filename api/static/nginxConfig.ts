import { existsSync } from 'node:fs'
import path from 'node:path'

import { Hono } from 'hono'

import { openDataVersion } from '../../cms/constants/openDatasets'
import { minCompressBytes } from '../../cms/publishing/assemble'
import { securityHeaders } from '../middleware/securityHeaders'
import { verificationPath } from '../routes/certificatePages'
import { openDataCors } from '../routes/openData'
import { bookingBase } from '../services/bookingPages/flow'
import { assistancePath } from '../services/reportPages/assistance'
import { reportsBase } from '../services/reportPages/flow'
import { pathToCacheControl } from './cachePolicy'
import { compressibleTypes } from './compressibleTypes'

/**
 * nginx in front of N public-server processes: it serves the live build's files and their precompressed twins itself
 * and passes everything else (the API, the pages rendered on request, moved pages' redirects, the not-found page) to
 * the processes. The configuration is generated from the public server's own rules — the security headers, the cache
 * policy by path, the paths it renders on request — so the two never disagree (`npm run nginx:config` prints it).
 */
export type NginxOptions = {
  /** Where nginx listens. */
  listen: { host: string; port: number }
  /** The public-server processes: a port on 127.0.0.1 each, or a Unix socket each (processes on nginx's machine). */
  upstreams: Upstream[]
  /** The live build's client folder (a path through the `current` link, so a publication's swap is seen at once). */
  siteDir: string
  /** The public URL: the security headers depend on its scheme (HSTS, upgrade-insecure-requests). */
  publicUrl: URL
  /** Largest request body nginx passes on; the processes apply their own, smaller limits with Italian messages. */
  maxBodyBytes: number
  /** Debian's brotli_static module is loaded (package libnginx-mod-http-brotli-static): `.br` twins are served. */
  brotli: boolean
}

/** One public-server process as nginx reaches it: a port on 127.0.0.1, or a Unix socket of the same machine. */
export type Upstream = { port: number } | { socket: string }

/** How the upstream block names a process. */
const upstreamAddress = (upstream: Upstream) => ('socket' in upstream ? `unix:${upstream.socket}` : `127.0.0.1:${upstream.port}`)

/**
 * The deployment of the example in the repository (deploy/nginx/sportello.conf, `npm run nginx:config -- --example`):
 * two processes, the site in /srv/sportello, the Comune's https address.
 */
export const exampleDeployment: NginxOptions = {
  listen: { host: '127.0.0.1', port: 3000 },
  upstreams: [{ port: 3010 }, { port: 3011 }],
  siteDir: '/srv/sportello/dist/current/client',
  publicUrl: new URL('https://www.comune.brindisi.it'),
  maxBodyBytes: 64 * 1024 * 1024,
  brotli: true,
}

/** The types nginx gzips on request: the public server's list (compressibleTypes.ts) less text/html, which nginx always compresses and warns about when named again. */
const gzipTypes = compressibleTypes.filter((type) => type !== 'text/html')

/** Pages the public server renders on request: always passed to the processes, even where a file exists. */
export const onDemandPrefixes = ['/api/', '/anteprima/', bookingBase, verificationPath, reportsBase, assistancePath]

/** The public server's security headers for its pages (as it sends them for a static file). */
async function staticHeaders(publicUrl: URL): Promise<[string, string][]> {
  const app = new Hono().use(securityHeaders(publicUrl)).get('/', (c) => c.body(null, 204))
  const response = await app.request('/')
  return [...response.headers].filter(([name]) => name !== 'content-type')
}

const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`

/** The `upstream` and `server` blocks: what an operator includes in Debian's /etc/nginx/conf.d/. */
export async function nginxSiteConfig(options: NginxOptions): Promise<string> {
  const headers = await staticHeaders(options.publicUrl)
  // The public server's cache policy by path, as one map (its rules are prefixes of the path and one exact path).
  const cacheRules = [
    ['~^/_astro/', pathToCacheControl('/_astro/x')],
    ['~^/media/', pathToCacheControl('/media/x')],
    ['/sw.js', pathToCacheControl('/sw.js')],
    ['default', pathToCacheControl('/')],
  ]
  const fileLocation = (match: string, extra: Record<string, string>) =>
    [
      `  location ${match} {`,
      ...[...headers, ...Object.entries(extra), ['cache-control', '$sportello_cache_control']].map(([name, value]) => `    add_header ${name.toLowerCase()} ${quoted(value!)} always;`),
      '    index index.html;',
      // The publisher gives pages and search files a Brotli twin alone: a client without Brotli gets gzip made here
      // (the compiled assets keep their .gz twin, which gzip_static sends). Only files: never a proxied answer.
      '    gzip on;',
      '    gzip_comp_level 5;',
      `    gzip_min_length ${minCompressBytes};`,
      `    gzip_types ${gzipTypes.join(' ')};`,
      '    error_page 404 = @portal;',
      '  }',
    ].join('\n')
  const escaped = onDemandPrefixes.map((prefix) => prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return `# Generated by \`npm run nginx:config\` (api/static/nginxConfig.ts) from the public server's own rules.
# Debian's /etc/nginx/mime.types lacks two types the site serves; add in http {}:
#   types { application/manifest+json webmanifest; text/calendar ics; }
map $uri $sportello_cache_control {
${cacheRules.map(([match, value]) => `  ${match} ${quoted(value!)};`).join('\n')}
}

upstream sportello_public {
  # max_fails=0: a process is never marked down, each request tries it and passes on to the next one (below). Marked
  # down, a process restarted in a rolling restart stays so up to fail_timeout after it is ready again; stopping the
  # next one then left no live process and nginx answered 502 to everything ("no live upstreams").
${options.upstreams.map((upstream) => `  server ${upstreamAddress(upstream)} max_fails=0;`).join('\n')}
  # Idle connections kept to the processes: with fewer than the requests in flight, nginx closes and opens connections
  # under load (bench/me.ts, 64 clients, two processes: 32 here gave the yardstick a p99 of 34 ms, 128 gave 15 ms).
  keepalive 128;
}

server {
  listen ${options.listen.host}:${options.listen.port};
  server_tokens off;
  # No access log: the client address is personal data, and the processes log what they must.
  access_log off;
  # A missing file is the processes' to answer (redirects, the not-found page), not an error worth a line.
  log_not_found off;
  root ${options.siteDir};
  absolute_redirect off;
  client_max_body_size ${options.maxBodyBytes};
  gzip_static on;
  gzip_vary on;
${options.brotli ? '  brotli_static on;\n' : ''}
  # To the processes: kept-alive connections, the client's address (they count one proxy in front:
  # SPORTELLO_TRUSTED_PROXIES=1), uploads streamed (the processes apply their limits, in Italian), and a request
  # that found a process stopping or restarting sent to the other one if it had not been sent yet (never a POST).
  proxy_http_version 1.1;
  proxy_set_header Connection "";
  proxy_set_header Host $host;
  proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
  proxy_set_header X-Forwarded-Proto $scheme;
  proxy_request_buffering off;
  proxy_next_upstream error timeout http_502 http_503;
  proxy_next_upstream_tries 2;
  proxy_read_timeout 120s;

  # The API and the pages rendered on request.
  location ~ ^(${escaped.join('|')}) {
    proxy_pass http://sportello_public;
  }

  # The live build's files, with the headers the public server gives them; a folder without its slash is redirected
  # (a relative Location, as the public server does); a missing file goes to the processes (moved pages'
  # redirects, the not-found page). The open data files are readable from any site's browser too.
${fileLocation(`^~ /dati-aperti/${openDataVersion}/`, openDataCors)}

${fileLocation('/', {})}

  location @portal {
    proxy_pass http://sportello_public;
  }
}
`
}

/** Debian's nginx (`apt-get install nginx`). */
export const debianNginx = '/usr/sbin/nginx'
/** Debian's brotli_static module, when its package is installed. */
export const debianBrotliModule = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so'
/** Whether this machine's nginx can serve the `.br` twins. */
export const brotliInstalled = () => existsSync(debianBrotliModule)

/** The folders of a standalone nginx's temporary files, under its prefix (nginxFront makes them). */
export const nginxTempFolders = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'] as const

/**
 * A whole nginx configuration for a process of our own (`npm start` with SPORTELLO_NGINX, the browser tests in CI): in
 * the foreground, its temporary files and pid in `prefix`, errors on stderr, Debian's MIME types.
 */
export async function nginxStandaloneConfig(options: Omit<NginxOptions, 'brotli'>, prefix: string): Promise<string> {
  const brotli = brotliInstalled()
  const temp = (name: string) => path.join(prefix, name)
  return `${brotli ? `load_module ${debianBrotliModule};\n` : ''}daemon off;
worker_processes 1;
pid ${temp('nginx.pid')};
# Only what stops nginx: its error lines name the client's address (personal data), as a refused upstream does.
error_log stderr crit;
${process.getuid?.() === 0 ? '# Started as root (CI, containers): workers keep the user, so they read the checkout as the portal does.\nuser root;\n' : ''}
events {
  worker_connections 1024;
}

http {
  include /etc/nginx/mime.types;
  types {
    application/manifest+json webmanifest;
    text/calendar ics;
  }
  default_type application/octet-stream;
  sendfile on;
${nginxTempFolders.map((name) => `  ${name}_temp_path ${temp(name)};`).join('\n')}

${(await nginxSiteConfig({ ...options, brotli })).replace(/^/gm, '  ').replace(/^ +$/gm, '')}
}
`
}
