// `npm run nginx:config [-- --processes N]`: prints the nginx `upstream` and `server` blocks for this deployment's
// settings (PORT, HOST, SPORTELLO_SITE_DIR, SPORTELLO_PUBLIC_URL), to include from Debian's /etc/nginx/conf.d/.
// The public-server processes listen on PORT+10, PORT+11, … (see README, *Many processes behind nginx*).
// `-- --example`: the repository's example instead (deploy/nginx/sportello.conf).
import { exitOnConfigError, loadConfig } from '../api/config'
import { brotliInstalled, exampleDeployment, nginxSiteConfig } from '../api/static/nginxConfig'
import { nginxOptionsOf } from '../api/static/nginxFront'

if (process.argv.includes('--example')) {
  process.stdout.write(await nginxSiteConfig(exampleDeployment))
  process.exit(0)
}
const config = exitOnConfigError(() => loadConfig())
const processesArg = process.argv.indexOf('--processes')
const processes = processesArg >= 0 ? Number(process.argv[processesArg + 1]) : Number(process.env.SPORTELLO_PUBLIC_PROCESSES ?? 2)
if (!Number.isInteger(processes) || processes < 1 || processes > 32) {
  console.error('--processes vuole un numero di processi tra 1 e 32')
  process.exit(1)
}
process.stdout.write(await nginxSiteConfig({ ...nginxOptionsOf(config, processes), brotli: brotliInstalled() }))
